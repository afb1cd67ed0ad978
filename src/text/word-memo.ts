/**
 * A memo of what a pure function of one word (or one chunk of text) gives, so that words
 * typed again and again — and the knowledge's own, indexed many times — cost one lookup.
 *
 * Bounded twice, since visitors choose what is remembered: at most `maxEntries` keys (then it
 * starts afresh), and only keys of `maxKeyLength` characters or fewer. No real word is long:
 * a 4,000-letter "word" is computed each time it comes and never kept, so that a flood of
 * distinct long words (20,000 messages of 4,000 random letters) holds nothing, where a memo
 * bounded in entries alone held hundreds of megabytes.
 */
export class WordMemo<V> {
  private readonly map = new Map<string, V>();
  private keyCharacters = 0;

  /**
   * @param maxEntries keys kept at most; when full, the memo is emptied (the words in use come
   *   back at once). More: fewer recomputations, more memory (~100 bytes a short key).
   * @param maxKeyLength longest key kept, in characters; longer keys are never remembered.
   */
  constructor(
    private readonly maxEntries: number,
    private readonly maxKeyLength: number,
  ) {}

  /** The remembered value of `key`, else `compute(key)`, remembered when `key` is short enough. */
  get(key: string, compute: (key: string) => V): V {
    let value = this.map.get(key);
    if (value === undefined) {
      value = compute(key);
      if (key.length <= this.maxKeyLength) {
        if (this.map.size >= this.maxEntries) this.clear();
        this.map.set(key, value);
        this.keyCharacters += key.length;
      }
    }
    return value;
  }

  /** Forgets everything. */
  clear(): void {
    this.map.clear();
    this.keyCharacters = 0;
  }

  /** Keys held, and their characters in all (the values are no longer than their keys). */
  get size(): { entries: number; characters: number } {
    return { entries: this.map.size, characters: this.keyCharacters };
  }
}
