import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { knowledgeErrors } from '../../src/errors.js';
import { makeKnowledgeDir, removeKnowledgeDir } from './temp-knowledge.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const FIXTURES = path.join(ROOT, 'tests/fixtures/knowledge');

/** Runs `tremplin knowledge check <dir>` as HR would, through the real `bin/tremplin.js`. */
async function check(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, ['bin/tremplin.js', 'knowledge', 'check', ...args], {
      cwd: ROOT,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe.concurrent('tremplin knowledge check', () => {
  it('exits 0 on valid knowledge and prints a summary per kind, language and offer status', async () => {
    const { code, stdout } = await check(path.join(FIXTURES, 'good'));
    expect(stdout).toContain('4 offres (fr 3, en 1) : ');
    expect(stdout).toContain('2 questions-réponses (fr 1, en 1)');
    expect(stdout).toContain('3 organisations (fr 3)');
    expect(stdout).toContain('9 fichiers lus, aucun problème.');
    expect(code).toBe(0);
  });

  it('lists the FAQ entries and presentations without an English version, as a reminder that fails nothing', async () => {
    const { code, stdout } = await check(path.join(FIXTURES, 'good'));
    const lines = stdout.split('\n');
    expect(lines).toContain('Sans version anglaise (3) — une question en anglais reçoit le texte français :');
    expect(lines).toContain('  organisations/peren.md');
    expect(stdout).not.toContain('faq/teletravail.md');
    expect(code).toBe(0);
  });

  it('exits 1 on broken knowledge, naming each file and line, then counting the files with problems', async () => {
    const { code, stdout } = await check(path.join(FIXTURES, 'broken'));
    const lines = stdout.split('\n');
    expect(lines).toContain(`offers/wrong-status.md:4: status: ${knowledgeErrors.invalidValue('expected open or closed', 'ouvert')}`);
    expect(lines).toContain(`faq/unclosed.md:1: ${knowledgeErrors.unclosedFrontMatter}`);
    expect(stdout).toContain('14 fichiers lus, 12 fichiers avec des problèmes (14 problèmes).');
    expect(code).toBe(1);
  });

  it('exits 1 on an explanation of a term that cites no source, and counts the explained terms', async () => {
    const dir = await makeKnowledgeDir({
      'terms/pass.md': '---\nterm: PASS\nsources: https://www.pass.fonction-publique.gouv.fr/\n---\nLa plateforme des stages.\n',
      'terms/detachement.md': '---\nterm: détachement\n---\nUne position du fonctionnaire.\n',
    });
    try {
      const { code, stdout } = await check(dir);
      expect(stdout.split('\n')).toContain(
        `terms/detachement.md:1: sources: ${knowledgeErrors.missingField(false, 'give at least one source link (sources: [https://…])')}`,
      );
      expect(stdout).toContain('1 terme expliqué (fr 1)');
      expect(code).toBe(1);
    } finally {
      await removeKnowledgeDir(dir);
    }
  });

  it('exits 2 with the knowledge error when the folder does not exist', async () => {
    const missing = path.join(FIXTURES, 'missing');
    const { code, stderr } = await check(missing);
    expect(stderr).toContain(knowledgeErrors.dirNotFound(missing));
    expect(code).toBe(2);
  });
});
