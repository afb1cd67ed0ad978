/**
 * A compact word-level diff of two answers, for `tremplin knowledge diff`: removed words in
 * `[-…-]`, added words in `{+…+}` (the notation of `git diff --word-diff=plain`), unchanged
 * stretches longer than a few words shortened to `…`.
 */

/** Options of `wordDiff`. */
export interface WordDiffOptions {
  /** Unchanged words kept on each side of a change. Default 4. */
  context?: number;
  /**
   * Largest before × after word count compared word by word (memory grows with it). Default
   * 4,000,000 (two answers of 2,000 words); beyond, both texts are shown whole.
   */
  maxCells?: number;
}

type Part = { kind: 'same' | 'removed' | 'added'; words: string[] };

const words = (text: string) => text.split(/\s+/).filter(Boolean);

/** The longest common subsequence of two word lists, as a list of parts in order. */
function diffWords(a: readonly string[], b: readonly string[]): Part[] {
  const n = a.length;
  const m = b.length;
  // lengths[i][j]: LCS length of a[i..] and b[j..], in one flat array.
  const lengths = new Uint32Array((n + 1) * (m + 1));
  for (let i = n - 1; i >= 0; i -= 1) {
    for (let j = m - 1; j >= 0; j -= 1) {
      lengths[i * (m + 1) + j] =
        a[i] === b[j] ? lengths[(i + 1) * (m + 1) + j + 1]! + 1 : Math.max(lengths[(i + 1) * (m + 1) + j]!, lengths[i * (m + 1) + j + 1]!);
    }
  }
  const parts: Part[] = [];
  const push = (kind: Part['kind'], word: string) => {
    const last = parts.at(-1);
    if (last?.kind === kind) last.words.push(word);
    else parts.push({ kind, words: [word] });
  };
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) {
      push('same', a[i]!);
      i += 1;
      j += 1;
    } else if (i < n && (j === m || lengths[(i + 1) * (m + 1) + j]! >= lengths[i * (m + 1) + j + 1]!)) {
      push('removed', a[i]!);
      i += 1;
    } else {
      push('added', b[j]!);
      j += 1;
    }
  }
  return parts;
}

/**
 * `before` → `after` in one line: `Oui, [-ponctuellement.-] {+deux jours par semaine.+} …`.
 * Line breaks are read as spaces. Returns an empty string when the words are the same.
 */
export function wordDiff(before: string, after: string, options: WordDiffOptions = {}): string {
  const context = options.context ?? 4;
  const a = words(before);
  const b = words(after);
  if (a.join(' ') === b.join(' ')) return '';
  if ((a.length + 1) * (b.length + 1) > (options.maxCells ?? 4_000_000)) return `[-${a.join(' ')}-] {+${b.join(' ')}+}`;
  const parts = diffWords(a, b);
  return parts
    .map((part, index) => {
      if (part.kind === 'removed') return `[-${part.words.join(' ')}-]`;
      if (part.kind === 'added') return `{+${part.words.join(' ')}+}`;
      const first = index === 0;
      const last = index === parts.length - 1;
      const keep = (first ? 0 : context) + (last ? 0 : context);
      if (part.words.length <= keep + 1) return part.words.join(' ');
      const head = first ? [] : part.words.slice(0, context);
      const tail = last ? [] : part.words.slice(-context);
      return [...head, '…', ...tail].join(' ');
    })
    .join(' ');
}
