import { defineConfig } from 'vitest/config';

// Suites that start a browser, GNU parallel, thousands of processes or inputs of hundreds of
// megabytes: `npm run test:slow` runs them (CI runs both scripts). `npm test` stays the quick loop.
export const SLOW = [
  'test/html-report.test.ts',
  'test/xss.test.ts',
  'test/parallel.test.ts',
  'test/limits.test.ts',
  'test/format-properties.test.ts',
  'test/pack.test.ts',
  'test/stall.test.ts',
];

export default defineConfig({
  test: {
    include: process.env.FEEDSCRUB_SLOW ? SLOW : ['test/**/*.test.ts'],
    exclude: process.env.FEEDSCRUB_SLOW ? [] : SLOW,
    // No test may depend on the machine's speed: a CLI run on a busy 2-core machine can take many
    // times what it takes on a quiet one. Limits only catch hangs.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
