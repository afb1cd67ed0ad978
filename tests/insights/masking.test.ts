import { describe, expect, it } from 'vitest';
import { maskPersonalData } from '../../src/insights/masking.js';

const cases = (rows: ReadonlyArray<readonly [string, string]>) => rows.map(([input, expected]) => ({ input, expected }));

describe('masking personal data before a question is stored', () => {
  it.each(
    cases([
      ['Mon mail est jean.dupont@gmail.com, merci', 'Mon mail est [email], merci'],
      ['écrivez à andré.lefèvre@exemple.fr.', 'écrivez à [email].'],
      ['My address: John.Smith+jobs@example.co.uk', 'My address: [email]'],
      ['jean.dupont [at] gmail [dot] com', '[email]'],
      ['jean.dupont (at) gmail.com', '[email]'],
      ['jean.dupont arobase gmail.com', '[email]'],
      ['john at example dot com', '[email]'],
      ['camille @ orange.fr', '[email]'],
    ]),
  )('e-mail address: $input', ({ input, expected }) => expect(maskPersonalData(input)).toBe(expected));

  it.each(
    cases([
      ['appelez-moi au 06 12 34 56 78', 'appelez-moi au [téléphone]'],
      ['tel 0612345678', 'tel [téléphone]'],
      ['01.23.45.67.89 ou 01-23-45-67-89', '[téléphone] ou [téléphone]'],
      ['+33 6 12 34 56 78', '[téléphone]'],
      ['+33612345678', '[téléphone]'],
      ['+33 (0)1 23 45 67 89', '[téléphone]'],
      ['0033 6 12 34 56 78', '[téléphone]'],
      ['call me at +44 20 7946 0958', 'call me at [téléphone]'],
      ['+1 (555) 123-4567', '[téléphone]'],
      ['(555) 123-4567 or 555-123-4567', '[téléphone] or [téléphone]'],
      ['+49 30 1234567', '[téléphone]'],
      ['mon portable: 06 1234 5678', 'mon portable: [téléphone]'],
    ]),
  )('phone number: $input', ({ input, expected }) => expect(maskPersonalData(input)).toBe(expected));

  it.each(
    cases([
      ['mon dossier DS-2024-00123 est bloqué', 'mon dossier [référence] est bloqué'],
      ['dossier n°123456, candidature 98765432', 'dossier n°[référence], candidature [référence]'],
      ['ref ab-123456 et REF/2023/4567', 'ref [référence] et [référence]'],
      ['my application number is 4567891', 'my application number is [référence]'],
      ['dossier123456', 'dossier[référence]'],
      ['numéro de sécu 1 85 05 78 006 084 36', 'numéro de sécu [référence]'],
      ['carte 4970101234567890', 'carte [référence]'],
      ['le code 1234', 'le code [référence]'],
      ['dossier n° 2024-0002', 'dossier n° [référence]'],
      ['dossier 2024 000123 ou 2023/45678', 'dossier [référence] ou [référence]'],
    ]),
  )('reference: $input', ({ input, expected }) => expect(maskPersonalData(input)).toBe(expected));

  it.each(
    [
      "j'ai 8 ans d'expérience depuis 2015",
      'le salaire est de 45 000 € brut, ou 3500 euros net, 45000€',
      'I have 12 years of experience, since 1998',
      "j'ai postulé le 12/03/2024 (2024-03-12)",
      'catégorie A+, bac+5, RGAA4, Python3, covid-19, 14h30, 3,5 jours',
      '1500 candidatures en 2023, 2039 au plus tard',
      'JO2024 et télétravail 2 jours',
      'la campagne 2024-2025, 12 345 678 habitants',
      'Quel salaire pour un développeur à Paris ?',
    ].map((input) => ({ input })),
  )('keeps what is not personal: $input', ({ input }) => expect(maskPersonalData(input)).toBe(input));

  it.each(
    cases([
      ['voir https://www.demarches-simplifiees.fr/dossiers/123456?token=abc&email=x@y.fr.', 'voir www.demarches-simplifiees.fr/….'],
      ['https://beta.gouv.fr/recrutement/', 'beta.gouv.fr/…'],
      ['my profile www.linkedin.com/in/jean-dupont', 'my profile www.linkedin.com/…'],
      ['http://user:secret@example.com:8080/x', 'example.com/…'],
      ['(https://beta.gouv.fr)', '(beta.gouv.fr)'],
      ['https://example.com/?q=1', 'example.com/…'],
    ]),
  )('link reduced to its host: $input', ({ input, expected }) => expect(maskPersonalData(input)).toBe(expected));

  it('masks everything in one message and keeps the words around', () => {
    const text = 'Bonjour, je suis Camille (camille.petit@example.fr, 07 98 76 54 32), dossier DS-2023-4567 : où en est-il depuis le 01/02/2024 ?';
    expect(maskPersonalData(text)).toBe(
      'Bonjour, je suis Camille ([email], [téléphone]), dossier [référence] : où en est-il depuis le 01/02/2024 ?',
    );
  });

  it('is idempotent and leaves no marker of its own', () => {
    const once = maskPersonalData('06 12 34 56 78, a@b.fr, DS-2024-00123, https://x.fr/?a=1, 2024');
    expect(maskPersonalData(once)).toBe(once);
    expect(once).not.toMatch(/[\uE000-\uF8FF]/);
    expect(maskPersonalData('\uE000\uE100texte')).toBe('  texte');
  });

  it('masks every occurrence in a long text', () => {
    const text = Array.from({ length: 2000 }, (_, i) => `dossier ${100000 + i} et 2024`).join(', ');
    const masked = maskPersonalData(text);
    expect(masked).not.toMatch(/\d{5}/);
    expect(masked.match(/\[référence\]/g)).toHaveLength(2000);
    expect(masked.match(/2024/g)).toHaveLength(2000);
  });
});
