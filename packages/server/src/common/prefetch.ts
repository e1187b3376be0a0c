import type { DataSource, EntityMetadata, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { hydrate } from './hydrate';
import type { Principal } from './principal';
import type { SelectionTree } from './selection';
import { guardedReferences, junctionOf } from './loaders';
import { readerKey, visibleRows } from './visibility';

/*
 * Relations carried by the statement that reads their owners. A partner's page of practices
 * asks for each one's organization, municipalities, themes and nomination count: read by
 * DataLoaders, that is one statement per relation and request; prefetched, the page is one
 * statement whatever its size. A field registers here how to select its value as an SQL
 * expression over the owner's row (the same visibility rule as its loader), and its resolver
 * uses the carried value when the statement brought it (`prefetchedOr`), its loader otherwise
 * (records read by mutations, loaders and lists that do not prefetch).
 *
 * Like TypeGraphQL's own metadata, the registry is filled as resolver files load: the module
 * that owns a field registers it (nomination registers `Practice.nominationCount`; practice
 * knows nothing of nominations).
 */

/** Who reads, which decides the visibility rule inside the SQL. */
export interface PrefetchScope {
  readonly dataSource: DataSource;
  readonly principal: Principal;
}

export interface Prefetch {
  /** For a relation: its records' entity, so their own selected relations can come along. */
  target?(scope: PrefetchScope): EntityMetadata;
  /**
   * One value per owner row: an SQL expression over `owner`, the owner's alias. Its own tables
   * take names ending in `depth`, so a nested prefetch's never hide an outer one's.
   */
  sql(owner: string, scope: PrefetchScope, depth: number, nested: PrefetchPlan | null): string;
  /** The selected value (parsed JSON, a number…) as the field resolver returns it. */
  decode(value: unknown, scope: PrefetchScope, nested: PrefetchPlan | null): unknown;
}

const registry = new Map<Function, Map<string, Prefetch>>();

/** Lets statements reading `owner` records carry `field` (see prefetchedOr). */
export function registerPrefetch(owner: Function, field: string, prefetch: Prefetch): void {
  let fields = registry.get(owner);
  if (!fields) registry.set(owner, (fields = new Map()));
  fields.set(field, prefetch);
}

const longTexts = new Map<Function, readonly string[]>();

/**
 * Long texts (kilobytes each) a related record's JSON leaves out unless the query shows them,
 * or its `localization`, which looks at every text: a page of practices asking each one's
 * organization `{ name }` does not move every organization's description.
 */
export function registerLongTexts(entity: Function, properties: readonly string[]): void {
  longTexts.set(entity, properties);
}

/** The long texts `entity` registered (a list's own statement leaves them out the same way). */
export const longTextsOf = (entity: Function): readonly string[] => longTexts.get(entity) ?? [];

const CARRIED = Symbol('prefetched');
type Carrier = { [CARRIED]?: Map<string, unknown> };
const column = (field: string) => `__pf_${field}`;

interface Entry {
  field: string;
  prefetch: Prefetch;
  nested: PrefetchPlan | null;
}

/** The prefetched fields one statement carries, chosen from what the query selects. */
export class PrefetchPlan {
  private constructor(
    private readonly entries: readonly Entry[],
    private readonly scope: PrefetchScope,
    private readonly depth: number,
    /** Long texts of these records the query does not show (see registerLongTexts). */
    readonly unread: readonly string[],
  ) {}

  /** `selection`: what the query selects of the owners; unknown (undefined) prefetches nothing. */
  static for(
    owner: Function,
    selection: SelectionTree | undefined,
    scope: PrefetchScope,
    depth = 0,
  ): PrefetchPlan {
    const known = registry.get(owner);
    const entries: Entry[] = [];
    for (const [field, prefetch] of known ?? []) {
      const below = selection?.get(field);
      if (!below) continue;
      const target = prefetch.target?.(scope).target;
      const nested = typeof target === 'function' ? PrefetchPlan.for(target, below, scope, depth + 1) : null;
      entries.push({
        field,
        prefetch,
        nested: nested?.entries.length || nested?.unread.length ? nested : null,
      });
    }
    const unread =
      selection && !selection.has('localization')
        ? longTextsOf(owner).filter((text) => !selection.has(text))
        : [];
    return new PrefetchPlan(entries, scope, depth, unread);
  }

  /** What SQL the plan writes, for caching statements: the fields, nested, and the reader's kind. */
  get key(): string {
    const fields = (plan: PrefetchPlan): string =>
      plan.entries
        .map((e) => (e.nested ? `${e.field}(${fields(e.nested)} -${e.nested.unread})` : e.field))
        .join(',');
    return `${readerKey(this.scope.principal)}:${fields(this)}`;
  }

  /** The carried values as `[sql, column name]` over the owners' alias. */
  columns(owner: string): [string, string][] {
    return this.entries.map((e) => [
      e.prefetch.sql(owner, this.scope, this.depth, e.nested),
      column(e.field),
    ]);
  }

  /** Adds the carried values to a statement over the owners (alias: the query's own). */
  select<T extends ObjectLiteral>(query: SelectQueryBuilder<T>): void {
    // The sub-queries name their own tables t<n>, j<n>, r<n> and g<n>_<m>.
    if (/^[tjrg]\d/.test(query.alias)) throw new Error(`alias ${query.alias} is taken by the prefetches`);
    for (const [sql, name] of this.columns(query.alias)) query.addSelect(sql, name);
  }

  /** Hangs a raw row's carried values on the record built from it. */
  attach<T extends object>(record: T, raw: Record<string, unknown>): T {
    if (this.entries.length === 0) return record;
    const carried = new Map<string, unknown>();
    for (const { field, prefetch, nested } of this.entries)
      carried.set(field, prefetch.decode(raw[column(field)], this.scope, nested));
    (record as Carrier)[CARRIED] = carried;
    return record;
  }
}

/** The value the record's statement carried for `field`, or what `load` finds. */
export function prefetchedOr<T>(record: object, field: string, load: () => Promise<T> | T): Promise<T> | T {
  const carried = (record as Carrier)[CARRIED];
  return carried?.has(field) ? (carried.get(field) as T) : load();
}

// ---- SQL for the common kinds of relation, with the same rules as common/loaders.ts

/**
 * A row of `meta` as JSON keyed by column names (what `hydrate` reads back), with its own
 * prefetched relations as `__pf_<field>` keys; numbers JSON would round (numeric, bigint)
 * travel as text, as the driver gives them.
 */
function jsonRow(meta: EntityMetadata, alias: string, nested: PrefetchPlan | null): string {
  const exact = meta.columns.filter((c) => ['numeric', 'decimal', 'bigint', 'int8'].includes(String(c.type)));
  const pairs = [
    ...exact.map((c) => `'${c.databaseName}', ${alias}.${c.databaseName}::text`),
    ...(nested?.columns(alias) ?? []).map(([sql, name]) => `'${name}', ${sql}`),
  ];
  const left = (nested?.unread ?? []).map(
    (text) => ` - '${meta.findColumnWithPropertyName(text)!.databaseName}'`,
  );
  const row = `(to_jsonb(${alias})${left.join('')})`;
  return pairs.length ? `(${row} || jsonb_build_object(${pairs.join(', ')}))` : row;
}

function record(
  scope: PrefetchScope,
  meta: EntityMetadata,
  row: Record<string, unknown>,
  nested: PrefetchPlan | null,
) {
  const entity = hydrate(scope.dataSource, meta, row, '');
  return nested ? nested.attach(entity, row) : entity;
}

/** Where a list's rows come from, for an owner's alias and the depth's own table names. */
interface ListSource {
  meta: EntityMetadata;
  /** `FROM … WHERE …` with the target's alias `t<depth>`. */
  from(owner: string, depth: number): string;
}

/** A list of records as a JSON array (never NULL); `order` is SQL over the target's alias. */
function recordList(resolve: (scope: PrefetchScope) => ListSource, order: (t: string) => string): Prefetch {
  return {
    target: (scope) => resolve(scope).meta,
    sql(owner, scope, depth, nested) {
      const { meta, from } = resolve(scope);
      const t = `t${depth}`;
      return `COALESCE((SELECT jsonb_agg(${jsonRow(meta, t, nested)} ORDER BY ${order(t)}) ${from(owner, depth)}), '[]'::jsonb)`;
    },
    decode(value, scope, nested) {
      const { meta } = resolve(scope);
      return ((value as Record<string, unknown>[] | null) ?? []).map((row) =>
        record(scope, meta, row, nested),
      );
    },
  };
}

/**
 * A many-to-many relation of `owner` read through TypeORM's junction table, as the reader may
 * see it (relatedRecords' rule and order).
 */
export function relatedList(owner: Function, relation: string, order: (t: string) => string): Prefetch {
  return recordList((scope) => {
    const { table, ownerColumn, targetColumn, target, targetKey } = junctionOf(
      scope.dataSource,
      owner,
      relation,
    );
    return {
      meta: target,
      from(alias, depth) {
        const [t, j] = [`t${depth}`, `j${depth}`];
        return (
          `FROM "${table}" ${j} JOIN "${target.tableName}" ${t} ON ${t}.${targetKey} = ${j}.${targetColumn} ` +
          `WHERE ${j}.${ownerColumn} = ${alias}.id AND ${visibleRows(target, t, scope.principal)}`
        );
      },
    };
  }, order);
}

/**
 * The children of the owner (their `parentKey` property names it) as the reader may see them,
 * leaving out those whose required reference the reader may not see (childRecords' rule).
 */
export function childList(child: Function, parentKey: string, order: (t: string) => string): Prefetch {
  return recordList((scope) => {
    const meta = scope.dataSource.getMetadata(child);
    const parentColumn = meta.findColumnWithPropertyName(parentKey)!.databaseName;
    const references = guardedReferences(meta, parentKey);
    return {
      meta,
      from(alias, depth) {
        const t = `t${depth}`;
        const guards = references.map((relation, i) => {
          const target = relation.inverseEntityMetadata;
          const g = `g${depth}_${i}`;
          return (
            ` AND EXISTS (SELECT 1 FROM "${target.tableName}" ${g} WHERE ${g}.${target.primaryColumns[0].databaseName} = ` +
            `${t}.${relation.joinColumns[0].databaseName} AND ${visibleRows(target, g, scope.principal)})`
          );
        });
        return `FROM "${meta.tableName}" ${t} WHERE ${t}.${parentColumn} = ${alias}.id AND ${visibleRows(meta, t, scope.principal)}${guards.join('')}`;
      },
    };
  }, order);
}

/** The one record of `target` a foreign key of the owner names, null when the reader may not see it. */
export function referencedRecord(target: Function, foreignKey: string): Prefetch {
  return {
    target: (scope) => scope.dataSource.getMetadata(target),
    sql(owner, scope, depth, nested) {
      const meta = scope.dataSource.getMetadata(target);
      const r = `r${depth}`;
      return (
        `(SELECT ${jsonRow(meta, r, nested)} FROM "${meta.tableName}" ${r} ` +
        `WHERE ${r}.${meta.primaryColumns[0].databaseName} = ${owner}.${foreignKey} AND ${visibleRows(meta, r, scope.principal)})`
      );
    },
    decode: (value, scope, nested) =>
      value == null
        ? null
        : record(scope, scope.dataSource.getMetadata(target), value as Record<string, unknown>, nested),
  };
}

/** A scalar computed in SQL (a count…), as is. */
export function scalar(sql: (owner: string) => string): Prefetch {
  return { sql: (owner) => sql(owner), decode: (value) => value };
}
