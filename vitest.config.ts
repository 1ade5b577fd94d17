import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * API files that time another user's requests against a quiet baseline measured just before (tests/support/latency.ts):
 * they run alone, after the rest, so a neighbouring file's server cannot pass for the work under test.
 */
const TIMED = ['tests/api/heavy-upload.test.ts', 'tests/api/heavy-import.test.ts'];

// Two processes behind nginx (the PostgreSQL run, tests/support/server.ts) take twice as long to start.
const isCluster = Boolean(process.env.GONGDU_TEST_PROCESSES && process.env.GONGDU_TEST_PROCESSES !== '1');
const api = { environment: 'node', testTimeout: isCluster ? 90_000 : 30_000, hookTimeout: 120_000 } as const;

export default defineConfig({
  resolve: { alias: { '@': root } },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['lib/**/*.test.ts'], environment: 'node', testTimeout: 30_000 },
      },
      {
        extends: true,
        // API and realtime tests start the real server (tests/support/server.ts) on a random port, each file its own
        // (a fresh database, ports, a Redis prefix; behind nginx, its own database on the run's PostgreSQL cluster
        // and its own nginx). Two files run at once: much of a file's time is waiting on its server and sockets, and
        // the 2-core CI machine has room for a second file meanwhile.
        test: { ...api, name: 'api', include: ['tests/**/*.test.ts'], exclude: TIMED, maxWorkers: 2, sequence: { groupOrder: 1 } },
      },
      {
        extends: true,
        test: { ...api, name: 'api-timed', include: TIMED, fileParallelism: false, sequence: { groupOrder: 2 } },
      },
    ],
  },
});
