/**
 * Pages that are no offer but tell candidates facts — a press release about a job forum, an
 * event page whose lead paragraph gives the dates, a team page — imported as information pages
 * (FAQ entries of `faq/`), then asked about: the bot answers from them, citing them, instead of
 * saying it does not know. A test file and a near-empty page are still left out.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Tremplin } from '../../../src/assemble.js';
import { importPages, reportText, type ImportReport } from '../../../src/knowledge/import/index.js';
import { play, startTremplin } from '../../support/conversation.js';
import { makeKnowledgeDir, removeKnowledgeDir } from '../temp-knowledge.js';

const now = () => new Date('2026-06-15T10:00:00Z');

const PAGES = {
  '_communiques/forum-emploi-2019.markdown': `---
title: "Le numérique de l'État recrute : 250 postes à son forum"
date: 2019-11-20 10:00:00 +01:00
categories:
- Communiqué de presse
---
Le forum de l'emploi tech de l'État se tiendra le 3 décembre 2019 à la Maison des Sciences, 12 rue Lavoisier à Paris.
Plus de 250 postes seront proposés par 20 services recruteurs, dans toute la France.
Les candidats s'inscrivent en ligne avant le 1er décembre pour rencontrer les recruteurs lors de sessions de job dating.
`,
  '_evenements/forum-emploi-2022.markdown': `---
title: "Le Forum de l'emploi numérique de l'État 2022"
date: 2022-10-27 16:54:00 +02:00
categories:
- Forum emploi
chapeau-text: "La direction du numérique organise la 6e édition du Forum de l'emploi numérique : en ligne du 1er au 14 décembre et sur place le 16 décembre."
---
## Plus de 200 postes à pourvoir

Vous êtes un professionnel du numérique et souhaitez apporter votre expertise aux citoyens ? Participez au forum : conférences,
ateliers et rencontres avec les recruteurs de plus de vingt administrations, sur inscription.
`,
  'content/french/equipe/_index.md': `---
title: "L'équipe du Pôle Exemple"
description: "Découvrez l'équipe !"
---
Le Pôle Exemple est un service à compétence nationale, dirigé par Camille Martin et Louis Bernard, qui accompagne les administrations sur les sujets de données.
L'équipe compte 7 data scientists, 3 ingénieurs logiciel et une cheffe de projet, réunis dans les locaux de Bercy.
`,
  '_communiques/test.markdown': '---\ntitle: Test\ncategories:\n- Communiqué de presse\n---\nTest.\n',
  'content/french/contact/_index.md': '---\ntitle: Contact\n---\nÉcrivez-nous.\n',
};

let source: string;
let out: string;
let report: ImportReport;
let tremplin: Tremplin;
beforeAll(async () => {
  source = await makeKnowledgeDir(PAGES);
  out = await makeKnowledgeDir();
  report = await importPages({ sources: [source], out, now, organisation: 'dinum' });
  tremplin = await startTremplin(now, { KNOWLEDGE_DIR: out });
});
afterAll(async () => {
  await tremplin.close();
  await Promise.all([removeKnowledgeDir(source), removeKnowledgeDir(out)]);
});

describe('information pages at import', () => {
  it('keeps press releases, events and team pages as FAQ entries of the organisation, with their source, and says so in the summary', async () => {
    expect(report.infoPages?.map((p) => p.target).sort()).toEqual(['faq/page-communiques-forum-emploi-2019.md', 'faq/page-evenements-forum-emploi-2022.md', 'faq/page-french-equipe.md']);
    const event = await readFile(path.join(out, 'faq/page-evenements-forum-emploi-2022.md'), 'utf8');
    expect(event).toContain('organisation: dinum');
    expect(event).toContain('tags: ["2022"]');
    expect(event).toMatch(/file: "[^"/]+\/_evenements\/forum-emploi-2022.markdown"/);
    // The lead paragraph, which holds the dates, is part of the answer.
    expect(event).toContain('en ligne du 1er au 14 décembre');
    expect(reportText(report)).toContain("pages d'information (communiqués, événements, pages d'équipe, gardées dans faq/) : 3 (créées : 3");
    expect(report.validationProblems).toEqual([]);
  });

  it('still leaves out a test file and a page that says almost nothing', () => {
    const kept = new Set(report.infoPages?.map((p) => p.target));
    expect([...kept].some((t) => t.includes('test') || t.includes('contact'))).toBe(false);
  });

  it('re-imports without changing them', async () => {
    const again = await importPages({ sources: [source], out, now, organisation: 'dinum' });
    expect(again.infoPages?.map((p) => p.outcome)).toEqual(['unchanged', 'unchanged', 'unchanged']);
  });
});

describe('answered from information pages', () => {
  it('answers the dates, place and figures of a forum from its press release and event page', () =>
    play(tremplin, [
      ["C'est quand le forum de l'emploi numérique 2022 ?", { say: '14 décembre', cite: 'page-evenements-forum-emploi-2022' }],
      ["Le forum emploi tech 2019, combien de postes ?", { say: '250 postes', cite: 'page-communiques-forum-emploi-2019' }],
    ]));

  it('answers who runs a team and how many data scientists it counts from the team page', () =>
    play(tremplin, [
      ['Qui dirige le Pôle Exemple ?', { say: 'Camille Martin', cite: 'page-french-equipe' }],
      ['Combien de data scientists dans l’équipe du Pôle Exemple ?', { say: '7 data scientists' }],
    ]));
});
