// Writes prisma/migrations/<timestamp>_<name>/migration.sql and prisma/migrations-postgres/<same>/migration.sql:
// the SQL from the schema as of the last migration (prisma/migrations/schema.snapshot.prisma) to
// prisma/schema.prisma, printed offline by prisma 6's diff for each provider (scripts/prisma-schemas.mjs).
// Raw SQL Prisma cannot model (search indexes) is added by hand to each file afterwards.
// Usage: npm run db:migration <name>
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PROVIDERS, diffSql, readSqliteSchema } from './prisma-schemas.mjs';

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error('usage: npm run db:migration <name>   (lower-case letters, digits, underscores)');
  process.exit(2);
}
const current = readSqliteSchema();
const snapshotPath = path.join(PROVIDERS.sqlite.migrations, 'schema.snapshot.prisma');
const previous = existsSync(snapshotPath) ? readFileSync(snapshotPath, 'utf8') : null;
const stamp = new Date().toISOString().replace(/[-:T]/g, '').slice(0, 14);

const scripts = {};
for (const provider of Object.keys(PROVIDERS)) {
  const sql = await diffSql(provider, previous, current);
  if (!/\b(CREATE|ALTER|DROP)\b/.test(sql)) {
    console.error(`The schema has no changes since the last migration (or the ${provider} diff failed): nothing written.`);
    process.exit(1);
  }
  scripts[provider] = sql;
}
for (const [provider, { migrations }] of Object.entries(PROVIDERS)) {
  const dir = path.join(migrations, `${stamp}_${name}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'migration.sql'), scripts[provider].trimStart());
  writeFileSync(path.join(migrations, 'schema.snapshot.prisma'), current);
  writeFileSync(path.join(migrations, 'migration_lock.toml'), `provider = "${provider}"\n`);
  console.log(`wrote ${dir}/migration.sql`);
}
