/**
 * HTTP errors in one typed form: a status, a stable code for programs, and a message for
 * developers (from src/errors.ts). Routes throw them; `sendHttpError` writes them as the Bot
 * Framework services do: `{ "error": { "code": "...", "message": "..." } }`.
 */
import type { ErrorRequestHandler, Response } from 'express';
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

/** What body-parser attaches to the errors it raises. */
interface BodyParserError {
  type?: string;
  status?: number;
}

/**
 * An express error handler for JSON APIs: `HttpError`s are sent as they are; body-parser's
 * "too large" and "bad JSON" become 413 and 400; anything else is logged and becomes a 500
 * whose message reveals nothing.
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
    if (err instanceof HttpError) {
      sendHttpError(res, err);
      return;
    }
    const parserError = err as BodyParserError;
    if (parserError?.type === 'entity.too.large') {
      sendHttpError(res, new HttpError(413, 'PayloadTooLarge', messages.bodyTooLarge(bodyLimit)));
      return;
    }
    if (parserError?.type === 'entity.parse.failed') {
      sendHttpError(res, new HttpError(400, 'BadSyntax', messages.invalidJson));
      return;
    }
    if (typeof parserError?.status === 'number' && parserError.status >= 400 && parserError.status < 500) {
      sendHttpError(res, new HttpError(parserError.status, 'BadArgument', String((err as Error).message)));
      return;
    }
    logger.error({ err }, messages.internal);
    sendHttpError(res, new HttpError(500, 'ServiceError', messages.internal));
  };
}
