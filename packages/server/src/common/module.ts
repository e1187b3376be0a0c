import type { ClassType } from 'type-graphql';
import type { DataSource, EntityManager } from 'typeorm';
import type { PublishableEntity, RecordEntity } from './base.entity';
import type { ServiceRegistry } from './context';
import type { Actor, Audience } from './principal';
import type { RevisionAction } from './revision-action';

/*
 * A module's manifest (its index.ts): what app/ folds into the data source's entities, the
 * schema, the policy table, the service graph, the editorial registry and the scheduler.
 * Adding a module = its folder + one line in app/modules.ts + its migration.
 */

export type ServiceKey = keyof ServiceRegistry;

/** Who may run each root operation the module's resolvers declare (groups: common/audiences.ts). */
export interface OperationPolicy {
  Query?: Record<string, readonly Audience[]>;
  Mutation?: Record<string, readonly Audience[]>;
}

/** What services are built with besides each other. */
export interface ModuleRuntime {
  ds: DataSource;
  /** Server secret: keys address hashes and proof-of-work challenges. */
  secret: string;
}

/** What the editorial tools need of a content service; every CrudService has it. */
export interface EditorialTarget {
  readonly typeName: string;
  snapshot(manager: EntityManager, record: RecordEntity): Promise<Record<string, unknown>>;
  update(
    input: { id: string; version: number },
    actor: Actor,
    within?: EntityManager,
    action?: RevisionAction.UPDATE | RevisionAction.RESTORE,
  ): Promise<RecordEntity>;
  /** Takes a record out of the trash; records a RESTORE revision. */
  restore(id: string, actor: Actor, within?: EntityManager): Promise<RecordEntity>;
}

/** A type with revisions, history and a trash (a value of the GraphQL enum ContentType). */
export interface EditorialCapability<E extends RecordEntity = RecordEntity> {
  /** The GraphQL type name = the entity class name. */
  typeName: string;
  entity: ClassType<E>;
  /** What the trash shows for a record. */
  title(record: E): string;
  /** Personal data: revisions and trash for admins only. */
  personal?: boolean;
  /** The service that snapshots, updates and restores it. */
  target(services: ServiceRegistry): EditorialTarget;
}

/** A type with `publishAt`: the scheduler publishes it when the time comes. */
export interface ScheduledCapability {
  entity: ClassType<PublishableEntity>;
  target(services: ServiceRegistry): Pick<EditorialTarget, 'snapshot'>;
}

/** Texts a search module may index. */
export interface SearchCapability<E extends object = object> {
  entity: ClassType<E>;
  localizedColumns: readonly string[];
}

/** Events a webhooks module may deliver, e.g. `practice.published`. */
export interface WebhookCapability {
  events: readonly string[];
}

export interface ComposeContext {
  services: ServiceRegistry;
  manifests: readonly ModuleManifest[];
  runtime: ModuleRuntime;
}

export interface ModuleManifest<P extends Partial<ServiceRegistry> = Partial<ServiceRegistry>> {
  name: string;
  /** Modules whose services or types this one needs (a light test boot takes their closure). */
  requires?: readonly ModuleManifest[];
  entities: readonly Function[];
  resolvers: readonly Function[];
  policy: OperationPolicy;
  /** Gets every service the modules before it in app/modules.ts provided; a missing one throws. */
  services?(deps: ServiceRegistry, runtime: ModuleRuntime): P;
  /** Runs once every module's services exist: for consumers of the capabilities below. */
  compose?(context: ComposeContext): Partial<ServiceRegistry>;
  /** Start-up work after migrations (e.g. reference data). */
  start?(services: ServiceRegistry): Promise<void>;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each entry names its own entity type
  editorial?: readonly EditorialCapability<any>[];
  scheduled?: readonly ScheduledCapability[];
  searchable?: readonly SearchCapability[];
  webhooks?: WebhookCapability;
}

/** Declares a manifest, keeping the exact type of the services it provides. */
export const defineModule = <P extends Partial<ServiceRegistry>>(manifest: ModuleManifest<P>) => manifest;
