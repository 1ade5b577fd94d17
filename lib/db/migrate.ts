/**
 * Applies pending migrations at start-up and in tests: prisma/migrations on SQLite, prisma/migrations-postgres on
 * PostgreSQL (the same models, scripts/prisma-schemas.mjs).
 *
 * Prisma 7's `migrate deploy` needs a native engine that cannot be downloaded here (../shared/STACK.md), so this
 * small runner does its job: it applies each `<timestamp>_<name>/migration.sql` once, in name order, inside a
 * transaction, and records it in the same `_prisma_migrations` table (sha256 checksums) that Prisma writes, so a
 * machine that can run Prisma's own commands sees the same history.
 */
import Database from 'better-sqlite3';
import { createHash, randomUUID } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { isPostgresUrl, sqliteFilePath } from './config';

export const MIGRATIONS_DIR = path.resolve(process.cwd(), 'prisma/migrations');
export const POSTGRES_MIGRATIONS_DIR = path.resolve(process.cwd(), 'prisma/migrations-postgres');

export interface Migration {
  name: string;
  sql: string;
  checksum: string;
}

export function readMigrations(dir = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(dir, entry.name, 'migration.sql')))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(path.join(dir, name, 'migration.sql'), 'utf8');
      return { name, sql, checksum: createHash('sha256').update(sql).digest('hex') };
    });
}

/** Creates the database file if needed and applies every pending migration. Returns the names applied. */
export function migrateSqlite(url: string, dir = MIGRATIONS_DIR): string[] {
  const file = sqliteFilePath(url);
  if (file !== ':memory:') mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file, { timeout: 10_000 });
  try {
    // WAL lets readers go on while one writer commits; it is a property of the file, so setting it once is enough.
    db.pragma('journal_mode = WAL');
    db.exec(`CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
      "id" TEXT PRIMARY KEY NOT NULL,
      "checksum" TEXT NOT NULL,
      "finished_at" DATETIME,
      "migration_name" TEXT NOT NULL,
      "logs" TEXT,
      "rolled_back_at" DATETIME,
      "started_at" DATETIME NOT NULL DEFAULT current_timestamp,
      "applied_steps_count" INTEGER UNSIGNED NOT NULL DEFAULT 0
    )`);
    const applied: string[] = [];
    for (const migration of readMigrations(dir)) {
      // IMMEDIATE takes the write lock first, so two processes starting on one file cannot both apply a migration.
      const apply = db.transaction(() => {
        const done = db
          .prepare('SELECT checksum FROM "_prisma_migrations" WHERE migration_name = ? AND finished_at IS NOT NULL AND rolled_back_at IS NULL')
          .get(migration.name) as { checksum: string } | undefined;
        if (done) {
          if (done.checksum !== migration.checksum) {
            throw new Error(`migration ${migration.name} was changed after it was applied (checksum differs)`);
          }
          return false;
        }
        db.exec(migration.sql);
        db.prepare(
          'INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, started_at, applied_steps_count) VALUES (?, ?, ?, ?, ?, 1)',
        ).run(randomUUID(), migration.checksum, Date.now(), migration.name, Date.now());
        return true;
      });
      if (apply.immediate()) applied.push(migration.name);
    }
    return applied;
  } finally {
    db.close();
  }
}

/** Applies pending migrations to the database at `url`, whichever engine it is. Returns the names applied. */
export async function migrateDatabase(url: string): Promise<string[]> {
  return isPostgresUrl(url) ? migratePostgres(url) : migrateSqlite(url);
}

/** Any number (here: "gongdu" in ASCII) shared by every Gongdu process, for the migration advisory lock. */
const MIGRATION_LOCK_KEY = 0x676f6e67;

/**
 * Creates the database if it does not exist (the server's user may) and applies every pending migration, each in
 * its own transaction. An advisory lock makes processes starting together apply each migration once.
 */
export async function migratePostgres(url: string, dir = POSTGRES_MIGRATIONS_DIR): Promise<string[]> {
  await createPostgresDatabaseIfMissing(url);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    // The table exactly as `prisma migrate deploy` creates it on PostgreSQL.
    await client.query(`CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
      "id" VARCHAR(36) PRIMARY KEY NOT NULL,
      "checksum" VARCHAR(64) NOT NULL,
      "finished_at" TIMESTAMPTZ,
      "migration_name" VARCHAR(255) NOT NULL,
      "logs" TEXT,
      "rolled_back_at" TIMESTAMPTZ,
      "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
      "applied_steps_count" INTEGER NOT NULL DEFAULT 0
    )`);
    const applied: string[] = [];
    for (const migration of readMigrations(dir)) {
      const { rows } = await client.query<{ checksum: string }>(
        'SELECT checksum FROM "_prisma_migrations" WHERE migration_name = $1 AND finished_at IS NOT NULL AND rolled_back_at IS NULL',
        [migration.name],
      );
      if (rows.length) {
        if (rows[0].checksum !== migration.checksum) throw new Error(`migration ${migration.name} was changed after it was applied (checksum differs)`);
        continue;
      }
      await client.query('BEGIN');
      try {
        await client.query(migration.sql);
        await client.query(
          'INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, started_at, applied_steps_count) VALUES ($1, $2, now(), $3, now(), 1)',
          [randomUUID(), migration.checksum, migration.name],
        );
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      }
      applied.push(migration.name);
    }
    return applied;
  } finally {
    await client.end();
  }
}

async function createPostgresDatabaseIfMissing(url: string): Promise<void> {
  const probe = new pg.Client({ connectionString: url });
  try {
    await probe.connect();
    return;
  } catch (error) {
    if ((error as { code?: string }).code !== '3D000') throw error; // 3D000: invalid_catalog_name (no such database)
  } finally {
    await probe.end().catch(() => undefined);
  }
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  target.pathname = '/postgres';
  const admin = new pg.Client({ connectionString: target.toString() });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
  } catch (error) {
    if ((error as { code?: string }).code !== '42P04') throw error; // another process created it just now
  } finally {
    await admin.end();
  }
}
