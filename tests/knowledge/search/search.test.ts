import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../src/knowledge/schemas.js';
import { NO_ANSWER_THRESHOLD, SearchIndex, type SearchOptions } from '../../../src/knowledge/search/index.js';
import { faq, knowledge, offer } from './fixtures.js';

const index = SearchIndex.build(knowledge);
const top = (query: string, options?: Lang | SearchOptions) =>
  index.search(query, typeof options === 'string' ? { lang: options } : options)[0];

describe('SearchIndex: what a candidate asks → the entry that answers', () => {
  it.each<[string, string, Lang?]>([
    // exact titles and questions, any case, with or without the gender mark
    ['data scientist', 'dinum-data-scientist'],
    ['DATA SCIENTIST H/F', 'dinum-data-scientist'],
    ['ingenieur data', 'dinum-ingenieur-data'],
    ['Ingénieur data', 'dinum-ingenieur-data'],
    ['chef de pôle datalab', 'dinum-chef-datalab'],
    ['hypervision réseau', 'dinum-hypervision'],
    ['recherche utilisateur', 'dinum-recherche-utilisateur'],
    ['computer vision', 'peren-vision'],
    // missing accents, typos, unfinished words
    ['ingenieur donnees', 'dinum-ingenieur-data'],
    ['dta scientst', 'dinum-data-scientist'],
    ['cheffe du pole datalab', 'dinum-chef-datalab'],
    ['teletravial chez beta.gouv.fr', 'teletravail-beta'],
    ['recrutment peren', 'peren-processus'],
    ['salair', 'salaire'],
    ['hypervisio', 'dinum-hypervision'],
    ['developeur front', 'peren-front-fr'],
    ['combien de temp dure le recrutemen', 'delai'],
    // inclusive and feminine forms
    ['développeuse front', 'peren-front-fr'],
    ['developpeur.euse beta', 'beta-developpeurs'],
    ["Chargé/e d'hypervision", 'dinum-hypervision'],
    ['intéressé·e par un poste de data scientist', 'dinum-data-scientist'],
    // chat phrasing
    ['c koi le salaire', 'salaire'],
    ['Le télétravail est possible chez beta.gouv.fr ?', 'teletravail-beta'],
    ['peut-on travailler à distance', 'teletravail-beta'],
    ["comment se passe l'entretien", 'peren-entretien'],
    ['combien de temps dure le recrutement', 'delai'],
    ['quel est le délai', 'delai'],
    ['cmt postuler', 'postuler'],
    ['où en est ma candidature ?', 'suivi-candidature'],
    ['CDD ou CDI ?', 'contrat'],
    ['adresse dinum', 'dinum-bureaux'],
    ['forum emploi tech', 'forum-tech'],
    ['handicap', 'handicap'],
    ['PEReN', 'peren'],
    // English
    ['how does the interview work', 'peren-interview-en', 'en'],
    ['How does the interview work?', 'peren-interview-en'],
    ['frontend developer', 'peren-front-en', 'en'],
    ['what are the steps of the hiring process', 'peren-process-en', 'en'],
    ['remote work', 'teletravail-beta'],
  ])('%j → %s', (query, expected, lang) => {
    const hit = top(query, lang);
    expect(hit?.entry.id).toBe(expected);
    expect(hit!.score).toBeGreaterThanOrEqual(NO_ANSWER_THRESHOLD);
  });

  it.each([
    'recette de la tarte aux pommes',
    'quel temps fait-il à Lyon',
    'météo à Paris demain',
    'le foot c’est bien',
    'pizza',
  ])('%j is not answered (best score below NO_ANSWER_THRESHOLD)', (query) => {
    const best = index.search(query, { minScore: 0 })[0];
    expect(best?.score ?? 0).toBeLessThan(NO_ANSWER_THRESHOLD);
  });

  it('copes with an empty knowledge base and with very long messages', () => {
    expect(SearchIndex.build([]).search('data scientist')).toEqual([]);
    expect(SearchIndex.build([]).size).toBe(0);
    const letter = `Bonjour, ${'je souhaiterais postuler au poste de data scientist, '.repeat(50)} ${Array.from({ length: 300 }, (_, i) => `mot${i}`).join(' ')}`;
    expect(index.search(letter, { minScore: 0 })[0]?.entry.id).toBe('dinum-data-scientist');
  });

  it('returns nothing for greetings and empty queries', () => {
    expect(index.search('')).toEqual([]);
    expect(index.search('bonjour !')).toEqual([]);
    expect(index.search('?!')).toEqual([]);
  });
});

describe('SearchIndex: scores', () => {
  it('gives 1 to a query that is exactly a title, and less to a partial or typed-wrong one', () => {
    const exact = top('data scientist')!.score;
    const typo = top('dta scientst')!.score;
    const partial = index.search('data scientist').find((h) => h.entry.id === 'peren-vision')!.score;
    expect(exact).toBeCloseTo(1, 5);
    expect(typo).toBeLessThan(exact);
    expect(partial).toBeLessThan(exact);
    for (const hit of index.search('data scientist python paris', { minScore: 0 })) {
      expect(hit.score).toBeGreaterThan(0);
      expect(hit.score).toBeLessThanOrEqual(1);
    }
  });

  it('ranks a title match above a body-only match', () => {
    const hits = index.search('datalab', { minScore: 0 });
    expect(hits[0]!.entry.id).toBe('dinum-chef-datalab');
    const bodyOnly = hits.find((h) => h.entry.id === 'dinum-data-scientist')!;
    expect(bodyOnly.matched).not.toContain('title');
    expect(bodyOnly.score).toBeLessThan(hits[0]!.score);
  });

  it('prefers exact words to typo matches', () => {
    const typo = index.search('date scientist', { minScore: 0 })[0]!;
    const exact = index.search('data scientist')[0]!;
    expect(typo.score).toBeLessThan(exact.score);
  });

  it('prefers the words in the order of the query', () => {
    const index2 = SearchIndex.build([
      offer({ id: 'a', title: 'Chef de projet data', organisation: 'dinum', body: 'Pilotage.' }),
      offer({ id: 'b', title: 'Data chef de projet', organisation: 'dinum', body: 'Pilotage.' }),
    ]);
    expect(index2.search('chef de projet data')[0]!.entry.id).toBe('a');
    expect(index2.search('data chef de projet')[0]!.entry.id).toBe('b');
  });

  it('says which fields matched', () => {
    const [hit] = index.search('teletravail chez beta');
    expect(hit!.entry.id).toBe('teletravail-beta');
    expect(hit!.matched).toEqual(expect.arrayContaining(['question', 'tags', 'organisation']));
    const [org] = index.search('PEReN', { kinds: ['organisation'] });
    expect(org!.matched).toContain('aliases');
    const [withBody] = index.search('vision par ordinateur');
    expect(withBody!.matched).toContain('body');
  });
});

describe('SearchIndex: options', () => {
  it('excludes closed offers unless asked', () => {
    const ids = (o = {}) => index.search('gestionnaire financier', { minScore: 0, ...o }).map((h) => h.entry.id);
    expect(ids()).not.toContain('dinum-gestionnaire-financier');
    expect(ids({ filters: { includeClosed: true } })).toContain('dinum-gestionnaire-financier');
  });

  it('restricts kinds', () => {
    const hits = index.search('stage', { kinds: ['offer'] });
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((h) => h.entry.kind === 'offer')).toBe(true);
    expect(hits[0]!.entry.id).toBe('dinum-stage-design');
    expect(index.search('stage', { kinds: ['faq'] })[0]!.entry.id).toBe('peren-stage');
  });

  it('restricts to one organisation, keeping FAQ entries written for all', () => {
    const hits = index.search('salaire data scientist', { organisation: 'PEReN', minScore: 0 });
    expect(hits.length).toBeGreaterThan(0);
    for (const { entry } of hits) {
      const org = entry.kind === 'organisation' ? entry.id : entry.organisation;
      expect(['peren', 'all']).toContain(org);
    }
    expect(hits.map((h) => h.entry.id)).toContain('salaire');
    expect(index.search('data scientist', { organisation: 'nowhere', kinds: ['offer'] })).toEqual([]);
  });

  it('applies offer filters', () => {
    const cdd = index.search('data scientist', { filters: { contracts: ['CDD'] }, kinds: ['offer'], minScore: 0 });
    expect(cdd.map((h) => h.entry.id).slice(0, 2)).toEqual(['peren-nlp-en', 'peren-vision']);
    expect(cdd.map((h) => h.entry.id)).not.toContain('dinum-data-scientist');
    expect(cdd.every((h) => h.entry.kind === 'offer' && h.entry.contract?.includes('CDD'))).toBe(true);
    const lyon = index.search('recherche utilisateur', { filters: { locations: ['lyon'] }, kinds: ['offer'], minScore: 0 });
    expect(lyon.map((h) => h.entry.id)).toEqual(['dinum-recherche-utilisateur']);
  });

  it('honours limit and minScore', () => {
    expect(index.search('data', { limit: 2, minScore: 0 })).toHaveLength(2);
    expect(index.search('data', { minScore: 0.99 }).every((h) => h.score >= 0.99)).toBe(true);
  });

  it('finds longer words from an unfinished last word, unless told the query is complete', () => {
    expect(top('hypervi')?.entry.id).toBe('dinum-hypervision');
    expect(index.search('hypervi', { prefix: false })).toEqual([]);
    expect(index.search('hypervi ')).toEqual([]);
    expect(top('hypervisio', { prefix: false })?.entry.id).toBe('dinum-hypervision');
  });
});

describe('SearchIndex: languages', () => {
  it('answers in the user language with the translation, saying what matched', () => {
    const [hit] = index.search('what is the salary', { lang: 'fr' });
    expect(hit!.entry.id).toBe('salaire');
    expect(hit!.via?.id).toBe('salary-en');
    expect(hit!.score).toBeGreaterThanOrEqual(NO_ANSWER_THRESHOLD);
    const [en] = index.search('quel est le salaire', { lang: 'en' });
    expect(en!.entry.id).toBe('salary-en');
  });

  it('keeps one hit per translation pair when a language is given, both otherwise', () => {
    const ids = (lang?: Lang) => index.search('frontend developer', { lang }).map((h) => h.entry.id);
    expect(ids('fr')).toContain('peren-front-fr');
    expect(ids('fr')).not.toContain('peren-front-en');
    expect(ids()).toEqual(expect.arrayContaining(['peren-front-fr', 'peren-front-en']));
  });

  it('still finds what exists only in the other language, ranked after the same-language entries', () => {
    const [nlp] = index.search('NLP data scientist', { lang: 'fr' });
    expect(nlp!.entry.id).toBe('peren-nlp-en');
    expect(nlp!.entry.lang).toBe('en');
    expect(nlp!.score).toBeGreaterThanOrEqual(NO_ANSWER_THRESHOLD);
    expect(nlp!.score).toBeLessThan(1);
    const [french] = index.search('do I need to speak French?', { lang: 'fr' });
    expect(french!.entry.id).toBe('french-required-en');
  });

  it('reaches French knowledge from English words through synonyms', () => {
    const frOnly = SearchIndex.build([
      faq({ id: 'tt', question: 'Le télétravail est-il possible ?', body: 'Oui, deux jours par semaine.' }),
      faq({ id: 'ent', question: "Comment se passe l'entretien ?", body: 'Une heure, avec deux personnes.' }),
    ]);
    expect(frOnly.search('remote', { lang: 'en' })[0]?.entry.id).toBe('tt');
    expect(frOnly.search('interview', { lang: 'en' })[0]?.entry.id).toBe('ent');
  });
});
