import type { ModuleManifest } from '../common/module';
import type { Audience } from '../common/principal';
import { MODULES } from './modules';

export type Policy = Record<'Query' | 'Mutation', Record<string, readonly Audience[]>>;

/**
 * Every module's policy entries in one table. Two modules naming the same operation is a bug
 * (one would silently widen or narrow the other), so it stops start-up naming both.
 */
export function foldPolicy(modules: readonly ModuleManifest[]): Policy {
  const policy: Policy = { Query: {}, Mutation: {} };
  const owner = new Map<string, string>();
  for (const module of modules) {
    for (const kind of ['Query', 'Mutation'] as const) {
      for (const [operation, audiences] of Object.entries(module.policy[kind] ?? {})) {
        const key = `${kind}.${operation}`;
        const previous = owner.get(key);
        if (previous) {
          throw new Error(`${key} has a policy entry in both module ${previous} and module ${module.name}`);
        }
        owner.set(key, module.name);
        policy[kind][operation] = audiences;
      }
    }
  }
  return policy;
}

/**
 * Who may run each root operation: the one place access is decided per operation, written
 * by each module next to its resolvers. Finer rules (a coordinator's own volunteers,
 * published-only reads, private fields) live in the services and types. An operation
 * missing here is refused to everyone.
 */
export const POLICY: Policy = foldPolicy(MODULES);
