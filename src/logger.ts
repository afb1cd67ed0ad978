/**
 * Structured logs (pino). Personal data never reaches a log line in clear: e-mail addresses
 * and application references are masked wherever they appear, by key (redaction) and in free
 * text (the `mask` serializer).
 */
import { pino, type DestinationStream, type Logger } from 'pino';

export type { Logger };

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;

/** Replaces e-mail addresses in free text by `[email]`. */
export function maskEmails(text: string): string {
  return text.replace(EMAIL, '[email]');
}

/** Keys whose value is personal data, removed from every log line. */
export const REDACTED_PATHS = [
  'email',
  '*.email',
  'reference',
  '*.reference',
  'text',
  '*.text',
  'activity.text',
  'req.headers.authorization',
  'headers.authorization',
];

/**
 * Creates the application logger.
 * @param level pino level; `silent` for tests.
 * @param destination where lines go. Default standard output; the command line uses standard
 *   error so its own output stays clean, tests a buffer.
 */
export function createLogger(level: string = 'info', destination?: DestinationStream): Logger {
  const options: pino.LoggerOptions = {
    level,
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    formatters: { level: (label) => ({ level: label }) },
    hooks: {
      logMethod(args, method) {
        const masked = args.map((a) => (typeof a === 'string' ? maskEmails(a) : a)) as typeof args;
        method.apply(this, masked);
      },
    },
  };
  return destination ? pino(options, destination) : pino(options);
}
