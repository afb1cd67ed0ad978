/**
 * Reading a question about a word of the public service (src/understanding/definitions.ts and
 * term-mentions.ts): which explained words a message names, and when it asks what they mean.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { KnowledgeBase } from '../../src/knowledge/knowledge-base.js';
import type { KnowledgeSnapshot } from '../../src/knowledge/snapshot.js';
import { Recogniser } from '../../src/understanding/recogniser.js';
import { TermMentions } from '../../src/understanding/term-mentions.js';
import { loadUtterances } from '../../src/understanding/utterances.js';
import { CONVERSATION_KNOWLEDGE } from '../support/conversation.js';

let snapshot: KnowledgeSnapshot;
let recogniser: Recogniser;
let mentions: TermMentions;
beforeAll(async () => {
  const knowledge = await KnowledgeBase.open({ dir: CONVERSATION_KNOWLEDGE });
  snapshot = knowledge.snapshot();
  recogniser = new Recogniser(loadUtterances(), snapshot, { now: () => new Date('2026-11-23T12:00:00Z') });
  mentions = new TermMentions(snapshot.terms);
  await knowledge.close();
});

const named = (text: string) => mentions.find(text).map((m) => m.id);

describe('the explained words a text names', () => {
  it('finds terms and aliases from the knowledge, with or without accents, singular or plural, the longest phrase first', () => {
    expect(named('Les vacataires et les contractuels')).toEqual(['vacataire', 'contractuel']);
    expect(named('un CDD de droit public')).toEqual(['contractuel']);
    expect(named('ouvert aux fonctionnaires par voie de detachement')).toEqual(['fonctionnaire', 'detachement']);
    expect(named('What is a civil servant?')).toEqual(['fonctionnaire']);
  });

  it('finds a word written in capitals only in capitals, unless the text is all in lower case', () => {
    expect(named('Les stages sont sur PASS.')).toEqual(['pass']);
    expect(named('If you pass this screening, you are contacted.')).toEqual([]);
    expect(named("c'est quoi pass")).toEqual(['pass']);
  });

  it('ignores an alias made of stopwords only, which every text would name', () => {
    const [term] = snapshot.terms;
    expect(new TermMentions([{ ...term!, aliases: ['de', 'the'] }]).find('le salaire de la DINUM and the offers')).toEqual([]);
  });

  it('finds nothing when the knowledge explains nothing', () => {
    expect(new TermMentions([]).find('un vacataire')).toEqual([]);
  });
});

describe('a question about a word', () => {
  it.each([
    ["C'est quoi la catégorie A+ ?", ['categorie-a-plus']],
    ['c koi un vacataire', ['vacataire']],
    ['Que veut dire catégorie B dans une offre ?', ['categories']],
    ['What does classé sans suite mean?', ['classe-sans-suite']],
    ['Combien de temps dure un CDD de droit public ?', ['contractuel']],
    ['Mon dossier est en construction sur Démarches Simplifiées, ça veut dire quoi ?', ['en-construction']],
    ['Que veut dire ouvert aux fonctionnaires par voie de détachement ?', ['detachement']],
    ["C'est quoi un incubateur ?", ['incubateur']],
  ])('%s → %j', (text, terms) => {
    const u = recogniser.recognise(text);
    expect(u.intent).toBe('definition');
    expect(u.definition).toMatchObject({ terms, compare: false });
  });

  it('compares two words when the message asks how they differ', () => {
    expect(recogniser.recognise('Fonctionnaire ou contractuel, quelle différence ?').definition).toMatchObject({ terms: ['fonctionnaire', 'contractuel'], compare: true });
    expect(recogniser.recognise('What is the difference between a secondment and a mise à disposition?').definition).toMatchObject({
      terms: ['mise-a-disposition', 'detachement'],
      compare: true,
    });
  });

  it.each([
    ["C'est quoi le salaire d'un contractuel à la DINUM ?", 'salary'],
    ['Quels postes de catégorie A+ sont proposés ?', 'positions'],
    ["C'est quoi la DINUM ?", 'organisation_info'],
    ["C'est quoi l'incubateur de la DINUM ?", 'organisation_info'],
    ['Le poste est ouvert aux contractuels ?', 'contract'],
  ])('is not read into a question that asks something else: %s → %s', (text, intent) => {
    const u = recogniser.recognise(text);
    expect(u.intent).toBe(intent);
    expect(u.definition).toBeUndefined();
  });

  it('right after an explanation, a short message naming another word asks for it', () => {
    expect(recogniser.recognise('et contractuel ?', { lastIntent: 'definition' }).definition).toMatchObject({ terms: ['contractuel'], compare: false });
    expect(recogniser.recognise('et contractuel ?', { lastIntent: 'positions' }).intent).not.toBe('definition');
  });
});

describe('within a conversation', () => {
  it('“qu’est-ce que” asks what a word is; “est-ce que” asks a closed question', () => {
    const after = { lastIntent: 'positions' as const };
    expect(recogniser.recognise("Qu'est-ce qu'un vacataire ?", after).definition).toMatchObject({ terms: ['vacataire'], compare: false });
    expect(recogniser.recognise('Est-ce que le poste est ouvert aux vacataires ?', after).definition).toBeUndefined();
  });
});
