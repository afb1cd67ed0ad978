import { describe, expect, it } from 'vitest';
import { APPLICATION_STATUSES, DEMARCHES_SIMPLIFIEES_STATES, parseStatus, statusLabel } from '../../src/applications/statuses.js';

describe('status vocabulary', () => {
  it('maps the Démarches Simplifiées states', () => {
    expect(DEMARCHES_SIMPLIFIEES_STATES).toEqual({
      en_construction: 'received',
      en_instruction: 'in_review',
      accepte: 'accepted',
      refuse: 'rejected',
      sans_suite: 'withdrawn',
    });
    for (const [state, status] of Object.entries(DEMARCHES_SIMPLIFIEES_STATES)) expect(parseStatus(state)).toBe(status);
  });

  it.each([
    ['reçue', 'received'],
    ['Recue', 'received'],
    ["en cours d'examen", 'in_review'],
    ['En cours d’examen', 'in_review'],
    ['examen', 'in_review'],
    ['entretien', 'interview'],
    ['ACCEPTÉE', 'accepted'],
    ['accepté', 'accepted'],
    ['refusée', 'rejected'],
    ['non retenue', 'rejected'],
    ['retirée', 'withdrawn'],
    ['sans suite', 'withdrawn'],
    ['in-review', 'in_review'],
    [' withdrawn ', 'withdrawn'],
  ])('reads « %s » as %s', (word, status) => {
    expect(parseStatus(word)).toBe(status);
  });

  it('refuses words that are not a status, and drafts', () => {
    for (const word of ['', 'bizarre', 'brouillon', 'accept', 'en']) expect(parseStatus(word)).toBeUndefined();
  });

  it('names every status in French and English, and reads its own labels back', () => {
    for (const status of APPLICATION_STATUSES) {
      expect(parseStatus(statusLabel(status, 'fr'))).toBe(status);
      expect(parseStatus(statusLabel(status, 'en'))).toBe(status);
    }
  });
});
