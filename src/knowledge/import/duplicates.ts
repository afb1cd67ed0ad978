/**
 * The same offer published several times — copied between folders, left on a branch, renamed
 * (four "mobilic recrute un·e business developer" pages) — is imported once. Two pages are one
 * offer when they have the same employer and team, the same title (compared folded) and
 * nearly the same text: at least `SAME_TEXT` of their words in common (Jaccard), and were
 * published within `SAME_ROUND_DAYS` of each other (or one has no date) — the same role
 * published again a year later is a new round of recruitment, kept apart unless its text is
 * the same (`SAME_PAGE`). Of such
 * pages the one kept is the most recently published, then the one of the site's main history
 * (not an unmerged branch nor a removed file), then the longest. The same pages always give
 * the same choice.
 */
import { fold } from './text.js';

/** Least share of words two texts have in common to be one offer. */
export const SAME_TEXT = 0.6;
/** Most days between two publications of one offer (beyond, a new round of recruitment)… */
export const SAME_ROUND_DAYS = 180;
/** …unless the texts share this much: the same page published again. */
export const SAME_PAGE = 0.9;

const apart = (a?: string, b?: string) => (a && b ? Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000 : 0);

/** What the comparison reads of one converted page. */
export interface OfferPage {
  /** The page, relative to the imported folder. */
  readonly page: string;
  readonly organisation: string;
  readonly team?: string;
  readonly title: string;
  readonly body: string;
  readonly publishedOn?: string;
}

/** A page found to repeat another. */
export interface Duplicate {
  /** Index of the page kept. */
  readonly of: number;
  /** Share of words in common, 0 to 1. */
  readonly similarity: number;
}

/** Folders of pages that never reached the site's main history, or left it. */
const SIDE_HISTORY = /(?:^|\/)[^/]*(?:unmerged|removed|draft|brouillon|archive)[^/]*\//i;

const words = (text: string) => new Set(fold(text).split(/[^a-z0-9]+/).filter((w) => w.length >= 3));

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared += 1;
  const all = a.size + b.size - shared;
  return all === 0 ? 1 : shared / all;
}

/** Orders pages best first: newest, main history, longest, then by path. */
function better(a: OfferPage, b: OfferPage): number {
  return (
    (b.publishedOn ?? '').localeCompare(a.publishedOn ?? '') ||
    Number(SIDE_HISTORY.test(a.page)) - Number(SIDE_HISTORY.test(b.page)) ||
    b.body.length - a.body.length ||
    (a.page < b.page ? -1 : a.page > b.page ? 1 : 0)
  );
}

/**
 * The pages of `pages` that repeat another, by index: each with the index of the page kept.
 * Pages not in the map are kept.
 */
export function findDuplicates(pages: readonly OfferPage[]): Map<number, Duplicate> {
  const groups = new Map<string, number[]>();
  pages.forEach((p, i) => {
    const key = `${p.organisation}\u0000${fold(p.team ?? '').replace(/[^a-z0-9]+/g, '')}\u0000${fold(p.title).replace(/[^a-z0-9]+/g, '')}`;
    const list = groups.get(key);
    if (list) list.push(i);
    else groups.set(key, [i]);
  });
  const duplicates = new Map<number, Duplicate>();
  for (const indexes of groups.values()) {
    if (indexes.length < 2) continue;
    const ordered = [...indexes].sort((a, b) => better(pages[a]!, pages[b]!));
    const kept: { index: number; words: Set<string> }[] = [];
    for (const index of ordered) {
      const own = words(pages[index]!.body);
      let best: { index: number; similarity: number } | undefined;
      for (const k of kept) {
        const similarity = jaccard(own, k.words);
        const sameRound = apart(pages[index]!.publishedOn, pages[k.index]!.publishedOn) <= SAME_ROUND_DAYS;
        if (similarity >= (sameRound ? SAME_TEXT : SAME_PAGE) && (!best || similarity > best.similarity)) best = { index: k.index, similarity };
      }
      if (best) duplicates.set(index, { of: best.index, similarity: best.similarity });
      else kept.push({ index, words: own });
    }
  }
  return duplicates;
}
