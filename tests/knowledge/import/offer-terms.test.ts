/**
 * Terms as real pages state them without the labels the import knew: a list of key facts at the
 * top, a heading "Modalités :" with its colon or with a precision, questions in bold as labels,
 * a bold line as a heading, "à pourvoir dès…" — and what must not be read as a term (the team,
 * the profile, a story).
 */
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../../src/knowledge/load.js';
import { importOf, jobPage as page } from './imported.js';

describe('terms stated without a label', () => {
  it('reads the key facts listed at the top of a page', async () => {
    const { offer } = await importOf({
      '_jobs/2022-05-02-deploiement.md': page(
        [
          'Nous simplifions les démarches des artisans.',
          '',
          '* **Freelance**, via une société de portage',
          '* **Entièrement à distance**, rencontres d’équipe une fois par trimestre',
          '* **À partir de mars 2023**, idéalement avant avril',
          '* **Taux journalier de 500 €**, selon expérience',
          '',
          '## Le contexte',
          'Un service public.',
        ].join('\n'),
      ),
    });
    expect(await offer('2022-05-02-deploiement')).toMatchObject({
      contract: ['indépendant'],
      remote: { policy: 'full' },
      start_date: 'mars 2023',
      salary: { period: 'day', bands: [{ amount: 500 }] },
    });
  });

  it('reads the sentences under « Modalités : », a heading with its colon or a precision after it', async () => {
    const { offer } = await importOf({
      '_jobs/2022-05-02-a.md': page(
        [
          '## Le produit :',
          'Un outil pour les mairies.',
          '## Modalités valables jusqu’au 31 mars 2024 :',
          '* Le poste est à pourvoir dès que possible, essentiellement sur Rennes',
          '* TJM entre 350 et 500 € HT par jour',
          '* Indépendant·e ou en portage salarial, la mission est proposée pour 4 mois, renouvelables',
          '* Le poste est en partie en télétravail, l’équipe se retrouve à Rennes',
        ].join('\n'),
      ),
      '_jobs/2022-05-03-b.md': page('## 📃 Les modalités\nL’équipe se réunit à Lille chaque lundi. Le travail se fait à distance le reste du temps.\n* Début de la mission souhaité : lundi 9 janvier 2023\n* Tarif journalier compris entre 300 et 550 EUR HT'),
    });
    expect(await offer('2022-05-02-a')).toMatchObject({
      contract: ['indépendant'],
      duration: '4 mois renouvelables',
      start_date: 'dès que possible',
      locations: ['Rennes'],
      salary: { period: 'day', basis: 'excl_tax', bands: [{ min: 350, max: 500 }] },
      remote: { policy: 'possible' },
    });
    expect(await offer('2022-05-03-b')).toMatchObject({
      remote: { policy: 'possible', text: expect.stringContaining('à distance le reste du temps') },
      start_date: '2023-01-09',
      salary: { period: 'day', basis: 'excl_tax', bands: [{ min: 300, max: 550 }] },
    });
  });

  it('reads questions in bold as labels, and a bold line as the heading of the terms', async () => {
    const { offer } = await importOf({
      '_jobs/2022-05-02-questions.md': page(
        ['* **Quand ?** À compter du 3 avril 2023', '* **Où ?** Chez vous, et un jour par semaine à Lyon', '* **Pour combien de temps ?** 3 mois, renouvelables', '* **Modalités** : contrat de freelance'].join('\n'),
      ),
      '_jobs/2022-05-02-bold.md': page(['**Conditions :**', '', 'Poste ouvert aux indépendants', '', 'Démarrage au 2 mai', '', 'Télétravail OK, une réunion par mois à Nantes', '', '**Contact :** equipe@exemple.fr'].join('\n')),
    });
    expect(await offer('2022-05-02-questions')).toMatchObject({
      start_date: '2023-04-03',
      duration: '3 mois renouvelables',
      contract: ['indépendant'],
      remote: { policy: 'possible', text: 'Chez vous, et un jour par semaine à Lyon' },
    });
    expect(await offer('2022-05-02-bold')).toMatchObject({ contract: ['indépendant'], start_date: '2 mai', remote: { policy: 'possible' }, contact: 'equipe@exemple.fr' });
  });

  it('reads remote work said as the norm, as the way of working, or in a sentence of prose', async () => {
    const { offer } = await importOf({
      '_jobs/2022-05-02-norme.md': page(['## Modalités', '', 'Trois jours par semaine. Le télétravail est la norme, avec un atelier par trimestre à Lyon.'].join('\n')),
      '_jobs/2022-05-03-organisation.md': page(['## Conditions', '', '* Organisation en télétravail', '* Une journée à Nantes le jeudi toutes les deux semaines'].join('\n')),
      '_jobs/2022-05-04-prose.md': page(
        ['## Le quotidien', '', 'Toute l’équipe travaille au même étage, à Rennes, et nous échangeons surtout de vive voix.', '', 'Vous pourrez toutefois télétravailler ponctuellement quand le travail le permet.'].join('\n'),
      ),
    });
    expect(await offer('2022-05-02-norme')).toMatchObject({ remote: { policy: 'possible', text: expect.stringContaining('la norme') } });
    expect(await offer('2022-05-03-organisation')).toMatchObject({ remote: { policy: 'possible', text: 'Organisation en télétravail' } });
    expect(await offer('2022-05-04-prose')).toMatchObject({ remote: { policy: 'occasional', text: expect.stringContaining('ponctuellement') } });
  });

  it('does not read the team, the profile sought, the missions or a story as the job’s terms', async () => {
    const { offer } = await importOf({
      '_jobs/2022-05-02-recit.md': page(
        [
          '## L’équipe',
          '* Léa, développeuse, en full remote depuis Brest',
          '## Profil recherché',
          '* Vous êtes à l’aise avec le télétravail',
          '## Missions',
          '* Préparer le démarrage en mars 2021 du service dans trois régions',
          '**Ce que nous proposons**',
          '',
          'Puisque la moitié des recrutements en alternance se font sans offre publiée, ce service aide les jeunes à trouver une entreprise par eux-mêmes, partout en France, et nous voulons aller plus loin.',
        ].join('\n'),
      ),
    });
    const facts = await offer('2022-05-02-recit');
    expect(facts.remote).toBeUndefined();
    expect(facts.start_date).toBeUndefined();
    expect(facts.contract).toBeNull();
  });
});

describe('whom to write to', () => {
  it('gives an organisation the import creates the address its newest offer gives, a team address first', async () => {
    const offerOf = (date: string, contact: string) => `---\nroles: Stage ${date}\norganisation: Atelier numérique du Patrimoine\nopen: false\ndate: ${date}\ncontact: ${contact}\n---\n* Contrat : stage de 6 mois\n`;
    const { out } = await importOf({
      '_jobs/2021-01-10-stage.md': offerOf('2021-01-10', 'contact@patrimoine.example.fr'),
      '_jobs/2022-01-10-stage.md': offerOf('2022-01-10', 'camille.durand@patrimoine.example.fr'),
    });
    const { entries, problems } = await loadKnowledge(out);
    expect(problems).toEqual([]);
    expect(entries.find((e) => e.kind === 'organisation' && e.name === 'Atelier numérique du Patrimoine')).toMatchObject({ contact: { email: 'contact@patrimoine.example.fr' } });
  });
});

describe('the address most pages give', () => {
  it('prefers it to the person the newest page names', async () => {
    const offerOf = (date: string, contact: string) => `---\nroles: Stage ${date}\norganisation: Atelier des Musées\nopen: false\ndate: ${date}\ncontact: ${contact}\n---\n* Contrat : stage\n`;
    const { out } = await importOf({
      '_jobs/2020-01-10-a.md': offerOf('2020-01-10', 'ateliermusees@example.fr'),
      '_jobs/2021-01-10-b.md': offerOf('2021-01-10', 'ateliermusees@example.fr'),
      '_jobs/2022-01-10-c.md': offerOf('2022-01-10', 'sam.martin@example.fr'),
    });
    const { entries } = await loadKnowledge(out);
    expect(entries.find((e) => e.kind === 'organisation' && e.name === 'Atelier des Musées')).toMatchObject({ contact: { email: 'ateliermusees@example.fr' } });
  });
});

describe('whose offer it is', () => {
  it('gives a page whose team is an organisation met in other pages to that organisation', async () => {
    const { offer } = await importOf({
      '_jobs/2020-07-21-bizdev.md': `---\nroles: Bizdev\nfriend: l'Incubateur des Communes\nopen: false\ndate: 2020-07-21\n---\n* Contrat : freelance\n`,
      '_jobs/2022-01-07-pm.md': `---\nrole: Product manager\nequipe: Incubateur des Communes\nstatus: open\nposte_ferme: 2022-02-22\n---\n* Contrat : freelance\n`,
    });
    expect(await offer('2020-07-21-bizdev')).toMatchObject({ organisation: 'incubateur-des-communes' });
    expect(await offer('2022-01-07-pm')).toMatchObject({ organisation: 'incubateur-des-communes' });
  });
});
