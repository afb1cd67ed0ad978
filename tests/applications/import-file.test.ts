import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { applicationsErrors, applicationsLineProblems } from '../../src/errors.js';
import { readImportFile } from '../../src/applications/import-file.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'tremplin-csv-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const now = new Date('2024-06-01T12:00:00Z');
let n = 0;
function file(content: string | Buffer): string {
  n += 1;
  const name = path.join(dir, `f${n}.csv`);
  writeFileSync(name, content);
  return name;
}

describe('reading an import file', () => {
  it('reads an Excel export: BOM, semicolons, CRLF, columns in another order', async () => {
    const csv = '\uFEFFStatus;Reference;Email;Offer;Updated_At\r\nreçue;DS-1;a@example.fr;dev;01/03/2024\r\n\r\nentretien;DS-2;b@example.fr;"data; IA";2024-03-02\r\n';
    const read = await readImportFile(file(csv), { now, author: 'rh' });
    expect(read).toEqual({
      ok: true,
      rejected: [],
      lines: [
        { line: 2, row: { reference: 'DS-1', email: 'a@example.fr', offerId: 'dev', status: 'received', updatedAt: new Date('2024-02-29T23:00:00Z'), author: 'rh' } },
        { line: 4, row: { reference: 'DS-2', email: 'b@example.fr', offerId: 'data; IA', status: 'interview', updatedAt: new Date('2024-03-01T23:00:00Z'), author: 'rh' } },
      ],
    });
  });

  it('reads a Windows-1252 file (accents of a French spreadsheet)', async () => {
    const csv = Buffer.from('reference,email,offer,status,updated_at\nDS-1,a@example.fr,dev,refusée,2024-03-01\n', 'latin1');
    const read = await readImportFile(file(csv), { now });
    expect(read.ok && read.lines.map((l) => l.row.status)).toEqual(['rejected']);
  });

  it('gives every reason a line is rejected', async () => {
    const csv = 'reference,email,offer,status,updated_at\n,,,,\nDS-3,jean,dev,reçue,2030-01-01\n';
    const read = await readImportFile(file(csv), { now });
    const p = applicationsLineProblems;
    expect(read.ok && read.rejected).toEqual([
      { line: 2, reasons: [p.missingFields(['reference', 'email', 'offer', 'status', 'updated_at'])], unknownStatus: false },
      { line: 3, reasons: [p.badEmail(), p.futureDate('2030-01-01')], unknownStatus: false },
    ]);
  });

  it('accepts a header without lines, refuses a header that is not the expected one without echoing addresses', async () => {
    expect(await readImportFile(file('reference,email,offer,status,updated_at\n'), { now })).toEqual({ ok: true, lines: [], rejected: [] });
    const name = file('DS-1,jean.dupont@example.fr,dev,reçue,2024-03-01\n');
    const read = await readImportFile(name, { now });
    expect(read).toEqual({
      ok: false,
      error: applicationsErrors.wrongHeader(name, 'DS-1,[email],dev,reçue,2024-03-01', 'reference,email,offer,status,updated_at'),
    });
  });

  it('says when the file is missing, a folder, or empty', async () => {
    const missing = path.join(dir, 'absent.csv');
    expect(await readImportFile(missing, { now })).toEqual({ ok: false, error: applicationsErrors.fileNotFound(missing) });
    expect(await readImportFile(dir, { now })).toEqual({ ok: false, error: applicationsErrors.notAFile(dir) });
    const blank = file('\n  \n');
    expect(await readImportFile(blank, { now })).toEqual({ ok: false, error: applicationsErrors.fileEmpty(blank) });
  });
});
