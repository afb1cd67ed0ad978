/**
 * Every error message Tremplin shows to a developer, an operator or HR, in one module, so
 * tests can assert the exact words and translators find them in one place. Each message is
 * prefixed with the name of the module that raises it (`knowledge: …`, `config: …`).
 *
 * What the bot says to candidates is not here: those replies live with the dialogs.
 */

/** Configuration read from the environment (src/config.ts). */
export const configErrors = {
  invalid: (problems: string[]) => `config: invalid environment:\n${problems.map((p) => `  - ${p}`).join('\n')}`,
} as const;

/**
 * Knowledge files (src/knowledge/). Thrown errors and log lines start with `knowledge:`; the
 * per-file problems are the `message` part of `path:line: field: message`, as printed by
 * `tremplin knowledge check` and logged by the live reload.
 */
export const knowledgeErrors = {
  /** Thrown when the knowledge folder itself is missing. */
  dirNotFound: (dir: string) => `knowledge: folder not found: ${dir}`,
  /** Thrown when the knowledge "folder" is a file. */
  notADirectory: (dir: string) => `knowledge: not a folder: ${dir}`,
  /** Logged once per broken version of a file. */
  logProblem: (problem: string, servingPrevious: boolean) =>
    `knowledge: ${problem}${servingPrevious ? ' (the previous version of this file is still served)' : ''}`,
  /** Logged when a file that had problems is valid again. */
  logFixed: (path: string) => `knowledge: ${path} is valid again`,
  /** Logged when a change listener throws; the reload itself went through. */
  logListenerFailed: 'knowledge: a change listener failed',
  /** Logged when the file watcher reports an error (the last snapshot keeps being served). */
  logWatchFailed: 'knowledge: the file watcher failed',
  /** Logged when a refresh fails as a whole (the last snapshot keeps being served). */
  logRefreshFailed: 'knowledge: reloading the knowledge failed',

  notMarkdown: 'not a knowledge file: name it *.md (or move it to drafts/, which is never served)',
  tooLarge: (bytes: number, limit: number) =>
    `file too large (${(bytes / 1048576).toFixed(1)} MB, the limit is ${Math.round(limit / 1048576)} MB): a knowledge file is a short text`,
  unreadable: (code: string) => `cannot read the file (${code})`,
  empty: 'empty file: write the fields between two lines "---", then the text',
  binary: 'binary file (it contains NUL bytes), not text: save it as a markdown (.md) text file',
  utf16: 'saved as UTF-16: save it as UTF-8',
  notUtf8: 'not valid UTF-8 text (probably saved as Latin-1 or Windows-1252): save it as UTF-8',
  noFrontMatter: 'no front matter: the file must start with a line "---", then the fields ("key: value"), then a line "---"',
  tomlFrontMatter: 'TOML front matter (+++) is not supported: write the fields in YAML between two lines "---"',
  unclosedFrontMatter: 'front matter never closed: add a line "---" after the last field',
  yamlSyntax: (detail: string) => `YAML syntax error: ${detail}`,
  duplicateKey: 'field written twice: keep only one',
  notAMapping: 'the front matter must be a list of fields, one "key: value" per line',
  missingField: (nullable: boolean) =>
    `required field missing${nullable ? ' (write null when the announcement does not say)' : ''}`,
  unknownField: (suggestion?: string) => `unknown field${suggestion ? ` (did you mean ${suggestion}?)` : ''}`,
  /** A schema message, with the value HR wrote when it is short enough to quote. */
  invalidValue: (message: string, found?: string) => (found === undefined ? message : `${message} (found "${found}")`),
  invalidFileNameId: (id: string) =>
    `the file name gives the id "${id}", which is not valid (lowercase letters, digits and dashes): rename the file or add an id field`,
  emptyAnswer: 'the answer is empty: write it below the closing "---"',
  duplicateId: (id: string, otherPath: string) => `the id "${id}" is already used by ${otherPath}: this file is not served`,
  unknownOrganisation: (id: string, suggestion?: string) =>
    `unknown organisation "${id}"${suggestion ? ` (did you mean ${suggestion}?)` : ''}: add organisations/${id}.md or fix the id`,
  unknownTranslation: (kind: string, id: string, suggestion?: string) =>
    `no ${kind} has the id "${id}"${suggestion ? ` (did you mean ${suggestion}?)` : ''}`,
} as const;

/** A typed error whose message comes from this module. `code` is stable for programs. */
export class TremplinError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'TremplinError';
  }
}

/** Understanding: example utterances and the recogniser (src/understanding). */
export const understandingErrors = {
  utterancesInvalid: (file: string, problem: string) => `understanding: invalid utterances file ${file}: ${problem}`,
} as const;

/** Conversation state storage (src/bot/state). */
export const stateErrors = {
  changesRequired: 'state: changes are required when writing',
  eTagConflict: (key: string) => `state: error writing "${key}" due to eTag conflict`,
} as const;

/** The Teams app package (src/teams/manifest.ts) and the offers API behind the tab (src/teams/offers-api.ts). */
export const teamsErrors = {
  schemaNotFound: (file: string) =>
    `teams: the Teams manifest schema ${file} is missing from @microsoft/app-manifest; reinstall the dependencies (npm ci)`,
  templateUnreadable: (file: string, reason: string) => `teams: cannot read the manifest template ${file}: ${reason}`,
  templateNotJson: (file: string, reason: string) => `teams: ${file} is not valid JSON after substitution: ${reason}`,
  unknownPlaceholders: (file: string, names: string[]) =>
    `teams: ${file} uses placeholders nobody fills in: ${names.map((n) => `{{${n}}}`).join(', ')}`,
  invalidManifest: (file: string, problems: string[]) =>
    `teams: ${file} does not follow the Teams manifest schema:\n${problems.map((p) => `  - ${p}`).join('\n')}`,
  iconMissing: (file: string) => `teams: the icon ${file} is missing; run \`npx tsx scripts/icons.ts\``,
  fakeAppId: (fake: string) =>
    `teams: MicrosoftAppId is not set; the package uses the placeholder id ${fake} and will not reach a real bot. Set MicrosoftAppId (the Entra app registration of the bot) before uploading it to Teams.`,
  notHttps: (url: string) =>
    `teams: PUBLIC_URL is ${url}; Teams only loads tabs and bots over https. Set PUBLIC_URL to the public https address (a tunnel in development).`,
  badPublicUrl: (url: string) => `teams: PUBLIC_URL "${url}" is not a web address (expected e.g. https://tremplin.example.gouv.fr)`,
  invalidQuery: (problems: string[]) => `teams: invalid offers query: ${problems.join('; ')}`,
} as const;
