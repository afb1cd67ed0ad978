import { beforeAll, describe, expect, it } from 'vitest';
import { KnowledgeBase } from '../../src/knowledge/knowledge-base.js';
import { Recogniser } from '../../src/understanding/recogniser.js';
import { loadUtterances } from '../../src/understanding/utterances.js';
import { detectLanguage } from '../../src/text/language.js';
import { findExperience } from '../../src/understanding/experience.js';
import { findClosesBefore, findReference } from '../../src/understanding/entities.js';
import { normalise } from '../../src/text/normalise.js';
import { CONVERSATION_KNOWLEDGE } from '../support/conversation.js';

let recogniser: Recogniser;
beforeAll(async () => {
  const knowledge = await KnowledgeBase.open({ dir: CONVERSATION_KNOWLEDGE });
  recogniser = new Recogniser(loadUtterances(), knowledge.snapshot(), { now: () => new Date('2026-11-23T12:00:00Z') });
  await knowledge.close();
});

describe('intents', () => {
  it.each([
    ['Quels sont les postes ouverts à la DINUM ?', 'positions'],
    ['Le télétravail est-il possible ?', 'remote_work'],
    ['teletravial possible ?', 'remote_work'],
    ["C'est un CDD ou un CDI ?", 'contract'],
    ['c koi le salaire', 'salary'],
    ['Combien je toucherais avec 6 ans d’expérience ?', 'salary'],
    ['Comment postuler au PEReN ?', 'application_process'],
    ['cmt postuler', 'application_process'],
    ['Où en est ma candidature ?', 'application_status'],
    ['statut 20240001', 'application_status'],
    ['À qui écrire pour une question ?', 'contact'],
    ["C'est quoi la DINUM ?", 'organisation_info'],
    ['Où se trouve le PEReN ?', 'organisation_info'],
    ['Où se trouve le poste de data scientist ?', 'positions'],
    ["Le PEReN est basé ailleurs qu'à Paris ?", 'positions'],
    ['Vous avez des offres en dehors de Lyon ?', 'positions'],
    ['Bonjour', 'greeting'],
    ['slt ça va ?', 'greeting'],
    ['Merci pour toutes ces infos, bonne journée à vous', 'thanks'],
    ['Merci, bonne soirée', 'thanks'],
    ['Qui a gagné le match PSG OM hier soir ?', 'fallback'],
    ['qui a gagné la coupe du monde', 'fallback'],
    ['Qui va gagner la ligue des champions cette année ?', 'fallback'],
    ['Who will win the league this year?', 'fallback'],
    ['Combien vais-je gagner au PEReN ?', 'salary'],
    ['Combien gagne un développeur ?', 'salary'],
    ["au bout de combien de temps j'ai une réponse ?", 'application_process'],
    ['Can I send my GitHub profile with my application?', 'application_process'],
    ['Any news on my application?', 'application_status'],
    ["Vous prenez des juniors ? Je sors tout juste d'école d'ingé.", 'positions'],
    ['Is DINUM committed to diversity and equal opportunities?', 'organisation_info'],
    ["What's the phone number of DINUM's HR department?", 'contact'],
    ["J'ai vu passer une annonce pour piloter un observatoire de la qualité des sites publics, c'est quoi exactement ?", 'positions'],
    ['Parmi les offres DINUM, lesquelles permettent le télétravail ?', 'positions'],
    ['Les offres de la DINUM sont-elles ouvertes aux personnes handicapées ?', 'positions'],
    ["C'est quoi la DINUM exactement ?", 'organisation_info'],
    ['Is there an offer for an operations manager at DINUM?', 'positions'],
    ['Quels postes sont proposés en CDD ?', 'positions'],
    ['Le poste de data scientist est-il en CDD ?', 'contract'],
    ['Merci beaucoup pour ces infos', 'thanks'],
    ["super merci ça m'aide bien", 'thanks'],
    ['Thanks, that helps!', 'thanks'],
    ['Thanks a lot, that helped', 'thanks'],
    ["merci, ça m'aide", 'thanks'],
    ['that helps', 'help'],
    ['ok thanks, makes sense', 'thanks'],
    ['Que sais-tu faire ?', 'help'],
    ['Annuler', 'cancel'],
    ['Je veux parler à un humain', 'escalation'],
    ['What is the salary?', 'salary'],
    ['Do you have a role for a designer?', 'positions'],
    ['What is the role of the jury?', 'application_process'],
    ['Is remote work possible?', 'remote_work'],
    ['Do I have to come into the office?', 'remote_work'],
    ['combien de jours au bureau chez beta ?', 'remote_work'],
    ['Where are the offices?', 'organisation_info'],
    ['Qui a gagné la coupe du monde ?', 'fallback'],
    ['Bonjour, qui a gagné la coupe du monde ?', 'fallback'],
    ['Translate good morning into Spanish', 'fallback'],
    ['Tu peux m’aider à réparer mon vélo ?', 'fallback'],
  ])('%s → %s', (text, intent) => {
    expect(recogniser.recognise(text).intent).toBe(intent);
  });

  it('lets the question win over the greeting that opens it', () => {
    expect(recogniser.recognise("Bonjour, le poste d'ingénieur data à la DINUM, c'est où ?").intent).toBe('positions');
  });
});

describe('context', () => {
  it('borrows the previous intent for a message that only names something', () => {
    const u = recogniser.recognise('et au PEReN ?', { lastIntent: 'application_process' });
    expect(u).toMatchObject({ intent: 'application_process', followUp: true, entities: { organisation: 'peren' } });
  });

  it('reads a bare number as years when the bot asked for them', () => {
    expect(recogniser.recognise('8', { awaiting: 'experience', lastIntent: 'salary' })).toMatchObject({ intent: 'salary', entities: { experience: { years: 8 } } });
    expect(recogniser.recognise('8').entities.experience).toBeUndefined();
  });

  it('keeps the conversation’s language for a message with no clue', () => {
    expect(recogniser.recognise('PEReN ?', { lang: 'en' }).lang).toBe('en');
  });
});

describe('entities', () => {
  it.each([
    ['data analyst dinum ?', 'dinum-analyste-donnees'],
    ['Is there an offer for an operations manager at DINUM?', 'dinum-responsable-operations'],
    ['Tell me about the developer roles at beta.gouv.fr', 'beta-gouv-developpeurs'],
  ])('finds a French-titled offer from its English name, and the reverse: %s', (text, id) => {
    expect(recogniser.recognise(text).entities.offers.map((o) => o.id)).toContain(id);
  });

  it('finds organisations, offers, places, regions and exclusions', () => {
    const u = recogniser.recognise('Des postes de data scientist à la DINUM ailleurs qu’à Paris, en Bretagne ?');
    expect(u.entities.organisation).toBe('dinum');
    expect(u.entities.offers.map((o) => o.id)).toContain('dinum-data-scientist');
    expect(u.entities.excludedPlaces).toEqual(['Paris']);
    expect(u.entities.places).toEqual([]);
    expect(u.entities.regions).toEqual(['Bretagne']);
  });

  it('finds categories and contracts', () => {
    const u = recogniser.recognise('Des offres en catégorie A+ en CDD ?');
    expect(u.entities.categories).toEqual(['A+']);
    expect(u.entities.contracts).toEqual(['CDD']);
  });

  it('tells unknown employers from known ones', () => {
    expect(recogniser.recognise('Est-ce que Google recrute ?').entities.unknownEmployers).toEqual(['Google']);
    expect(recogniser.recognise('Est-ce que la DINUM recrute ?').entities.unknownEmployers).toEqual([]);
    expect(recogniser.recognise('Vous recrutez à la CNIL ?').entities.unknownEmployers).toEqual(['CNIL']);
    expect(recogniser.recognise("Des offres à l'ANCT ?").entities.unknownEmployers).toEqual(['ANCT']);
    expect(recogniser.recognise('Un poste en CDI au PEReN ?').entities.unknownEmployers).toEqual([]);
    expect(recogniser.recognise('Vous recrutez à Lyon ?').entities.unknownEmployers).toEqual([]);
  });

  it('does not take amounts, years or ages for dossier numbers', () => {
    expect(findReference('Mon dossier 20240001, merci')).toBe('20240001');
    expect(findReference('DS-2024-00123')).toBe('DS-2024-00123');
    expect(findReference('Les 3000 € de beta.gouv.fr')).toBeUndefined();
    expect(findReference('en 2021')).toBeUndefined();
    expect(findReference('30000 euros brut')).toBeUndefined();
  });
});

describe('experience', () => {
  it.each([
    ["8 ans d'expérience", { years: 8 }],
    ['plus de 5 ans', { years: 6 }],
    ['moins de 5 ans', { years: 4 }],
    ['three years', { years: 3 }],
    ['je suis junior', { level: 'junior' }],
    ["je sors tout juste d'école", { level: 'junior' }],
    ['profil senior', { level: 'senior' }],
  ])('%s', (text, expected) => {
    expect(findExperience(normalise(text))).toEqual(expected);
  });
});

describe('closing dates', () => {
  const today = new Date('2026-11-23T12:00:00Z');
  it.each([
    ['qui ferment avant fin décembre', '2026-12-31'],
    ['qui ferment avant fin janvier', '2027-01-31'],
    ['closing before 15 January', '2027-01-15'],
    ['avant le 31/12/2026', '2026-12-31'],
  ])('%s → %s', (text, expected) => {
    expect(findClosesBefore(normalise(text), today)).toBe(expected);
  });
});

describe('a message asked again', () => {
  let today = new Date('2026-12-30T12:00:00Z');
  let again: Recogniser;
  beforeAll(async () => {
    const knowledge = await KnowledgeBase.open({ dir: CONVERSATION_KNOWLEDGE });
    again = new Recogniser(loadUtterances(), knowledge.snapshot(), { now: () => today });
    await knowledge.close();
  });

  it('reads "avant fin décembre" against the new date once the day has changed', () => {
    const question = 'offres qui ferment avant fin décembre';
    expect(again.recognise(question).entities.closesBefore).toBe('2026-12-31');
    today = new Date('2027-01-04T09:00:00Z');
    expect(again.recognise(question).entities.closesBefore).toBe('2027-12-31');
  });

  it('is read in its new context: "au PEReN ?" after a question on remote work is about remote work', () => {
    expect(again.recognise('au PEReN ?').intent).toBe('organisation_info');
    const followUp = again.recognise('au PEReN ?', { lastIntent: 'remote_work' });
    expect([followUp.intent, followUp.followUp]).toEqual(['remote_work', true]);
    expect(again.recognise('au PEReN ?').intent).toBe('organisation_info');
  });

  it('gives an understanding no turn can alter for the next one', () => {
    const first = again.recognise('Quels postes à Paris ?');
    expect(() => first.entities.places.push('Lyon')).toThrow(TypeError);
    expect(again.recognise('Quels postes à Paris ?').entities.places).toEqual(['Paris']);
  });
});

describe('language', () => {
  it.each([
    ['et le salaire ?', 'fr'],
    ['salary?', 'en'],
    ['and remote?', 'en'],
    ['au PEReN ?', 'fr'],
    ['8 ans', 'fr'],
    ['8 years', 'en'],
    ["What's the pay?", 'en'],
    // The accents of a name say nothing of the speaker's language.
    ["what's a Startup d'État?", 'en'],
    ["C'est quoi une Startup d'État ?", 'fr'],
    ['Télétravail possible ?', 'fr'],
    // A quoted title is in the offer's language: the words around it are the user's.
    ['Is « Une ou un chargé de déploiement expérimenté » still open?', 'en'],
    ['Le poste “Senior data engineer” est-il ouvert ?', 'fr'],
    ['« Chargée ou chargé de déploiement »', 'fr'],
    ['dora dev full stack tjm ?', 'fr'],
    // The question's frame is the asker's language; the French term inside it is borrowed.
    ["What's the supplément familial de traitement?", 'en'],
    ["What's a contrat de projet de la fonction publique? Same as a private one?", 'en'],
    ['Comment marche le remote work ?', 'fr'],
    ['Quelle est la différence entre job et poste ?', 'fr'],
  ])('%s → %s', (text, lang) => {
    expect(detectLanguage(text).lang).toBe(lang);
  });

  it('falls back to the conversation, then the locale, then French', () => {
    expect(detectLanguage('ok', { previous: 'en' })).toEqual({ lang: 'en', source: 'conversation' });
    expect(detectLanguage('ok', { locale: 'en-US' })).toEqual({ lang: 'en', source: 'locale' });
    expect(detectLanguage('ok')).toEqual({ lang: 'fr', source: 'default' });
  });
});
