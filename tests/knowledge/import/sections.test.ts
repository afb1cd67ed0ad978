/**
 * Labelled values in the four forms pages use, in French and English.
 */
import { describe, expect, it } from 'vitest';
import { extractSections } from '../../../src/knowledge/import/sections.js';

const found = (body: string) => extractSections(body).values.map(({ topic, value, form }) => ({ topic, value, form }));

describe('extractSections', () => {
  it('reads a heading and its section', () => {
    expect(found('## 🚀 Candidater\nÉcrivez-nous.\n\n### Contrat\nCDD de 6 mois.\n## Profil\nCurieux.')).toEqual([
      { topic: 'apply', value: 'Écrivez-nous.\n\n### Contrat\nCDD de 6 mois.', form: 'heading' },
      { topic: 'contract', value: 'CDD de 6 mois.', form: 'heading' },
    ]);
  });

  it('reads list items, bold labels and plain lines, whatever the separator', () => {
    const body = [
      '- Contrat : freelance',
      '* **Date de début** — janvier 2022',
      '**Rémunération :** 3 000 € nets',
      'Télétravail : oui',
      '**Durée**',
      '6 mois renouvelables',
      '',
      '- Développeur : Marie',
      '- Salary: €45,000 gross per year',
    ].join('\n');
    expect(found(body)).toEqual([
      { topic: 'contract', value: 'freelance', form: 'list' },
      { topic: 'start', value: 'janvier 2022', form: 'list' },
      { topic: 'salary', value: '3 000 € nets', form: 'bold' },
      { topic: 'remote', value: 'oui', form: 'line' },
      { topic: 'duration', value: '6 mois renouvelables', form: 'bold' },
      { topic: 'salary', value: '€45,000 gross per year', form: 'list' },
    ]);
  });

  it('gathers the lines of sections about terms, where pages state them without a label', () => {
    const { termLines } = extractSections('## Le produit\nPoste ouvert pour lire.\n## Modalités\n- Poste ouvert pour un·e indépendant·e\n- Télétravail possible');
    expect(termLines.map((l) => l.text)).toEqual(['- Poste ouvert pour un·e indépendant·e', '- Télétravail possible']);
  });
});
