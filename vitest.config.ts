import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('.', import.meta.url));

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
        // API and realtime tests start the real server (tests/support/server.ts) on a random port.
        test: {
          name: 'api',
          include: ['tests/**/*.test.ts'],
          environment: 'node',
          // Two processes behind nginx (the PostgreSQL run, tests/support/server.ts) take twice as long to start.
          testTimeout: process.env.GONGDU_TEST_PROCESSES && process.env.GONGDU_TEST_PROCESSES !== '1' ? 90_000 : 30_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
