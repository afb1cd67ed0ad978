/**
 * The secret that keeps candidates' e-mail addresses out of the database, and the keyed
 * hashes made from it.
 *
 * Scheme: HMAC-SHA256 with a secret "pepper" plus a random per-row salt,
 * `hash = HMAC(emailKey, salt ‖ 0x00 ‖ normalisedEmail)`. The pepper lives outside the
 * database (the file `applications.pepper` in the data folder, created once with mode 0600,
 * or `APPLICATIONS_PEPPER` for several instances), so a stolen database alone cannot be
 * brute-forced back to addresses; the salt makes two rows with the same address look
 * unrelated. Trade-off against scrypt: HMAC costs microseconds, so a 50 000-line import stays
 * fast, and the secrecy of the pepper, not the cost of each guess, is what protects the
 * addresses. Keep the pepper with the backups of the key material, not of the database.
 *
 * Sub-keys are derived from the pepper per purpose (e-mails, references in logs, rate-limit
 * keys, the fingerprint), so one leaking never reveals another.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Logger } from '../logger.js';
import { applicationsErrors, TremplinError } from '../errors.js';
import { normaliseReference } from './normalise.js';

/** Name of the pepper file in the data folder. */
export const PEPPER_FILE = 'applications.pepper';

/** The keyed hashes the stores need; built once from the pepper. */
export interface ApplicationKeys {
  /** A fresh random salt for one row (hex). */
  newSalt(): string;
  /** The stored hash of an already normalised address with `salt` (hex). */
  hashEmail(normalisedEmail: string, salt: string): string;
  /** Compares an address with a stored salt and hash in constant time. */
  emailMatches(normalisedEmail: string, salt: string, hash: string): boolean;
  /**
   * Burns the same work as `emailMatches` on a made-up row and returns false: used when a
   * reference is unknown, so that an unknown reference and a wrong address take the same time.
   */
  emailMatchesNothing(normalisedEmail: string): false;
  /** A short keyed hash of a reference for logs: `ref#1a2b3c`. Same reference, same mask. */
  maskReference(reference: string): string;
  /** The stored form of a rate-limit key (a user or conversation id), keyed so ids stay private. */
  hashAttemptKey(key: string): string;
  /** Identifies the pepper without revealing it; stored in the database to catch a wrong one. */
  readonly fingerprint: string;
}

const hmac = (key: Buffer, data: string | Buffer): Buffer => createHmac('sha256', key).update(data).digest();

/** Builds the keyed hashes from the pepper's bytes. */
export function createApplicationKeys(pepper: Buffer): ApplicationKeys {
  const emailKey = hmac(pepper, 'tremplin/applications/email');
  const referenceKey = hmac(pepper, 'tremplin/applications/reference-mask');
  const attemptKey = hmac(pepper, 'tremplin/applications/verification-key');
  const fingerprint = hmac(pepper, 'tremplin/applications/fingerprint').toString('hex').slice(0, 16);
  const hashEmail = (email: string, salt: string): string =>
    createHmac('sha256', emailKey).update(salt).update('\0').update(email).digest('hex');
  const dummySalt = randomBytes(16).toString('hex');
  const dummyHash = Buffer.from(hashEmail('', dummySalt), 'hex');
  return {
    newSalt: () => randomBytes(16).toString('hex'),
    hashEmail,
    emailMatches(email, salt, hash) {
      const expected = Buffer.from(hash, 'hex');
      const actual = Buffer.from(hashEmail(email, salt), 'hex');
      return expected.length === actual.length && timingSafeEqual(expected, actual);
    },
    emailMatchesNothing(email) {
      timingSafeEqual(dummyHash, Buffer.from(hashEmail(email, dummySalt), 'hex'));
      return false;
    },
    maskReference: (reference) => `ref#${hmac(referenceKey, normaliseReference(reference)).toString('hex').slice(0, 6)}`,
    hashAttemptKey: (key) => hmac(attemptKey, key).toString('hex').slice(0, 32),
    fingerprint,
  };
}

async function exists(file: string): Promise<boolean> {
  return fs.access(file).then(
    () => true,
    () => false,
  );
}

/** Writes a new pepper file, unless another process wins the race: then its file stays. */
async function createPepperFile(file: string, logger: Logger): Promise<void> {
  await fs.mkdir(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
  await fs.writeFile(temporary, `${randomBytes(32).toString('hex')}\n`, { mode: 0o600, flag: 'wx' });
  try {
    await fs.link(temporary, file);
    logger.info({ file }, 'applications: e-mail hashing key created');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    await fs.rm(temporary, { force: true });
  }
}

/** Where the pepper came from, for messages: the environment or the file's path. */
export interface Pepper {
  bytes: Buffer;
  source: string;
}

/**
 * The pepper: `configured` (from `APPLICATIONS_PEPPER`) when given, else the file in
 * `dataDir`, created on first use (32 random bytes, hex, mode 0600). Creation is atomic (a
 * temporary file hard-linked into place), so two processes starting together agree on one.
 */
export async function loadPepper(dataDir: string, configured: string | undefined, logger: Logger): Promise<Pepper> {
  if (configured) return { bytes: Buffer.from(configured, 'utf8'), source: 'APPLICATIONS_PEPPER' };
  const file = path.join(dataDir, PEPPER_FILE);
  if (!(await exists(file))) await createPepperFile(file, logger);
  const [text, stat] = await Promise.all([fs.readFile(file, 'utf8'), fs.stat(file)]);
  const hex = text.trim();
  if (!/^[0-9a-f]{32,}$/i.test(hex)) throw new TremplinError('applications_pepper_invalid', applicationsErrors.pepperFileInvalid(file));
  if ((stat.mode & 0o077) !== 0) logger.warn({ file }, applicationsErrors.pepperFileTooOpen(file));
  return { bytes: Buffer.from(hex, 'hex'), source: file };
}
