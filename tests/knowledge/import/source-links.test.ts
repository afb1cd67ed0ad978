/**
 * Each imported page cited with its own address — the one its front matter states, else one
 * built from `--source-url` and the folder's MANIFEST.tsv, never a guess — and the summary
 * that shows HR how many offers state each fact.
 */
import { describe, expect, it } from 'vitest';
import { reportText } from '../../../src/knowledge/import/index.js';
import { runImportCommand } from '../../../src/knowledge/import/command.js';
import { expandTemplate } from '../../../src/knowledge/import/source-links.js';
import { loadKnowledge } from '../../../src/knowledge/load.js';
import { importOf, jobPage as page } from './imported.js';

describe('each page’s own address', () => {
  const manifest = ['file\trepo_path\tcommit\tblob', '_jobs/2022-05-02-listed page.md\tcontent/_jobs/2022-05-02-listed page.md\t77e2919a2754b1f4943b08dfda3cfd21f84ec105\tabc'].join('\n');

  it('builds the address from the manifest beside the pages, keeps the one a page states, and guesses none', async () => {
    const { offer, report, out } = await importOf(
      {
        'MANIFEST.tsv': manifest,
        '_jobs/2022-05-02-listed page.md': page('* Contrat : CDD de 6 mois'),
        '_jobs/2022-05-03-unlisted.md': page('* Contrat : CDD de 6 mois', 'Designer'),
        '_jobs/2022-05-04-own.md': `---\nroles: Data scientist\nopen: false\ndate: 2022-05-04\npermalink: https://exemple.gouv.fr/offres/data-scientist\n---\n* Contrat : CDD\n`,
      },
      expandTemplate('github:exemple/site'),
    );
    // The page to read (cited by the bot), not where to apply: `source.url`, not `url`.
    expect(await offer('2022-05-02-listed-page')).toMatchObject({
      source: { url: 'https://github.com/exemple/site/blob/77e2919a2754b1f4943b08dfda3cfd21f84ec105/content/_jobs/2022-05-02-listed%20page.md' },
    });
    expect((await offer('2022-05-02-listed-page')).url).toBeUndefined();
    expect((await offer('2022-05-03-unlisted')).source).not.toHaveProperty('url');
    expect((await offer('2022-05-04-own')).url).toBe('https://exemple.gouv.fr/offres/data-scientist');
    expect(report.summary.linked).toBe(2);
    const { entries, problems } = await loadKnowledge(out);
    expect(problems).toEqual([]);
    expect(entries.find((e) => e.id === '2022-05-02-listed-page')).toMatchObject({ source: { url: expect.stringMatching(/^https:\/\/github\.com\/exemple\/site\/blob\//) } });
    expect(reportText(report)).toContain('lien vers la page elle-même : 2 sur 3');
  });

  it('cites a team with the page it was read from', async () => {
    const { out } = await importOf({ 'MANIFEST.tsv': manifest, '_jobs/2022-05-02-listed page.md': page('## Qui sommes-nous ?\nUn service public.\n\n* Contrat : CDD de 6 mois') }, expandTemplate('github:exemple/site'));
    const { entries } = await loadKnowledge(out);
    expect(entries.find((e) => e.kind === 'team')).toMatchObject({ id: 'exemple', source: { url: expect.stringContaining('/content/_jobs/2022-05-02-listed%20page.md') } });
  });

  it('shows HR how many offers state each fact, and refuses a template that is not an address', async () => {
    const { report, source } = await importOf({ '_jobs/2022-05-02-a.md': page('* Contrat : CDD de 6 mois\n* Rémunération : 3 000 € bruts par mois'), '_jobs/2022-05-03-b.md': page('Une mission.', 'Designer') });
    expect(reportText(report)).toMatch(/faits trouvés \(offres importées qui les indiquent, sur 2\) : salaire 1, date de début 0, durée 1, télétravail 0, lieu 0, contrat 1/);
    let errors = '';
    const code = await runImportCommand([source, '--source-url', 'exemple.fr/{file}'], { knowledgeDir: source, stdout: process.stdout, stderr: { write: (t: string) => ((errors += t), true) } as never });
    expect(code).toBe(2);
    expect(errors).toContain('--source-url « exemple.fr/{file} »');
  });
});
