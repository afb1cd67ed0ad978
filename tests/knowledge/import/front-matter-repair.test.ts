/**
 * Front matter read as leniently as the site generator did, each repair said.
 */
import { describe, expect, it } from 'vitest';
import { importErrors } from '../../../src/errors.js';
import { readFrontMatter } from '../../../src/knowledge/import/front-matter-repair.js';

describe('readFrontMatter', () => {
  it('keeps the last value of a key written twice, as Jekyll did', () => {
    const read = readFrontMatter('---\nopen: true\nroles: Dev\nopen: false\n---\nTexte\n');
    expect(read).toEqual({
      ok: true,
      page: { data: { open: false, roles: 'Dev' }, body: 'Texte\n', syntax: 'yaml', repairs: [importErrors.repairedDuplicateKey('open', 4)] },
    });
  });

  it('ends a front matter never closed at its first blank line', () => {
    const read = readFrontMatter('---\nroles: bizdev\nstartup: #mobilic\n\nLe texte.\n');
    expect(read.ok && read.page).toMatchObject({ data: { roles: 'bizdev', startup: null }, body: '\nLe texte.\n', repairs: [importErrors.repairedUnclosed(3)] });
  });

  it('reads a front matter indented as a whole and closed by an indented ---', () => {
    const read = readFrontMatter('---\n roles: 8 devs\n open: true\n ---\n Texte\n');
    expect(read.ok && read.page.data).toEqual({ roles: '8 devs', open: true });
    expect(read.ok && read.page.repairs).toEqual([importErrors.repairedIndentedFence(4), importErrors.repairedIndentation]);
  });

  it('quotes a value holding ": " and reads "true#" as written', () => {
    const read = readFrontMatter('---\ntitle: beta.gouv recrute : un dev\nopen: true#\n---\n');
    expect(read.ok && read.page.data).toEqual({ title: 'beta.gouv recrute : un dev', open: 'true#' });
    expect(read.ok && read.page.repairs).toEqual([importErrors.repairedQuoted([2])]);
  });

  it('reads flat TOML, and a page without front matter as all body', () => {
    const toml = readFrontMatter('+++\ntitle = "Data engineer"\ndraft = false\ntags = ["data", "python"]\n+++\nBody\n');
    expect(toml.ok && toml.page).toMatchObject({ data: { title: 'Data engineer', draft: false, tags: ['data', 'python'] }, syntax: 'toml', body: 'Body\n' });
    expect(readFrontMatter('Titre\n\nTexte\n')).toEqual({ ok: true, page: { data: {}, body: 'Titre\n\nTexte\n', syntax: 'none', repairs: [] } });
  });

  it('refuses YAML it cannot repair, with the line in the page', () => {
    expect(readFrontMatter('\n---\nroles: Dev\nopen: [true\n---\n')).toMatchObject({ ok: false, line: 4 });
  });
});
