/**
 * SQL for the names a record's place goes by (official and informal, e.g. Хисаря and Хисар), for
 * the search documents of the types placed in municipalities: a text[] expression over `owner`
 * (the SQL expression of the record's id, or of its municipality code with `column`).
 */
export function placeNamesSql(
  place: { table: string; ownerColumn: string; valueColumn: string } | { column: string },
  owner: string,
): string {
  const names = 'ARRAY[m.name_bg] || m.aliases';
  if ('column' in place) {
    return `COALESCE((SELECT ${names} FROM municipality m WHERE m.code = ${owner}.${place.column}), '{}')`;
  }
  return (
    `ARRAY(SELECT unnest(${names}) FROM ${place.table} j JOIN municipality m ON m.code = j.${place.valueColumn} ` +
    `WHERE j.${place.ownerColumn} = ${owner}.id)`
  );
}
