import type { DataSource, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { SortKey } from '../../common/pagination/paginate';
import type { SearchCapability } from '../../common/module';
import {
  forgivesTypos,
  type QueryWord,
  queryWords,
  type SearchQueries,
  searchQueries,
} from './search-analyzer';
import { SearchDocument } from './search-document.entity';

/** Closest indexed stems per mistyped word: enough for one typo, few enough to stay precise. */
export const SIMILAR_PER_WORD = 4;

/**
 * pg_trgm finds the candidates, levenshtein (fuzzystrmatch) keeps those one typo away (two from
 * eight letters on: a swap of two letters is two edits), both over the index's stems.
 */
export const SIMILAR_WORDS =
  'SELECT q.stem, w.word FROM unnest($1::text[], $2::int[]) AS q(stem, edits) ' +
  'CROSS JOIN LATERAL (SELECT word FROM search_word WHERE word % q.stem ' +
  'AND levenshtein(word, q.stem) <= q.edits ORDER BY similarity(word, q.stem) DESC, word LIMIT $3) w';

/** Whether search_document row `doc` matches: `refs` name the parameters (SearchQueries.match, the raw text). */
export function matchSql(doc: string, refs: { match: string; raw: string }): string {
  return (
    `(${doc}.terms @@ CAST(${refs.match} AS tsquery) OR ` +
    `${doc}.terms_en @@ plainto_tsquery('english', unaccent(CAST(${refs.raw} AS text))))`
  );
}

/**
 * The relevance of a record (never NULL): exact forms weigh twice the stems, typo candidates half,
 * English matches as much as stems (twice when the reader's locale is English); PostgreSQL's
 * ts_rank weighs title > names > texts. Rounded to four places, and the record's date (`date`, an
 * SQL expression) added below that, so equal relevance goes to the newer record in one sort key.
 * Without typo candidates (`fuzzy` null) their term is left out rather than ranked against a
 * query nothing matches: each ts_rank reads every match's whole vector (a sixth of the statement
 * when nearly every record matches).
 */
export function relevanceSql(
  doc: string,
  date: string,
  refs: { exact: string; stems: string; fuzzy: string | null; raw: string },
  english: boolean,
): string {
  const fuzzy = refs.fuzzy ? `0.5 * ts_rank(${doc}.terms, CAST(${refs.fuzzy} AS tsquery)) + ` : '';
  return (
    `(round((2 * ts_rank(${doc}.terms, CAST(${refs.exact} AS tsquery)) + ` +
    `ts_rank(${doc}.terms, CAST(${refs.stems} AS tsquery)) + ` +
    fuzzy +
    `${english ? 2 : 1} * ts_rank(${doc}.terms_en, plainto_tsquery('english', unaccent(CAST(${refs.raw} AS text)))))::numeric, 4) + ` +
    `COALESCE(extract(epoch FROM ${date}), 0)::numeric / 1e15)`
  );
}

let seq = 0;
const unique = (name: string): string => `${name}_${(seq = (seq + 1) % 1_000_000)}`;

/** A parsed search, ready to filter and rank one or more types' statements. */
export class PreparedSearch {
  constructor(
    readonly text: string,
    readonly words: readonly QueryWord[],
    readonly queries: SearchQueries | null,
    /** Stems pg_trgm matched to the query's words (for highlights). */
    readonly similar: ReadonlyMap<string, readonly string[]>,
    readonly english: boolean,
  ) {}

  /** A query of stop words only finds nothing (rather than everything). */
  get empty(): boolean {
    return this.queries === null;
  }

  /** The condition over a search_document alias `doc`, with its parameters. */
  condition(doc: string): { sql: string; parameters: Record<string, unknown> } {
    if (!this.queries) return { sql: 'FALSE', parameters: {} };
    const names = { match: unique('search_match'), raw: unique('search_raw') };
    return {
      sql: matchSql(doc, { match: `:${names.match}`, raw: `:${names.raw}` }),
      parameters: { [names.match]: this.queries.match, [names.raw]: this.text },
    };
  }

  /** The relevance of a record (relevanceSql), with its parameters. */
  score(doc: string, date: string): { sql: string; parameters: Record<string, unknown> } {
    // A typed constant: a bare 0 in ORDER BY would name the first column.
    if (!this.queries) return { sql: '0::numeric', parameters: {} };
    const { exact, stems, fuzzy } = this.queries;
    const names = {
      exact: unique('search_exact'),
      stems: unique('search_stems'),
      fuzzy: fuzzy === null ? null : unique('search_fuzzy'),
      raw: unique('search_raw'),
    };
    const refs = {
      exact: `:${names.exact}`,
      stems: `:${names.stems}`,
      fuzzy: names.fuzzy && `:${names.fuzzy}`,
      raw: `:${names.raw}`,
    };
    return {
      sql: relevanceSql(doc, date, refs, this.english),
      parameters: {
        [names.exact]: exact,
        [names.stems]: stems,
        ...(names.fuzzy ? { [names.fuzzy]: fuzzy } : {}),
        [names.raw]: this.text,
      },
    };
  }

  /**
   * Narrows a list's query of `capability`'s type to the matching records and returns the sort key
   * that orders them by relevance (orderBy RELEVANCE, the default when a list is searched).
   */
  filter<T extends ObjectLiteral>(
    query: SelectQueryBuilder<T>,
    capability: SearchCapability,
  ): Omit<SortKey, 'direction'> {
    const alias = query.alias;
    const doc = `${alias}_search`;
    const type = unique('search_type');
    query.innerJoin(SearchDocument, doc, `${doc}.entity_type = :${type} AND ${doc}.entity_id = ${alias}.id`, {
      [type]: capability.typeName,
    });
    const condition = this.condition(doc);
    query.andWhere(condition.sql, condition.parameters);
    const date = `COALESCE(${alias}.${capability.dateColumn}, ${alias}.created_at)`;
    const score = this.score(doc, date);
    query.setParameters({ ...query.getParameters(), ...score.parameters });
    return { expression: score.sql, sqlType: 'numeric' };
  }
}

/** SIMILAR_WORDS' parameters for a query's words, or null when none is long enough to forgive a typo. */
export function similarWordsParameters(list: readonly QueryWord[]): unknown[] | null {
  const typos = list.filter(forgivesTypos);
  if (!typos.length) return null;
  return [typos.map((w) => w.stem), typos.map((w) => (w.letters >= 8 ? 2 : 1)), SIMILAR_PER_WORD];
}

/** SIMILAR_WORDS' rows as stem → the indexed stems it may be a typo of. */
export function similarWords(rows: readonly { stem: string; word: string }[]): Map<string, string[]> {
  const similar = new Map<string, string[]>();
  for (const row of rows) similar.set(row.stem, [...(similar.get(row.stem) ?? []), row.word]);
  return similar;
}

/** Parses a query and asks the index which known stems its longer words may be typos of. */
export async function prepareSearch(
  ds: DataSource,
  text: string,
  locale?: string | null,
): Promise<PreparedSearch> {
  const list = queryWords(text);
  const parameters = similarWordsParameters(list);
  const similar = similarWords(parameters ? await ds.query(SIMILAR_WORDS, parameters) : []);
  return new PreparedSearch(
    text.trim(),
    list,
    list.length ? searchQueries(list, similar) : null,
    similar,
    locale === 'en',
  );
}
