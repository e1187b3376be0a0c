/** What the dataset is written through: a pg client, or TypeORM on PostgreSQL or PGlite. */
export interface Sql {
  query(text: string, values?: unknown[]): Promise<unknown>;
}

/** PostgreSQL takes at most 65,535 parameters in one statement. */
const MAX_PARAMETERS = 60_000;

/**
 * Multi-row INSERTs of `rows` into `table`, as few statements as the parameter limit and
 * `maxRows` allow: a statement per row would make generating 100,000 nominations take minutes.
 */
export async function insertRows(
  sql: Sql,
  table: string,
  columns: readonly string[],
  rows: readonly unknown[][],
  maxRows = 1000,
): Promise<void> {
  const perStatement = Math.max(1, Math.min(maxRows, Math.floor(MAX_PARAMETERS / columns.length)));
  for (let start = 0; start < rows.length; start += perStatement) {
    const batch = rows.slice(start, start + perStatement);
    const values: unknown[] = [];
    const tuples = batch.map((row) => {
      const placeholders = row.map((value) => {
        values.push(value);
        return `$${values.length}`;
      });
      return `(${placeholders.join(', ')})`;
    });
    const names = columns.map((c) => `"${c}"`).join(', ');
    await sql.query(`INSERT INTO "${table}" (${names}) VALUES ${tuples.join(', ')}`, values);
  }
}
