/**
 * Structured logs (pino). Personal data never reaches a log line in clear: e-mail addresses
 * and application references are masked wherever they appear, by key (redaction) and in free
 * text (the `mask` serializer).
 *
 * Log lines are written in English, for operators (what users and HR read — the bot's answers,
 * the command line's output — is French first); each message starts with the module that
 * writes it (`server: …`, `knowledge: …`, `applications: …`).
 *
 * Format: one JSON object per line for log collectors; when the output is a terminal (`auto`,
 * the default), readable lines instead — `12:04:31.218 INFO  server: listening on … (port: 3978)` —
 * through pino-pretty, in this process (no worker thread), loaded only then.
 */
import { createRequire } from 'node:module';
import { pino, type DestinationStream, type Logger } from 'pino';
import type { PrettyOptions } from 'pino-pretty';

export type { Logger };

/** How log lines are written: JSON, readable lines, or readable lines only on a terminal (`auto`). */
export type LogFormat = 'auto' | 'json' | 'pretty';
export const LOG_FORMATS: readonly LogFormat[] = ['auto', 'json', 'pretty'];

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

const require = createRequire(import.meta.url);

/** A stream writing readable lines to `output` (a terminal: colours when it supports them). */
function readableLines(output: NodeJS.WriteStream): DestinationStream {
  const pretty = require('pino-pretty') as (options: PrettyOptions) => DestinationStream;
  return pretty({
    destination: output === process.stderr ? 2 : 1,
    sync: true,
    colorize: output.isTTY === true && output.hasColors?.() === true,
    translateTime: 'SYS:HH:MM:ss.l',
    ignore: 'pid,hostname',
    singleLine: true,
  });
}

/**
 * Creates the application logger.
 * @param level pino level; `silent` for tests.
 * @param destination where lines go. Default standard output; the command line uses standard
 *   error so its own output stays clean, tests a buffer.
 * @param format `json` (default), `pretty`, or `auto`: readable lines when the destination is
 *   standard output or error and a terminal, JSON otherwise. Readable lines need a destination
 *   that is one of the process's own outputs; any other keeps JSON.
 */
export function createLogger(level: string = 'info', destination?: DestinationStream, format: LogFormat = 'json'): Logger {
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
  const output = destination === undefined ? process.stdout : destination === process.stderr || destination === process.stdout ? (destination as NodeJS.WriteStream) : undefined;
  const readable = output !== undefined && (format === 'pretty' || (format === 'auto' && output.isTTY === true));
  if (readable) return pino(options, readableLines(output));
  return destination ? pino(options, destination) : pino(options);
}
