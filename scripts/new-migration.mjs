// Writes prisma/migrations/<timestamp>_<name>/migration.sql: the SQL from the schema as of the last migration
// (prisma/migrations/schema.snapshot.prisma) to prisma/schema.prisma, printed offline by prisma 6's diff.
// Usage: npm run db:migration <name>
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { offlinePrismaEnv } from './prisma-env.mjs';

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error('usage: npm run db:migration <name>   (lower-case letters, digits, underscores)');
  process.exit(2);
}
const migrationsDir = 'prisma/migrations';
const snapshotPath = path.join(migrationsDir, 'schema.snapshot.prisma');
const current = readFileSync('prisma/schema.prisma', 'utf8');

// prisma 6 insists on a datasource url and has no use for the prisma-client generator block.
const forPrisma6 = (schema) =>
  schema.replace(/^generator client \{[\s\S]*?^\}\n?/m, '').replace(/(provider\s*=\s*"sqlite")/, '$1\n  url = "file:./unused.db"');

const work = mkdtempSync(path.join(tmpdir(), 'gongdu-migration-'));
const toFile = path.join(work, 'to.prisma');
writeFileSync(toFile, forPrisma6(current));
const fromArgs = existsSync(snapshotPath)
  ? ['--from-schema-datamodel', (writeFileSync(path.join(work, 'from.prisma'), forPrisma6(readFileSync(snapshotPath, 'utf8'))), path.join(work, 'from.prisma'))]
  : ['--from-empty'];

const sql = execFileSync(
  process.execPath,
  ['node_modules/prisma6/build/index.js', 'migrate', 'diff', '--config', 'scripts/prisma6.config.mjs', ...fromArgs, '--to-schema-datamodel', toFile, '--script'],
  { env: offlinePrismaEnv, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
);
if (!/\b(CREATE|ALTER|DROP)\b/.test(sql)) {
  console.error('The schema has no changes since the last migration (or the diff failed): nothing written.');
  process.exit(1);
}
const stamp = new Date().toISOString().replace(/[-:T]/g, '').slice(0, 14);
const dir = path.join(migrationsDir, `${stamp}_${name}`);
mkdirSync(dir, { recursive: true });
writeFileSync(path.join(dir, 'migration.sql'), sql.trimStart());
writeFileSync(snapshotPath, current);
writeFileSync(path.join(migrationsDir, 'migration_lock.toml'), 'provider = "sqlite"\n');
console.log(`wrote ${dir}/migration.sql`);
