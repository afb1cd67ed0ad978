/**
 * .ci/test-packages, which the tests' global setup and CI run: it finds what is installed and
 * names what is missing with the command that installs it. (Installing itself is what a fresh
 * machine exercises; here the programs are looked for under a fake root.)
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { TEST_PACKAGES } from '../support/system-packages.js';

const roots: string[] = [];
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

/** A fake root holding the given programs (paths relative to it). */
function rootWith(programs: string[]): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'tremplin-packages-'));
  roots.push(root);
  for (const program of programs) {
    mkdirSync(path.dirname(path.join(root, program)), { recursive: true });
    writeFileSync(path.join(root, program), '#!/bin/sh\n');
    chmodSync(path.join(root, program), 0o755);
  }
  return root;
}
const check = (root: string) => spawnSync(TEST_PACKAGES, ['--check'], { env: { ...process.env, TEST_PACKAGES_ROOT: root }, encoding: 'utf8' });

describe('.ci/test-packages', () => {
  it('names every missing package and how to install it', () => {
    const run = check(rootWith([]));
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('test-packages: missing: chromium postgresql redis-server (install with: sudo apt-get install -y --no-install-recommends chromium postgresql redis-server)\n');
  });

  it('names only what is missing', () => {
    const run = check(rootWith(['usr/bin/chromium', 'usr/lib/postgresql/16/bin/initdb']));
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^test-packages: missing: redis-server \(/);
  });

  it('is silent when everything is there', () => {
    const run = check(rootWith(['usr/bin/chromium', 'usr/lib/postgresql/16/bin/initdb', 'usr/bin/redis-server']));
    expect([run.status, run.stdout, run.stderr]).toEqual([0, '', '']);
  });
});
