import type { Request, Response, Router } from 'express';
import type { GraphQLSchema } from 'graphql';
import type { ClassType } from 'type-graphql';
import type { DataSource, EntityManager } from 'typeorm';
import type { PublishableEntity, RecordEntity } from './base.entity';
import type { RequestContext, ServiceRegistry } from './context';
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
  target(services: ServiceRegistry): Pick<EditorialTarget, 'snapshot'> & {
    /** Runs the type's write hooks (search index, caches, webhooks) for a scheduled publication. */
    written(...args: Parameters<WriteHook>): Promise<void>;
  };
}

/** Where a type's records are placed, for the search's place filter (common/filters.ts wherePlaced). */
export type SearchPlace = { table: string; ownerColumn: string; valueColumn: string } | { column: string };

/**
 * A type the search finds. Its module says how to read what is indexed, because only it knows its
 * tables; the search module (the one consumer) keeps the index in step within every write.
 */
export interface SearchCapability<E extends RecordEntity = RecordEntity> {
  /** The GraphQL type name = the entity class name. */
  typeName: string;
  entity: ClassType<E>;
  /**
   * SQL with one row per record whose id is in `$1` (uuid[]): `id`, `title` (a localized jsonb),
   * `texts` (a jsonb array of localized texts, rich or plain) and `names` (a text[] of the names
   * that should find it: its places, its organization…).
   */
  documents: string;
  /** Localized text fields a result's highlights come from, most telling first (title first). */
  highlights: readonly string[];
  /** The record's date for recency (a column of its table). */
  dateColumn: string;
  place?: SearchPlace;
  /**
   * Junction tables to the taxonomy terms: the search's taxonomy filters, and a term's usage
   * counts and merges (modules/taxonomy/tagged-types.ts).
   */
  tags?: SearchTags;
  /**
   * Other types whose change alters this type's documents (e.g. an organization's new name is in
   * its practices'): SQL from their ids (`$1` uuid[]) to this type's ids (one `id` column).
   */
  dependsOn?: readonly { typeName: string; ids: string }[];
  /** The service whose writes change the records (every CrudService can be watched). */
  target(services: ServiceRegistry): WatchedService;
}

/**
 * Texts another module adds to a searchable type's documents (the text of a practice's attached
 * files), so the owner's module need not know of it: the index reads them whenever it indexes the
 * type, and the contributing module re-indexes the owners its own writes change.
 */
export interface SearchContribution {
  /** The searchable type whose documents take the texts. */
  typeName: string;
  /** SQL from the records' ids (`$1` uuid[]): rows of `id` (the record's) and `texts` (a jsonb array of localized texts). */
  texts: string;
}

export interface SearchJunction {
  table: string;
  ownerColumn: string;
  valueColumn: string;
}

/** A tagged type's junction table per taxonomy. */
export interface SearchTags {
  theme: SearchJunction;
  targetGroup: SearchJunction;
  serviceType: SearchJunction;
}

/**
 * Something to call inside a write's transaction, after the record and its revision are written.
 * `previousStatus`: the workflow status before the write (null on create and restore, and for
 * types without a workflow), so a follower can tell a publication from an edit.
 */
export type WriteHook = (
  manager: EntityManager,
  record: RecordEntity,
  action: RevisionAction,
  previousStatus: string | null,
) => Promise<void>;

/** A service whose writes others may follow (CrudService). */
export interface WatchedService {
  onWrite(hook: WriteHook): void;
}

/** Events a webhooks module may deliver, e.g. `practice.published`. */
export interface WebhookCapability {
  events: readonly string[];
}

/**
 * What a module's own HTTP routes (downloads, uploads: what GraphQL carries badly) get from the
 * server, so that they ask who is calling, count quotas and word errors exactly as /graphql does.
 */
export interface HttpRuntime {
  services: ServiceRegistry;
  /** The server's schema: a route may run the API's own operations (same rules, same answers). */
  schema: GraphQLSchema;
  /**
   * The request's context as a resolver gets it: the caller from the session cookie or the bearer
   * token (a bad token is refused), rate-limited. Rejects with a coded GraphQLError.
   */
  context(req: Request, res: Response): Promise<RequestContext>;
  /**
   * Answers a failure as /graphql words it: `{ errors: [{ message, extensions: { code, … } }] }`
   * with the code's HTTP status; anything uncoded is logged and masked as a 500.
   */
  fail(req: Request, res: Response, error: unknown): void;
  /** Whether the server runs in production (e.g. where to keep files, what to refuse). */
  production: boolean;
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
  /** Closing what the services opened besides the database (e.g. a Redis connection), at shutdown. */
  stop?(services: ServiceRegistry): Promise<void>;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each entry names its own entity type
  editorial?: readonly EditorialCapability<any>[];
  scheduled?: readonly ScheduledCapability[];
  searchable?: readonly SearchCapability[];
  /** Texts this module adds to other modules' searchable types. */
  searchTexts?: readonly SearchContribution[];
  webhooks?: WebhookCapability;
  /**
   * The module's routes besides /graphql, mounted at the root after it (cookies parsed, answers
   * compressed). Each route reaches services only through `runtime`.
   */
  http?(router: Router, runtime: HttpRuntime): void;
}

/** Declares a manifest, keeping the exact type of the services it provides. */
export const defineModule = <P extends Partial<ServiceRegistry>>(manifest: ModuleManifest<P>) => manifest;
