// `npm start`: builds the app (next build, and server.ts compiled to dist/server.mjs) when the build is missing or
// older than the sources, then runs dist/server.mjs in production mode. The database is created, migrated and seeded by the server itself on start.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, statSync, readdirSync } from 'node:fs';
import path from 'node:path';

const SOURCES = ['app', 'components', 'lib', 'next.config.js', 'package.json', 'postcss.config.mjs', 'server.ts'];

function newestMtime(p) {
  if (!existsSync(p)) return 0;
  const stat = statSync(p);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(p)) {
    if (entry === 'generated' || entry === 'node_modules') continue;
    newest = Math.max(newest, newestMtime(path.join(p, entry)));
  }
  return newest;
}

const buildId = '.next/BUILD_ID';
const stale = !existsSync(buildId) || SOURCES.some((s) => newestMtime(s) > statSync(buildId).mtimeMs);
if (stale || process.env.GONGDU_FORCE_BUILD) {
  console.log('Building Gongdu (next build)…');
  execFileSync(process.execPath, ['node_modules/next/dist/bin/next', 'build'], { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
}
const serverBuild = 'dist/server.mjs';
if (stale || process.env.GONGDU_FORCE_BUILD || !existsSync(serverBuild) || SOURCES.some((s) => newestMtime(s) > statSync(serverBuild).mtimeMs)) {
  execFileSync(process.execPath, ['scripts/build-server.mjs', serverBuild], { stdio: 'inherit' });
}
// No --enable-source-maps: with it Node reads and keeps the source map of every module it loads (Next's chunks and
// its own dist, with their sources), 60 MB of a 146 MB heap with nobody connected (bench:connections, heap
// snapshots). Stack traces name the built files; NODE_OPTIONS=--enable-source-maps maps them when debugging.
const child = spawn(process.execPath, [serverBuild], { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
