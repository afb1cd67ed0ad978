import { execFile } from 'node:child_process';
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { insightsErrors } from '../../src/errors.js';
import type { KnowledgeDiff } from '../../src/knowledge-diff/diff.js';
import { runKnowledgeDiff } from '../../src/knowledge-diff/diff-command.js';
import { KnowledgeBase } from '../../src/knowledge/knowledge-base.js';
import { LAST_GOOD_FOLDER, LastGoodStore } from '../../src/knowledge/last-good.js';
import { makeKnowledgeDir, offerFile, organisationFile, writeKnowledgeFile } from '../knowledge/temp-knowledge.js';
import { captureOutput } from '../insights/output.js';

const run = promisify(execFile);
const FIXTURES = path.resolve('tests/fixtures/knowledge-diff');
const QUESTIONS = path.join(FIXTURES, 'questions.yaml');
const INTERVIEW = "Comment se passe l'entretien chez beta.gouv.fr ?";
const LETTER = 'Faut-il une lettre de motivation pour candidater chez beta.gouv.fr ?';

let root: string;
beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'tremplin-diff-test-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

async function diff(knowledgeDir: string, ...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const { stdout, stderr, text } = captureOutput();
  const config = { ...loadConfig({ DATA_DIR: path.join(root, 'unused-data'), LOG_LEVEL: 'silent' }), knowledgeDir };
  const code = await runKnowledgeDiff(argv, { config, stdout, stderr, now: () => new Date('2024-06-15T12:00:00Z') });
  return { code, ...text() };
}

describe('tremplin knowledge diff', () => {
  it('reports the answers an edit changes, and only those, against a folder', async () => {
    const { code, out } = await diff(path.join(FIXTURES, 'after'), '--base', path.join(FIXTURES, 'before'), '--questions', QUESTIONS);
    expect(code).toBe(0);
    expect(out).toContain(`✎ [1] « ${INTERVIEW} »`);
    expect(out).toContain('[conversation 3, question 2] « Qui vais-je rencontrer en entretien ? »');
    expect(out).toContain('sources   : entretien-beta-gouv (inchangées)');
    expect(out).toContain('[-environ-] une [-heure.-] {+demi-heure, en visioconférence.+}');
    expect(out).not.toContain(LETTER);
    expect(out).toContain('Résumé : 4 questions reposées, 2 réponses changées.');
  });

  it('compares with the last commit by default, gives JSON, and names the files the edit broke', async () => {
    const repo = path.join(root, 'repo');
    const knowledge = path.join(repo, 'knowledge');
    await cp(path.join(FIXTURES, 'before'), knowledge, { recursive: true });
    const git = (...args: string[]) => run('git', ['-c', 'user.name=HR', '-c', 'user.email=rh@example.fr', ...args], { cwd: repo });
    await git('init', '-q');
    await git('add', '.');
    await git('commit', '-q', '-m', 'knowledge');
    await cp(path.join(FIXTURES, 'after'), knowledge, { recursive: true });
    await writeFile(path.join(knowledge, 'faq', 'casse.md'), '---\nquestion: "Une fiche cassée"\nintent: Mauvais\n---\nTexte.\n');

    const { code, out } = await diff(knowledge, '--questions', QUESTIONS, '--json');
    expect(code).toBe(0);
    const result = JSON.parse(out) as KnowledgeDiff;
    expect(result.questions).toBe(4);
    expect(result.changes.map((c) => [c.conversation, c.turn, c.question])).toEqual([
      [1, 1, INTERVIEW],
      [3, 2, 'Qui vais-je rencontrer en entretien ?'],
    ]);
    expect(result.changes[0]!.before).toMatchObject({ intent: 'application_process', sources: ['entretien-beta-gouv'] });
    expect(result.changes[0]!.before.text).toContain('environ une heure');
    expect(result.changes[0]!.after.text).toContain('une demi-heure, en visioconférence');
    expect(result.problemsAfter).toEqual([expect.stringMatching(/^faq\/casse\.md:3: intent: /)]);

    const unknown = await diff(knowledge, '--questions', QUESTIONS, '--against', 'no-such-branch');
    expect(unknown).toMatchObject({ code: 2, err: `${insightsErrors.diffUnknownRef('no-such-branch', knowledge)}\n` });
  });

  it('says what to do outside a git repository or with a bad question file', async () => {
    const alone = path.join(root, 'alone');
    await cp(path.join(FIXTURES, 'after'), alone, { recursive: true });
    expect((await diff(alone, '--questions', QUESTIONS)).err).toBe(`${insightsErrors.diffNotInGit(alone)}\n`);
    const bad = path.join(root, 'bad.yaml');
    await writeFile(bad, '- question: sans q\n');
    const result = await diff(alone, '--base', alone, '--questions', bad);
    expect(result.code).toBe(2);
    expect(result.err).toContain(`impossible de lire les questions ${bad}`);
    expect((await diff(alone, '--base', alone, '--against', 'HEAD')).code).toBe(2);
  });
});

describe('tremplin knowledge diff, by default', () => {
  const salary = (amount: number) => `salary:\n  basis: gross\n  period: year\n  bands:\n    - amount: ${amount}\n`;

  it('asks about the entries the edit changes, so that a salary edit shows its effect', async () => {
    const before = await makeKnowledgeDir({ 'organisations/dinum.md': organisationFile('DINUM'), 'offers/dev.md': offerFile('Développeuse', salary(45000)), 'offers/autre.md': offerFile('Juriste') });
    const after = await makeKnowledgeDir({ 'organisations/dinum.md': organisationFile('DINUM'), 'offers/dev.md': offerFile('Développeuse', salary(48000)), 'offers/autre.md': offerFile('Juriste') });
    const { code, out } = await diff(after, '--base', before);
    expect(code).toBe(0);
    expect(out).toContain('  offers/dev.md : modifiée (salary)');
    expect(out).not.toContain('offers/autre.md');
    expect(out).toContain("✎ [2] « Quel est le salaire de l'offre « Développeuse » chez DINUM ? »");
    expect(out).toContain('salaire indiqué est de [-**45-] {+**48+} 000');
    // The salary answer, and the offer's card, which shows its pay.
    expect(out).toContain('Résumé : 6 questions reposées, 3 réponses changées.');
  });

  it('serves a broken edit as the server does, from its last good version, and says so', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'tremplin-diff-data-'));
    const knowledge = await makeKnowledgeDir({ 'organisations/dinum.md': organisationFile('DINUM'), 'offers/dev.md': offerFile('Développeuse', salary(45000)) });
    const before = await makeKnowledgeDir({ 'organisations/dinum.md': organisationFile('DINUM'), 'offers/dev.md': offerFile('Développeuse', salary(45000)) });
    const server = await KnowledgeBase.open({ dir: knowledge, lastGood: await LastGoodStore.open(path.join(dataDir, LAST_GOOD_FOLDER), knowledge) });
    await server.close();
    await writeKnowledgeFile(knowledge, 'offers/dev.md', offerFile('Développeuse', salary(45000)).replace('status: open', 'status: ouvert'));

    const { stdout, stderr, text } = captureOutput();
    const config = { ...loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent' }), knowledgeDir: knowledge };
    await runKnowledgeDiff(['--base', before], { config, stdout, stderr });
    const { out } = text();
    expect(out).toContain('offers/dev.md:4: status:');
    expect(out).toMatch(/→ offers\/dev\.md : le serveur sert sa dernière version valide \(\d\d\/\d\d\/\d{4} \d\d:\d\d heure de Paris\)/);
    expect(out).toContain('Aucune fiche n’est servie autrement après la modification.');
    await rm(dataDir, { recursive: true, force: true });
  });
});
