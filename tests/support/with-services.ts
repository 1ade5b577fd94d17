/**
 * Runs a command (the API suite) against a throw-away PostgreSQL cluster and Redis, two Gongdu processes behind
 * nginx per test server (tests/support/server.ts). Used by scripts/test.sh for the suite's second run:
 *   npx tsx tests/support/with-services.ts npx vitest run --project api
 */
import { spawn } from 'node:child_process';
import { startPostgresCluster, startRedis } from './services';

const command = process.argv.slice(2);
if (!command.length) {
  console.error('usage: tsx tests/support/with-services.ts <command…>');
  process.exit(2);
}
const cluster = await startPostgresCluster();
const redis = await startRedis();
console.log(`== throw-away PostgreSQL on port ${cluster.port}, Redis on port ${redis.port}`);
const child = spawn(command[0], command.slice(1), {
  stdio: 'inherit',
  env: { ...process.env, GONGDU_TEST_POSTGRES: cluster.adminUrl, GONGDU_TEST_REDIS: redis.url, GONGDU_TEST_PROCESSES: process.env.GONGDU_TEST_PROCESSES ?? '2' },
});
const code = await new Promise<number>((resolve) => child.on('exit', (c, signal) => resolve(c ?? (signal ? 1 : 0))));
await redis.stop();
cluster.remove();
process.exit(code);
