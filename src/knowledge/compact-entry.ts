/**
 * How a served entry is kept in memory: what 30,000 offers cost is mostly their text.
 *
 * - Every string owns its characters. A substring in V8 (a `slice`, a regular expression's
 *   match, what the YAML parser and the front-matter split return) keeps the whole text it was
 *   cut from alive: without the copy, an entry kept its entire file's text for as long as it
 *   was served.
 * - An offer's body holding a character beyond Latin-1 (’, —, …, € — most French bodies) is
 *   kept as UTF-8 bytes and decoded when read: V8 would store it at two bytes per character,
 *   UTF-8 takes one for all but those few. Reading `offer.body` decodes it again (about a
 *   microsecond per kilobyte; answers read one offer's body, the search index reads each once
 *   per reload), so the text never stays on the heap.
 *
 * Measured with 30,000 generated offers (2 KB bodies): the server's live heap after loading went
 * from 234 MB to 132 MB, its bodies now ~57 MB of UTF-8 outside the heap (`npm run bench -- memory`).
 */
import type { Entry } from './schemas.js';

/** V8 cuts substrings shorter than this by copying them already (SlicedString::kMinLength). */
const SHORTEST_SLICE = 13;
/** A character V8 cannot store in a one-byte string. */
const BEYOND_LATIN1 = /[^\u0000-\u00ff]/;

// Not Buffer: small Buffers are cut from shared 8 KB slabs, and one kept body would keep its
// whole slab (and the temporary copies made beside it) alive.
const encoder = new TextEncoder();
const decoder = new TextDecoder();

/**
 * Values shorter than this are shared by every entry that holds them: the same place, tag,
 * family, contract, date or language appears in thousands of offers, each parsed as a string of
 * its own (with 30,000 generated offers, ~8 MB of copies). Longer values are mostly unique.
 */
const SHARED_BELOW = 24;
/** One string per short value ever loaded (a few thousand: places, tags, dates…). */
const shared = new Map<string, string>();

/** `text` as a string of its own (not a view into a larger one), shared when short. */
function ownCopy(text: string): string {
  if (text.length >= SHARED_BELOW) return decoder.decode(encoder.encode(text));
  let one = shared.get(text);
  if (one === undefined) {
    one = text.length < SHORTEST_SLICE ? text : decoder.decode(encoder.encode(text));
    shared.set(one, one);
  }
  return one;
}

/** A deep copy of a plain parsed value (strings, arrays, plain objects; anything else as is) with its strings copied. */
export function detached<T>(value: T): T {
  if (typeof value === 'string') return ownCopy(value) as T;
  if (Array.isArray(value)) return value.map(detached) as T;
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, detached(v)])) as T;
  }
  return value;
}

/** Where a compact body's bytes are kept on its entry (not enumerable: copies and JSON see `body`). */
const BODY_BYTES = Symbol('body bytes');

/**
 * The one getter of every compact body. One function for all (not a closure per entry): V8
 * keeps accessors in the object's hidden class, so a closure per entry would give each entry a
 * hidden class of its own.
 */
function decodeBody(this: { [BODY_BYTES]: Uint8Array }): string {
  return decoder.decode(this[BODY_BYTES]);
}

/**
 * The entry as it is best kept: strings detached, an offer's non-Latin-1 body as UTF-8 bytes.
 * Built property by property, the accessor last: turning an existing data property into an
 * accessor would put the object in V8's slow "dictionary" mode (~2 KB more per offer).
 */
export function compactEntry<T extends Entry>(entry: T): T {
  const bytes = entry.kind === 'offer' && BEYOND_LATIN1.test(entry.body) ? encoder.encode(entry.body) : undefined;
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(entry)) if (!(bytes && key === 'body')) copy[key] = detached(value);
  if (bytes) {
    Object.defineProperty(copy, BODY_BYTES, { value: bytes });
    Object.defineProperty(copy, 'body', { enumerable: true, configurable: true, get: decodeBody });
  }
  return copy as T;
}

/**
 * A copy of `entry` with `fields` changed, keeping its body as it is kept (a spread, `{ ...entry }`,
 * would decode the body into the copy).
 */
export function withFields<T extends Entry>(entry: T, fields: Partial<T>): T {
  const descriptors: PropertyDescriptorMap = Object.getOwnPropertyDescriptors(entry);
  for (const [key, value] of Object.entries(fields)) descriptors[key] = { value, enumerable: true };
  return Object.defineProperties({}, descriptors) as T;
}
