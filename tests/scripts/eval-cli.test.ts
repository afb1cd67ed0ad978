/**
 * `npm run eval` on a question set its author got wrong: one line saying where, exit 2, never a
 * stack trace (set authors write YAML by hand, and a text holding ": " is the usual slip).
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dir = mkdtempSync(path.join(os.tmpdir(), 'tremplin-eval-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function evaluate(name: string, text?: string): Promise<{ code: number; stderr: string }> {
  const file = path.join(dir, name);
  if (text !== undefined) writeFileSync(file, text);
  try {
    await promisify(execFile)(process.execPath, ['--import', 'tsx', 'scripts/eval.ts', file], { cwd: ROOT });
    return { code: 0, stderr: '' };
  } catch (error) {
    const failed = error as { code: number; stderr: string };
    return { code: failed.code, stderr: failed.stderr };
  }
}

describe.concurrent('npm run eval on a broken question set', { timeout: 60_000 }, () => {
  it('names the line of a YAML slip, in one line, and exits 2', async () => {
    const { code, stderr } = await evaluate('slip.yaml', '- q: Salaire ?\n  truth: SignalConso (startup signalement): closed.\n');
    expect(code).toBe(2);
    expect(stderr).toMatch(/^eval: .*slip\.yaml:2: .*\(quote a text holding ": "\)\n$/);
  });

  it('names the entry and the field the schema refuses', async () => {
    const wrong = await evaluate('wrong.yaml', '- q: Salaire ?\n- q: Télétravail ?\n  expect: oui\n');
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/^eval: .*wrong\.yaml: entry 2, expect: .+\n$/);
  });

  it('says when the file cannot be read', async () => {
    const missing = await evaluate('none.yaml');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^eval: .*none\.yaml: cannot read this file\n$/);
  });
});
