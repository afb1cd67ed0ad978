/**
 * Term ids of the whitespace-separated chunks of a text, for the indexer's hot loop.
 *
 * 30,000 offers hold about 9 million chunks but only tens of thousands of distinct ones
 * ("données,", "l’équipe", "Python"). Normalising each chunk once and remembering its term
 * ids is what makes indexing fast; the remaining cost was cutting, hashing and comparing 9
 * million little strings. So this table reads each chunk straight from the text's character
 * codes, computing two independent 32-bit hashes (FNV-1a and the polynomial ×31) on the way,
 * and recognises a chunk by its length and both hashes, without touching any string: a
 * substring is only created the first time a chunk is seen. Two different chunks of the same
 * length would have to agree on 64 bits of hash to be confused (for 100,000 distinct chunks,
 * a chance of about 3 in 10¹⁰ per build — and the harm would be one word indexed as another).
 * Otherwise the result is exactly that of `chunks()` + `chunkTokens()` (see
 * src/understanding/normalise.ts), which tests check.
 */
import { glueSigns } from '../../text/normalise.js';

/** A growable Uint32Array (a plain array of numbers would cost twice the memory). */
export class U32Buffer {
  /** The values; only the first `length` are meaningful. */
  data: Uint32Array;
  /** How many values were pushed. */
  length = 0;
  /** `capacity`: values held before the first reallocation (default 1,024). */
  constructor(capacity = 1024) {
    this.data = new Uint32Array(Math.max(16, capacity));
  }
  /** Makes room for `more` values without reallocating. */
  reserve(more: number): void {
    if (this.length + more <= this.data.length) return;
    const bigger = new Uint32Array(Math.max(this.data.length * 2, this.length + more));
    bigger.set(this.data.subarray(0, this.length));
    this.data = bigger;
  }
  /** Appends one value. */
  push(value: number): void {
    if (this.length === this.data.length) {
      const bigger = new Uint32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = value;
  }
  /** A copy of the pushed values, exactly sized. */
  toArray(): Uint32Array {
    return this.data.slice(0, this.length);
  }
}

/** Whether `c` is JavaScript whitespace (what `/\s/` matches). */
function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Chunk → term ids, for one language. */
export class ChunkTable {
  /** Per slot: the chunk's two hashes and length (0: free slot; a chunk is never empty). */
  private hashes = new Int32Array(1 << 14);
  private seconds = new Int32Array(1 << 14);
  private lengths = new Uint32Array(1 << 14);
  /** Per slot: where its term ids are in `ids`, and how many. */
  private starts = new Uint32Array(1 << 14);
  private counts = new Uint8Array(1 << 14);
  private readonly ids = new U32Buffer();
  private size = 0;

  /** `resolve`: the term ids of one chunk (its tokens minus stopwords, stemmed), computed once per distinct chunk. */
  constructor(private readonly resolve: (chunk: string) => readonly number[]) {}

  /** How many distinct chunks were seen. */
  get distinct(): number {
    return this.size;
  }

  /** Appends the term ids of `text` to `out`; returns how many. */
  add(text: string, out: U32Buffer): number {
    const s = glueSigns(text);
    const n = s.length;
    out.reserve(n + 1);
    const before = out.length;
    let length = before;
    let start = -1;
    let h = 0;
    let h2 = 0;
    for (let i = 0; i < n; i++) {
      const c = s.charCodeAt(i);
      if (c === 32 || isSpace(c)) {
        if (start >= 0) {
          length = this.emit(s, start, i, h, h2, out.data, length);
          start = -1;
        }
      } else {
        if (start < 0) {
          start = i;
          h = 0x811c9dc5 | 0;
          h2 = 0;
        }
        h = Math.imul(h ^ c, 0x01000193);
        h2 = (Math.imul(h2, 31) + c) | 0;
      }
    }
    if (start >= 0) length = this.emit(s, start, n, h, h2, out.data, length);
    out.length = length;
    return length - before;
  }

  /** Writes the ids of chunk s[start, end) at target[length…]; returns the new length. */
  private emit(s: string, start: number, end: number, h: number, h2: number, target: Uint32Array, length: number): number {
    const { hashes, seconds, lengths } = this;
    const mask = hashes.length - 1;
    let slot = h & mask;
    for (;;) {
      const size = lengths[slot]!;
      if (size === 0) {
        slot = this.insert(s.slice(start, end), h, h2, slot);
        break;
      }
      if (hashes[slot] === h && seconds[slot] === h2 && size === end - start) break;
      slot = (slot + 1) & mask;
    }
    const ids = this.ids.data;
    const to = this.starts[slot]! + this.counts[slot]!;
    for (let k = this.starts[slot]!; k < to; k++) target[length++] = ids[k]!;
    return length;
  }

  /** Stores a chunk seen for the first time at `slot`; returns its slot (after growing, maybe). */
  private insert(chunk: string, h: number, h2: number, slot: number): number {
    const ids = this.resolve(chunk);
    const count = Math.min(ids.length, 255);
    this.hashes[slot] = h;
    this.seconds[slot] = h2;
    this.lengths[slot] = chunk.length;
    this.starts[slot] = this.ids.length;
    this.counts[slot] = count;
    for (let k = 0; k < count; k++) this.ids.push(ids[k]!);
    if (++this.size * 2 <= this.hashes.length) return slot;
    this.grow();
    const mask = this.hashes.length - 1;
    let moved = h & mask;
    while (!(this.hashes[moved] === h && this.seconds[moved] === h2 && this.lengths[moved] === chunk.length)) moved = (moved + 1) & mask;
    return moved;
  }

  private grow(): void {
    const { hashes, seconds, lengths, starts, counts } = this;
    const capacity = hashes.length * 2;
    const mask = capacity - 1;
    this.hashes = new Int32Array(capacity);
    this.seconds = new Int32Array(capacity);
    this.lengths = new Uint32Array(capacity);
    this.starts = new Uint32Array(capacity);
    this.counts = new Uint8Array(capacity);
    for (let old = 0; old < hashes.length; old++) {
      if (lengths[old] === 0) continue;
      let slot = hashes[old]! & mask;
      while (this.lengths[slot] !== 0) slot = (slot + 1) & mask;
      this.hashes[slot] = hashes[old]!;
      this.seconds[slot] = seconds[old]!;
      this.lengths[slot] = lengths[old]!;
      this.starts[slot] = starts[old]!;
      this.counts[slot] = counts[old]!;
    }
  }
}
