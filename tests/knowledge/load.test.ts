import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { knowledgeErrors } from '../../src/errors.js';
import { loadKnowledge, type LoadResult } from '../../src/knowledge/load.js';
import { formatProblem } from '../../src/knowledge/problems.js';
import { MAX_FILE_BYTES } from '../../src/knowledge/read-entry.js';
import type { Faq, Offer, Organisation } from '../../src/knowledge/schemas.js';
import { makeKnowledgeDir, offerFile, organisationFile, removeKnowledgeDir } from './temp-knowledge.js';

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/knowledge');
const february = () => new Date('2026-02-01T10:00:00Z');

const report = (result: LoadResult) => result.problems.map(formatProblem);

describe('loadKnowledge on valid files', () => {
  let result: LoadResult;
  beforeAll(async () => {
    result = await loadKnowledge(path.join(FIXTURES, 'good'), { now: february });
  });

  it('loads every kind with no problem, ignoring README, drafts and editor leftovers', () => {
    expect(report(result)).toEqual([]);
    expect(result.files).toEqual([
      'faq/remote-work.markdown',
      'faq/teletravail.md',
      'offers/dinum-data-scientist.md',
      'offers/dinum-developpeur.md',
      'offers/en/data-scientist-en.md',
      'offers/peren-juriste.md',
      'organisations/beta-gouv.md',
      'organisations/dinum.md',
      'organisations/peren.md',
    ]);
  });

  it('takes ids from file names unless the front matter gives one', () => {
    expect(result.entries.map((e) => `${e.kind}:${e.id}`).sort()).toEqual([
      'faq:remote-work',
      'faq:teletravail',
      'offer:data-scientist-en',
      'offer:dinum-data-scientist',
      'offer:dinum-developpeur',
      'offer:peren-juriste-2026',
      'organisation:beta-gouv',
      'organisation:dinum',
      'organisation:peren',
    ]);
  });

  it('produces typed entries: relative path, trimmed body, defaults, nested salary', () => {
    const offer = result.entries.find((e): e is Offer => e.id === 'dinum-data-scientist')!;
    expect(offer).toMatchObject({
      kind: 'offer',
      lang: 'fr',
      path: 'offers/dinum-data-scientist.md',
      body: 'Une offre de test.',
      locations: ['Paris'],
      contract: ['CDD', 'contractuel'],
      remote: { policy: 'partial', days_per_week: 2 },
      open: true,
    });
    expect(offer.salary?.bands[1]).toEqual({ beyond_years: 5, amount: 60000 });
    const faq = result.entries.find((e): e is Faq => e.id === 'remote-work')!;
    expect(faq).toMatchObject({ kind: 'faq', lang: 'en', organisation: 'all', translation_of: 'teletravail', body: 'Yes, now and then.' });
    const organisation = result.entries.find((e): e is Organisation => e.id === 'dinum')!;
    expect(organisation.recruitment_steps.map((s) => s.title)).toEqual(['Candidature', 'Entretien']);
  });

  it('treats an open offer whose closing date has passed as closed, the closing day itself still open', async () => {
    const openOn = async (day: string) => {
      const loaded = await loadKnowledge(path.join(FIXTURES, 'good'), { now: () => new Date(`${day}T12:00:00Z`) });
      return loaded.entries.find((e): e is Offer => e.id === 'peren-juriste-2026')!.open;
    };
    expect(await openOn('2026-01-15')).toBe(true);
    expect(await openOn('2026-01-16')).toBe(false);
    expect(result.entries.find((e): e is Offer => e.id === 'dinum-developpeur')!.open).toBe(false);
  });

  it('reads closing dates in Paris time', async () => {
    // 23:30 UTC on the 15th is already the 16th in Paris.
    const loaded = await loadKnowledge(path.join(FIXTURES, 'good'), { now: () => new Date('2026-01-15T23:30:00Z') });
    expect(loaded.entries.find((e): e is Offer => e.id === 'peren-juriste-2026')!.open).toBe(false);
  });
});

describe('loadKnowledge on broken files', () => {
  let result: LoadResult;
  beforeAll(async () => {
    result = await loadKnowledge(path.join(FIXTURES, 'broken'), { now: february });
  });

  it('names the file, line and field of each problem', () => {
    expect(report(result)).toEqual(
      expect.arrayContaining([
        `offers/wrong-status.md:4: status: ${knowledgeErrors.invalidValue('expected open or closed', 'ouvert')}`,
        `offers/wrong-status.md:8: closes_on: ${knowledgeErrors.invalidValue('not a real calendar date', '2026-02-30')}`,
        `offers/bad-salary.md:14: salary.bands.1.amount: ${knowledgeErrors.invalidValue('Invalid input: expected number, received string', '3 500 €')}`,
        `offers/missing-key.md:1: category: ${knowledgeErrors.missingField(true)}`,
        `offers/typo-field.md:1: title: ${knowledgeErrors.missingField(false)}`,
        `offers/typo-field.md:2: titel: ${knowledgeErrors.unknownField('title')}`,
        `faq/duplicated-key.md:4: question: ${knowledgeErrors.duplicateKey}`,
        `faq/unclosed.md:1: ${knowledgeErrors.unclosedFrontMatter}`,
        `faq/no-front-matter.md:1: ${knowledgeErrors.noFrontMatter}`,
        `faq/empty-answer.md:3: body: ${knowledgeErrors.emptyAnswer}`,
        `faq/notes.txt: ${knowledgeErrors.notMarkdown}`,
      ]),
    );
  });

  it('gives the line of a YAML syntax error', () => {
    expect(report(result).filter((line) => line.startsWith('faq/yaml-syntax.md'))).toEqual([
      expect.stringMatching(/^faq\/yaml-syntax\.md:3: YAML syntax error: /),
    ]);
  });

  it('reports an unknown organisation on its line, and duplicate ids naming both files', () => {
    expect(report(result)).toContain(
      `offers/unknown-org.md:3: organisation: ${knowledgeErrors.unknownOrganisation('dinnum', 'dinum')}`,
    );
    expect(report(result)).toContain(`faq/b-contrat.md:3: id: ${knowledgeErrors.duplicateId('contrat', 'faq/a-contrat.md')}`);
  });

  it('keeps loading the valid files: an invalid file never stops the others', () => {
    // unknown-org is valid on its own: reported, but still served.
    expect(result.entries.map((e) => e.path)).toEqual(['faq/a-contrat.md', 'offers/unknown-org.md', 'organisations/dinum.md']);
    expect(result.files).toHaveLength(14);
  });
});

describe('loadKnowledge on files that are not text', () => {
  let dir: string;
  let problems: string[];
  beforeAll(async () => {
    dir = await makeKnowledgeDir({
      'organisations/dinum.md': organisationFile('DINUM'),
      'offers/empty.md': '',
      'offers/blank.md': '  \n\n',
      'offers/binary.md': new Uint8Array([0x2d, 0x2d, 0x2d, 0x0a, 0x00, 0x01, 0x02]),
      'offers/latin1.md': Buffer.concat([Buffer.from(offerFile('Ing')), Buffer.from([0x72, 0xe9, 0x73, 0x75, 0x6d, 0xe9, 0x0a])]),
      'offers/utf16.md': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(offerFile('Dev'), 'utf16le')]),
      'offers/huge.md': offerFile('Énorme').padEnd(MAX_FILE_BYTES + 10, 'x'),
      'offers/crlf-bom.md': `\uFEFF${offerFile('Windows').replace(/\n/g, '\r\n')}`,
      'offers/Mon Offre.md': offerFile('Nom de fichier'),
    });
    problems = report(await loadKnowledge(dir, { now: february }));
  });
  afterAll(() => removeKnowledgeDir(dir));

  it('says clearly what is wrong with the whole file', () => {
    expect(problems).toEqual([
      `offers/Mon Offre.md:1: id: ${knowledgeErrors.invalidFileNameId('Mon Offre')}`,
      `offers/binary.md: ${knowledgeErrors.binary}`,
      `offers/blank.md: ${knowledgeErrors.empty}`,
      `offers/empty.md: ${knowledgeErrors.empty}`,
      `offers/huge.md: ${knowledgeErrors.tooLarge(MAX_FILE_BYTES + 10, MAX_FILE_BYTES)}`,
      // The offer takes 9 lines; the Latin-1 "résumé" is on line 10.
      `offers/latin1.md:10: ${knowledgeErrors.notUtf8}`,
      `offers/utf16.md: ${knowledgeErrors.utf16}`,
    ]);
  });

  it('accepts Windows line ends and a byte-order mark', () => {
    expect(problems.some((p) => p.startsWith('offers/crlf-bom.md'))).toBe(false);
  });
});

describe('loadKnowledge on references and nested fields', () => {
  let dir: string;
  let problems: string[];
  beforeAll(async () => {
    dir = await makeKnowledgeDir({
      'organisations/dinum.md': organisationFile('DINUM'),
      'organisations/incubateur.md': '---\nname: Incubateur\nparent: dinun\n---\nUn incubateur.\n',
      'faq/delai.md': '---\nquestion: Quel délai ?\norganisation: peren\n---\nUn mois.\n',
      'faq/delay.md': '---\nquestion: How long?\nlang: en\ntranslation_of: delais\n---\nA month.\n',
      'offers/sans-politique.md': offerFile('Sans politique', 'remote:\n  days_per_week: 2\n'),
    });
    problems = report(await loadKnowledge(dir, { now: february }));
  });
  afterAll(() => removeKnowledgeDir(dir));

  it('reports references to entries that do not exist, on their line', () => {
    expect(problems).toEqual(
      expect.arrayContaining([
        `organisations/incubateur.md:3: parent: ${knowledgeErrors.unknownOrganisation('dinun', 'dinum')}`,
        `faq/delai.md:3: organisation: ${knowledgeErrors.unknownOrganisation('peren')}`,
        `faq/delay.md:4: translation_of: ${knowledgeErrors.unknownTranslation('FAQ entry', 'delais', 'delai')}`,
      ]),
    );
  });

  it('puts a missing nested field on the line of its parent', () => {
    expect(problems).toContain(`offers/sans-politique.md:8: remote.policy: ${knowledgeErrors.missingField(false)}`);
    expect(problems).toHaveLength(4);
  });
});

describe('loadKnowledge on a folder that does not exist', () => {
  it('throws the knowledge error naming it', async () => {
    await expect(loadKnowledge('/no/such/knowledge')).rejects.toThrow(knowledgeErrors.dirNotFound('/no/such/knowledge'));
  });
});
