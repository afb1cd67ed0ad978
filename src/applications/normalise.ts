/**
 * How references and e-mail addresses are compared. A candidate types their dossier number
 * the way it suits them (`12 345 678`, ` ds-2024-07 `); the recruiter's file may spell it
 * otherwise: both must find the same application.
 */

/** Longest reference accepted, in characters (Démarches Simplifiées numbers have 8 digits). */
export const MAX_REFERENCE_LENGTH = 100;
/** Longest offer identifier accepted, in characters. */
export const MAX_OFFER_LENGTH = 200;
/** Longest note for the candidate accepted, in characters: a few sentences, not a letter. */
export const MAX_NOTE_LENGTH = 2000;
/** Longest e-mail address accepted (RFC 5321's limit). */
export const MAX_EMAIL_LENGTH = 254;

/**
 * The form a reference is stored and looked up under: Unicode-normalised, without any white
 * space (so `12 345 678` with French thin spaces equals `12345678`), lower case. Returns `''`
 * for a reference made only of spaces.
 */
export function normaliseReference(reference: string): string {
  return reference.normalize('NFKC').replace(/\s+/gu, '').toLowerCase();
}

/** The reference as it is shown back to recruiters: as first given, trimmed. */
export function displayReference(reference: string): string {
  return reference.normalize('NFC').trim();
}

/** True when `reference` is usable: not blank, at most `MAX_REFERENCE_LENGTH` characters. */
export function isValidReference(reference: string): boolean {
  const key = normaliseReference(reference);
  return key.length > 0 && displayReference(reference).length <= MAX_REFERENCE_LENGTH;
}

/** The form an e-mail address is hashed under: trimmed, lower case, Unicode-normalised. */
export function normaliseEmail(email: string): string {
  return email.normalize('NFC').trim().toLowerCase();
}

const EMAIL = /^[^\s@"<>(),;:\\[\]]+@[^\s@"<>(),;:\\[\]_]+\.[^\s@"<>(),;:\\[\]_.]{2,}$/u;

/**
 * A deliberately plain check: one `@`, something before it, a domain with a dot after it, no
 * spaces. It catches the mistakes of a spreadsheet (a name in the e-mail column, a missing
 * domain), not every address RFC 5322 would refuse.
 */
export function isValidEmail(email: string): boolean {
  const value = normaliseEmail(email);
  return value.length <= MAX_EMAIL_LENGTH && EMAIL.test(value) && !value.includes('..');
}
