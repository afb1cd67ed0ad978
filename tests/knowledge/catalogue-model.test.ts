/**
 * The knowledge model of a real catalogue, in real temporary folders: teams under their
 * organisation and offers naming them, pay as sites state it (daily rates, ranges, no basis,
 * no figure), "Non précisé" as no place, and the freshness rule with HR's review mark, as
 * `knowledge check` reports it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { knowledgeErrors } from '../../src/errors.js';
import { checkKnowledge } from '../../src/knowledge/check.js';
import { KnowledgeBase } from '../../src/knowledge/knowledge-base.js';
import { loadKnowledge, type LoadResult } from '../../src/knowledge/load.js';
import { FRESH_FOR_DAYS, offerState } from '../../src/knowledge/open-status.js';
import { formatProblem } from '../../src/knowledge/problems.js';
import type { Offer, Team } from '../../src/knowledge/schemas.js';
import { makeKnowledgeDir, removeKnowledgeDir } from './temp-knowledge.js';

const today = () => new Date('2026-06-15T10:00:00Z');

const offer = (title: string, extra = '') =>
  `---\ntitle: "${title}"\norganisation: beta-gouv\nstatus: open\ncategory: null\ncontract: null\n${extra}---\nUne offre.\n`;

const FILES = {
  'organisations/beta-gouv.md': '---\nname: beta.gouv.fr\n---\nL’incubateur.\n',
  'teams/dora.md':
    '---\nname: Dora\norganisation: beta-gouv\naliases: [dora.inclusion.beta.gouv.fr]\ncontact:\n  email: recrutement@dora.example.fr\n---\nDora recense l’offre d’insertion.\n',
  'teams/mobilic.md': '---\nname: Mobilic\norganisation: beta-gouv\n---\nLe temps de travail des conducteurs.\n',
  'offers/dora-dev.md': offer('Développeur·se Dora', 'team: dora\nlocations: [Non précisé]\n'),
  'offers/dora-bizdev.md': offer('Bizdev', 'team: "DORA"\nlocations: []\n'),
  'offers/mobilic-dev.md': offer('Dev Mobilic', 'team: dora.inclusion.beta.gouv.fr\n'),
  'offers/typo.md': offer('Dev', 'team: mobilik\n'),
  'offers/en-mots.md': offer('Intra', "team: \"Startups d'État\"\n"),
  'offers/tjm.md': offer('Dev TJM', 'salary:\n  period: day\n  basis: HT\n  bands:\n    - min: 450\n      max: 700\n  text: "TJM : entre 450 et 700 € HT"\n'),
  'offers/annuel.md': offer('Dev annuel', 'salary:\n  period: year\n  bands:\n    - min: 45000\n      max: 55000\n'),
  'offers/a-discuter.md': offer('Dev à discuter', 'salary:\n  period: day\n  text: "TJM à discuter selon profil"\n'),
  'offers/salaire-vide.md': offer('Dev vide', 'salary:\n  period: month\n'),
};

let dir: string;
let result: LoadResult;
beforeAll(async () => {
  dir = await makeKnowledgeDir(FILES);
  result = await loadKnowledge(dir, { now: today });
});
afterAll(() => removeKnowledgeDir(dir));

describe('teams under their organisation', () => {
  it('loads team files with their name, aliases and contact', () => {
    const dora = result.entries.find((e): e is Team => e.kind === 'team' && e.id === 'dora');
    expect(dora).toMatchObject({ name: 'Dora', organisation: 'beta-gouv', contact: { email: 'recrutement@dora.example.fr' }, body: 'Dora recense l’offre d’insertion.' });
  });

  it('links an offer to its team by id, name or alias, and reports a team id no file has', async () => {
    const base = await KnowledgeBase.open({ dir, now: today });
    const snapshot = base.snapshot();
    await base.close();
    expect(snapshot.offerTeams.get('dora-dev')?.id).toBe('dora');
    expect(snapshot.offerTeams.get('dora-bizdev')?.id).toBe('dora');
    expect(snapshot.offerTeams.get('mobilic-dev')?.id).toBe('dora');
    expect(snapshot.offerTeams.has('en-mots')).toBe(false);
    const problems = snapshot.problems.map(formatProblem);
    expect(problems).toContain(`offers/typo.md:7: team: ${knowledgeErrors.unknownTeam('mobilik', 'mobilic')}`);
    expect(problems.filter((p) => p.startsWith('offers/en-mots.md'))).toEqual([]);
  });

  it('reads "Non précisé" and an empty list as no place', () => {
    const places = (id: string) => result.entries.find((e): e is Offer => e.kind === 'offer' && e.id === id)!.locations;
    expect(places('dora-dev')).toEqual([]);
    expect(places('dora-bizdev')).toEqual([]);
  });
});

describe('pay as sites state it', () => {
  const salaryOf = (id: string) => result.entries.find((e): e is Offer => e.kind === 'offer' && e.id === id)?.salary;

  it('keeps a daily rate range before tax, a yearly range with no basis, a rate with no figure', () => {
    expect(salaryOf('tjm')).toMatchObject({ period: 'day', basis: 'excl_tax', bands: [{ min: 450, max: 700 }] });
    expect(salaryOf('annuel')).toMatchObject({ period: 'year', bands: [{ min: 45000, max: 55000 }] });
    expect(salaryOf('annuel')?.basis).toBeUndefined();
    expect(salaryOf('a-discuter')).toMatchObject({ period: 'day', bands: [], text: 'TJM à discuter selon profil' });
  });

  it('refuses a salary that states neither an amount nor a text', () => {
    expect(result.problems.map(formatProblem)).toContain(
      `offers/salaire-vide.md:7: salary: ${knowledgeErrors.invalidValue('give at least one band, or the text of the announcement')}`,
    );
  });
});

describe('the freshness rule', () => {
  const on = (offer: Parameters<typeof offerState>[0]) => offerState(offer, '2026-06-15');

  it(`keeps an undated-closing offer open ${FRESH_FOR_DAYS} days after publication, then calls it stale`, () => {
    expect(on({ status: 'open', published_on: '2026-03-17' })).toEqual({ state: 'open', from: '2026-03-17' });
    expect(on({ status: 'open', published_on: '2026-03-16' })).toEqual({ state: 'stale', from: '2026-03-16', since: '2026-06-15', ageDays: 91 });
  });

  it('counts from the last review when HR marked the offer reviewed', () => {
    expect(on({ status: 'open', published_on: '2021-05-04', reviewed_on: '2026-06-01' }).state).toBe('open');
  });

  it('lets a closing date decide, and leaves an offer with no date at all open', () => {
    expect(on({ status: 'open', published_on: '2021-05-04', closes_on: '2026-07-01' }).state).toBe('open');
    expect(on({ status: 'open', published_on: '2026-06-01', closes_on: '2026-06-14' })).toEqual({ state: 'expired', since: '2026-06-14' });
    expect(on({ status: 'closed', published_on: '2026-06-01' }).state).toBe('closed');
    expect(on({ status: 'open' })).toEqual({ state: 'open' });
  });

  it('ages an offer with no publication date by its start date, without giving it a publication date', () => {
    expect(on({ status: 'open', start_date: '2021-01-04' })).toEqual({ state: 'stale', startedOn: '2021-01-04', ageDays: 1988 });
    expect(on({ status: 'open', start_date: '2026-05-01' })).toEqual({ state: 'open' });
    expect(on({ status: 'open', start_date: 'dès que possible' })).toEqual({ state: 'open' });
  });

  it('is listed by knowledge check with each stale offer’s age, without failing the check', async () => {
    const dir = await makeKnowledgeDir({
      'organisations/beta-gouv.md': '---\nname: beta.gouv.fr\n---\nL’incubateur.\n',
      'offers/ancienne.md': offer('Ancienne', 'published_on: 2021-05-04\n'),
      'offers/revue.md': offer('Revue', 'published_on: 2021-05-04\nreviewed_on: 2026-01-10\n'),
      'offers/fraiche.md': offer('Fraîche', 'published_on: 2026-06-01\n'),
      'offers/sans-date.md': offer('Sans date'),
      'offers/commencee.md': offer('Commencée', 'start_date: 2021-01-04\n'),
    });
    let out = '';
    const code = await checkKnowledge(dir, { now: today, write: (text) => (out += text) });
    await removeKnowledgeDir(dir);
    expect(code).toBe(0);
    expect(out).toContain('5 offres (fr 5) : 2 ouvertes (dont 1 non datée), 3 fermées (dont 3 sans date de clôture et trop anciennes)');
    expect(out).toContain('  offers/ancienne.md : publiée le 2021-05-04, il y a 1 868 jours');
    expect(out).toContain('  offers/revue.md : revue le 2026-01-10, il y a 156 jours');
    expect(out).toContain('  offers/commencee.md : sans date de publication, début prévu le 2021-01-04, il y a 1 988 jours');
    expect(out).toContain('1 offre ouverte sans date de publication ni de clôture');
    expect(out).not.toContain('fraiche.md');
  });
});
