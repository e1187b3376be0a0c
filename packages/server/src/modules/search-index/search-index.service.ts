import type { DataSource, EntityManager } from 'typeorm';
import type { SearchCapability, SearchContribution } from '../../common/module';
import { plainText } from '../../common/rich-text';
import { RevisionAction } from '../../common/revision-action';
import { ANALYZER_VERSION, documentVector } from './search-analyzer';

interface Localized {
  bg?: string | null;
  en?: string | null;
}

/** A row of a capability's `documents` SQL. */
interface DocumentRow {
  id: string;
  title: Localized | null;
  texts: (Localized | null)[] | null;
  names: (string | null)[] | null;
}

/** Stems longer than a search_word key are not words anyone types (a folded 64-letter token). */
const MAX_WORD = 64;
/** Records indexed per statement when the index is built for rows that have none. */
const BATCH = 200;

const UPSERT =
  'INSERT INTO search_document (entity_type, entity_id, terms, terms_en, analyzer) ' +
  'SELECT $1, d.id, d.terms::tsvector, ' +
  "setweight(to_tsvector('english', unaccent(d.title_en)), 'A') || " +
  "setweight(to_tsvector('english', unaccent(d.names)), 'B') || " +
  "setweight(to_tsvector('english', unaccent(d.body_en)), 'C'), $2 " +
  'FROM unnest($3::uuid[], $4::text[], $5::text[], $6::text[], $7::text[]) AS d(id, terms, title_en, names, body_en) ' +
  'ON CONFLICT (entity_type, entity_id) DO UPDATE SET terms = EXCLUDED.terms, ' +
  'terms_en = EXCLUDED.terms_en, analyzer = EXCLUDED.analyzer';

const text = (value: string | null | undefined): string => (value ? plainText(value) : '');

/**
 * Keeps search_document in step with the searchable types: every create, update and restore
 * re-indexes its record (and the records whose documents show it, e.g. an organization's
 * practices) inside the write's own transaction, so a search never lags behind a save.
 */
export class SearchIndex {
  private readonly byType: Map<string, SearchCapability>;

  constructor(
    private readonly ds: DataSource,
    readonly capabilities: readonly SearchCapability[],
    private readonly contributions: readonly SearchContribution[] = [],
  ) {
    this.byType = new Map(capabilities.map((c) => [c.typeName, c]));
    for (const contribution of contributions) this.capability(contribution.typeName);
  }

  capability(typeName: string): SearchCapability {
    const capability = this.byType.get(typeName);
    if (!capability) throw new Error(`${typeName} is not searchable`);
    return capability;
  }

  /** Follows every searchable type's writes (called once, when the modules are composed). */
  watch(services: Parameters<SearchCapability['target']>[0]): void {
    for (const capability of this.capabilities) {
      capability.target(services).onWrite(async (manager, record, action) => {
        // A record in the trash keeps its document: the search reads the trash rule from its row.
        if (action === RevisionAction.DELETE) return;
        await this.reindex(manager, capability.typeName, [record.id]);
      });
    }
  }

  /** Rebuilds the documents of `ids` and of the records whose documents include them. */
  async reindex(
    manager: EntityManager,
    typeName: string,
    ids: readonly string[],
    dependents = true,
  ): Promise<void> {
    if (!ids.length) return;
    const capability = this.capability(typeName);
    const rows: DocumentRow[] = await manager.query(capability.documents, [ids]);
    await this.addContributed(manager, typeName, rows);
    await this.write(manager, typeName, rows);
    if (!dependents) return;
    for (const other of this.capabilities) {
      for (const dependency of other.dependsOn ?? []) {
        if (dependency.typeName !== typeName) continue;
        const found: { id: string }[] = await manager.query(dependency.ids, [ids]);
        await this.reindex(
          manager,
          other.typeName,
          found.map((row) => row.id),
        );
      }
    }
  }

  /** Other modules' texts for these records (search capability `searchTexts`), after their own. */
  private async addContributed(manager: EntityManager, typeName: string, rows: DocumentRow[]): Promise<void> {
    if (!rows.length) return;
    const byId = new Map(rows.map((row) => [row.id, row]));
    for (const contribution of this.contributions) {
      if (contribution.typeName !== typeName) continue;
      const found: { id: string; texts: (Localized | null)[] | null }[] = await manager.query(
        contribution.texts,
        [[...byId.keys()]],
      );
      for (const { id, texts } of found) {
        const row = byId.get(id);
        if (row && texts) row.texts = [...(row.texts ?? []), ...texts];
      }
    }
  }

  private async write(manager: EntityManager, typeName: string, rows: readonly DocumentRow[]): Promise<void> {
    if (!rows.length) return;
    const words = new Set<string>();
    const columns = { ids: [] as string[], terms: [] as string[], titles: [] as string[] };
    const names: string[] = [];
    const bodies: string[] = [];
    for (const row of rows) {
      const texts = (row.texts ?? []).filter((t): t is Localized => t !== null);
      const rowNames = (row.names ?? []).filter((n): n is string => !!n);
      const { vector, stems } = documentVector([
        { text: text(row.title?.bg), weight: 'A' },
        { text: rowNames.join(' · '), weight: 'B' },
        ...texts.map((t) => ({ text: text(t.bg), weight: 'C' as const })),
      ]);
      for (const stem of stems) if (stem.length <= MAX_WORD) words.add(stem);
      columns.ids.push(row.id);
      columns.terms.push(vector);
      columns.titles.push(text(row.title?.en));
      names.push(rowNames.join(' '));
      bodies.push(texts.map((t) => text(t.en)).join('\n'));
    }
    await manager.query(UPSERT, [
      typeName,
      ANALYZER_VERSION,
      columns.ids,
      columns.terms,
      columns.titles,
      names,
      bodies,
    ]);
    if (words.size) {
      await manager.query(
        'INSERT INTO search_word (word) SELECT unnest($1::text[]) ORDER BY 1 ON CONFLICT DO NOTHING',
        [[...words]],
      );
    }
  }

  /**
   * Indexes the records that have no document or one from an older analyzer: at start, after the
   * migrations, so existing data (and an upgrade of the analyzer) needs no step of its own.
   * Returns how many it indexed.
   */
  async build(): Promise<number> {
    let total = 0;
    for (const capability of this.capabilities) {
      const table = this.ds.getMetadata(capability.entity).tableName;
      // Keyset by id, so a record its documents SQL does not return cannot hold the loop.
      let after = '00000000-0000-0000-0000-000000000000';
      for (;;) {
        const batch: { id: string }[] = await this.ds.query(
          // A scalar sub-query is one primary-key probe per record whatever the statistics say:
          // as NOT EXISTS, stale statistics after a bulk load once planned a 50-million-row loop
          // (2.5 s at every start with 10,000 practices).
          `SELECT r.id FROM "${table}" r WHERE r.id > $4 AND (SELECT d.analyzer FROM search_document d ` +
            'WHERE d.entity_type = $1 AND d.entity_id = r.id) IS DISTINCT FROM $2 ORDER BY r.id LIMIT $3',
          [capability.typeName, ANALYZER_VERSION, BATCH, after],
        );
        if (!batch.length) break;
        const ids = batch.map((row) => row.id);
        // Each type is built in its own pass, so the dependents' documents need no second build.
        await this.ds.transaction((manager) => this.reindex(manager, capability.typeName, ids, false));
        total += batch.length;
        after = ids[ids.length - 1];
      }
    }
    return total;
  }
}
