// One set of models, two databases (../shared/STACK.md, "One schema, two databases"). prisma/schema.prisma is the
// only schema anyone edits (SQLite); the PostgreSQL schema is derived from it here, so the two cannot drift apart
// by hand. A generated Prisma client is tied to one provider, hence two clients and two migration folders.
import { readFileSync } from 'node:fs';

export const SQLITE_SCHEMA = 'prisma/schema.prisma';
/** Written by scripts/prisma-generate.mjs beside the generated clients (git-ignored: it is derived). */
export const POSTGRES_SCHEMA = 'lib/db/generated/postgres.prisma';

export const PROVIDERS = {
  sqlite: { migrations: 'prisma/migrations' },
  postgresql: { migrations: 'prisma/migrations-postgres' },
};

/** The PostgreSQL schema for the models of `sqliteSchema`: only the datasource and the client's output differ. */
export function derivePostgresSchema(sqliteSchema) {
  const out = sqliteSchema
    .replace(/(output\s*=\s*)"[^"]*"/, '$1"./postgres"')
    .replace(/(datasource db \{\s*provider\s*=\s*)"sqlite"/, '$1"postgresql"');
  if (out === sqliteSchema || !/output\s*=\s*"\.\/postgres"/.test(out) || !/provider\s*=\s*"postgresql"/.test(out)) {
    throw new Error('prisma/schema.prisma: could not find the generator output and the sqlite datasource to derive from');
  }
  return `// GENERATED from prisma/schema.prisma by scripts/prisma-schemas.mjs: do not edit.\n${out}`;
}

/** The models alone (no comments, generator or datasource), to compare two schemas. */
export function modelsOf(schema) {
  return schema
    .replace(/^\s*\/\/.*$/gm, '')
    .replace(/^(generator|datasource) \w+ \{[\s\S]*?^\}/gm, '')
    .replace(/\n{2,}/g, '\n')
    .trim();
}

/** The schema as prisma 6's offline `migrate diff` wants it: a datasource url, no prisma-client generator. */
export function forPrisma6(schema) {
  return schema
    .replace(/^generator client \{[\s\S]*?^\}\n?/m, '')
    .replace(/(provider\s*=\s*"(sqlite|postgresql)")/, (m, _all, p) => `${m}\n  url = "${p === 'sqlite' ? 'file:./unused.db' : 'postgresql://unused@localhost/unused'}"`);
}

export function readSqliteSchema() {
  return readFileSync(SQLITE_SCHEMA, 'utf8');
}

/**
 * The SQL that takes a `provider` database from schema `from` (null: empty) to schema `to`, printed offline by
 * prisma 6's WebAssembly engine (Prisma 7's needs a download, ../shared/STACK.md). Both are sqlite-schema texts.
 */
export async function diffSql(provider, from, to) {
  const { execFileSync } = await import('node:child_process');
  const { mkdtempSync, writeFileSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const path = await import('node:path');
  const { offlinePrismaEnv } = await import('./prisma-env.mjs');
  const asProvider = (schema) => forPrisma6(provider === 'postgresql' ? derivePostgresSchema(schema) : schema);
  const work = mkdtempSync(path.join(tmpdir(), 'gongdu-migration-'));
  try {
    const toFile = path.join(work, 'to.prisma');
    writeFileSync(toFile, asProvider(to));
    const fromArgs = from === null ? ['--from-empty'] : ['--from-schema-datamodel', path.join(work, 'from.prisma')];
    if (from !== null) writeFileSync(path.join(work, 'from.prisma'), asProvider(from));
    return execFileSync(
      process.execPath,
      ['node_modules/prisma6/build/index.js', 'migrate', 'diff', '--config', 'scripts/prisma6.config.mjs', ...fromArgs, '--to-schema-datamodel', toFile, '--script'],
      { env: offlinePrismaEnv, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
    );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
