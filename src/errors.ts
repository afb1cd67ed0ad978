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

/** The HTTP server (src/server.ts): bodies it cannot read. */
export const serverErrors = {
  invalidJson: 'server: the request body is not valid JSON',
  bodyTooLarge: (limit: number) => `server: the request body is larger than ${limit} bytes`,
  internal: 'server: internal error',
  invalidActivity: (problems: string[]) => `server: not a valid activity: ${problems.join('; ')}`,
  tooDeep: (max: number) => `server: the request body nests objects or arrays more than ${max} levels deep`,
  /** HTTP 429 body of /api/messages and /api/offers. */
  tooManyRequests: 'server: too many requests from this address: retry after the delay in Retry-After',
} as const;

/** Understanding: example utterances and the recogniser (src/understanding). */
export const understandingErrors = {
  utterancesInvalid: (file: string, problem: string) => `understanding: invalid utterances file ${file}: ${problem}`,
} as const;

/** Conversation state storage (src/bot/state). */
export const stateErrors = {
  changesRequired: 'state: changes are required when writing',
  eTagConflict: (key: string) => `state: error writing "${key}" due to eTag conflict`,
  /** Message of the error a Redis command of the state store fails with (the cause follows). */
  redisFailed: (operation: string) => `state: Redis ${operation} failed`,
  /** Logged (warn) once when Redis cannot be reached. */
  redisOutage:
    "state: Redis cannot be reached: conversation memory is kept in this instance's memory until it returns (questions that need no memory are answered as usual)",
  /** Logged (info) once when Redis is back. */
  redisBack: 'state: Redis is back: conversation memory is shared again',
} as const;

/** Connections to Redis (src/redis), shared by the conversation state and the Direct Line store. */
export const redisErrors = {
  invalidUrl: 'redis: REDIS_URL must be a Redis address, e.g. redis://localhost:6379 or rediss://user:password@host:6380/0',
  connectionError: 'redis: connection error (retrying)',
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

/**
 * Application status (src/applications): the store, its secret and the recruiters' command
 * line. In French: recruiters and operators read them.
 */
export const applicationsErrors = {
  invalidInput: (field: string) => `applications: donnée invalide ou manquante (${field}).`,
  unsupportedDatabaseUrl: () =>
    'applications: DATABASE_URL doit être une adresse PostgreSQL (postgres://utilisateur:motdepasse@hôte:port/base).',
  pepperMismatch: (source: string) =>
    `applications: la clé de hachage des e-mails (${source}) n'est pas celle avec laquelle la base a été remplie : ` +
    'aucun candidat ne pourrait plus être vérifié. Restaurez le fichier applications.pepper sauvegardé, ou donnez à ' +
    'toutes les instances la même valeur APPLICATIONS_PEPPER ; à défaut, videz la base et réimportez les candidatures.',
  pepperFileInvalid: (file: string) =>
    `applications: le fichier ${file} ne contient pas une clé valide (au moins 32 caractères hexadécimaux).`,
  pepperFileTooOpen: (file: string) =>
    `applications: le fichier ${file} est lisible par d'autres utilisateurs ; restreignez-le (chmod 600 ${file}).`,
  newerSchema: (latest: number) =>
    `applications: la base contient des migrations plus récentes que ce code (dernière connue : ${latest}) ; mettez à jour Tremplin.`,
  unknownCommand: (command: string) => `applications: commande inconnue « ${command} ».`,
  badArguments: (detail: string) => `applications: arguments invalides (${detail}).`,
  missingArgument: (what: string) => `applications: il manque ${what}.`,
  invalidReference: (max: number) => `applications: référence vide ou trop longue (${max} caractères au plus).`,
  noteTooLong: (max: number) => `applications: note trop longue (${max} caractères au plus).`,
  unknownStatus: (word: string, accepted: string) =>
    `applications: statut inconnu « ${word} ». Statuts acceptés : ${accepted} ` +
    '(ou received, in_review, interview, accepted, rejected, withdrawn, ou les états de Démarches Simplifiées).',
  unknownReference: () => 'applications: aucune candidature avec cette référence.',
  badDuration: (value: string) =>
    `applications: durée « ${value} » illisible : écrivez un nombre suivi de d (jours), w (semaines), ` +
    'm (mois) ou y (années), par exemple --older-than 365d.',
  fileNotFound: (file: string) => `applications: fichier introuvable : ${file}.`,
  notAFile: (file: string) => `applications: ${file} n'est pas un fichier.`,
  fileUnreadable: (file: string, reason: string) => `applications: impossible de lire ${file} (${reason}).`,
  fileEmpty: (file: string) =>
    `applications: le fichier ${file} est vide. Il doit commencer par l'en-tête reference,email,offer,status,updated_at.`,
  wrongHeader: (file: string, found: string, expected: string) =>
    `applications: en-tête inattendu dans ${file} : « ${found} ». La première ligne doit être exactement ` +
    `${expected} (colonnes séparées par des virgules ou des points-virgules, dans n'importe quel ordre).`,
  lineRejected: (line: number, reasons: readonly string[]) => `applications: ligne ${line} rejetée : ${reasons.join(' ; ')}.`,
  moreRejected: (count: number) => `applications: … et ${count} autres lignes rejetées.`,
  acceptedStatuses: (accepted: string) =>
    `applications: statuts acceptés : ${accepted} (ou les états de Démarches Simplifiées : en_construction, en_instruction, accepte, refuse, sans_suite).`,
} as const;

/** Why one line of an import file is rejected: pieces of `applicationsErrors.lineRejected`. */
export const applicationsLineProblems = {
  columnCount: (found: number, expected: number) => `${found} colonnes au lieu de ${expected}`,
  unreadable: () => 'guillemets mal placés, ligne illisible',
  missingFields: (fields: readonly string[]) =>
    fields.length === 1 ? `champ manquant : ${fields[0]}` : `champs manquants : ${fields.join(', ')}`,
  badEmail: () => 'adresse e-mail invalide',
  unknownStatus: (word: string) => `statut inconnu « ${word} »`,
  badDate: (value: string) => `date illisible « ${value} » (attendu AAAA-MM-JJ, AAAA-MM-JJTHH:MM:SSZ ou JJ/MM/AAAA)`,
  futureDate: (value: string) => `date dans le futur « ${value} »`,
  referenceTooLong: (max: number) => `référence trop longue (${max} caractères au plus)`,
  offerTooLong: (max: number) => `offre trop longue (${max} caractères au plus)`,
} as const;

/**
 * The Direct Line endpoint the website talks to (src/channels/directline). HTTP error bodies
 * carry these messages (`{ error: { code, message } }`, as the Bot Framework service does).
 */
export const directLineErrors = {
  missingToken:
    'directline: missing token: send "Authorization: Bearer <token>" with a token from POST /v3/directline/tokens/generate',
  invalidToken: 'directline: invalid token: get a new one from POST /v3/directline/tokens/generate',
  expiredToken: 'directline: token expired: get a new one from POST /v3/directline/tokens/generate',
  wrongConversation: (id: string) => `directline: this token does not give access to conversation ${id}`,
  conversationNotFound: (id: string) => `directline: conversation ${id} does not exist or has expired: start a new one`,
  invalidActivity: (reason: string) => `directline: invalid activity: ${reason}`,
  tooDeep: (max: number) => `directline: the request body nests objects or arrays more than ${max} levels deep`,
  invalidWatermark: (watermark: string) => `directline: invalid watermark "${watermark}": expected a whole number`,
  invalidJson: 'directline: the request body is not valid JSON',
  bodyTooLarge: (limit: number) => `directline: the request body is larger than ${limit} bytes`,
  tooManyRequests: 'directline: too many requests from this address: retry in a minute',
  notFound: (method: string, path: string) => `directline: no such endpoint: ${method} ${path}`,
  uploadUnsupported: 'directline: file upload is not supported by this endpoint',
  secretUnreadable: (file: string, reason: string) =>
    `directline: cannot read or create the token signing secret ${file}: ${reason} (or set DIRECTLINE_SECRET)`,
  secretTooShort: 'directline: DIRECTLINE_SECRET must be at least 32 characters long',
  secretFileTooOpen: (file: string) =>
    `directline: ${file} can be read by other users: run chmod 600 on it (it signs the website's chat tokens)`,
  turnFailed: 'directline: the bot failed on a turn; the user was told to try again',
  streamRefused: (reason: string) => `directline: stream connection refused: ${reason}`,
  internal: 'directline: internal error',
  /** HTTP 503 body, and logged (warn) once when an outage begins. */
  storeUnavailable: 'directline: the conversation store (Redis) cannot be reached: retry in a few seconds',
  /** Logged (info) once when the store is reachable again. */
  storeBack: 'directline: the conversation store (Redis) is back',
} as const;

/** The website's pages (src/web). */
export const webErrors = {
  packageMissing: (name: string, reason: string) =>
    `web: cannot find the package ${name} in node_modules (${reason}): run npm install`,
} as const;
