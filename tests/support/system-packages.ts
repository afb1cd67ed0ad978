/**
 * Vitest's global setup: brings the Debian packages the tests use (chromium, postgresql,
 * redis-server) before any test runs, with .ci/test-packages — the script CI runs too. When they
 * cannot be installed (not root, no apt-get), the run stops with what to do, rather than with a
 * hundred tests failing each its own way.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The script, shared with .ci/run. */
export const TEST_PACKAGES = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../.ci/test-packages');

export default function setup(): void {
  const result = spawnSync(TEST_PACKAGES, [], { stdio: ['ignore', 'inherit', 'pipe'], encoding: 'utf8' });
  if (result.status !== 0) throw new Error(result.stderr.trim() || `${TEST_PACKAGES} failed (${result.error?.message ?? `exit ${result.status}`})`);
  if (result.stderr) process.stderr.write(result.stderr);
}
