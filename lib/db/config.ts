/** Where the database lives. Default: embedded SQLite in ./data, created on first start. */
import path from 'node:path';

export const DEFAULT_DATABASE_URL = 'file:./data/gongdu.db';

export function databaseUrl(): string {
  return process.env.DATABASE_URL || DEFAULT_DATABASE_URL;
}

export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//.test(url);
}

/** The file behind a `file:` URL, resolved against the working directory (as SQLite itself would). */
export function sqliteFilePath(url: string): string {
  const bare = url.replace(/^file:/, '').replace(/\?.*$/, '');
  return bare === ':memory:' ? bare : path.resolve(bare);
}
