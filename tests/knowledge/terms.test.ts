import { afterEach, describe, expect, it } from 'vitest';
import { knowledgeErrors } from '../../src/errors.js';
import { loadKnowledge, type LoadResult } from '../../src/knowledge/load.js';
import { formatProblem } from '../../src/knowledge/problems.js';
import type { Term } from '../../src/knowledge/schemas.js';
import { SearchIndex } from '../../src/knowledge/search/index.js';
import { makeKnowledgeDir, removeKnowledgeDir } from './temp-knowledge.js';

/** A term file as HR writes it, with the front-matter lines given. */
const termFile = (lines: string, body = 'Une explication.') => `---\n${lines}---\n${body}\n`;

const VACATAIRE = termFile(
  [
    'term: vacataire',
    'aliases: [vacation, vacataires]',
    'related: [contractuel]',
    'sources:',
    '  - https://www.service-public.fr/particuliers/vosdroits/F31245',
    '  - url: https://doc.incubateur.net/communaute/travailler-chez-beta.gouv.fr/les-differents-statuts',
    '    title: "Les différents statuts — beta.gouv.fr"',
    '',
  ].join('\n'),
  'Une personne payée à la tâche pour une mission précise.\n\nDétails.',
);
const CONTRACTUEL = termFile('term: contractuel\nsources: https://www.fonction-publique.gouv.fr\n');

let dir: string | undefined;
afterEach(async () => {
  if (dir) await removeKnowledgeDir(dir);
  dir = undefined;
});

async function load(files: Record<string, string>): Promise<LoadResult> {
  dir = await makeKnowledgeDir(files);
  return loadKnowledge(dir);
}

describe('term entries (knowledge/terms/)', () => {
  it('load with their aliases, related terms and sources, a bare address standing for {url}', async () => {
    const result = await load({ 'terms/vacataire.md': VACATAIRE, 'terms/contractuel.md': CONTRACTUEL });
    expect(result.problems.map(formatProblem)).toEqual([]);
    const term = result.entries.find((e): e is Term => e.kind === 'term' && e.id === 'vacataire')!;
    expect(term).toMatchObject({
      term: 'vacataire',
      lang: 'fr',
      organisation: 'all',
      aliases: ['vacation', 'vacataires'],
      related: ['contractuel'],
      body: 'Une personne payée à la tâche pour une mission précise.\n\nDétails.',
    });
    expect(term.sources).toEqual([
      { url: 'https://www.service-public.fr/particuliers/vosdroits/F31245' },
      { url: 'https://doc.incubateur.net/communaute/travailler-chez-beta.gouv.fr/les-differents-statuts', title: 'Les différents statuts — beta.gouv.fr' },
    ]);
  });

  it('are refused without a source link, naming the file, line and field', async () => {
    const result = await load({
      'terms/no-sources.md': termFile('term: détachement\n'),
      'terms/empty-sources.md': termFile('term: détachement\nsources: []\n'),
      'terms/not-a-link.md': termFile('term: détachement\nsources: [service-public.fr]\n'),
    });
    expect(result.entries).toEqual([]);
    expect(result.problems.map(formatProblem)).toEqual([
      `terms/empty-sources.md:3: sources: ${knowledgeErrors.invalidValue('give at least one source link (sources: [https://…])')}`,
      `terms/no-sources.md:1: sources: ${knowledgeErrors.missingField(false, 'give at least one source link (sources: [https://…])')}`,
      `terms/not-a-link.md:3: sources.0.url: ${knowledgeErrors.invalidValue('expected a web address starting with https://', 'service-public.fr')}`,
    ]);
  });

  it('need an explanation below the front matter', async () => {
    const result = await load({ 'terms/vide.md': termFile('term: PASS\nsources: https://www.pass.fonction-publique.gouv.fr/\n', '') });
    expect(result.problems.map(formatProblem)).toEqual([`terms/vide.md:4: body: ${knowledgeErrors.emptyExplanation}`]);
  });

  it('report a related term that does not exist, and are still served', async () => {
    const result = await load({ 'terms/vacataire.md': VACATAIRE, 'terms/contractuelle.md': CONTRACTUEL });
    expect(result.problems.map(formatProblem)).toEqual([
      `terms/vacataire.md:4: related: ${knowledgeErrors.unknownRelatedTerm('contractuel', 'contractuelle')}`,
    ]);
    expect(result.entries.map((e) => e.id).sort()).toEqual(['contractuelle', 'vacataire']);
  });

  it('are found by their word or an alias, among terms only when asked', async () => {
    const result = await load({
      'terms/vacataire.md': VACATAIRE,
      'terms/contractuel.md': CONTRACTUEL,
      'faq/vacation.md': '---\nquestion: "Les vacataires sont-ils payés à la vacation ?"\n---\nOui.\n',
    });
    const index = SearchIndex.build(result.entries);
    const [byAlias] = index.search('vacation', { kinds: ['term'] });
    expect(byAlias).toMatchObject({ entry: { kind: 'term', id: 'vacataire' }, matched: expect.arrayContaining(['aliases']) });
    expect(index.search('vacataires', { kinds: ['term'] }).map((hit) => hit.entry.kind)).toEqual(['term']);
    expect(index.search('vacataires', { kinds: ['faq'] }).map((hit) => hit.entry.kind)).toEqual(['faq']);
  });
});
