// Generates both Prisma clients (run by `npm install` as postinstall): lib/db/generated/sqlite from
// prisma/schema.prisma and lib/db/generated/postgres from the schema derived from it (scripts/prisma-schemas.mjs).
// Works offline: see scripts/prisma-env.mjs.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { offlinePrismaEnv } from './prisma-env.mjs';
import { POSTGRES_SCHEMA, SQLITE_SCHEMA, derivePostgresSchema, readSqliteSchema } from './prisma-schemas.mjs';

mkdirSync(path.dirname(POSTGRES_SCHEMA), { recursive: true });
writeFileSync(POSTGRES_SCHEMA, derivePostgresSchema(readSqliteSchema()));
for (const schema of [SQLITE_SCHEMA, POSTGRES_SCHEMA]) {
  execFileSync(process.execPath, ['node_modules/prisma/build/index.js', 'generate', '--schema', schema], {
    stdio: 'inherit',
    env: offlinePrismaEnv,
  });
}
