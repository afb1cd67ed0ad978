/**
 * HTTP errors in one typed form: a status, a stable code for programs, and a message for
 * developers (from src/errors.ts). Routes throw them; `sendHttpError` writes them as the Bot
 * Framework services do: `{ "error": { "code": "...", "message": "..." } }`.
 */
import type { ErrorRequestHandler, Response } from 'express';
import { serverErrors } from '../errors.js';
import type { Logger } from '../logger.js';

/** An HTTP failure a route wants the client to see. */
export class HttpError extends Error {
  /**
   * @param status HTTP status (4xx for the client's mistakes, 5xx for ours).
   * @param code stable, machine-readable code (`TokenExpired`, `BadArgument`…).
   * @param message for developers, from src/errors.ts.
   * @param headers extra response headers (e.g. `WWW-Authenticate`, `Retry-After`).
   */
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

/** The JSON body of an error response. */
export interface HttpErrorBody {
  error: { code: string; message: string };
}

/** Writes `error` as a JSON error response (never cached). */
export function sendHttpError(res: Response, error: HttpError): void {
  res.status(error.status).set({ 'Cache-Control': 'no-store', ...error.headers });
  const body: HttpErrorBody = { error: { code: error.code, message: error.message } };
  res.json(body);
}

/** What express's own layers (body-parser, serve-static) attach to the errors they raise. */
interface LibraryError {
  type?: string;
  status?: number;
  statusCode?: number;
}

/** Stable codes of the 4xx statuses other layers raise; any other 4xx is `BadArgument`. */
const CODES: Readonly<Record<number, string>> = { 404: 'NotFound', 405: 'MethodNotAllowed', 413: 'PayloadTooLarge', 415: 'UnsupportedMediaType' };

/**
 * Any error as the `HttpError` the client may see: `HttpError`s as they are; body-parser's
 * "too large" and "bad JSON" with the module's words; any other 4xx with a generic text for its
 * status — never the error's own message, which names files and paths (serve-static's
 * `ENOENT: no such file or directory, stat '/srv/…'`); `undefined` for a failure of ours (a 500).
 */
export function clientErrorOf(
  err: unknown,
  messages: { bodyTooLarge: (limit: number) => string; invalidJson: string },
  bodyLimit: number,
): HttpError | undefined {
  if (err instanceof HttpError) return err;
  const library = (typeof err === 'object' && err !== null ? err : {}) as LibraryError;
  if (library.type === 'entity.too.large') return new HttpError(413, 'PayloadTooLarge', messages.bodyTooLarge(bodyLimit));
  if (library.type === 'entity.parse.failed') return new HttpError(400, 'BadSyntax', messages.invalidJson);
  const status = library.status ?? library.statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    return new HttpError(status, Object.hasOwn(CODES, status) ? CODES[status]! : 'BadArgument', serverErrors.clientError(status));
  }
  return undefined;
}

/**
 * An express error handler for JSON APIs: the client's mistakes as `clientErrorOf` words them;
 * anything else is logged and becomes a 500 whose message reveals nothing (no path, no stack).
 * @param messages the module's words for the cases it maps.
 */
export function jsonErrorHandler(
  logger: Logger,
  messages: { bodyTooLarge: (limit: number) => string; invalidJson: string; internal: string },
  bodyLimit: number,
): ErrorRequestHandler {
  return (err: unknown, _req, res, next) => {
    if (res.headersSent) {
      next(err);
      return;
    }
    const refused = clientErrorOf(err, messages, bodyLimit);
    if (refused) {
      sendHttpError(res, refused);
      return;
    }
    logger.error({ err }, messages.internal);
    sendHttpError(res, new HttpError(500, 'ServiceError', messages.internal));
  };
}
