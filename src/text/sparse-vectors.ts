/**
 * Sparse feature vectors (feature → weight) and the cosine similarity the intent classifier and
 * the FAQ matcher both rank with. Runs on every message: the loops use `forEach` rather than
 * for-of over entries, which would allocate a `[key, value]` array per entry.
 */

/** A sparse vector: feature → weight. */
export type SparseVector = ReadonlyMap<string, number>;

/** Euclidean length of `vector`. */
export function norm(vector: SparseVector): number {
  let squares = 0;
  vector.forEach((w) => (squares += w * w));
  return Math.sqrt(squares);
}

/**
 * The dot product of `query` with every item that shares a feature with it, found through
 * `byFeature` (feature → the items whose vector has it); items sharing none are absent.
 */
export function dotProducts<T extends { vector: SparseVector }>(query: SparseVector, byFeature: ReadonlyMap<string, readonly T[]>): Map<T, number> {
  const dots = new Map<T, number>();
  query.forEach((w, feature) => {
    const items = byFeature.get(feature);
    if (!items) return;
    for (let i = 0; i < items.length; i++) {
      const item = items[i]!;
      dots.set(item, (dots.get(item) ?? 0) + w * item.vector.get(feature)!);
    }
  });
  return dots;
}
