import { forbidden, unauthenticated } from '../../common/errors';
import type { ModuleManifest } from '../../common/module';
import { type Audience, audiences, type Principal } from '../../common/principal';

/** Who may run each root Query field, from the manifests of the modules that declare the lists. */
export function queryPolicy(modules: readonly ModuleManifest[]): ReadonlyMap<string, readonly Audience[]> {
  return new Map(modules.flatMap((m) => Object.entries(m.policy.Query ?? {})));
}

/**
 * Who may export a list is who may run it: the same policy table /graphql enforces before any
 * resolver runs, worded the same way (the public is asked to sign in, others are refused).
 */
export function assertMayRun(
  policy: ReadonlyMap<string, readonly Audience[]>,
  list: string,
  principal: Principal,
): void {
  const allowed = policy.get(list) ?? [];
  const mine = audiences(principal);
  if (allowed.some((audience) => mine.includes(audience))) return;
  if (principal.kind === 'public' && allowed.length) throw unauthenticated(`Sign in to use ${list}`);
  throw forbidden(`You may not use ${list}`);
}
