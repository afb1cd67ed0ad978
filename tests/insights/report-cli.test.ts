import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { insightsErrors } from '../../src/errors.js';
import { DRAFT_BODY } from '../../src/insights/drafts.js';
import { runReportCli } from '../../src/insights/cli.js';
import { openInsights, type QuestionEvent } from '../../src/insights/index.js';
import { parseFrontMatter } from '../../src/knowledge/front-matter.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { faqSchema } from '../../src/knowledge/schemas.js';
import { createLogger } from '../../src/logger.js';
import { captureOutput } from './output.js';

const NOW = new Date('2024-06-15T12:00:00Z');
const daysAgo = (n: number) => new Date(NOW.getTime() - n * 86_400_000);
const GOOD_KNOWLEDGE = path.resolve('tests/fixtures/knowledge/good');

let root: string;
let dataDir: string;
let knowledgeDir: string;
beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'tremplin-report-'));
  dataDir = path.join(root, 'data');
  knowledgeDir = path.join(root, 'knowledge');
  await cp(GOOD_KNOWLEDGE, knowledgeDir, { recursive: true });
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

async function record(events: Array<Partial<QuestionEvent> & { question: string }>): Promise<void> {
  const insights = await openInsights({ dataDir }, createLogger('silent'));
  for (const e of events) await insights.recordQuestion({ kind: 'unanswered', lang: 'fr', channel: 'webchat', at: daysAgo(1), ...e });
  await insights.close();
}

async function report(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const { stdout, stderr, text } = captureOutput();
  const code = await runReportCli(argv, {
    config: { dataDir, knowledgeDir, logLevel: 'silent' },
    stdout,
    stderr,
    now: () => NOW,
    cwd: root,
  });
  return { code, ...text() };
}

const CANTINE = ['Y a-t-il une cantine ?', 'Y a-t-il une cantine ?', 'Il y a une cantine ?', 'cantine sur place ?', 'Is there a canteen?'];

describe('tremplin report unanswered', () => {
  it('prints the groups as a table, most frequent first, for the last 7 days by default', async () => {
    await record([
      ...CANTINE.slice(0, 4).map((question) => ({ question })),
      { question: 'les tickets restaurant ?', channel: 'msteams', kind: 'escalation' as const },
      { question: 'Y a-t-il une crèche ?', at: daysAgo(10) },
    ]);
    const { code, out } = await report('unanswered');
    expect(code).toBe(0);
    expect(out).toContain('Questions sans réponse depuis le 08/06/2024 14:00 heure de Paris (7 derniers jours)');
    expect(out).toContain('2 groupes, 5 questions de 5 visiteurs');
    expect(out).toContain('Dernière fois (heure de Paris)');
    const rows = out.split('\n').filter((l) => /^\s+\d+\s/.test(l));
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatch(/^\s*4\s+4\s+Y a-t-il une cantine \?\s+fr 4\s+webchat 4\s+\d\d\/06\/2024/);
    expect(rows[1]).toMatch(/^\s*1\s+1\s+les tickets restaurant \?\s+fr 1\s+msteams 1\s+1\s+/);
    expect(out).toContain('aussi : « cantine sur place ? », « Il y a une cantine ? »');
    expect(out).not.toContain('crèche');
    expect((await report('unanswered', '--since', '2w')).out).toContain('crèche');
  });

  it('gives JSON with --json, and honours --limit', async () => {
    await record([...CANTINE.map((question) => ({ question })), { question: 'les tickets restaurant ?' }]);
    const { code, out } = await report('unanswered', '--json', '--limit', '1');
    expect(code).toBe(0);
    const groups = JSON.parse(out) as Array<{ representative: string; count: number; lastAt: string }>;
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({ representative: 'Y a-t-il une cantine ?', count: 4 });
    expect(new Date(groups[0]!.lastAt).toISOString()).toBe(daysAgo(1).toISOString());
  });

  it('refuses unreadable durations and limits, unknown commands and misplaced options', async () => {
    expect(await report('unanswered', '--since', '7 jours')).toMatchObject({ code: 2, err: `${insightsErrors.badDuration('--since', '7 jours')}\n` });
    expect(await report('unanswered', '--limit', '0')).toMatchObject({ code: 2, err: `${insightsErrors.badLimit('0')}\n` });
    expect((await report('questions')).err).toContain(insightsErrors.unknownCommand('questions'));
    expect((await report('feedback', '--draft')).err).toContain(insightsErrors.badArguments('--draft'));
    expect((await report('purge')).err).toBe(`${insightsErrors.missingOlderThan()}\n`);
    expect(await report('help')).toMatchObject({ code: 0 });
  });

  it('says so when nothing is left unanswered', async () => {
    const { code, out } = await report('unanswered');
    expect(code).toBe(0);
    expect(out).toContain('0 groupe, 0 question de 0 visiteur.');
  });
});

describe('tremplin report unanswered --draft', () => {
  it('writes one FAQ draft per group, valid against the FAQ schema, never served, never overwritten', async () => {
    await record([
      ...CANTINE.map((question) => ({ question, lang: question.startsWith('Is') ? ('en' as const) : ('fr' as const) })),
      { question: 'Is there a gym?', lang: 'en' },
      { question: 'Is there a gym on site?', lang: 'en' },
    ]);
    const first = await report('unanswered', '--draft');
    expect(first.code).toBe(0);
    expect(first.out).toContain(`3 brouillons écrits dans ${path.join('knowledge', 'drafts')}/.`);
    const drafts = (await readdir(path.join(knowledgeDir, 'drafts'))).filter((f) => f !== 'unfinished-offer.md').sort();
    expect(drafts).toEqual(['is-there-a-canteen.md', 'is-there-a-gym.md', 'y-a-t-il-une-cantine.md']);

    const text = await readFile(path.join(knowledgeDir, 'drafts', 'y-a-t-il-une-cantine.md'), 'utf8');
    const { frontMatter } = parseFrontMatter(text);
    const faq = faqSchema.parse(frontMatter!.data);
    expect(faq).toMatchObject({
      question: 'Y a-t-il une cantine ?',
      alternatives: ['cantine sur place ?', 'Il y a une cantine ?'],
      lang: 'fr',
      organisation: 'all',
      tags: ['brouillon'],
    });
    expect(frontMatter!.body.trim()).toBe(DRAFT_BODY);
    const gym = faqSchema.parse(parseFrontMatter(await readFile(path.join(knowledgeDir, 'drafts', 'is-there-a-gym.md'), 'utf8')).frontMatter!.data);
    expect(gym).toMatchObject({ question: 'Is there a gym?', alternatives: ['Is there a gym on site?'], lang: 'en' });

    // Drafts are never served…
    const served = await loadKnowledge(knowledgeDir);
    expect(served.problems).toEqual([]);
    expect(served.entries.map((e) => e.id)).not.toEqual(expect.arrayContaining(['y-a-t-il-une-cantine']));
    expect(served.entries.some((e) => drafts.includes(`${e.id}.md`))).toBe(false);
    // …and become valid FAQ entries once moved to faq/.
    await cp(path.join(knowledgeDir, 'drafts', 'y-a-t-il-une-cantine.md'), path.join(knowledgeDir, 'faq', 'y-a-t-il-une-cantine.md'));
    const published = await loadKnowledge(knowledgeDir);
    expect(published.problems).toEqual([]);
    expect(published.entries.find((e) => e.id === 'y-a-t-il-une-cantine')).toMatchObject({ kind: 'faq', question: 'Y a-t-il une cantine ?' });

    // HR started on one draft: running again keeps it as it is.
    const edited = path.join(knowledgeDir, 'drafts', 'y-a-t-il-une-cantine.md');
    await writeFile(edited, text.replace(DRAFT_BODY, 'Oui, au rez-de-chaussée.'));
    await record([{ question: 'Y a-t-il une cantine ?' }]);
    const second = await report('unanswered', '--draft');
    expect(second.out).toContain('Aucun brouillon écrit');
    expect(second.out).toContain('3 existaient déjà et ont été laissés tels quels');
    expect(await readFile(edited, 'utf8')).toContain('Oui, au rez-de-chaussée.');
  });
});

describe('tremplin report unanswered, about offers and employers', () => {
  const salaryOfOffer = { intent: 'salary', offerId: 'dinum-data-scientist', organisationId: 'dinum' };

  it('names what each group is about, points offer questions to the offer file, and drafts the others for their employer', async () => {
    await record([
      { question: 'Quel salaire pour le data scientist de la DINUM ?', ...salaryOfOffer, visitor: 'v1' },
      { question: 'combien est payé le data scientist dinum', ...salaryOfOffer, visitor: 'v2' },
      { question: 'Comment se passe la visite médicale au PEReN ?', intent: 'application_process', organisationId: 'peren', visitor: 'v3' },
    ]);
    const { out } = await report('unanswered', '--draft');
    const rows = out.split('\n').filter((l) => /^\s+\d+\s/.test(l));
    expect(rows[0]).toMatch(/^\s*2\s+2\s+.+« Data scientist » \(DINUM\)\s+salary\s/);
    expect(rows[1]).toMatch(/^\s*1\s+1\s+Comment se passe la visite médicale au PEReN \?\s+PEReN\s+application_process\s/);
    expect(out).toContain('Où corriger (la réponse manque dans la fiche de l’offre, pas dans une FAQ) :');
    expect(out).toContain('→ offers/dinum-data-scientist.md : salary (rémunération)');

    const drafts = (await readdir(path.join(knowledgeDir, 'drafts'))).filter((f) => f !== 'unfinished-offer.md');
    expect(drafts).toEqual(['comment-se-passe-la-visite-medicale-au-peren.md']);
    const draft = faqSchema.parse(parseFrontMatter(await readFile(path.join(knowledgeDir, 'drafts', drafts[0]!), 'utf8')).frontMatter!.data);
    expect(draft).toMatchObject({ organisation: 'peren', intent: 'application_process' });
    expect(await readFile(path.join(dataDir, 'applications.sqlite'))).not.toContain(Buffer.from('v1'));
  });
});

describe('tremplin report feedback and purge', () => {
  it('lists the least helpful answers first, with their sources and counts', async () => {
    const insights = await openInsights({ dataDir }, createLogger('silent'));
    const click = (helpful: boolean, intent: string, sources: string[], question?: string) =>
      insights.recordFeedback({ helpful, intent, sources, question, lang: 'fr', channel: 'webchat', at: daysAgo(2) });
    for (let i = 0; i < 6; i += 1) await click(false, 'salary', ['beta-gouv-developpeurs'], 'salaire junior ?');
    await click(true, 'salary', ['beta-gouv-developpeurs']);
    for (let i = 0; i < 4; i += 1) await click(true, 'remote_work', ['teletravail']);
    await insights.recordFeedback({ helpful: false, intent: 'contract', sources: ['contrat'], lang: 'fr', channel: 'webchat', at: daysAgo(60) });
    await insights.close();

    const { code, out } = await report('feedback');
    expect(code).toBe(0);
    expect(out).toContain('2 réponses notées');
    const rows = out.split('\n').filter((l) => /^\s+\d+\s+\d+\s/.test(l));
    expect(rows[0]).toMatch(/^\s*6\s+1\s+salary\s+beta-gouv-developpeurs$/);
    expect(rows[1]).toMatch(/^\s*0\s+4\s+remote_work\s+teletravail$/);
    expect(out).toContain('1. salary : « salaire junior ? »');
    expect((await report('feedback', '--since', '3m')).out).toContain('contract');

    expect((await report('purge', '--older-than', '30d')).out).toContain('1 entrée supprimée');
    expect((await report('feedback', '--since', '1y')).out).not.toContain('contract');
  });
});
