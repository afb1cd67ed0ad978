/**
 * No old or undated offer is presented as surely open (tests/fixtures/knowledge/freshness, read
 * on 7 December 2026): an offer without a publication date whose start is long past is probably
 * no longer open and is left out of listings; an offer last confirmed open in 2023 likewise; an
 * offer HR copied from a page that gives no date stays listed, but counted as "announced
 * (undated)", with where to check it. Only an offer confirmed open recently is called open.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Tremplin } from '../../src/assemble.js';
import { play, startTremplin } from '../support/conversation.js';

const FRESHNESS = path.join(import.meta.dirname, '../fixtures/knowledge/freshness');
const FRONT_END_POSTING = 'https://passerelles.economie.gouv.fr/offre-de-emploi/emploi-developpeur-front-end-sen-peren-155-h-f_4165.aspx';

let tremplin: Tremplin;
beforeAll(async () => {
  tremplin = await startTremplin(undefined, { KNOWLEDGE_DIR: FRESHNESS });
});
afterAll(() => tremplin.close());

describe('an offer whose start date is long past, with no publication date', () => {
  it('is said probably no longer open, with the start that dates it, then its facts', () =>
    play(tremplin, [
      ['le poste de dev beta.gouv est-il encore ouvert ?', {
        intent: 'positions',
        say: ["n'est probablement plus ouverte", 'prevoyait une arrivee le 4 janvier 2021', '3 000 € nets'],
        notSay: ['est ouverte**', "l'annonce n'en dit rien"],
        cite: 'beta-gouv-developpeurs',
      }],
      ['il est encore ouvert ?', { intent: 'positions', say: "n'est probablement plus ouverte", cite: 'beta-gouv-developpeurs' }],
      ['quel salaire pour les développeurs beta.gouv ?', { say: ["n'est probablement plus ouverte", '3 000 € nets', '3 500 € nets'] }],
    ]));

  it('gives its pay, said not open, when no open offer states one', () =>
    play(tremplin, [
      ['Quel est le salaire ?', { intent: 'salary', say: ["Aucune des 4 offres n'indique de salaire", 'Une offre plus ancienne', 'Développeur·se (8 postes', 'probablement plus ouverte'], notSay: 'offres ouvertes' }],
      ['Développeur·se — beta.gouv.fr', { intent: 'salary', say: ["n'est probablement plus ouverte", '3 000 € nets'] }],
    ]));

  it('says so in English too', () =>
    play(tremplin, [
      ['is the beta.gouv developer job still open?', { intent: 'positions', say: ['probably no longer open', 'planned a start on 4 January 2021'], notSay: 'offer is open**' }],
      ['is that offer still open?', { intent: 'positions', say: 'probably no longer open', cite: 'beta-gouv-developpeurs' }],
    ], { locale: 'en-GB' }));

  it('is the one a fact is asked of when the conversation is about its employer, not an open offer elsewhere', () =>
    play(tremplin, [
      ["what's beta.gouv.fr?", { intent: 'organisation_info' }],
      ['salary for a senior dev there?', { intent: 'salary', say: ['probably no longer open', '€3,500 net'], notSay: 'Frontend developer', cite: 'beta-gouv-developpeurs' }],
    ], { locale: 'en-GB' }));

  it('is not proposed among the offers open today', () =>
    play(tremplin, [
      ['Quelles sont les offres ouvertes ?', { intent: 'positions', cards: 4, notSay: 'Développeur·se (8 postes' }],
      ['des postes de développeur ?', { intent: 'positions', cards: 1, say: 'Développeur / Développeuse front-end', notSay: ['Développeur·se (8 postes', 'Une offre ouverte'] }],
    ]));
});

describe('offers announced on a page that gives no date', () => {
  it('are counted as announced, undated, with where to check that they still are open', () =>
    play(tremplin, [
      ["combien d'offres au PEReN ?", {
        intent: 'positions',
        cards: 3,
        say: ['3 offres annoncées (non datées) au PEReN', 'sur la page du PEReN, qui ne donne aucune date', "vérifiez sur leur annonce (liens ci-dessous) qu'elles le sont toujours", 'annoncée sans date, à vérifier'],
        notSay: 'offres ouvertes',
      }],
      ['le poste de dev front au PEReN est-il encore ouvert ?', {
        intent: 'positions',
        say: ['est annoncée comme ouverte', `vérifiez sur son annonce (${FRONT_END_POSTING}) qu'elle l'est toujours`],
        notSay: 'est ouverte**',
      }],
    ]));

  it('are counted the same way in English, in a listing and in a fact asked of them all', () =>
    play(tremplin, [
      ['any open jobs at PEReN?', { intent: 'positions', cards: 3, say: ['3 offers listed (undated) at PEReN', "PEReN's page, which gives no date", 'check on each posting (links below) that they still are'], notSay: 'open offers' }],
      ['what does PEReN pay?', { say: '3 offers listed (undated) at PEReN', notSay: 'open offers' }],
    ], { locale: 'en-GB' }));

  it('are told apart from the offer confirmed open when every open offer is listed', () =>
    play(tremplin, [
      ['Quelles sont les offres ouvertes ?', { intent: 'positions', cards: 4, say: ['4 offres (une ouverte, 3 annoncées sans date) en ce moment', 'Les 3 offres sans date figurent comme ouvertes sur la page du PEReN'], notSay: '4 offres ouvertes' }],
    ]));

  it('are counted as announced when a team of theirs is presented', () =>
    play(tremplin, [
      ["c'est quoi l'Atelier web ?", { intent: 'organisation_info', say: ['a une offre annoncée (non datée)', 'qui ne donne aucune date'], notSay: 'une offre ouverte', cite: 'atelier-web' }],
    ]));

  it('in English too', () =>
    play(tremplin, [['list all open positions', { intent: 'positions', cards: 4, say: ['4 offers (1 open, 3 listed without a date) right now'], notSay: '4 open offers' }]], { locale: 'en-GB' }));
});

describe('how to apply for one offer', () => {
  it('gives the employer’s usual steps as the employer’s, cited, and leaves them out for a team’s offer', async () => {
    await play(tremplin, [
      ['comment postuler au poste de dev beta.gouv ?', { intent: 'application_process', say: ['recrutement@', 'Les étapes habituelles de beta.gouv.fr : Candidature → Rencontre avec un jury'], cite: ['beta-gouv-developpeurs', 'beta-gouv'] }],
    ]);
    await play(tremplin, [
      ['comment postuler au poste de développeur front-end du PEReN ?', { intent: 'application_process', say: FRONT_END_POSTING, notSay: ['Je postule → Examen des candidatures', 'Les étapes'] }],
    ]);
  });
});

describe('offers last confirmed open long ago, and one confirmed recently', () => {
  it('says which is probably filled and which is open, each with its date', () =>
    play(tremplin, [
      ["l'offre de gestionnaire financier est-elle déjà pourvue ?", { intent: 'positions', say: ["n'est probablement plus ouverte", 'confirmée ouverte pour la dernière fois le 2 mai 2023'], cite: 'dinum-gestionnaire-financier' }],
      ['et le data scientist de la DINUM, toujours ouvert ?', { intent: 'positions', say: ['est ouverte**', 'confirmée ouverte le 20 novembre 2026'], cite: 'dinum-data-scientist' }],
      ['des offres à la DINUM ?', { intent: 'positions', cards: 1, say: 'Une offre ouverte à la DINUM', notSay: ['Gestionnaire financier', 'Analyste de données'] }],
    ]));

  it('are said past for the place asked, never "nearby" when nothing nearby is open either (read in 2028)', async () => {
    const later = await startTremplin(() => new Date('2028-06-01T10:00:00Z'), { KNOWLEDGE_DIR: FRESHNESS });
    try {
      await play(later, [
        ['offres à Paris avec télétravail', { intent: 'positions', say: ['aucune offre ouverte a Paris', 'publiées plus tôt'], notSay: ['près de là', 'même, mais'] }],
      ]);
    } finally {
      await later.close();
    }
  });

  it('counts the one offer that does not state its contract in the singular', () =>
    play(tremplin, [
      ['offres à Paris en CDI avec télétravail', { intent: 'positions', say: 'Une offre ne précise pas son type de contrat', notSay: 'leur type' }],
    ]));
});
