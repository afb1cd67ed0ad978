/**
 * Every error message Tremplin shows to a developer, an operator or HR, in one module, so
 * tests can assert the exact words and translators find them in one place. Each message is
 * prefixed with the name of the module that raises it (`knowledge: …`, `config: …`).
 *
 * What the bot says to candidates is not here: those replies live with the dialogs.
 */
import { STATUS_CODES } from 'node:http';

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
  missingField: (nullable: boolean, hint?: string) =>
    `required field missing${nullable ? ' (write null when the announcement does not say)' : hint ? `: ${hint}` : ''}`,
  unknownField: (suggestion?: string) => `unknown field${suggestion ? ` (did you mean ${suggestion}?)` : ''}`,
  /** A schema message, with the value HR wrote when it is short enough to quote. */
  invalidValue: (message: string, found?: string) => (found === undefined ? message : `${message} (found "${found}")`),
  invalidFileNameId: (id: string) =>
    `the file name gives the id "${id}", which is not valid (lowercase letters, digits and dashes): rename the file or add an id field`,
  emptyAnswer: 'the answer is empty: write it below the closing "---"',
  emptyExplanation: 'the explanation is empty: write it below the closing "---"',
  duplicateId: (id: string, otherPath: string) => `the id "${id}" is already used by ${otherPath}: this file is not served`,
  unknownOrganisation: (id: string, suggestion?: string) =>
    `unknown organisation "${id}"${suggestion ? ` (did you mean ${suggestion}?)` : ''}: add organisations/${id}.md or fix the id`,
  /** Logged when the last good version of a file cannot be saved (the bot keeps serving it from memory). */
  lastGoodUnwritable: (dir: string, code: string) => `knowledge: cannot save the last good versions in ${dir} (${code})`,
  /** Logged at start when a broken file is served from its last good version on disk. */
  logServingLastGood: (path: string, savedAt: string) => `knowledge: ${path} is broken; serving its last good version, saved ${savedAt}`,
  unknownTeam: (id: string, suggestion?: string) =>
    `unknown team "${id}"${suggestion ? ` (did you mean ${suggestion}?)` : ''}: add teams/${id}.md, fix the id, or write the team's name in words`,
  unknownTranslation: (kind: string, id: string, suggestion?: string) =>
    `no ${kind} has the id "${id}"${suggestion ? ` (did you mean ${suggestion}?)` : ''}`,
  unknownRelatedTerm: (id: string, suggestion?: string) =>
    `no term entry has the id "${id}"${suggestion ? ` (did you mean ${suggestion}?)` : ''}: add terms/${id}.md or fix the id`,
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
  /** A 4xx raised below the routes (a static file not found, a method not allowed…): its status's name, nothing of the request. */
  clientError: (status: number) => `server: ${STATUS_CODES[status] ?? 'Bad Request'}`,
  invalidActivity: (problems: string[]) => `server: not a valid activity: ${problems.join('; ')}`,
  tooDeep: (max: number) => `server: the request body nests objects or arrays more than ${max} levels deep`,
  /** HTTP 403 of /api/messages without MicrosoftAppId, for an activity whose replies would leave the machine. */
  remoteServiceUrl:
    'server: without MicrosoftAppId, /api/messages answers only activities whose replies come back in the response (deliveryMode expectReplies) or go to a local tool of ANONYMOUS_REPLY_URLS (the Agents Playground by default); set MicrosoftAppId to serve channels',
  /** Logged (warn) at every start with ALLOW_UNAUTHENTICATED_RECRUITERS=true and no MicrosoftAppId. */
  unauthenticatedRecruiters:
    'server: ⚠ ALLOW_UNAUTHENTICATED_RECRUITERS=true: anyone who can reach /api/messages can read and change application statuses and read the unanswered questions, by posting a Teams-looking activity. For local development with the Agents Playground only: never on a server others can reach.',
  /** Logged (warn) at every start with ALLOW_UNAUTHENTICATED_RECRUITERS=true and a MicrosoftAppId, where it has no effect. */
  unauthenticatedRecruitersIgnored:
    'server: ALLOW_UNAUTHENTICATED_RECRUITERS=true is ignored: MicrosoftAppId is set, so /api/messages authenticates its callers; remove the setting.',
  /** HTTP 429 body of /api/messages and /api/offers. */
  tooManyRequests: 'server: too many requests from this address: retry after the delay in Retry-After',
} as const;

/** Understanding: example utterances and the recogniser (src/understanding). */
export const understandingErrors = {
  utterancesInvalid: (file: string, problem: string) => `understanding: invalid utterances file ${file}: ${problem}`,
  lexiconInvalid: (where: string, problem: string) => `understanding: invalid lexicon ${where}: ${problem}`,
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
  /** Logged (in English, like every log line). */
  pepperFileTooOpen: (file: string) => `applications: ${file} can be read by other users: restrict it (chmod 600 ${file})`,
  /** Logged (in English, like every log line). */
  newerSchema: (latest: number) => `applications: the database has migrations newer than this code (latest known: ${latest}): update Tremplin`,
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
  /** HTTP 404 for a conversation id this endpoint could never have made (the id is not echoed). */
  notAConversationId: 'directline: no such conversation: conversation ids are 24 characters of letters, digits, - and _',
  valueTooLarge: (max: number) => `directline: invalid activity: value is larger than ${max} bytes (as JSON)`,
  tooManyStreams: (max: number) => `directline: this conversation already has ${max} open streams: close one first`,
  tooManyRenewals: 'directline: too many token renewals for this conversation: retry later',
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
  /** HTTP 503 when more bot turns wait than the endpoint keeps (maxTurnsWaiting). */
  busy: 'directline: the bot has too many messages waiting: retry in a few seconds',
  /** HTTP 503 body, and logged (warn) once when an outage begins. */
  storeUnavailable: 'directline: the conversation store (Redis) cannot be reached: retry in a few seconds',
  /** Logged (info) once when the store is reachable again. */
  storeBack: 'directline: the conversation store (Redis) is back',
} as const;

/** The website's pages (src/web). */
export const webErrors = {
  packageMissing: (name: string, reason: string) =>
    `web: cannot find the package ${name} in node_modules (${reason}): run npm install`,
  /** HTTP 404 of a path no route serves (JSON routes say it as JSON, pages with the DSFR 404 page). */
  notFound: 'web: no such page',
} as const;

/**
 * Insights (src/insights): the record of unanswered questions and feedback, its reports
 * (`tremplin report …`) and `tremplin knowledge diff`. In French: HR reads them.
 */
export const insightsErrors = {
  /** Logged (in English, like every log line) when a question or a feedback could not be stored; the bot's turn goes on. */
  recordFailed: 'insights: could not record the question or the feedback (the conversation goes on)',
  /** Logged when the PostgreSQL pool loses a connection. */
  connectionLost: 'insights: a PostgreSQL connection was lost',
  /** Logged after a purge. */
  purged: 'insights: old questions and feedback deleted',
  unknownCommand: (command: string) => `report: commande inconnue « ${command} ».`,
  badArguments: (detail: string) => `report: arguments invalides (${detail}).`,
  badDuration: (option: string, value: string) =>
    `report: durée « ${value} » illisible : écrivez un nombre suivi de d (jours), w (semaines), ` +
    `m (mois) ou y (années), par exemple ${option} 30d.`,
  badLimit: (value: string) => `report: --limit attend un nombre entier positif (trouvé « ${value} »).`,
  missingOlderThan: () => "report: il manque l'option --older-than (par exemple --older-than 12m).",
  draftUnwritable: (file: string, reason: string) => `report: impossible d'écrire le brouillon ${file} (${reason}).`,
  diffBadArguments: (detail: string) => `knowledge: diff : arguments invalides (${detail}).`,
  diffNotInGit: (dir: string) =>
    `knowledge: diff : ${dir} n'est pas dans un dépôt git ; comparez à un dossier avec --base DOSSIER.`,
  diffUnknownRef: (ref: string, dir: string) =>
    `knowledge: diff : la version « ${ref} » de ${dir} est introuvable dans git (le dossier n'existait pas encore, ou la référence est fausse).`,
  diffQuestionsUnreadable: (file: string, reason: string) => `knowledge: diff : impossible de lire les questions ${file} (${reason}).`,
} as const;

/**
 * `tremplin knowledge import` (src/knowledge/import). In French: HR read them. Messages that
 * stop the command start with `import:`; the others are the reason part of one line of the
 * per-file report (`refusée  _jobs/x.md : <reason>`) or a remark under it.
 */
export const importErrors = {
  /** Stops the command. */
  sourceNotFound: (dir: string) => `import: dossier ou fichier introuvable : ${dir}`,
  noSource: 'import: indiquez le dossier des pages à importer (tremplin knowledge import DOSSIER)',
  badFormat: (value: string, accepted: readonly string[]) =>
    `import: format inconnu « ${value} » (formats acceptés : auto, ${accepted.join(', ')})`,
  badOrganisation: (value: string) =>
    `import: « ${value} » n'est pas un identifiant d'organisation (minuscules, chiffres et tirets, ex. beta-gouv)`,
  badSourceUrl: (value: string) =>
    `import: --source-url « ${value} » n'est pas une adresse http(s) à compléter ({path}, {repo_path}, {commit}), ni github:PROPRIÉTAIRE/DÉPÔT`,
  badArguments: (detail: string) => `import: arguments invalides (${detail})`,
  outNotWritable: (dir: string, reason: string) => `import: impossible d'écrire dans ${dir} (${reason})`,
  wordsInvalid: (where: string, problem: string) => `import: mots des pages invalides (${where}) : ${problem}`,

  /** Why a page is refused (one line of the report). */
  empty: 'fichier vide',
  tooLarge: (bytes: number) => `fichier trop gros (${(bytes / 1048576).toFixed(1)} Mo) : pas une page`,
  binary: 'fichier binaire, pas du texte',
  unreadable: (code: string) => `fichier illisible (${code})`,
  yaml: (line: number, detail: string) => `en-tête YAML illisible ligne ${line} : ${detail}`,
  noTitle: "pas de titre : ni roles ni title dans l'en-tête, ni titre en tête du texte",
  noOrganisation:
    "l'organisation qui recrute n'est pas indiquée : ajoutez --organisation ID (ex. --organisation peren)",
  testFile: (evidence: string) => `pas une offre : fichier de test ou modèle (${evidence})`,
  pressOrEvent: (evidence: string) => `pas une offre : communiqué de presse ou événement (${evidence})`,
  listing: (count: number) =>
    `pas une offre : page qui liste ${count} offres (liens vers leurs annonces) ; importez chaque offre depuis sa propre page, ou reprenez le texte dans une fiche organisation ou FAQ`,
  noOfferContent: "pas une offre : aucune rubrique d'offre (contrat, rémunération, candidature, date de début…)",
  guide: (evidence: string) => `pas une offre : guide ou mode d'emploi (${evidence}) ; reprenez ce qui sert aux candidats dans une FAQ`,
  duplicate: (source: string, target: string, similarity: number) => `même offre que ${source} (${target}, même titre, texte identique à ${similarity} %) : non importée`,
  invalidOutput: (problems: string) => `la fiche produite ne passe pas le contrôle (${problems}) : signalez-le`,

  /** Why an imported file is not written. */
  editedByHand: "modifiée à la main depuis l'import : utilisez --force pour la remplacer",
  notImported: "existe déjà et n'a pas été écrite par l'import (ou n'en porte plus la trace) : utilisez --force pour la remplacer",

  /** Front matter and front-matter repairs (remarks under a report line). */
  unclosedFrontMatter: "l'en-tête (front matter) n'est jamais fermé par une ligne « --- »",
  unclosedToml: "l'en-tête TOML n'est jamais fermé par une ligne « +++ »",
  tomlUnsupported: "en-tête TOML trop complexe (seuls « clé = valeur » et les listes simples sont lus)",
  yamlSyntax: (detail: string) => detail,
  notAMapping: "l'en-tête doit être une liste de champs « clé: valeur »",
  repairedLeadingBlank: (lines: number) => `${lines} ligne(s) vide(s) avant l'en-tête : ignorées`,
  repairedIndentedFence: (line: number) => `en-tête fermé par une ligne « --- » indentée (ligne ${line}) : acceptée`,
  repairedUnclosed: (line: number) => `en-tête jamais fermé : il s'arrête après la ligne ${line}`,
  repairedIndentation: 'en-tête entièrement indenté : indentation retirée',
  repairedTabs: "tabulations dans l'indentation de l'en-tête : remplacées par des espaces",
  repairedQuoted: (lines: readonly number[]) => `valeur(s) contenant « : » mises entre guillemets (ligne ${lines.join(', ')})`,
  repairedDuplicateKey: (key: string, line: number) =>
    `champ « ${key} » écrit deux fois (ligne ${line}) : la dernière valeur est gardée, comme le faisait le site`,
  notUtf8: 'encodage Windows-1252 (pas UTF-8) : converti',
  crlf: 'fins de ligne Windows (CRLF) : converties',
} as const;
