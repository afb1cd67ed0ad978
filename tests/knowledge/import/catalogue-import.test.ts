/**
 * Importing a catalogue as real sites publish it (tests/fixtures/import/catalogue): startups
 * made teams with the page's contact, daily rates and ranges, working time that is not remote
 * work, full remote, "Non précisé", a deadline in the text, a guide that is not an offer, the
 * same offer published twice, two names of one organisation — and the summary that gathers
 * what to look at, with exit code 0 when no page was refused.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { importPages, reportText, type ImportReport } from '../../../src/knowledge/import/index.js';
import { runImportCommand } from '../../../src/knowledge/import/command.js';
import { applicationDeadline } from '../../../src/knowledge/import/dates.js';
import { remoteFrom } from '../../../src/knowledge/import/remote.js';
import { loadKnowledge } from '../../../src/knowledge/load.js';
import { makeKnowledgeDir, removeKnowledgeDir } from '../temp-knowledge.js';

const CATALOGUE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/import/catalogue');
const now = () => new Date('2026-06-15T10:00:00Z');

let out: string;
let report: ImportReport;
beforeEach(async () => {
  out = await makeKnowledgeDir();
  report = await importPages({ sources: [CATALOGUE], out, now });
});
afterEach(() => removeKnowledgeDir(out));

async function frontMatterOf(file: string): Promise<Record<string, unknown>> {
  const text = await readFile(path.join(out, file), 'utf8');
  return parse(text.split('\n---\n')[0]!.replace(/^---\n/, '')) as Record<string, unknown>;
}
const bodyOf = async (file: string) => (await readFile(path.join(out, file), 'utf8')).split('\n---\n')[1]!.trim();

describe('teams from the pages', () => {
  it('makes one team of the spellings of a startup, named as the pages write it, with the team address as contact', async () => {
    expect(await frontMatterOf('teams/dora.md')).toMatchObject({ name: 'Dora', organisation: 'beta-gouv', contact: { email: 'recrutement@dora.example.fr' }, apply: ['recrutement@dora.example.fr'] });
    expect(await bodyOf('teams/dora.md')).toBe("Dora recense l'offre d'insertion d'un territoire pour que les accompagnateurs trouvent la bonne solution pour chaque personne.");
    expect(await frontMatterOf('teams/demarches-simplifiees.md')).toMatchObject({ name: 'Démarches Simplifiées', aliases: ['demarches-simplifiees.fr'] });
    expect(await frontMatterOf('offers/2021-06-01-dora-bizdev.md')).toMatchObject({ team: 'dora' });
    expect(await frontMatterOf('offers/2022-03-01-dora-dev.md')).toMatchObject({ team: 'dora' });
    expect(report.teams.map((t) => `${t.target} ${t.offers}`)).toEqual(['teams/demarches-simplifiees.md 1', 'teams/dora.md 2']);
  });

  it('names a team by the product its pages invite to join, its key kept as an alias, never by an ordinary word nor another team', async () => {
    const page = (date: string, startup: string, join: string) =>
      `---\nroles: Poste ${date}\nstartup: ${startup}\nopen: false\ndate: ${date}\n---\n## Qui sommes-nous ?\nUn service public.\n\n## Mission\nUne mission commencée le ${date}.\n\n## Modalités\n- Contrat : freelance\n\n${join}\n`;
    const pages = await makeKnowledgeDir({
      '_jobs/2021-02-10-dev-signalement.md': page('2021-02-10', 'signalement', 'Vous souhaitez rejoindre la startup SignalConso ? Écrivez-nous.'),
      '_jobs/2023-01-10-dev-signalconso.md': page('2023-01-10', 'signalement', 'Vous souhaitez rejoindre la startup SignalConso ? Écrivez-nous.'),
      '_jobs/2022-01-01-dev-chaleur.md': page('2022-01-01', 'chauffage-urbain', 'Venez rejoindre France chaleur urbaine.'),
      '_jobs/2022-02-01-ops-chaleur.md': page('2022-02-01', 'chauffage-urbain', 'Venez rejoindre France chaleur urbaine.'),
      '_jobs/2022-03-01-dev-snu.md': page('2022-03-01', 'snu', 'Le SNU recrute. Rejoindre la startup Engagement Civique.'),
      '_jobs/2022-04-01-ops-snu.md': page('2022-04-01', 'snu', 'Le SNU recrute. Rejoindre la startup Engagement Civique.'),
      '_jobs/2022-05-01-dev-ec.md': page('2022-05-01', 'Engagement Civique', 'Bienvenue.'),
    });
    const teams = await makeKnowledgeDir();
    await importPages({ sources: [pages], out: teams, now, organisation: 'beta-gouv' });
    await removeKnowledgeDir(pages);
    const team = async (id: string) => parse((await readFile(path.join(teams, 'teams', `${id}.md`), 'utf8')).split('\n---\n')[0]!.replace(/^---\n/, '')) as { name: string; aliases?: string[] };
    expect(await team('signalement')).toMatchObject({ name: 'SignalConso', aliases: ['signalement'] });
    expect(JSON.stringify(await team('chauffage-urbain'))).not.toMatch(/"France"/);
    expect(JSON.stringify(await team('snu'))).not.toContain('Engagement Civique');
    await removeKnowledgeDir(teams);
  });

  it('names a team by the product a page links to its own site, and keeps the team a partner’s page names besides the partner', async () => {
    const pages = await makeKnowledgeDir({
      '_jobs/2022-06-01-dev-reseaux.md':
        '---\nroles: Développeuse réseaux\nstartup: reseaux-froid\nopen: false\ndate: 2022-06-01\n---\n[Fraîcheur Urbaine Partagée](https://fraicheur-urbaine-partagee.beta.gouv.fr/) aide les villes à rafraîchir leurs écoles.\n\n## Modalités\n- Contrat : freelance\n',
      '_jobs/2021-05-03-cheffe-jumeau.md':
        '---\nroles: Cheffe de projet\ntype: friend\nfriend: Fabrique des Territoires\nequipe: Jumeau Numérique Local\nopen: false\ndate: 2021-05-03\n---\nUn jumeau numérique des rues.\n\n## Modalités\n- Contrat : freelance\n',
      '_jobs/2021-05-04-dev-fabrique.md':
        "---\nroles: Développeur\ntype: friend\nfriend: la Fabrique des Territoires\nequipe: Fabrique des Territoires\nopen: false\ndate: 2021-05-04\n---\nLa fabrique recrute.\n\n## Modalités\n- Contrat : freelance\n",
    });
    const into = await makeKnowledgeDir();
    await importPages({ sources: [pages], out: into, now, organisation: 'beta-gouv' });
    await removeKnowledgeDir(pages);
    const read = async (file: string) => parse((await readFile(path.join(into, file), 'utf8')).split('\n---\n')[0]!.replace(/^---\n/, '')) as Record<string, unknown>;
    expect(await read('teams/reseaux-froid.md')).toMatchObject({ name: 'Fraîcheur Urbaine Partagée', aliases: ['reseaux-froid'] });
    expect(await read('offers/2021-05-03-cheffe-jumeau.md')).toMatchObject({ organisation: 'fabrique-des-territoires', team: 'jumeau-numerique-local' });
    expect(await read('teams/jumeau-numerique-local.md')).toMatchObject({ name: 'Jumeau Numérique Local', organisation: 'fabrique-des-territoires' });
    // The partner itself, with or without its article, is no team of its own.
    expect(await read('offers/2021-05-04-dev-fabrique.md')).not.toHaveProperty('team');
    await removeKnowledgeDir(into);
  });

  it('files the pages of a startup named as an organisation under that organisation, and names a team as the address its pages give to write to', async () => {
    const page = (date: string, startup: string, roles: string, text: string) =>
      `---\nroles: ${roles}\nstartup: ${startup}\nopen: false\ndate: ${date}\n---\n## Qui sommes-nous ?\nUn service public pour les familles.\n\n## Modalités\n- Contrat : freelance\n\n${text}\n`;
    const pages = await makeKnowledgeDir({
      // One partner page names "Main Tendue" as an organisation; its startup's own pages say `startup: maintendue`.
      '_jobs/2020-10-13-po-main-tendue.md': '---\nroles: Cheffe de produit\ntype: friend\nfriend: Main Tendue\nequipe: Main Tendue\nopen: false\npost_ouvert: 2020-10-13\n---\nMain Tendue recrute.\n\n## Modalités\n- Contrat : freelance\n',
      '_jobs/2022-07-12-main-tendue-junior.md': page('2022-07-12', 'maintendue', 'Chargée de déploiement junior', 'Écrivez à contact@maintendue.example.fr.'),
      '_jobs/2021-12-07-dev-lutins.md': page('2021-12-07', 'lutins', 'Dev Ruby on Rails', 'Les agents utilisent RDV-Familles chaque jour. Écrivez à contact@rdv-familles.example.fr.'),
      '_jobs/2022-03-28-relation-lutins.md': page('2022-03-28', 'lutins', 'Chargée de relation usagers', 'Le support de RDV-Familles grandit. Écrivez à contact@rdv-familles.example.fr.'),
      // A partner team's page that names the product once is not that product.
      '_jobs/2022-01-27-data-lutins.md': page('2022-01-27', 'data.familles', 'Développeuse data', 'Nous travaillons avec RDV-Familles. Écrivez à contact@rdv-familles.example.fr.'),
    });
    const into = await makeKnowledgeDir();
    await importPages({ sources: [pages], out: into, now, organisation: 'beta-gouv' });
    await removeKnowledgeDir(pages);
    const read = async (file: string) => parse((await readFile(path.join(into, file), 'utf8')).split('\n---\n')[0]!.replace(/^---\n/, '')) as Record<string, unknown>;
    expect(await read('offers/2022-07-12-main-tendue-junior.md')).toMatchObject({ organisation: 'main-tendue' });
    expect(await read('offers/2022-07-12-main-tendue-junior.md')).not.toHaveProperty('team');
    expect(await read('teams/lutins.md')).toMatchObject({ name: 'RDV-Familles', aliases: ['lutins'] });
    expect(JSON.stringify(await read('teams/data-familles.md'))).not.toContain('RDV-Familles');
    await removeKnowledgeDir(into);
  });

  it('makes one team of a startup whose older pages use an older key and name the product its newer pages are filed under', async () => {
    const page = (date: string, startup: string, roles: string, text: string) =>
      `---\nroles: ${roles}\nstartup: ${startup}\nopen: false\ndate: ${date}\n---\n## Le poste\n${text}\n\n## Modalités\n- Contrat : freelance\n`;
    const pages = await makeKnowledgeDir({
      '_jobs/2019-06-01-stage-ancien-nom.md': page('2019-06-01', 'cleflogis', 'Stagiaire', 'Rejoindre la startup CléfLogis, qui aide les locataires.'),
      '_jobs/2021-02-08-operateur.md': page('2021-02-08', 'cleflogis', 'Opérateur de validation', "La startup d'État ToitSimple recrute. Écrivez à bonjour@toitsimple.example.fr."),
      '_jobs/2022-05-30-operateur.md': page('2022-05-30', 'cleflogis', 'Opératrice de validation saisonnière', "La startup d'État ToitSimple recrute pour l'été."),
      '_jobs/2022-03-21-bizdev.md': page('2022-03-21', 'ToitSimple', 'Bizdev senior', 'ToitSimple grandit vite. Écrivez à bonjour@toitsimple.example.fr.'),
      // A team whose pages name a partner once stays itself.
      '_jobs/2022-04-01-dev-voisins.md': page('2022-04-01', 'voisins-solidaires', 'Développeur', 'Nous travaillons avec ToitSimple.'),
    });
    const into = await makeKnowledgeDir();
    const report = await importPages({ sources: [pages], out: into, now, organisation: 'beta-gouv' });
    await removeKnowledgeDir(pages);
    const read = async (file: string) => parse((await readFile(path.join(into, file), 'utf8')).split('\n---\n')[0]!.replace(/^---\n/, '')) as Record<string, unknown>;
    for (const offer of ['2019-06-01-stage-ancien-nom', '2021-02-08-operateur', '2022-05-30-operateur', '2022-03-21-bizdev']) expect(await read(`offers/${offer}.md`)).toMatchObject({ team: 'toitsimple' });
    expect(await read('offers/2022-04-01-dev-voisins.md')).toMatchObject({ team: 'voisins-solidaires' });
    expect(await read('teams/toitsimple.md')).toMatchObject({ name: 'ToitSimple', aliases: expect.arrayContaining(['cleflogis']) });
    expect(report.teams.map((t) => `${t.target} ${t.offers}`)).toEqual(['teams/toitsimple.md 4', 'teams/voisins-solidaires.md 1']);
    await removeKnowledgeDir(into);
  });

  it('files a team under the organisation its pages say it is part of, named as its pages name it, never as a person’s administration', async () => {
    const page = (date: string, startup: string, roles: string, text: string) => `---\nroles: ${roles}\nstartup: ${JSON.stringify(startup)}\nopen: false\ndate: ${date}\n---\n${text}\n\n## Modalités\n- Contrat : freelance\n`;
    const pages = await makeKnowledgeDir({
      '_jobs/2021-03-01-fabrique-po.md':
        "---\nroles: Cheffe de produit\ntype: friend\nfriend: la Fabrique des Communes\nopen: false\ndate: 2021-03-01\n---\nNous sommes la Fabrique des Communes de l'Agence Nationale des Petites Villes (ANPV).\n\n## Modalités\n- Contrat : freelance\n",
      '_jobs/2022-02-01-carto-dev.md': page('2022-02-01', 'carto-ecoles', 'Développeur', '## Qui sommes-nous ?\nCarto Écoles est un service incubé au sein de la Fabrique des Communes, qui cartographie les écoles rurales.'),
      '_jobs/2022-03-01-velo-dev.md': page('2022-03-01', 'velo-rural', 'Développeuse', 'Vélo Rural travaille avec des équipes variées (Fabrique des Communes, départements).'),
      // One page of a team saying it is incubated elsewhere does not split its offers between two employers.
      '_jobs/2022-05-01-velo-ops.md': page('2022-05-01', 'velo-rural', 'Chargée de déploiement', 'Vélo Rural est incubé au sein de la Fabrique des Communes.'),
      '_jobs/2021-05-01-simulo-dev.md': page('2021-05-01', 'simulo', 'Développeur', "## Contexte\nQuelques chiffres sur les loisirs des familles en France :\n\n* 3 millions de familles\n\n## Qui sommes-nous ?\nSimulo calcule les aides aux loisirs auxquelles une famille a droit.\n\nL'équipe Lab Loisirs recherche un développeur. Simulo est incubé à la Caisse Nationale des Loisirs. Écrivez à jeanne.martin@caisse-nationale.fr."),
      '_jobs/2021-06-01-simulo-design.md': page('2021-06-01', 'simulo', 'Designer', "L'équipe Lab Loisirs recherche un designer pour la Caisse Nationale. Écrivez à jeanne.martin@caisse-nationale.fr."),
      '_jobs/2021-09-01-annuaire-dev.md': page('2021-09-01', 'annuaire-associations', 'Développeur', "Rejoignez l’Annuaire des Associations, qui recense les associations."),
      '_jobs/2022-04-01-brigade-dev.md': page('2022-04-01', '', 'Développeur', 'La DINUM lance la Brigade des Formulaires, une équipe de 8 personnes qui refait les formulaires publics.'),
    });
    const into = await makeKnowledgeDir();
    await importPages({ sources: [pages], out: into, now, organisation: 'beta-gouv' });
    await removeKnowledgeDir(pages);
    const read = async (file: string) => parse((await readFile(path.join(into, file), 'utf8')).split('\n---\n')[0]!.replace(/^---\n/, '')) as Record<string, unknown>;
    expect(await read('offers/2022-02-01-carto-dev.md')).toMatchObject({ organisation: 'fabrique-des-communes', team: 'carto-ecoles' });
    expect(await read('teams/carto-ecoles.md')).toMatchObject({ organisation: 'fabrique-des-communes' });
    expect(await read('offers/2022-03-01-velo-dev.md')).toMatchObject({ organisation: 'beta-gouv' });
    expect(await read('offers/2022-05-01-velo-ops.md')).toMatchObject({ organisation: 'beta-gouv' });
    expect(await read('organisations/fabrique-des-communes.md')).toMatchObject({ aliases: expect.arrayContaining(['Agence Nationale des Petites Villes', 'ANPV']) });
    expect(await read('teams/simulo.md')).toMatchObject({ name: 'Simulo', aliases: expect.arrayContaining(['Lab Loisirs']) });
    expect((await readFile(path.join(into, 'teams/simulo.md'), 'utf8')).split('\n---\n')[1]!.trim()).toBe('Simulo calcule les aides aux loisirs auxquelles une famille a droit.');
    // Written with its little words, as candidates type it, not as its key.
    expect(await read('teams/annuaire-des-associations.md')).toMatchObject({ name: 'Annuaire des Associations', aliases: ['annuaire-associations'] });
    expect(await read('offers/2022-04-01-brigade-dev.md')).toMatchObject({ team: 'brigade-des-formulaires' });
    expect(await read('teams/brigade-des-formulaires.md')).toMatchObject({ name: 'Brigade des Formulaires', organisation: 'beta-gouv' });
    expect((await readFile(path.join(into, 'teams/brigade-des-formulaires.md'), 'utf8')).split('\n---\n')[1]!.trim()).toBe('La DINUM lance la Brigade des Formulaires, une équipe de 8 personnes qui refait les formulaires publics.');
    await removeKnowledgeDir(into);
  });

  it('never makes an organisation its own team, and merges two names of one organisation', async () => {
    expect(await frontMatterOf('offers/2022-01-19-anssi-dev.md')).not.toHaveProperty('team');
    expect(report.organisations.map((o) => o.id)).toEqual(['anssi-incubateur', 'beta-gouv']);
    expect(await frontMatterOf('offers/2022-01-19-anssi-dev.md')).toMatchObject({ organisation: 'anssi-incubateur' });
    expect(await frontMatterOf('organisations/anssi-incubateur.md')).toEqual({ name: 'ANSSI, incubateur', aliases: ["Le laboratoire d'innovation de l'ANSSI"] });
  });

  it('keeps a team HR edited, and links the offers to it', async () => {
    const edited = (await readFile(path.join(out, 'teams/dora.md'), 'utf8')).replace('name: "Dora"', 'name: "DORA, le répertoire"');
    await writeFile(path.join(out, 'teams/dora.md'), edited);
    const again = await importPages({ sources: [CATALOGUE], out, now });
    expect(again.teams.find((t) => t.id === 'dora')?.outcome).toBe('protected');
    expect(await readFile(path.join(out, 'teams/dora.md'), 'utf8')).toBe(edited);
    expect(again.summary).toMatchObject({ created: 0, updated: 0, unchanged: 5 });
  });
});

describe('facts as the pages state them', () => {
  it('keeps a daily rate range before tax, a yearly range without basis, a rate with no figure', async () => {
    expect((await frontMatterOf('offers/2022-03-01-dora-dev.md')).salary).toEqual({
      period: 'day', basis: 'excl_tax', currency: 'EUR', bands: [{ min: 450, max: 700 }], text: 'TJM : entre 450 et 700 € HT selon profil',
    });
    expect((await frontMatterOf('offers/2022-05-04-demarches-dev.md')).salary).toEqual({
      period: 'year', currency: 'EUR', bands: [{ min: 45000, max: 55000 }], text: 'Salaire : 45-55k€ selon expérience',
    });
    expect((await frontMatterOf('offers/2021-06-01-dora-bizdev.md')).salary).toEqual({ period: 'day', text: 'Rémunération : TJM à discuter selon profil' });
  });

  it('writes a title set in capitals in sentence case, acronyms kept, without emoji', async () => {
    expect(await frontMatterOf('offers/2021-06-01-dora-bizdev.md')).toMatchObject({ title: 'Chargé·e de déploiement UX' });
  });

  it('does not take working days for remote days, reads full remote, and "Non précisé" or remote work as no place', async () => {
    expect(await frontMatterOf('offers/2022-03-01-dora-dev.md')).toMatchObject({ remote: { policy: 'possible' }, duration: '6 mois renouvelable' });
    const bizdev = await frontMatterOf('offers/2021-06-01-dora-bizdev.md');
    expect(bizdev).toMatchObject({ remote: { policy: 'full' } });
    expect(bizdev).not.toHaveProperty('locations');
    expect(remoteFrom('Poste en freelance (à 4 jours par semaine minimum). Le télétravail est possible.')).toMatchObject({ policy: 'possible' });
    const ux = await frontMatterOf('offers/2021-09-01-anssi-ux.md');
    expect(ux).toMatchObject({ remote: { policy: 'full' } });
    expect(ux).not.toHaveProperty('locations');
    expect(remoteFrom('2 jours de télétravail par semaine')).toMatchObject({ policy: 'partial', days_per_week: 2 });
    expect(remoteFrom('Le poste est en télétravail avec 1 jour par mois à Paris.')).toMatchObject({ policy: 'full' });
  });

  it('reads each place of a vacancy the body offers a choice of, under whatever heading', async () => {
    const pages = await makeKnowledgeDir({
      '_jobs/2022-02-02-po-climat.md':
        '---\nroles: Product Owner climat\nopen: false\ndate: 2022-02-02\n---\n## Profil\nTrois ans de gestion de produit.\n\nPoste à pourvoir à Brest ou à Nancy, en CDD de 2 ans dès que possible.\n',
    });
    const into = await makeKnowledgeDir();
    await importPages({ sources: [pages], out: into, now, organisation: 'beta-gouv' });
    await removeKnowledgeDir(pages);
    const offer = parse((await readFile(path.join(into, 'offers/2022-02-02-po-climat.md'), 'utf8')).split('\n---\n')[0]!.replace(/^---\n/, ''));
    expect(offer).toMatchObject({ locations: ['Brest', 'Nancy'] });
    await removeKnowledgeDir(into);
  });

  it('makes a deadline in the text the closing date, the year taken from the publication when it is left out', async () => {
    expect(await frontMatterOf('offers/2022-03-01-dora-dev.md')).toMatchObject({ closes_on: '2022-04-10', status: 'closed' });
    expect(await frontMatterOf('offers/2022-05-04-demarches-dev.md')).toMatchObject({ closes_on: '2022-06-25', published_on: '2022-05-04' });
    expect(applicationDeadline('Un CDD au sein de la DINUM jusqu’au 31 décembre 2023.')).toBeUndefined();
    expect(applicationDeadline('Écrivez-nous **avant le 8 mars** !', '2020-11-20')).toEqual({ date: '2021-03-08', line: 1 });
  });
});

describe('addresses written as markdown autolinks', () => {
  it('keeps an address written between angle brackets, in the body and as where to apply', async () => {
    const pages = await makeKnowledgeDir({
      '_jobs/2022-06-27-egal-dev.md': [
        '---', 'roles: Développeur·se full stack JS', 'startup: egal', 'open: false', 'date: 2022-06-27', '---',
        '## Candidater', '', 'Envoyez-nous votre CV par email :', '', '-   DUPONT, Camille (DNUM) <Camille.DUPONT@ministere.example.fr>', '',
        'Le produit : <https://egal.example.fr/produit>',
      ].join('\n'),
    });
    const into = await makeKnowledgeDir();
    try {
      await importPages({ sources: [pages], out: into, now });
      const text = await readFile(path.join(into, 'offers/2022-06-27-egal-dev.md'), 'utf8');
      expect(text).toContain('DUPONT, Camille (DNUM) Camille.DUPONT@ministere.example.fr');
      expect(text).toContain('https://egal.example.fr/produit');
      expect(parse(text.split('\n---\n')[0]!.replace(/^---\n/, ''))).toMatchObject({ apply: 'camille.dupont@ministere.example.fr' });
    } finally {
      await removeKnowledgeDir(pages);
      await removeKnowledgeDir(into);
    }
  });
});

describe('pages that are not new offers', () => {
  it('skips a guide and imports a repeated offer once, pointing to the one kept', () => {
    const guide = report.files.find((f) => f.source.endsWith('publier-une-offre.md'));
    expect(guide).toMatchObject({ outcome: 'skipped', refusal: 'guide' });
    const copy = report.files.find((f) => f.source.includes('_jobs_unmerged_branches'));
    expect(copy).toMatchObject({ outcome: 'duplicate', target: 'offers/2022-05-04-demarches-dev.md' });
    expect(report.summary).toMatchObject({ pages: 7, imported: 5, duplicates: 1, skipped: 1, refused: 0, rate: 1 });
  });

  it('sums up at the end what to look at, with the files, and exits 0 when nothing was refused', async () => {
    const text = reportText(report);
    const summary = text.slice(text.indexOf('\n\n'));
    expect(summary).toContain('organisations créées avec leur seul nom, à compléter (2) :');
    expect(summary).toContain('Fraîcheur des offres :');
    expect(summary).toContain('offers/2021-06-01-dora-bizdev.md : publiée le 2021-06-01, il y a 1 840 jours');
    expect(summary).toContain('Contrôle du dossier (knowledge check) : aucun problème.');
    expect((await loadKnowledge(out, { now })).problems).toEqual([]);

    let stdout = '';
    const code = await runImportCommand([CATALOGUE, '--out', out], { knowledgeDir: out, now, stdout: { write: (t: string) => (stdout += t) } as never, stderr: { write: () => true } as never });
    expect(code).toBe(0);
    expect(stdout).toContain('7 pages lues : 5 offres importées');
  });

  it('exits 1 when an offer page is refused', async () => {
    const broken = await makeKnowledgeDir({ '_jobs/2022-01-01-casse.md': '---\nroles: [Dev\nopen: true\n---\nTexte.\n' });
    const code = await runImportCommand([path.join(broken, '_jobs')], { knowledgeDir: out, now, stdout: { write: () => true } as never, stderr: { write: () => true } as never });
    await removeKnowledgeDir(broken);
    expect(code).toBe(1);
  });

  it('exits 0 on a folder of guides only, saying no offer was imported without a percentage of nothing', async () => {
    const guides = await makeKnowledgeDir({ 'guides/publier-une-offre.md': '---\ntitle: Publier une offre sur LinkedIn\n---\nComment publier une offre sur LinkedIn, étape par étape.\n' });
    let stdout = '';
    const code = await runImportCommand([guides, '--organisation', 'beta-gouv'], { knowledgeDir: out, now, stdout: { write: (t: string) => (stdout += t) } as never, stderr: { write: () => true } as never });
    await removeKnowledgeDir(guides);
    expect(code).toBe(0);
    expect(stdout).toContain('1 page lue : 0 offre importée ; 0 doublon écarté ; 1 page qui n’est pas une offre ; 0 refusée.');
  });
});
