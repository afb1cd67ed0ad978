import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SQLITE_FILE } from '../../src/applications/database.js';
import { openInsights } from '../../src/insights/index.js';
import { createLogger } from '../../src/logger.js';
import { describeInsights, type NewDatabase } from './insights-contract.js';

const root = mkdtempSync(path.join(os.tmpdir(), 'tremplin-insights-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let count = 0;

/** Each database is a new data folder, with its SQLite file. */
const newDatabase: NewDatabase = async () => {
  count += 1;
  return { dataDir: path.join(root, `db${count}`) };
};

describeInsights('SQLite', newDatabase);

describe('insights in the SQLite file', () => {
  it('never write an address, a phone or a dossier number to the file', async () => {
    const dataDir = path.join(root, 'clear');
    const insights = await openInsights({ dataDir }, createLogger('silent'));
    await insights.recordQuestion({
      kind: 'escalation',
      question: 'Je veux parler à quelqu’un : camille.petit@example.fr, 06 12 34 56 78, dossier DS-2024-00987',
      lang: 'fr',
      channel: 'webchat',
    });
    await insights.recordFeedback({ helpful: false, intent: 'salary', sources: ['x'], question: 'rappelez le 0798765432', lang: 'fr', channel: 'webchat' });
    await insights.close();
    const bytes = ['', '-wal'].map((suffix) => {
      try {
        return readFileSync(path.join(dataDir, SQLITE_FILE + suffix)).toString('utf8');
      } catch {
        return '';
      }
    });
    const all = bytes.join('');
    expect(all).toContain('parler');
    for (const secret of ['camille', '06 12 34 56 78', '00987', '0798765432']) expect(all).not.toContain(secret);
  });
});
