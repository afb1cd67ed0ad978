/**
 * What an import batch changes, decided in plain code from the rows already stored, so that
 * both stores apply exactly the same rules (and PostgreSQL can write the result in three
 * statements). See `UpsertOutcome` for the rules.
 */
import type { ApplicationKeys } from './keys.js';
import { displayReference, normaliseEmail, normaliseReference } from './normalise.js';
import { checkImport, optionalText, type HistoryRow, type StoredApplication } from './records.js';
import type { ApplicationImport, UpsertOutcome } from './store.js';

/** The writes of one batch: rows to insert or overwrite, history entries to append. */
export interface UpsertPlan {
  outcomes: UpsertOutcome[];
  /** Final state of every application the batch changes, one per reference. */
  writes: StoredApplication[];
  /** New history entries, in order. */
  history: HistoryRow[];
}

/** The distinct lookup keys of a batch, to load what is already stored. */
export function batchKeys(rows: readonly ApplicationImport[]): string[] {
  return [...new Set(rows.map((row) => normaliseReference(row.reference)))];
}

/**
 * Plans a batch against `stored` (the rows already in the database for `batchKeys(rows)`).
 * Throws on the first invalid row, before anything is written.
 */
export function planUpserts(
  rows: readonly ApplicationImport[],
  stored: ReadonlyMap<string, StoredApplication>,
  keys: ApplicationKeys,
  now: number,
): UpsertPlan {
  rows.forEach(checkImport);
  const current = new Map(stored);
  const changed = new Set<string>();
  const outcomes: UpsertOutcome[] = [];
  const history: HistoryRow[] = [];
  for (const row of rows) {
    const referenceKey = normaliseReference(row.reference);
    const email = normaliseEmail(row.email);
    const at = row.updatedAt.getTime();
    const offerId = row.offerId.trim();
    const before = current.get(referenceKey);
    const entry = (): HistoryRow => ({ referenceKey, status: row.status, at, note: null, author: optionalText(row.author) });
    if (!before) {
      const emailSalt = keys.newSalt();
      current.set(referenceKey, {
        referenceKey,
        reference: displayReference(row.reference),
        offerId,
        status: row.status,
        emailSalt,
        emailHash: keys.hashEmail(email, emailSalt),
        createdAt: now,
        updatedAt: at,
      });
      changed.add(referenceKey);
      history.push(entry());
      outcomes.push('imported');
      continue;
    }
    if (at < before.updatedAt) {
      outcomes.push('stale');
      continue;
    }
    const sameEmail = keys.emailMatches(email, before.emailSalt, before.emailHash);
    if (sameEmail && before.status === row.status && before.offerId === offerId && before.updatedAt === at) {
      outcomes.push('unchanged');
      continue;
    }
    const emailSalt = sameEmail ? before.emailSalt : keys.newSalt();
    current.set(referenceKey, {
      ...before,
      offerId,
      status: row.status,
      emailSalt,
      emailHash: sameEmail ? before.emailHash : keys.hashEmail(email, emailSalt),
      updatedAt: at,
    });
    changed.add(referenceKey);
    if (before.status !== row.status) history.push(entry());
    outcomes.push('updated');
  }
  return { outcomes, writes: [...changed].map((key) => current.get(key)!), history };
}
