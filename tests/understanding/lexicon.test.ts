import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/understanding/lexicon.js';
import { normalise } from '../../src/text/normalise.js';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

/** A lexicon folder with these files. */
function folder(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lexicon-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  return dir;
}

describe('the lexicon', () => {
  it('reads the shipped files: words as people write them, matched on normalised text', () => {
    const lexicon = loadLexicon();
    expect(lexicon.test('renewal', normalise('Le contrat est-il renouvelable ?'))).toBe(true);
    expect(lexicon.test('renewal', normalise('Can it be extended?'))).toBe(true);
    expect(lexicon.test('listing', normalise('Quelles sont les offres en CDD ?'))).toBe(true);
    expect(lexicon.test('listing', normalise('Le poste est-il en CDD ?'))).toBe(false);
    expect(lexicon.find('condition_degrees', normalise('Faut-il un bac+5 ?'))).toBe('bac 5');
    expect(lexicon.find('condition_degrees', normalise('Je suis jeune diplômé'))).toBeUndefined();
    expect(lexicon.words('social_words').has('bonjour')).toBe(true);
    expect(lexicon.positions('months')[7]).toEqual(['aout', 'august']);
  });

  it('merges the languages: a French message may use an English word and the other way round', () => {
    const lexicon = loadLexicon(folder({ 'fr.yaml': 'lang: fr\nclasses:\n  phone: [téléphone]\n', 'en.yaml': 'lang: en\nclasses:\n  phone: [phone]\n' }));
    expect(lexicon.test('phone', 'quel est le phone')).toBe(true);
    expect(lexicon.test('phone', 'what is the telephone')).toBe(true);
  });

  it('expands a class named in braces, and a prefix', () => {
    const lexicon = loadLexicon(folder({ 'fr.yaml': 'lang: fr\nclasses:\n  job_nouns: [postes, offres]\n  listing: ["quels {job_nouns}", "lister*"]\n' }));
    expect(lexicon.test('listing', 'quels postes')).toBe(true);
    expect(lexicon.test('listing', 'listerais tu')).toBe(true);
    expect(lexicon.test('listing', 'quels metiers')).toBe(false);
  });

  it('refuses an unknown class with its file and line', () => {
    const dir = folder({ 'fr.yaml': 'lang: fr\nclasses:\n  count: [combien]\n  counts: [nombre]\n' });
    expect(() => loadLexicon(dir)).toThrow(/fr\.yaml:4: .*counts.*not a known word class/);
  });

  it('refuses a phrase that names an unknown class', () => {
    const dir = folder({ 'fr.yaml': 'lang: fr\nclasses:\n  listing: ["quels {jobs}"]\n' });
    expect(() => loadLexicon(dir)).toThrow(/fr\.yaml: listing: \{jobs\} is not a known word class/);
  });

  it('refuses an ordered class with the wrong number of positions', () => {
    const dir = folder({ 'en.yaml': 'lang: en\nclasses:\n  months: [january, february]\n' });
    expect(() => loadLexicon(dir)).toThrow(/en\.yaml:3: months: expected 12 positions, found 2/);
  });

  it('refuses broken YAML with its line', () => {
    const dir = folder({ 'fr.yaml': 'lang: fr\nclasses:\n  count: [combien\n' });
    expect(() => loadLexicon(dir)).toThrow(/fr\.yaml:\d+/);
  });
});
