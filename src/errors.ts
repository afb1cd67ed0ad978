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
} as const;

/** The website's pages (src/web). */
export const webErrors = {
  packageMissing: (name: string, reason: string) =>
    `web: cannot find the package ${name} in node_modules (${reason}): run npm install`,
} as const;
