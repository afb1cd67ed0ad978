/**
 * Finds an installed package's folder, to serve its browser files (DSFR, Web Chat's bundle).
 *
 * `require.resolve('<name>/package.json')` is not enough: packages with an `exports` map that
 * does not list package.json (botframework-webchat) refuse it. So: resolve the package's main
 * entry the way Node does, then walk up to the folder whose package.json carries that name.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { webErrors, TremplinError } from '../errors.js';

const require = createRequire(import.meta.url);

function ownerFolder(file: string, name: string): string | undefined {
  let dir = path.dirname(file);
  for (;;) {
    const manifest = path.join(dir, 'package.json');
    if (fs.existsSync(manifest)) {
      try {
        if ((JSON.parse(fs.readFileSync(manifest, 'utf8')) as { name?: string }).name === name) return dir;
      } catch {
        // not a readable manifest: keep walking up
      }
    }
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/**
 * The absolute folder of the installed package `name`. Throws a `TremplinError` naming the
 * package when it is not installed.
 */
export function packageDir(name: string): string {
  const attempts = [`${name}/package.json`, name];
  let reason = 'not resolvable';
  for (const request of attempts) {
    try {
      const dir = ownerFolder(require.resolve(request), name);
      if (dir) return dir;
    } catch (error) {
      reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    }
  }
  throw new TremplinError('web_package_missing', webErrors.packageMissing(name, reason));
}
