/**
 * The Teams app package: `manifest/manifest.json` (a template) filled in from the configuration,
 * checked against the official Teams manifest schema v1.30, and zipped with its icons and its
 * English strings into `build/tremplin-teams.zip`, ready to upload in Teams.
 *
 * The schema is the one shipped by `@microsoft/app-manifest` (Microsoft's own package, used by
 * the Teams Toolkit), read from disk: no network at build time. It is written in JSON Schema
 * draft-04, so it is compiled with Ajv's draft-04 class (`ajv-draft-04`, the validator
 * `@microsoft/app-manifest` itself depends on and uses) plus `ajv-formats`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import type { Ajv, ErrorObject, Options as AjvOptions, ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import yazl from 'yazl';
import { PROJECT_ROOT, type Config } from '../config.js';
import { teamsErrors, TremplinError } from '../errors.js';

/** The manifest schema version the template is written for. */
export const MANIFEST_VERSION = '1.30';

/**
 * The app id used when `MicrosoftAppId` is not set: a valid GUID nobody owns, so the package
 * still validates (and can be inspected) but obviously points at no real bot.
 */
export const FAKE_APP_ID = '00000000-0000-0000-0000-000000000000';

/** Where the template, its translations and the icons live. */
export const MANIFEST_DIR = path.join(PROJECT_ROOT, 'manifest');

/** Where `npm run manifest` writes the package by default. */
export const PACKAGE_FILE = path.join(PROJECT_ROOT, 'build', 'tremplin-teams.zip');

/** The two icons Teams requires, with the exact pixel size it accepts for each. */
export const ICONS = { 'color.png': 192, 'outline.png': 32 } as const;

/** The two schemas a package is checked against. */
export type SchemaKind = 'manifest' | 'localization';

const SCHEMA_FILES: Record<SchemaKind, string> = {
  manifest: 'MicrosoftTeams.schema.json',
  localization: 'MicrosoftTeams.Localization.schema.json',
};

const require = createRequire(import.meta.url);

/** The folder of the installed `@microsoft/app-manifest` package. */
function appManifestPackageDir(): string {
  return path.dirname(require.resolve('@microsoft/app-manifest/package.json'));
}

/**
 * Path of the official v1.30 schema inside `@microsoft/app-manifest`
 * (`build/json-schemas/teams/v1.30/…`). Throws a `TremplinError` when the package lacks it.
 */
export function manifestSchemaPath(kind: SchemaKind = 'manifest'): string {
  const file = path.join(appManifestPackageDir(), 'build', 'json-schemas', 'teams', `v${MANIFEST_VERSION}`, SCHEMA_FILES[kind]);
  if (!fs.existsSync(file)) throw new TremplinError('teams_schema_missing', teamsErrors.schemaNotFound(file));
  return file;
}

type AjvClass = new (options?: AjvOptions) => Ajv;

/** Ajv for draft-04, resolved the way `@microsoft/app-manifest` resolves it (its own dependency). */
function draft04Ajv(): Ajv {
  const mod = createRequire(path.join(appManifestPackageDir(), 'package.json'))('ajv-draft-04') as { default: AjvClass };
  // strictTypes off: the official schema omits `type` next to some keywords, as Microsoft's own
  // validator tolerates. unicodeRegExp off: the localization schema has patterns (`\b]`) that
  // are only valid outside unicode mode.
  const ajv = new mod.default({ allErrors: true, strictTypes: false, unicodeRegExp: false });
  addFormats.default(ajv);
  return ajv;
}

const validators = new Map<SchemaKind, ValidateFunction>();

function validator(kind: SchemaKind): ValidateFunction {
  let validate = validators.get(kind);
  if (!validate) {
    const schema = JSON.parse(fs.readFileSync(manifestSchemaPath(kind), 'utf8')) as object;
    validate = draft04Ajv().compile(schema);
    validators.set(kind, validate);
  }
  return validate;
}

/** One way a manifest breaks the schema: where (a JSONPath such as `$.bots[0].botId`) and what. */
export interface SchemaProblem {
  path: string;
  message: string;
}

/** `/bots/0/commandLists` → `$.bots[0].commandLists`. */
function jsonPath(pointer: string, extra?: string): string {
  const parts = pointer
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  if (extra !== undefined) parts.push(extra);
  return parts.reduce(
    (acc, p) => (/^\d+$/.test(p) ? `${acc}[${p}]` : /^[A-Za-z_$][\w$]*$/.test(p) ? `${acc}.${p}` : `${acc}[${JSON.stringify(p)}]`),
    '$',
  );
}

function toProblem(error: ErrorObject): SchemaProblem {
  const params = error.params as Record<string, unknown>;
  if (error.keyword === 'required') {
    return { path: jsonPath(error.instancePath, String(params.missingProperty)), message: 'is required' };
  }
  if (error.keyword === 'additionalProperties') {
    return { path: jsonPath(error.instancePath, String(params.additionalProperty)), message: 'is not a property the schema allows' };
  }
  const allowed = Array.isArray(params.allowedValues) ? ` (${params.allowedValues.join(', ')})` : '';
  return { path: jsonPath(error.instancePath), message: `${error.message ?? error.keyword}${allowed}` };
}

/** Problems of one document against one schema; duplicates (same path and message) removed. */
function check(kind: SchemaKind, document: unknown): SchemaProblem[] {
  const validate = validator(kind);
  if (validate(document)) return [];
  const seen = new Set<string>();
  return (validate.errors ?? []).map(toProblem).filter((p) => {
    const key = `${p.path} ${p.message}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
}

/** Checks a filled-in manifest against the official v1.30 schema. Empty when it conforms. */
export function validateManifest(manifest: unknown): SchemaProblem[] {
  return check('manifest', manifest);
}

/**
 * Checks a localization file (e.g. `en-us.json`) against the official localization schema, and
 * that every string it translates exists in the manifest (a key such as
 * `bots[0].commandLists[1].commands[3].title` left behind when a command is removed is reported).
 */
export function validateLocalization(strings: unknown, manifest: unknown): SchemaProblem[] {
  const problems = check('localization', strings);
  if (strings && typeof strings === 'object') {
    for (const key of Object.keys(strings)) {
      if (key === '$schema' || key === 'localizationKeys') continue;
      const found = (key.match(/[^.[\]]+/g) ?? []).reduce<unknown>(
        (node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined),
        manifest,
      );
      if (typeof found !== 'string') problems.push({ path: jsonPath('', key), message: 'translates a string the manifest does not have' });
    }
  }
  return problems;
}

/** The values the template's `{{placeholders}}` are replaced with. */
export interface ManifestValues {
  /** The bot's Entra app id: manifest id, bot id, message extension and SSO application. */
  MicrosoftAppId: string;
  /** `PUBLIC_URL` without its trailing slash, e.g. `https://tremplin.example.gouv.fr`. */
  PUBLIC_URL: string;
  /** The host (and port, when not the default) of `PUBLIC_URL`, for `validDomains`. */
  PUBLIC_HOST: string;
  /** The app version (semver), from package.json. */
  VERSION: string;
}

/** The project's version, from package.json: Teams wants it bumped at each new upload. */
export function projectVersion(): string {
  return (JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
}

/**
 * Placeholder values from the configuration, and what an operator should know about them
 * (no app id set: a fake one is used; an address Teams will refuse because it is not https).
 */
export function manifestValues(config: Config, version: string = projectVersion()): { values: ManifestValues; warnings: string[] } {
  const warnings: string[] = [];
  const appId = config.microsoftApp.id ?? FAKE_APP_ID;
  if (!config.microsoftApp.id) warnings.push(teamsErrors.fakeAppId(FAKE_APP_ID));
  let url: URL;
  try {
    url = new URL(config.publicUrl);
  } catch {
    throw new TremplinError('teams_public_url', teamsErrors.badPublicUrl(config.publicUrl));
  }
  if (url.protocol !== 'https:') warnings.push(teamsErrors.notHttps(config.publicUrl));
  return {
    values: { MicrosoftAppId: appId, PUBLIC_URL: config.publicUrl.replace(/\/+$/, ''), PUBLIC_HOST: url.host, VERSION: version },
    warnings,
  };
}

/**
 * Replaces each `{{NAME}}` of a JSON template by its value (escaped for JSON strings) and parses
 * the result. A placeholder without a value is an error, never left in the package.
 * @param file the template's name, for error messages.
 */
export function fillTemplate(template: string, values: Record<string, string>, file = 'manifest.json'): unknown {
  const unknown = new Set<string>();
  const text = template.replace(/\{\{\s*([A-Za-z_][\w]*)\s*\}\}/g, (whole, name: string) => {
    const value = values[name];
    if (value === undefined) {
      unknown.add(name);
      return whole;
    }
    return JSON.stringify(value).slice(1, -1);
  });
  if (unknown.size > 0) throw new TremplinError('teams_manifest_placeholder', teamsErrors.unknownPlaceholders(file, [...unknown]));
  try {
    return JSON.parse(text) as unknown;
  } catch (err) {
    throw new TremplinError('teams_manifest_json', teamsErrors.templateNotJson(file, (err as Error).message));
  }
}

/** Width and height from a PNG's IHDR header, or undefined when the bytes are not a PNG. */
function pngSize(png: Buffer): { width: number; height: number } | undefined {
  if (png.length < 24 || png.readUInt32BE(0) !== 0x89504e47 || png.toString('ascii', 12, 16) !== 'IHDR') return undefined;
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** What `buildTeamsPackage` needs. Only `config` is required. */
export interface BuildOptions {
  /** Supplies the app id and the public address. */
  config: Config;
  /** Folder holding `manifest.json`, its translations and the icons. Default: `manifest/`. */
  manifestDir?: string;
  /** The zip to write; its folder is created. Default: `build/tremplin-teams.zip`. */
  outFile?: string;
  /** The app version written in the manifest. Default: package.json's. */
  version?: string;
}

/** A written package: where, what it holds, and warnings for the operator. */
export interface BuiltPackage {
  outFile: string;
  /** The manifest as written in the zip. */
  manifest: Record<string, unknown>;
  /** File names at the zip's root, in order. */
  entries: string[];
  warnings: string[];
}

function readFile(file: string): Buffer {
  try {
    return fs.readFileSync(file);
  } catch (err) {
    throw new TremplinError('teams_manifest_unreadable', teamsErrors.templateUnreadable(file, (err as Error).message));
  }
}

/** Zips buffers at the root of `outFile`, with a fixed date so that the same input gives the same bytes. */
async function writeZip(outFile: string, files: [string, Buffer][]): Promise<void> {
  fs.mkdirSync(path.dirname(outFile), { recursive: true });
  const zip = new yazl.ZipFile();
  const mtime = new Date(Date.UTC(2025, 0, 1));
  for (const [name, data] of files) zip.addBuffer(data, name, { mtime });
  await new Promise<void>((resolve, reject) => {
    const out = fs.createWriteStream(outFile);
    out.on('close', () => resolve());
    out.on('error', reject);
    zip.outputStream.on('error', reject).pipe(out);
    zip.end();
  });
}

/**
 * Fills in the template, checks it (schema, translations, icon files and sizes) and writes the
 * zip. Throws a `TremplinError` (`teams_manifest_invalid`) listing every problem, each with its
 * JSONPath, and writes nothing in that case.
 */
export async function buildTeamsPackage(options: BuildOptions): Promise<BuiltPackage> {
  const dir = options.manifestDir ?? MANIFEST_DIR;
  const outFile = options.outFile ?? PACKAGE_FILE;
  const { values, warnings } = manifestValues(options.config, options.version);
  const templateFile = path.join(dir, 'manifest.json');
  const manifest = fillTemplate(readFile(templateFile).toString('utf8'), { ...values }) as Record<string, unknown>;

  const problems = validateManifest(manifest).map((p) => `${p.path}: ${p.message}`);
  const files: [string, Buffer][] = [['manifest.json', Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`)]];

  for (const [icon, size] of Object.entries(ICONS)) {
    const file = path.join(dir, icon);
    if (!fs.existsSync(file)) {
      problems.push(teamsErrors.iconMissing(file));
      continue;
    }
    const png = fs.readFileSync(file);
    const actual = pngSize(png);
    if (!actual || actual.width !== size || actual.height !== size) {
      const found = actual ? `${actual.width}×${actual.height}` : 'not a PNG';
      problems.push(`${icon}: must be a ${size}×${size} PNG (found ${found})`);
    }
    files.push([icon, png]);
  }

  const localization = manifest.localizationInfo as { additionalLanguages?: { file: string }[] } | undefined;
  for (const { file } of localization?.additionalLanguages ?? []) {
    const text = readFile(path.join(dir, file)).toString('utf8');
    const strings = fillTemplate(text, { ...values }, file);
    problems.push(...validateLocalization(strings, manifest).map((p) => `${file} ${p.path}: ${p.message}`));
    files.push([file, Buffer.from(`${JSON.stringify(strings, null, 2)}\n`)]);
  }

  if (problems.length > 0) throw new TremplinError('teams_manifest_invalid', teamsErrors.invalidManifest(templateFile, problems));
  await writeZip(outFile, files);
  return { outFile, manifest, entries: files.map(([name]) => name), warnings };
}

/**
 * `tremplin manifest [--out file.zip]`: builds the package and says where it is; prints each
 * problem and returns 1 when the manifest does not validate.
 */
export async function runManifestCommand(
  config: Config,
  args: string[],
  io: { out: (text: string) => void; err: (text: string) => void },
): Promise<number> {
  const outIndex = args.indexOf('--out');
  const outFile = outIndex >= 0 && args[outIndex + 1] ? path.resolve(args[outIndex + 1]!) : undefined;
  try {
    const built = await buildTeamsPackage({ config, outFile });
    for (const warning of built.warnings) io.err(`warning: ${warning}\n`);
    io.out(`teams: wrote ${path.relative(process.cwd(), built.outFile) || built.outFile} (${built.entries.join(', ')})\n`);
    return 0;
  } catch (err) {
    if (err instanceof TremplinError) {
      io.err(`${err.message}\n`);
      return 1;
    }
    throw err;
  }
}
