import type { DataSource } from 'typeorm';
import type { ServiceRegistry } from '../common/context';
import type { ModuleManifest, ModuleRuntime } from '../common/module';
import { MODULES } from './modules';

export interface Runtime {
  /** Server secret: keys address hashes and proof-of-work challenges. */
  secret: string;
}

export type Services = ServiceRegistry;

/** The services the modules before `module` provided; asking for one that is not there yet throws. */
function provided(services: Partial<ServiceRegistry>, module: string): ServiceRegistry {
  return new Proxy(services, {
    get(target, key) {
      if (typeof key === 'string' && !(key in target)) {
        throw new Error(
          `Module ${module} needs the service "${key}", which no module listed before it in app/modules.ts provides`,
        );
      }
      return Reflect.get(target, key) as unknown;
    },
  }) as ServiceRegistry;
}

/** A module's `requires` come before it in the list: its services and types are built on theirs. */
function checkOrder(modules: readonly ModuleManifest[]): void {
  const before = new Set<ModuleManifest>();
  for (const module of modules) {
    const late = (module.requires ?? []).filter((required) => !before.has(required));
    if (late.length) {
      throw new Error(
        `Module ${module.name} requires ${late.map((m) => m.name).join(', ')}: list them before it in app/modules.ts`,
      );
    }
    before.add(module);
  }
}

/** Builds every module's services in the order of `modules`, then lets them compose capabilities. */
export function createServices(
  ds: DataSource,
  runtime: Runtime,
  modules: readonly ModuleManifest[] = MODULES,
): Services {
  checkOrder(modules);
  const moduleRuntime: ModuleRuntime = { ds, secret: runtime.secret };
  const services: Partial<ServiceRegistry> = { runtime };
  for (const module of modules) {
    Object.assign(services, module.services?.(provided(services, module.name), moduleRuntime));
  }
  const all = services as ServiceRegistry;
  for (const module of modules) {
    Object.assign(services, module.compose?.({ services: all, manifests: modules, runtime: moduleRuntime }));
  }
  return all;
}

/*
 * Compile-time check: the modules provide every service a module declared in ServiceRegistry.
 * A key declared but provided by no manifest fails here, not at the first request using it.
 */
type Provided<M> = M extends { services?(...args: never[]): infer P } ? P : never;
type Composed<M> = M extends { compose?(...args: never[]): infer P } ? P : never;
type UnionToIntersection<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void
  ? I
  : never;
type AllProvided = UnionToIntersection<Provided<(typeof MODULES)[number]>>;
export const everyServiceProvided = (
  p: AllProvided,
): Omit<ServiceRegistry, 'runtime' | 'editorial' | 'scheduledTypes' | 'taggedTypes'> => p;
export type ComposedServices = Composed<(typeof MODULES)[number]>;
