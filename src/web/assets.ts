/**
 * Serving a large static file (Web Chat's 3.9 MB bundle, DSFR's stylesheet) gzipped: read and
 * compressed once, on first request, then kept in memory (a few hundred KB to 1 MB each), with
 * an ETag so browsers revalidate cheaply. `compression` is not a dependency; this is the one
 * place where it would pay.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import type { RequestHandler } from 'express';

const gzipAsync = promisify(gzip);

interface Prepared {
  raw: Buffer;
  gzipped: Buffer;
  etag: string;
}

/**
 * A handler that sends `file` with `contentType`, gzipped when the client accepts it.
 * @param maxAgeSeconds `Cache-Control: public, max-age`. The files change only with a new
 *   release of their package, so a day is safe; revalidation then costs a 304.
 */
export function precompressed(file: string, contentType: string, maxAgeSeconds: number): RequestHandler {
  let prepared: Promise<Prepared> | undefined;
  const prepare = async (): Promise<Prepared> => {
    const raw = await readFile(file);
    const gzipped = await gzipAsync(raw, { level: 9 });
    const etag = `"${createHash('sha256').update(raw).digest('base64url').slice(0, 27)}"`;
    return { raw, gzipped, etag };
  };
  return async (req, res, next) => {
    try {
      prepared ??= prepare();
      const { raw, gzipped, etag } = await prepared;
      res.set({
        'Content-Type': contentType,
        'Cache-Control': `public, max-age=${maxAgeSeconds}`,
        ETag: etag,
        Vary: 'Accept-Encoding',
      });
      if (req.headers['if-none-match'] === etag) {
        res.status(304).end();
        return;
      }
      const useGzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
      if (useGzip) res.set('Content-Encoding', 'gzip');
      res.send(useGzip ? gzipped : raw);
    } catch (error) {
      prepared = undefined;
      next(error);
    }
  };
}
