/**
 * The memory allocator `npm start` gives the server (scripts/allocator-env.sh): jemalloc when
 * the system has it, glibc's malloc otherwise or when asked. What the script prints must start
 * a working Node whose process really runs on the library it names — a wrong path would only
 * print a loader warning and silently leave the server on glibc, with ~50 MB more memory.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';

const SCRIPT = path.join(PROJECT_ROOT, 'scripts', 'allocator-env.sh');

/** What the script prints, as `NAME=value` pairs. */
function allocatorEnv(env: NodeJS.ProcessEnv = {}): Record<string, string> {
  const printed = execFileSync('sh', [SCRIPT], { env: { ...process.env, LD_PRELOAD: '', ...env }, encoding: 'utf8' }).trim();
  return Object.fromEntries(printed.split(/\s+/).filter(Boolean).map((word) => [word.slice(0, word.indexOf('=')), word.slice(word.indexOf('=') + 1)]));
}

describe('npm start’s memory allocator', () => {
  it('starts Node on the library it names, and Node maps it', () => {
    const env = allocatorEnv();
    const maps = execFileSync(process.execPath, ['-e', 'process.stdout.write(require("fs").readFileSync("/proc/self/maps", "utf8"))'], {
      env: { ...process.env, ...env },
      encoding: 'utf8',
    });
    if (env.LD_PRELOAD) {
      expect(env.LD_PRELOAD).toMatch(/libjemalloc\.so\.2$/);
      expect(maps).toContain(env.LD_PRELOAD);
      expect(env.MALLOC_CONF).toContain('background_thread:true');
    } else {
      expect(maps).not.toContain('libjemalloc');
    }
  });

  it('prints nothing when glibc is asked for: the start script’s MALLOC_* settings then apply', () => {
    expect(allocatorEnv({ TREMPLIN_ALLOCATOR: 'glibc' })).toEqual({});
  });
});
