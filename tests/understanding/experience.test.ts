import { describe, expect, it } from 'vitest';
import { findExperience } from '../../src/understanding/experience.js';
import { normalise } from '../../src/text/normalise.js';

const read = (message: string, bareNumber = false) => findExperience(normalise(message), bareNumber);

describe('the experience a message states, read with the words of the lexicon', () => {
  it('reads a figure of years, written in digits or in words, alone or bounded', () => {
    expect(read('Cela fait douze ans que je code')).toEqual({ years: 12 });
    expect(read('I have twenty-one years behind me')).toEqual({ years: 21 });
    expect(read('un peu plus de trois ans de métier')).toEqual({ years: 4 });
    expect(read('less than 2 years')).toEqual({ years: 1 });
    expect(read('entre six et huit années')).toEqual({ years: 8 });
    expect(read('7', true)).toEqual({ years: 7 });
    expect(read('7')).toBeUndefined();
  });

  it('reads a level named instead of a figure', () => {
    expect(read("Je sors juste de l'école d'ingé")).toEqual({ level: 'junior' });
    expect(read('Profil débutante, ça passe ?')).toEqual({ level: 'junior' });
    expect(read("I'm looking for my first job")).toEqual({ level: 'junior' });
    expect(read('Développeur confirmé, dispo en mars')).toEqual({ level: 'senior' });
    expect(read('Quel est le salaire ?')).toBeUndefined();
  });
});
