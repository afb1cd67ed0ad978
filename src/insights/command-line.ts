/**
 * What the `report` and `knowledge diff` command lines share: reading options strictly, and
 * printing Tremplin's own errors as their message (exit 2) rather than as a stack trace.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { TremplinError } from '../errors.js';

/** Options and positionals of a command line, or the parser's message when they are wrong. */
export function readOptions<T>(argv: string[], options: NonNullable<ParseArgsConfig['options']>): { positionals: string[]; values: T } | string {
  try {
    const { positionals, values } = parseArgs({ args: argv, allowPositionals: true, strict: true, options });
    return { positionals, values: values as T };
  } catch (error) {
    return (error as Error).message;
  }
}

/** Runs `work`; a `TremplinError` is written to `stderr` and gives exit code 2, anything else is thrown. */
export async function printingKnownErrors(stderr: NodeJS.WritableStream, work: () => Promise<number>): Promise<number> {
  try {
    return await work();
  } catch (error) {
    if (!(error instanceof TremplinError)) throw error;
    stderr.write(`${error.message}\n`);
    return 2;
  }
}
