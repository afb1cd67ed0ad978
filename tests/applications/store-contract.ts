/**
 * The behaviour every `ApplicationStore` owes its users, run against each implementation
 * (sqlite-store.test.ts, postgres-store.test.ts) through a factory of empty databases.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { applicationsErrors } from '../../src/errors.js';
import { createLogger, type Logger } from '../../src/logger.js';
import { VerificationLimiter } from '../../src/applications/limiter.js';
import { MIGRATIONS, type Migration } from '../../src/applications/migrations.js';
import type { ApplicationImport, ApplicationStore } from '../../src/applications/store.js';

/** How a test opens a store on one database. */
export interface StoreOpenOptions {
  now?: () => Date;
  migrations?: readonly Migration[];
  /** `APPLICATIONS_PEPPER`; default: the pepper file of the database's data folder. */
  pepper?: string;
  logger?: Logger;
}
export type OpenStore = (options?: StoreOpenOptions) => Promise<ApplicationStore>;
/** Creates a new empty database and returns how to open stores on it (several times if needed). */
export type NewDatabase = () => Promise<OpenStore>;

/** A logger whose lines the test can read. */
export function capturingLogger(level = 'info'): { logger: Logger; lines: Array<Record<string, unknown>> } {
  const lines: Array<Record<string, unknown>> = [];
  const logger = createLogger(level, { write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>) });
  return { logger, lines };
}

const migrationLines = (lines: Array<Record<string, unknown>>) =>
  lines.filter((l) => l.msg === 'applications: database schema updated').map((l) => l.versions);

const MARCH_1 = new Date('2024-03-01T10:00:00Z');
const row = (over: Partial<ApplicationImport> = {}): ApplicationImport => ({
  reference: 'DS-0001',
  email: 'alice.martin@example.fr',
  offerId: 'developpeur-dinum',
  status: 'received',
  updatedAt: MARCH_1,
  ...over,
});
const minutes = (date: Date, n: number) => new Date(date.getTime() + n * 60_000);

/** Runs the contract against stores opened by `newDatabase`. */
export function describeApplicationStore(name: string, newDatabase: NewDatabase): void {
  describe(`application store contract (${name})`, () => {
    const opened: ApplicationStore[] = [];
    let clock = new Date('2024-06-01T12:00:00Z');
    const now = () => clock;

    async function database(): Promise<OpenStore> {
      const open = await newDatabase();
      return async (options = {}) => {
        const store = await open({ now, logger: createLogger('silent'), ...options });
        opened.push(store);
        return store;
      };
    }
    async function freshStore(): Promise<ApplicationStore> {
      return (await database())();
    }

    afterEach(async () => {
      await Promise.all(opened.splice(0).map((s) => s.close()));
      clock = new Date('2024-06-01T12:00:00Z');
    });

    describe('schema', () => {
      it('migrates an empty database, and re-opening it applies no migration twice', async () => {
        const open = await database();
        const first = capturingLogger();
        const store = await open({ logger: first.logger });
        expect(migrationLines(first.lines)).toEqual([MIGRATIONS.map((m) => m.version)]);
        await store.upsert([row()]);
        await store.close();

        const again = capturingLogger();
        const reopened = await open({ logger: again.logger });
        expect(migrationLines(again.lines)).toEqual([]);
        expect((await reopened.show('DS-0001'))?.status).toBe('received');
        await reopened.close();

        const extra: Migration = { version: 99, description: 'test', sql: ({ time }) => `CREATE TABLE later (at ${time})` };
        const upgrade = capturingLogger();
        await (await open({ logger: upgrade.logger, migrations: [...MIGRATIONS, extra] })).close();
        expect(migrationLines(upgrade.lines)).toEqual([[99]]);
        const after = capturingLogger();
        await open({ logger: after.logger, migrations: [...MIGRATIONS, extra] });
        expect(migrationLines(after.lines)).toEqual([]);
      });

      it('lets instances start together on an empty database and migrates it once', async () => {
        const open = await database();
        const logs = [capturingLogger(), capturingLogger(), capturingLogger()];
        const stores = await Promise.all(logs.map((l) => open({ logger: l.logger })));
        expect(logs.flatMap((l) => migrationLines(l.lines))).toEqual([MIGRATIONS.map((m) => m.version)]);
        await stores[0]!.upsert([row()]);
        expect(await stores[2]!.count()).toBe(1);
      });

      it('refuses to open a database filled with another pepper', async () => {
        const open = await database();
        await (await open({ pepper: 'a'.repeat(40) })).close();
        await expect(open({ pepper: 'b'.repeat(40) })).rejects.toThrow(applicationsErrors.pepperMismatch('APPLICATIONS_PEPPER'));
      });
    });

    describe('recruiters', () => {
      it('imports an application and shows it with its history', async () => {
        const store = await freshStore();
        expect(await store.upsert([row({ reference: ' DS-0001 ', status: 'in_review', author: 'import' })])).toEqual(['imported']);
        const shown = await store.show('ds-0001');
        expect(shown).toMatchObject({ reference: 'DS-0001', offerId: 'developpeur-dinum', status: 'in_review', updatedAt: MARCH_1, createdAt: clock });
        expect(shown?.history).toEqual([{ status: 'in_review', at: MARCH_1, author: 'import' }]);
        expect(await store.count()).toBe(1);
        expect(await store.show('DS-0002')).toBeNull();
      });

      it('finds a reference whatever its case and spaces', async () => {
        const store = await freshStore();
        await store.upsert([row({ reference: '12345678' })]);
        expect((await store.show('12 345 678'))?.reference).toBe('12345678');
        expect((await store.show('\u202f12\u202f345\u202f678 '))?.reference).toBe('12345678');
      });

      it('imports idempotently: the same line twice adds nothing', async () => {
        const store = await freshStore();
        const batch = [row(), row({ reference: 'DS-0002', email: 'bob@example.fr' })];
        expect(await store.upsert(batch)).toEqual(['imported', 'imported']);
        expect(await store.upsert(batch)).toEqual(['unchanged', 'unchanged']);
        expect((await store.show('DS-0001'))?.history).toHaveLength(1);
        expect(await store.count()).toBe(2);
      });

      it('records a new status from an import, ignores an older export', async () => {
        const store = await freshStore();
        await store.upsert([row()]);
        const later = minutes(MARCH_1, 60 * 24);
        expect(await store.upsert([row({ status: 'interview', updatedAt: later })])).toEqual(['updated']);
        expect(await store.upsert([row({ status: 'interview', updatedAt: minutes(later, 60), offerId: 'autre-offre' })])).toEqual(['updated']);
        expect(await store.upsert([row({ status: 'rejected', updatedAt: MARCH_1 })])).toEqual(['stale']);
        const shown = await store.show('DS-0001');
        expect(shown?.status).toBe('interview');
        expect(shown?.offerId).toBe('autre-offre');
        expect(shown?.history.map((h) => h.status)).toEqual(['received', 'interview']);
      });

      it('applies several lines for one reference in one batch in order', async () => {
        const store = await freshStore();
        const outcomes = await store.upsert([row(), row({ status: 'in_review', updatedAt: minutes(MARCH_1, 5) }), row({ status: 'accepted', updatedAt: minutes(MARCH_1, 10) })]);
        expect(outcomes).toEqual(['imported', 'updated', 'updated']);
        expect((await store.show('DS-0001'))?.history.map((h) => h.status)).toEqual(['received', 'in_review', 'accepted']);
      });

      it('rolls back a whole batch when one row is invalid', async () => {
        const store = await freshStore();
        await expect(store.upsert([row(), row({ reference: 'DS-0002', email: 'not-an-address' })])).rejects.toThrow(/applications:/);
        expect(await store.count()).toBe(0);
      });

      it('sets a status with a note and an author, appended to the history', async () => {
        const store = await freshStore();
        await store.upsert([row()]);
        const set = await store.set('ds-0001', 'interview', { note: '  Entretien le 12 juin à 10 h.  ', author: 'c.durand' });
        expect(set?.status).toBe('interview');
        expect(set?.updatedAt).toEqual(clock);
        expect(set?.history.at(-1)).toEqual({ status: 'interview', at: clock, note: 'Entretien le 12 juin à 10 h.', author: 'c.durand' });
        clock = minutes(clock, 1);
        await store.set('DS-0001', 'interview', { note: 'Salle 4.' });
        expect((await store.show('DS-0001'))?.history.map((h) => h.note ?? null)).toEqual([null, 'Entretien le 12 juin à 10 h.', 'Salle 4.']);
        expect(await store.set('DS-9999', 'accepted')).toBeNull();
      });

      it('purges applications whose last change is older than the cutoff, with their history', async () => {
        const store = await freshStore();
        await store.upsert([row(), row({ reference: 'DS-0002', updatedAt: new Date('2024-05-20T00:00:00Z') })]);
        await store.set('DS-0001', 'rejected', { at: new Date('2024-03-02T00:00:00Z') });
        expect(await store.purge({ olderThan: new Date('2024-05-01T00:00:00Z') })).toBe(1);
        expect(await store.count()).toBe(1);
        expect(await store.show('DS-0001')).toBeNull();
        await store.upsert([row()]);
        expect((await store.show('DS-0001'))?.history).toHaveLength(1);
        expect(await store.purge({ olderThan: new Date('2000-01-01T00:00:00Z') })).toBe(0);
      });

      it('masks references for logs with a short keyed hash', async () => {
        const store = await freshStore();
        const masked = store.maskReference('DS-0001');
        expect(masked).toMatch(/^ref#[0-9a-f]{6}$/);
        expect(store.maskReference(' ds-0001 ')).toBe(masked);
        expect(store.maskReference('DS-0002')).not.toBe(masked);
      });
    });

    describe('candidates', () => {
      it('shows the application only when the reference and the address both match', async () => {
        const store = await freshStore();
        await store.upsert([row({ author: 'import' })]);
        await store.set('DS-0001', 'interview', { note: 'Entretien le 12 juin.', author: 'c.durand' });
        const found = await store.verify(' ds-0001', '  Alice.Martin@EXAMPLE.fr ');
        expect(found).toEqual({
          reference: 'DS-0001',
          offerId: 'developpeur-dinum',
          status: 'interview',
          updatedAt: clock,
          history: [
            { status: 'received', at: MARCH_1 },
            { status: 'interview', at: clock, note: 'Entretien le 12 juin.' },
          ],
        });
        const wrongAddress = await store.verify('DS-0001', 'bob@example.fr');
        const unknownReference = await store.verify('DS-0002', 'alice.martin@example.fr');
        expect(wrongAddress).toBeNull();
        expect(unknownReference).toBeNull();
      });

      it('follows a new address given by a later import', async () => {
        const store = await freshStore();
        await store.upsert([row()]);
        expect(await store.upsert([row({ email: 'alice@nouveau.fr', updatedAt: minutes(MARCH_1, 1) })])).toEqual(['updated']);
        expect(await store.verify('DS-0001', 'alice.martin@example.fr')).toBeNull();
        expect((await store.verify('DS-0001', 'alice@nouveau.fr'))?.status).toBe('received');
      });
    });

    describe('verification limiter', () => {
      /** An attempt from `client` in conversation `conversation`. */
      const attempt = (reference: string, email: string, client = 'address:203.0.113.7', conversation = `conversation-${Math.random()}`) => ({
        reference,
        email,
        client,
        conversation: [conversation],
      });

      it('counts failures per dossier, whoever asks: after 5, that dossier refuses for 15 minutes even the right pair', async () => {
        const store = await freshStore();
        await store.upsert([row(), row({ reference: 'DS-0002', email: 'bob@example.fr' })]);
        const limiter = new VerificationLimiter(store, { now });
        const start = clock;
        for (let n = 1; n <= 5; n += 1) {
          clock = minutes(start, n);
          // A new client and a new conversation each time: nothing starts a fresh count.
          const result = await limiter.verify(attempt('ds-0001 ', `guess${n}@example.fr`, `address:198.51.100.${n}`));
          expect(result).toEqual({ outcome: 'no_match', attemptsLeft: 5 - n, blockedUntil: n === 5 ? minutes(start, 20) : null });
        }
        clock = minutes(start, 6);
        expect(await limiter.verify(attempt('DS-0001', 'alice.martin@example.fr', 'address:192.0.2.1'))).toEqual({ outcome: 'blocked', blockedUntil: minutes(start, 20), scope: 'dossier' });
        expect((await limiter.verify(attempt('DS-0002', 'bob@example.fr', 'address:192.0.2.1'))).outcome).toBe('verified');
        clock = minutes(start, 20);
        expect((await limiter.verify(attempt('DS-0001', 'alice.martin@example.fr', 'address:192.0.2.1'))).outcome).toBe('verified');
      });

      it('counts failures per client across dossiers: 20 in an hour, then the client is refused for an hour', async () => {
        const store = await freshStore();
        await store.upsert([row()]);
        const limiter = new VerificationLimiter(store, { now });
        const start = clock;
        for (let n = 1; n <= 20; n += 1) {
          clock = minutes(start, n * 2);
          const result = await limiter.verify(attempt(`DS-9${n}`, 'alice.martin@example.fr', 'address:198.51.100.66'));
          expect(result.outcome).toBe('no_match');
        }
        clock = minutes(start, 45);
        expect(await limiter.verify(attempt('DS-0001', 'alice.martin@example.fr', 'address:198.51.100.66'))).toEqual({ outcome: 'blocked', blockedUntil: minutes(start, 100), scope: 'client' });
        expect((await limiter.verify(attempt('DS-0001', 'alice.martin@example.fr', 'address:192.0.2.1'))).outcome).toBe('verified');
        clock = minutes(start, 100);
        expect((await limiter.verify(attempt('DS-0001', 'alice.martin@example.fr', 'address:198.51.100.66'))).outcome).toBe('verified');
      });

      it('tells a conversation its attempts left, forgets failures older than 15 minutes, and does not wipe them on success', async () => {
        const store = await freshStore();
        await store.upsert([row()]);
        const limiter = new VerificationLimiter(store, { now });
        const start = clock;
        const mine = (reference: string, email: string) => attempt(reference, email, 'address:192.0.2.9', 'conv-1');
        for (let i = 0; i < 4; i += 1) await limiter.verify(mine(`DS-040${i}`, 'alice.martin@example.fr'));
        expect(await limiter.attemptsLeft(mine('DS-0500', ''))).toBe(1);
        clock = minutes(start, 16);
        expect(await limiter.attemptsLeft(mine('DS-0500', ''))).toBe(5);
        for (let i = 0; i < 4; i += 1) await limiter.verify(mine(`DS-041${i}`, 'alice.martin@example.fr'));
        expect((await limiter.verify(mine('DS-0001', 'alice.martin@example.fr'))).outcome).toBe('verified');
        expect(await limiter.verify(mine('DS-0420', 'x@example.fr'))).toMatchObject({ outcome: 'no_match', attemptsLeft: 0 });
        expect(await limiter.verify(mine('DS-0001', 'alice.martin@example.fr'))).toMatchObject({ outcome: 'blocked', scope: 'conversation' });
      });

      it('holds across instances sharing the database', async () => {
        const open = await database();
        const [one, two] = [await open(), await open()];
        await one.upsert([row()]);
        const first = new VerificationLimiter(one, { now });
        const second = new VerificationLimiter(two, { now });
        for (let i = 0; i < 3; i += 1) await first.verify(attempt('DS-0001', 'wrong@example.fr'));
        for (let i = 0; i < 2; i += 1) await second.verify(attempt('DS-0001', 'wrong@example.fr'));
        expect(await first.verify(attempt('DS-0001', 'alice.martin@example.fr'))).toMatchObject({ outcome: 'blocked', scope: 'dossier' });
      });

      it('warns once a minute when failures spike across all clients, with the count only', async () => {
        const store = await freshStore();
        const { logger, lines } = capturingLogger('warn');
        const limiter = new VerificationLimiter(store, { now, logger, spikePerMinute: 10 });
        for (let n = 0; n < 25; n += 1) await limiter.verify(attempt(`DS-77${n}`, `guess${n}@example.fr`, `address:198.51.100.${n}`));
        const spikes = lines.filter((l) => String(l.msg).startsWith('applications: spike of failed checks'));
        expect(spikes).toEqual([expect.objectContaining({ failuresLastMinute: 10, threshold: 10 })]);
        expect(JSON.stringify(lines)).not.toMatch(/DS-77|guess|198\.51/);
      });
    });
  });
}
