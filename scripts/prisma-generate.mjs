// Generates the Prisma client (run by `npm install` as postinstall). Works offline: see scripts/prisma-env.mjs.
import { execFileSync } from 'node:child_process';
import { offlinePrismaEnv } from './prisma-env.mjs';

execFileSync(process.execPath, ['node_modules/prisma/build/index.js', 'generate', '--schema', 'prisma/schema.prisma'], {
  stdio: 'inherit',
  env: offlinePrismaEnv,
});
