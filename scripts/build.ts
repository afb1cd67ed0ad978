/**
 * `npm run build`, which `npm start` runs first (`prestart`): transpiles the server's TypeScript
 * (src/, dialogs/) to plain JavaScript in dist/, file by file, with esbuild — the same
 * transpiler tsx uses, so the code runs the same — links every other file of those folders
 * (the pages' browser files, the utterances and lexicon YAML) at the same place in dist/, so
 * that code finding a file beside itself finds it from dist/ too, and removes what a deleted
 * source left there.
 *
 * Why: running the sources through tsx (`node --import tsx`) costs the server about 75 MB of
 * resident memory for the life of the process (Node 20 runs tsx's module hooks in a thread of
 * their own, with its own heap, and keeps every transpiled file); the build costs one to two
 * seconds of CPU at each start (most of it bundling the SDK: `buildSdk`). Types are checked by `npm test` (tsc), not here. The command line
 * (`npx tremplin …`) and the tests still run the sources directly.
 *
 * Source maps are written beside the files: `NODE_OPTIONS=--enable-source-maps npm start` makes
 * stack traces point at the TypeScript lines (it costs memory and slows every `Error.stack`, so
 * it is off by default).
 */
import { mkdir, readdir, readFile, readlink, rm, symlink } from 'node:fs/promises';
import path from 'node:path';
import { writeFile } from 'node:fs/promises';
import { build, type Plugin } from 'esbuild';
import { PROJECT_ROOT } from '../src/project-root.js';

/** Where the JavaScript goes. */
export const DIST = path.join(PROJECT_ROOT, 'dist');
/** The folders transpiled, relative to the project root. */
const SOURCES = ['src', 'dialogs'];

/** Every file under `dir`, relative to `root`. */
async function filesUnder(root: string, dir: string): Promise<string[]> {
  const entries = await readdir(path.join(root, dir), { withFileTypes: true, recursive: true }).catch(() => []);
  return entries.filter((e) => e.isFile() || e.isSymbolicLink()).map((e) => path.relative(root, path.join(e.parentPath, e.name)));
}

/** Links `dist/<relative>` to the project's `<relative>`, unless it already does. */
async function linkBeside(relative: string): Promise<string> {
  const link = path.join(DIST, relative);
  const target = path.relative(path.dirname(link), path.join(PROJECT_ROOT, relative));
  if ((await readlink(link).catch(() => undefined)) !== target) {
    await rm(link, { force: true });
    await mkdir(path.dirname(link), { recursive: true });
    await symlink(target, link);
  }
  return link;
}

/**
 * The modules that name the SDK's values the server runs: the dialogs' classes (dialogs/sdk.ts)
 * and botbuilder's (src/bot/sdk.ts). Built with the SDK inside them; what both need (botbuilder-core,
 * botframework-connector…) is one shared file beside them, so the process holds one copy.
 */
const SDK_MODULES = ['dialogs/sdk.ts', 'src/bot/sdk.ts'];

/** Every character outside ASCII written as a `\u` escape (esbuild's `charset: 'ascii'` leaves regular expressions as they are). */
const asciiOnly = (code: string) => code.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** The folder of the package that holds `file` (the nearest `package.json` with a name above it) and what it says. */
async function packageOf(file: string): Promise<{ root: string; name: string; version: string; dependencies: number } | undefined> {
  for (let dir = path.dirname(file); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const text = await readFile(path.join(dir, 'package.json'), 'utf8').catch(() => undefined);
    if (text === undefined) continue;
    const pkg = JSON.parse(text) as { name?: string; version?: string; dependencies?: object };
    if (pkg.name === undefined) continue;
    return { root: dir, name: pkg.name, version: pkg.version ?? '', dependencies: Object.keys(pkg.dependencies ?? {}).length };
  }
  return undefined;
}

/**
 * An esbuild plugin: a package installed in several places at the same version, which requires
 * no other package, is bundled once (the first copy met), not once per place — the SDK's
 * packages each carry their own copy of zod 3.25 under their own `node_modules`. The code is
 * the same byte for byte; only the number of copies changes.
 */
const oneCopyPerVersion: Plugin = {
  name: 'one-copy-per-version',
  setup(esbuild) {
    const firstRoot = new Map<string, string>();
    esbuild.onResolve({ filter: /^[^./]/ }, async (args) => {
      if (args.pluginData === oneCopyPerVersion || args.path.startsWith('node:')) return undefined;
      const found = await esbuild.resolve(args.path, { kind: args.kind, importer: args.importer, resolveDir: args.resolveDir, pluginData: oneCopyPerVersion });
      const resolved = found.path;
      if (found.errors.length > 0 || found.external || !path.isAbsolute(resolved)) return found.errors.length > 0 ? undefined : found;
      const pkg = await packageOf(resolved);
      if (pkg === undefined || pkg.dependencies > 0) return found;
      const key = `${pkg.name}@${pkg.version}`;
      const root = firstRoot.get(key) ?? (firstRoot.set(key, pkg.root), pkg.root);
      return { ...found, path: path.join(root, path.relative(pkg.root, resolved)) };
    });
  },
};

/**
 * Writes `dist/dialogs/sdk.js` and `dist/src/bot/sdk.js` holding botbuilder-dialogs and botbuilder,
 * loaded through their public index as before, and every package only they require (the
 * connector, its msal-node, axios and zod copies, the prompts' recognizers-text…), with what
 * both share in one file beside them; in ASCII, white space and syntax minified (names kept);
 * returns the files written. Why: V8 keeps every module's source text for the life of the
 * process, two bytes a character when one character of the file is not ASCII (msal-node, axios,
 * the SDK's zod, the recognizers-text bundles: a few such characters each), plus a record and
 * a wrapper per file (~900 files). Written this way they take a fraction of that.
 */
async function buildSdk(): Promise<string[]> {
  const result = await build({
    absWorkingDir: PROJECT_ROOT,
    entryPoints: SDK_MODULES,
    bundle: true,
    splitting: true,
    chunkNames: 'src/bot/sdk-shared-[hash]',
    outdir: DIST,
    outbase: '.',
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // The SDK's CommonJS `require`s of node's own modules, from this file's place.
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
    charset: 'ascii',
    minifyWhitespace: true,
    minifySyntax: true,
    legalComments: 'none',
    sourcemap: 'linked',
    sourcesContent: false,
    plugins: [oneCopyPerVersion],
    write: false,
    logLevel: 'warning',
  });
  await Promise.all(result.outputFiles.map((file) => writeFile(file.path, file.path.endsWith('.js') ? asciiOnly(file.text) : file.text)));
  return result.outputFiles.map((file) => file.path);
}

/** Transpiles the sources into `dist/`, links the other files; returns how many files were transpiled. */
export async function buildServer(): Promise<number> {
  const files = (await Promise.all(SOURCES.map((dir) => filesUnder(PROJECT_ROOT, dir)))).flat();
  const isSource = (f: string) => f.endsWith('.ts') && !f.endsWith('.d.ts');
  const sources = files.filter(isSource);
  const result = await build({
    absWorkingDir: PROJECT_ROOT,
    entryPoints: sources,
    outdir: DIST,
    outbase: '.',
    format: 'esm',
    platform: 'node',
    target: 'node20',
    sourcemap: 'linked',
    // Non-ASCII letters written as \u escapes: V8 then keeps each module's source as one byte
    // per character instead of two (French text in the sources makes them two-byte otherwise).
    charset: 'ascii',
    logLevel: 'warning',
    metafile: true,
  });
  const sdk = await buildSdk();
  const linked = await Promise.all(files.filter((f) => !isSource(f)).map(linkBeside));
  const written = new Set([...Object.keys(result.metafile.outputs).map((f) => path.resolve(PROJECT_ROOT, f)), ...linked, ...sdk]);
  const built = (await Promise.all(SOURCES.map((dir) => filesUnder(DIST, dir)))).flat();
  const stale = built.map((f) => path.join(DIST, f)).filter((f) => !written.has(f));
  await Promise.all(stale.map((f) => rm(f, { force: true })));
  return sources.length;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const started = performance.now();
  const count = await buildServer();
  console.log(`build: ${count} files transpiled to ${path.relative(process.cwd(), DIST) || '.'}/ in ${Math.round(performance.now() - started)} ms`);
}
