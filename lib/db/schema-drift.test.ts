/**
 * The SQLite and PostgreSQL schemas come from one set of models (scripts/prisma-schemas.mjs). This fails when they
 * drift: a model change without a migration for both engines, a migration in one folder only, or migrations that
 * build different tables and columns. It applies both folders for real (a fresh SQLite file, a fresh database on
 * the machine's PostgreSQL, or GONGDU_TEST_POSTGRES) and compares what they built.
 */
import Database from 'better-sqlite3';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { PROVIDERS, derivePostgresSchema, modelsOf, readSqliteSchema } from '../../scripts/prisma-schemas.mjs';
import { migratePostgres, migrateSqlite, readMigrations, MIGRATIONS_DIR, POSTGRES_MIGRATIONS_DIR } from './migrate';

const adminUrl = process.env.GONGDU_TEST_POSTGRES ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const dbName = `gongdu_drift_${process.pid}`;
const pgUrl = Object.assign(new URL(adminUrl), { pathname: `/${dbName}` }).toString();
const work = mkdtempSync(path.join(tmpdir(), 'gongdu-drift-'));

afterAll(async () => {
  rmSync(work, { recursive: true, force: true });
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`).finally(() => admin.end());
});

/** Modelled tables → column → nullable; search_fts is raw SQL of a different shape per engine, checked apart. */
type Shape = Record<string, Record<string, boolean>>;

describe('one schema, two databases', () => {
  it('derives the PostgreSQL schema, and both migration folders are at the current models', () => {
    const current = readSqliteSchema();
    expect(derivePostgresSchema(current)).toMatch(/provider\s*=\s*"postgresql"/);
    for (const { migrations } of Object.values(PROVIDERS) as { migrations: string }[]) {
      // A change to prisma/schema.prisma needs `npm run db:migration <name>`, which writes both folders.
      expect(modelsOf(readFileSync(path.join(migrations, 'schema.snapshot.prisma'), 'utf8')), `${migrations} is behind prisma/schema.prisma`).toBe(modelsOf(current));
    }
    expect(readMigrations(POSTGRES_MIGRATIONS_DIR).map((m) => m.name)).toEqual(readMigrations(MIGRATIONS_DIR).map((m) => m.name));
  });

  it('builds the same tables and columns on SQLite and PostgreSQL', async () => {
    const file = path.join(work, 'drift.db');
    migrateSqlite(`file:${file}`);
    const lite = new Database(file, { readonly: true });
    const sqlite: Shape = {};
    try {
      const tables = lite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'search_fts%' AND name <> '_prisma_migrations'").all() as { name: string }[];
      for (const { name } of tables) {
        sqlite[name] = Object.fromEntries((lite.prepare(`PRAGMA table_info("${name}")`).all() as { name: string; notnull: number; pk: number }[]).map((c) => [c.name, !c.notnull && !c.pk]));
      }
      expect(lite.prepare("SELECT COUNT(*) AS n FROM sqlite_master WHERE name = 'search_fts'").get()).toEqual({ n: 1 });
    } finally {
      lite.close();
    }

    expect(await migratePostgres(pgUrl)).toHaveLength(readMigrations(POSTGRES_MIGRATIONS_DIR).length);
    expect(await migratePostgres(pgUrl)).toEqual([]); // applied once
    const client = new pg.Client({ connectionString: pgUrl });
    await client.connect();
    const postgres: Shape = {};
    try {
      const { rows } = await client.query<{ table_name: string; column_name: string; is_nullable: string }>(
        "SELECT table_name, column_name, is_nullable FROM information_schema.columns WHERE table_schema = 'public' AND table_name NOT IN ('search_fts', '_prisma_migrations')",
      );
      for (const r of rows) (postgres[r.table_name] ??= {})[r.column_name] = r.is_nullable === 'YES';
      const fts = await client.query("SELECT indexdef FROM pg_indexes WHERE tablename = 'search_fts' AND indexdef LIKE '%USING gin%'");
      expect(fts.rowCount).toBe(1);
    } finally {
      await client.end();
    }
    expect(Object.keys(sqlite).length).toBeGreaterThan(10);
    expect(postgres).toEqual(sqlite);
  });
});
