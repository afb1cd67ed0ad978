import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { assemble, type Tremplin } from '../../src/assemble.js';
import { loadConfig, PROJECT_ROOT } from '../../src/config.js';
import { calendarDate } from '../../src/knowledge/open-status.js';
import { conversation } from '../support/conversation.js';
import { EVENTUALLY } from '../support/patience.js';

let dir: string;
let tremplin: Tremplin;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'tremplin-live-'));
  await cp(path.join(PROJECT_ROOT, 'knowledge'), path.join(dir, 'knowledge'), { recursive: true });
  const config = loadConfig({ KNOWLEDGE_DIR: path.join(dir, 'knowledge'), DATA_DIR: path.join(dir, 'data') });
  tremplin = await assemble({ ...config, logLevel: 'silent' }, { watch: true });
});
afterAll(async () => {
  await tremplin.close();
  await rm(dir, { recursive: true, force: true });
});

const ask = async (text: string) => (await conversation(tremplin).say(text)).at(-1)!;

describe('live reload: HR edits reach the bot without a restart', () => {
  it('answers with a salary HR adds to an offer', async () => {
    const question = 'Quel est le salaire du poste de data scientist à la DINUM ?';
    expect((await ask(question)).channelData).toMatchObject({ answered: false });
    const file = path.join(dir, 'knowledge/offers/dinum-data-scientist.md');
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.replace('contract: null', 'contract: null\nsalary:\n  basis: gross\n  period: year\n  bands:\n    - min: 45000\n      max: 60000'));
    await vi.waitFor(async () => expect((await ask(question)).text?.replace(/[\u00a0\u202f]/g, ' ')).toContain('45 000 € à 60 000 € bruts par an'), EVENTUALLY);
  });

  it('presents an offer HR confirms open, then stops when HR closes it', async () => {
    const question = 'Y a-t-il des postes à Saint-Jacques-de-la-Lande ?';
    const file = path.join(dir, 'knowledge/offers/dinum-hypervision-reseau-securite-rie.md');
    // Shipped as last seen open in May 2023 (past the freshness rule): HR confirms it open today.
    await writeFile(file, (await readFile(file, 'utf8')).replace(/reviewed_on: .*/, `reviewed_on: ${calendarDate(new Date())}`));
    await vi.waitFor(async () => expect((await ask(question)).text).toMatch(/^Une offre ouverte/), EVENTUALLY);
    expect(((await ask(question)).channelData as { sources: string[] }).sources).toContain('dinum-hypervision-reseau-securite-rie');
    await writeFile(file, (await readFile(file, 'utf8')).replace('status: open', 'status: closed'));
    await vi.waitFor(async () => expect((await ask(question)).text).toMatch(/aucune offre ouverte/i), EVENTUALLY);
  });

  it('keeps serving the last good version of a file HR breaks', async () => {
    const file = path.join(dir, 'knowledge/faq/lettre-motivation-beta-gouv.md');
    await writeFile(file, (await readFile(file, 'utf8')).replace(/^question:.*$/m, 'question: [unclosed'));
    // Once the broken version is read (its problem is known), the answer must still come from the last good one.
    await vi.waitFor(() => expect(tremplin.knowledge.snapshot().problems.map((p) => p.path)).toContain('faq/lettre-motivation-beta-gouv.md'), EVENTUALLY);
    const reply = await ask('Faut-il une lettre de motivation pour beta.gouv.fr ?');
    expect((reply.channelData as { sources: string[] }).sources).toContain('lettre-motivation-beta-gouv');
  });
});
