/**
 * Lists of ids in queries, bounded. SQLite allows 999 bound parameters in one statement and Prisma does not split
 * an `in: [...]` list (P2029 "query parameter limit exceeded"). Prefer a filter by the parent key (groupId, textId,
 * a relation filter); where a query really is "these ids", it goes through here in slices.
 */

/** Ids per statement: well under SQLite's 999, leaving room for the query's other parameters. */
export const IDS_PER_QUERY = 500;

/** Runs `find` once per slice of the (deduplicated) ids and concatenates the rows, in slice order. */
export async function findInChunks<T>(ids: Iterable<string>, find: (slice: string[]) => Promise<T[]>): Promise<T[]> {
  const unique = [...new Set(ids)];
  const rows: T[] = [];
  // One slice after another: SQLite runs one statement at a time anyway, and this keeps the order stable.
  for (let i = 0; i < unique.length; i += IDS_PER_QUERY) rows.push(...(await find(unique.slice(i, i + IDS_PER_QUERY))));
  return rows;
}
