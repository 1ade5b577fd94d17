/**
 * Without Redis, live delivery and presence live in one process's memory: a second process on the same database
 * would store writes safely yet deliver none of them live to the first one's sockets, and its start would close
 * the first one's open attendance. So without REDIS_URL a process claims the database for itself, and a second one
 * refuses to start with a clear message. SQLite: a pid file beside the database (a stale one, whose process is
 * gone, is taken over). PostgreSQL: a session advisory lock, which PostgreSQL releases if the process dies.
 */
import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import pg from 'pg';
import { isPostgresUrl, sqliteFilePath } from './config';

export class DatabaseInUseError extends Error {}

const ADVICE = 'To run several Gongdu processes on one database, give every process the same REDIS_URL (and prefer PostgreSQL).';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function claimSqlite(url: string): () => Promise<void> {
  const file = sqliteFilePath(url);
  if (file === ':memory:') return async () => undefined;
  const lock = `${file}.pid`;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(lock, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return async () => {
        try {
          if (readFileSync(lock, 'utf8').trim() === String(process.pid)) unlinkSync(lock);
        } catch {
          // already gone
        }
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number(readFileSync(lock, 'utf8').trim());
      if (holder && holder !== process.pid && alive(holder)) {
        throw new DatabaseInUseError(`Another Gongdu process (pid ${holder}) is already serving ${file} (lock file ${lock}). ${ADVICE}`);
      }
      unlinkSync(lock); // left by a process that is gone: take it over
    }
  }
  throw new DatabaseInUseError(`Could not claim ${lock}: another process keeps taking it. ${ADVICE}`);
}

/** Any number shared by Gongdu processes ("gdsp"), distinct from the migration lock's. */
const SOLE_PROCESS_LOCK_KEY = 0x67647370;

async function claimPostgres(url: string): Promise<() => Promise<void>> {
  const client = new pg.Client({ connectionString: url });
  client.on('error', () => undefined); // the lock dies with the connection; nothing to do about it here
  await client.connect();
  const { rows } = await client.query<{ ok: boolean }>('SELECT pg_try_advisory_lock($1) AS ok', [SOLE_PROCESS_LOCK_KEY]);
  if (!rows[0].ok) {
    await client.end();
    throw new DatabaseInUseError(`Another Gongdu process without REDIS_URL is already serving this PostgreSQL database. ${ADVICE}`);
  }
  return () => client.end();
}

/** Claims the database for this process unless Redis is configured; resolves to the release function. */
export async function claimDatabase(url: string, redisConfigured: boolean): Promise<() => Promise<void>> {
  if (redisConfigured) return async () => undefined;
  return isPostgresUrl(url) ? claimPostgres(url) : claimSqlite(url);
}
