import { defineConfig } from 'vitest/config';

/**
 * No test depends on the machine's speed (speed is for `npm run bench`): the timeouts below only
 * bound a hang, on a machine as busy as it gets (two shared cores, a browser beside the suite).
 * Waits end as soon as what they wait for happens, so generous bounds cost nothing when all is
 * well. See tests/support/patience.ts.
 */
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Installs chromium, postgresql and redis-server when missing (.ci/test-packages).
    globalSetup: ['tests/support/system-packages.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 180_000,
    expect: { poll: { timeout: 30_000, interval: 20 } },
    env: { LOG_LEVEL: 'silent' },
  },
});
