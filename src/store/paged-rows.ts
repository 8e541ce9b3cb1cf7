/**
 * Reading a long document's rows a page at a time. better-sqlite3 answers a statement
 * synchronously, so one statement for every sentence of a 20,000-paragraph document held the
 * event loop for half a second and more; pages of a thousand rows let it turn between them
 * (event-loop-turns.ts gives the turn). Pages are read by key (position after the last one
 * read), so each is one index range however far into the document it is.
 */
export const PAGE_ROWS = 1000;

/** Below every position: the least value PostgreSQL's integer column holds (a lower one is out of its range). */
export const BEFORE_EVERY_POSITION = -(2 ** 31);

/** One page: rows with a position above `after`, in position order, at most `limit`. */
export type PageReader<R> = (after: number, limit: number) => Promise<R[]>;

/** Every row the page reader gives, in position order; `firstPage`, when given, is its first page, read already. */
export async function allPages<R extends { position: number }>(page: PageReader<R>, pageRows = PAGE_ROWS, firstPage?: R[]): Promise<R[]> {
  const rows: R[] = [];
  for (let after = BEFORE_EVERY_POSITION, first = firstPage; ; first = undefined) {
    const got = first ?? (await page(after, pageRows));
    for (const row of got) rows.push(row);
    if (got.length < pageRows) return rows;
    after = got[got.length - 1]!.position;
  }
}
