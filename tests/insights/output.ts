/** Standard output and error for a command line under test, read back as text. */
import { PassThrough } from 'node:stream';

export interface CapturedOutput {
  stdout: PassThrough;
  stderr: PassThrough;
  /** What was written so far. */
  text(): { out: string; err: string };
}

export function captureOutput(): CapturedOutput {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (c) => (out += c));
  stderr.on('data', (c) => (err += c));
  return { stdout, stderr, text: () => ({ out, err }) };
}
