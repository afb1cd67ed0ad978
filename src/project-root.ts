/**
 * Where the project's own files are (package.json, knowledge/, dialogs/utterances/, the web
 * pages' browser files), whether the code runs from its TypeScript sources (`src/`, through
 * tsx: tests, the command line) or from the JavaScript `npm start` builds (`dist/src/`): the
 * nearest folder above this module that holds a package.json. A leaf: it imports nothing of
 * Tremplin's.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

function findRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`project-root: no package.json above ${from}`);
  }
}

/** The project's root folder (where package.json is), whatever the working directory. */
export const PROJECT_ROOT = findRoot(path.dirname(fileURLToPath(import.meta.url)));

/** The absolute path of a file or folder of the project, from its path relative to the root. */
export const projectPath = (...parts: string[]): string => path.join(PROJECT_ROOT, ...parts);
