import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadPageWords } from '../../../src/knowledge/import/page-words.js';
import { remoteFrom } from '../../../src/knowledge/import/remote.js';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

/** A folder of page words with these files. */
function folder(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'page-words-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  return dir;
}

describe('the words of pages', () => {
  it('reads the shipped files: the import reads a remote-work line with them, in either language', () => {
    expect(remoteFrom('Télétravail : 2 jours par semaine')).toMatchObject({ policy: 'partial', days_per_week: 2 });
    expect(remoteFrom('Remote up to three days a week')).toMatchObject({ policy: 'partial', days_per_week: 3 });
    expect(remoteFrom('Télétravail possible ponctuellement')?.policy).toBe('occasional');
    expect(remoteFrom('Télétravail avec possibilité de déplacements ponctuels')?.policy).toBe('possible');
    expect(remoteFrom('Poste 100 % sur site, pas de télétravail')?.policy).toBe('none');
  });

  it('folds the words as pages are folded, merges the languages and keeps each position of an ordered class', () => {
    const words = loadPageWords(
      folder({
        'fr.yaml': 'lang: fr\nclasses:\n  remote_words: [télétravaill*, à distance]\n  small_numbers: [un | une, deux, trois, quatre, cinq]\n',
        'en.yaml': 'lang: en\nclasses:\n  remote_words: [remote]\n  small_numbers: [one, two, three, four, five]\n',
      }),
    );
    const about = new RegExp(`\\b(?:${words.source('remote_words')})\\b`);
    expect(about.test('on teletravaille le lundi')).toBe(true);
    expect(about.test('travail a distance')).toBe(true);
    expect(about.test('full remote')).toBe(true);
    expect(about.test('a distances egales')).toBe(false);
    expect(words.positions('small_numbers')[0]).toEqual(['un', 'une', 'one']);
  });

  it('refuses a file naming an unknown class, or an ordered class with a missing position, with its file and line', () => {
    const unknown = folder({ 'fr.yaml': 'lang: fr\nclasses:\n  remote_words: [télétravail]\n  remote_wordz: [remote]\n' });
    expect(() => loadPageWords(unknown)).toThrow(/import: .*fr\.yaml:4.*remote_wordz/);
    const short = folder({ 'fr.yaml': 'lang: fr\nclasses:\n  small_numbers: [un, deux]\n' });
    expect(() => loadPageWords(short)).toThrow(/fr\.yaml:3.*small_numbers: expected 5 positions, found 2/);
  });
});
