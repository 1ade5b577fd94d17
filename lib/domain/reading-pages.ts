/**
 * The reading page loads a text's threads by page: a run of consecutive blocks, identified by the ordinals of its
 * first and last block. Fixed runs rather than sections: a section can be a whole chapter, and a run of a few
 * blocks bounds what one page brings whatever the outline; a dense run is still paged by the API's cursor.
 */

/**
 * Blocks per page of threads: a screen shows two to four paragraphs, and a text's busiest paragraphs carry hundreds
 * of threads (bench:page puts 10,000 on a guide of 19 paragraphs).
 */
export const PAGE_BLOCKS = 3;
/**
 * Threads in a page's first request: few, so the first highlights come quickly (the server puts the first page's
 * first chunk in the HTML); the page's further chunks are the API's largest, for fewer round trips.
 */
export const FIRST_CHUNK = 100;
export const NEXT_CHUNKS = 500;

export interface ReadingPage {
  /** `<from>-<to>` */
  key: string;
  from: number;
  to: number;
  blockIds: ReadonlySet<string>;
}

/** Splits blocks (in order, their index being their ordinal) into runs of `size`. */
export function readingPages(blockIds: readonly string[], size: number): ReadingPage[] {
  if (!Number.isInteger(size) || size < 1) throw new RangeError('size must be a positive integer');
  const pages: ReadingPage[] = [];
  for (let from = 0; from < blockIds.length; from += size) {
    const to = Math.min(blockIds.length, from + size) - 1;
    pages.push({ key: `${from}-${to}`, from, to, blockIds: new Set(blockIds.slice(from, to + 1)) });
  }
  return pages;
}
