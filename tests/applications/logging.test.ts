import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { VerificationLimiter } from '../../src/applications/limiter.js';
import { openApplicationStore } from '../../src/applications/open.js';
import { capturingLogger } from './store-contract.js';

const root = mkdtempSync(path.join(os.tmpdir(), 'tremplin-logs-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('application logs', () => {
  it('never carry a reference, an e-mail address or a rate-limit key in clear', async () => {
    const { logger, lines } = capturingLogger('debug');
    const store = await openApplicationStore({ dataDir: root }, logger);
    try {
      await store.upsert([
        { reference: 'DS-SECRET-42', email: 'camille.petit@example.fr', offerId: 'o', status: 'received', updatedAt: new Date('2024-01-01') },
      ]);
      await store.set('DS-SECRET-42', 'interview', { note: 'Entretien mardi.' });
      const limiter = new VerificationLimiter(store, { logger, spikePerMinute: 3 });
      for (let i = 0; i < 5; i += 1) {
        await limiter.verify({ reference: 'DS-SECRET-42', email: 'intrus@example.fr', client: 'teams:tenant:teams-user-0042', conversation: [`conversation-${i}`] });
      }
      await store.purge({ olderThan: new Date('2000-01-01') });
      // What a dialog might log by mistake: redaction covers these keys.
      logger.info({ reference: 'DS-SECRET-42', email: 'camille.petit@example.fr', candidate: { email: 'camille.petit@example.fr' } }, 'lookup');
      logger.info('message libre pour camille.petit@example.fr');
    } finally {
      await store.close();
    }
    const text = JSON.stringify(lines).toLowerCase();
    expect(text).not.toContain('secret-42');
    expect(text).not.toContain('camille');
    expect(text).not.toContain('intrus');
    expect(text).not.toContain('teams-user-0042');
    expect(lines).toContainEqual(expect.objectContaining({ msg: 'applications: status changed', ref: store.maskReference('DS-SECRET-42'), status: 'interview' }));
    expect(lines).toContainEqual(expect.objectContaining({ msg: 'applications: too many failed checks, lookups blocked', scope: 'dossier' }));
    expect(lines).toContainEqual(expect.objectContaining({ level: 'warn', failuresLastMinute: 3, msg: expect.stringMatching(/^applications: spike of failed checks/) }));
    expect(lines).toContainEqual(expect.objectContaining({ msg: 'lookup', reference: '[redacted]', email: '[redacted]', candidate: { email: '[redacted]' } }));
  });
});
