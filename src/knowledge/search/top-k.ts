/**
 * Keeps the k best-scored items of a stream in a binary min-heap: O(n log k) instead of
 * sorting every entry a query touched (30,000 when it contains a common word).
 */
export class TopK {
  private readonly scores: Float64Array;
  private readonly items: Uint32Array;
  private count = 0;

  /** `capacity`: how many items to keep (k ≥ 1). */
  constructor(readonly capacity: number) {
    this.scores = new Float64Array(capacity);
    this.items = new Uint32Array(capacity);
  }

  /** The score an item must beat to be kept: the k-th best so far, −∞ until k items are kept. */
  get floor(): number {
    return this.count < this.capacity ? -Infinity : this.scores[0]!;
  }

  /** Offers an item; kept if among the best `capacity` so far (ties keep the earlier item). */
  push(score: number, item: number): void {
    if (this.count < this.capacity) {
      let i = this.count++;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (this.scores[parent]! <= score) break;
        this.scores[i] = this.scores[parent]!;
        this.items[i] = this.items[parent]!;
        i = parent;
      }
      this.scores[i] = score;
      this.items[i] = item;
      return;
    }
    if (score <= this.scores[0]!) return;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= this.count) break;
      const right = left + 1;
      const child = right < this.count && this.scores[right]! < this.scores[left]! ? right : left;
      if (this.scores[child]! >= score) break;
      this.scores[i] = this.scores[child]!;
      this.items[i] = this.items[child]!;
      i = child;
    }
    this.scores[i] = score;
    this.items[i] = item;
  }

  /** The kept items, best score first (equal scores: smaller item first). */
  sorted(): Array<{ score: number; item: number }> {
    const out: Array<{ score: number; item: number }> = [];
    for (let i = 0; i < this.count; i++) out.push({ score: this.scores[i]!, item: this.items[i]! });
    return out.sort((a, b) => b.score - a.score || a.item - b.item);
  }
}
