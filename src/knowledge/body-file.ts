/**
 * Offers' bodies kept in a file instead of memory. With 30,000 offers their bodies are most of
 * what the knowledge holds (~55 MB of UTF-8 at 2 KB an offer), yet a turn reads one or two of
 * them, and the search index reads each once when it is built. A server's `KnowledgeBase` writes
 * each offer's body into one file of its own under `DATA_DIR` and keeps only where it lies; reading
 * `offer.body` reads those bytes back (one `pread` from the system's file cache: 30,000 bodies in
 * 0.55 s on a busy machine, 0.22 s from memory) and decodes them. Bodies read back exactly, in
 * copies and in JSON, like any other field.
 *
 * The file is removed from its folder as soon as it is opened (POSIX): nothing is left behind by
 * a crash, two servers sharing a data folder never meet, and the system frees the space once no
 * entry refers to it. It only grows: an edited offer's new body is written after the old one,
 * which stays until the process ends (a few KB per edit).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Entry } from './schemas.js';

/** Where an entry's body lies in its body file (not enumerable: copies and JSON see `body`). */
const BODY_AT = Symbol('body in file');

interface BodyPlace {
  readonly file: BodyFile;
  readonly at: number;
  readonly length: number;
}

/** Where bodies are read into before being decoded (one for all reads: no allocation per read). */
const scratch = Buffer.allocUnsafeSlow(64 * 1024);
const encoder = new TextEncoder();
const decoder = new TextDecoder();
/** Closes a body file's descriptor once neither it nor any entry reading from it is left. */
const closeWhenUnused = new FinalizationRegistry<number>((fd) => {
  try {
    fs.closeSync(fd);
  } catch {
    // already closed
  }
});

/**
 * The one getter of every body kept in a file (one function for all: a closure per entry would
 * give each entry a hidden class of its own, see compact-entry.ts).
 */
function readBody(this: { [BODY_AT]: BodyPlace }): string {
  const { file, at, length } = this[BODY_AT];
  return file.read(at, length);
}

/** A file of bodies, open for the life of the entries that read from it. */
export class BodyFile {
  private size = 0;

  private constructor(private readonly fd: number) {
    closeWhenUnused.register(this, fd);
  }

  /**
   * Opens a new, empty body file in `dir` (created if missing).
   * @throws Error `knowledge:` when the folder cannot be written.
   */
  static open(dir: string): BodyFile {
    const file = path.join(dir, `knowledge-bodies-${process.pid}-${Date.now().toString(36)}.bin`);
    let fd: number;
    try {
      fs.mkdirSync(dir, { recursive: true });
      fd = fs.openSync(file, 'w+', 0o600);
    } catch (error) {
      throw new Error(`knowledge: cannot keep offers' bodies in ${dir} (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
    }
    try {
      fs.unlinkSync(file);
    } catch {
      // A system that cannot remove an open file (Windows): the file stays until removed by hand.
    }
    return new BodyFile(fd);
  }

  /**
   * `entry` with its body in this file, when it is an offer; any other entry as it is. The copy
   * keeps every other property as it was (descriptors included).
   */
  keep<T extends Entry>(entry: T): T {
    if (entry.kind !== 'offer' || Object.hasOwn(entry, BODY_AT)) return entry;
    const bytes = encoder.encode(entry.body);
    const at = this.size;
    let written = 0;
    while (written < bytes.length) written += fs.writeSync(this.fd, bytes, written, bytes.length - written, at + written);
    this.size += bytes.length;
    // Built property by property, the accessor in the place `body` had: see compact-entry.ts.
    const descriptors = Object.getOwnPropertyDescriptors(entry) as Record<string | symbol, PropertyDescriptor>;
    const copy = {};
    for (const key of Reflect.ownKeys(descriptors)) {
      if (key === 'body') Object.defineProperty(copy, 'body', { enumerable: true, configurable: true, get: readBody });
      else if (typeof key === 'string' || key === BODY_AT) Object.defineProperty(copy, key, descriptors[key]!);
    }
    Object.defineProperty(copy, BODY_AT, { value: { file: this, at, length: bytes.length } satisfies BodyPlace });
    return copy as T;
  }

  /** The text of `length` bytes at `at`. */
  read(at: number, length: number): string {
    const bytes = length <= scratch.length ? scratch.subarray(0, length) : Buffer.allocUnsafeSlow(length);
    let done = 0;
    while (done < length) {
      const n = fs.readSync(this.fd, bytes, done, length - done, at + done);
      if (n === 0) throw new Error(`knowledge: the body file ended before ${at + length} bytes`);
      done += n;
    }
    return decoder.decode(bytes);
  }
}
