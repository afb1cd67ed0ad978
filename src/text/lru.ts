/**
 * A small least-recently-used cache: a `Map` kept in use order, the oldest key dropped when
 * full. Search keeps the typo/prefix expansions of query words in one, so a word typed again
 * (the same question asked by many candidates) costs one lookup.
 */
export class LruCache<K, V> {
  private readonly map = new Map<K, V>();

  /**
   * @param capacity how many keys to keep (at least 1); more memory, more hits.
   * @param maxKeyLength longest string key kept, in characters (default: any). Caches keyed by
   *   what visitors type set it: a long message is never asked twice by candidates, and 2,000
   *   remembered messages of 4,000 characters each held tens of megabytes.
   */
  constructor(
    private readonly capacity: number,
    private readonly maxKeyLength = Infinity,
  ) {
    if (!(capacity >= 1)) throw new RangeError('LruCache capacity must be at least 1');
  }

  /** The value for `key`, marked as just used; `undefined` when absent. */
  get(key: K): V | undefined {
    const value = this.map.get(key);
    if (value !== undefined) {
      this.map.delete(key);
      this.map.set(key, value);
    }
    return value;
  }

  /** Forgets `key` (a value that turned out bad, such as a failed promise). */
  delete(key: K): void {
    this.map.delete(key);
  }

  /** Stores `value`, evicting the least recently used key when full; a key over `maxKeyLength` is not kept. */
  set(key: K, value: V): void {
    if (typeof key === 'string' && key.length > this.maxKeyLength) return;
    this.map.delete(key);
    this.map.set(key, value);
    if (this.map.size > this.capacity) this.map.delete(this.map.keys().next().value as K);
  }

  /** How many keys are cached. */
  get size(): number {
    return this.map.size;
  }
}
