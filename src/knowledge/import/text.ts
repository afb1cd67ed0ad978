/**
 * Small text helpers of the import: folding for comparisons, identifiers from file names, and
 * markdown inline text made plain (for titles, labels and the short values written in the
 * front matter). The body itself is cleaned by `body.ts`.
 */

/** Lowercase, accents removed, typographic apostrophes made straight: for comparing words only. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .toLowerCase();
}

/** Longest identifier made from a file name; longer ones are cut at a dash. */
export const MAX_ID_LENGTH = 80;

/**
 * An identifier (lowercase letters, digits, dashes) from any text: accents removed, every run
 * of other characters (spaces, `·`, `.`, `_`, `@`, parentheses) made one dash.
 * `2021-05-04-mobilic recrute un·e business developer` → `2021-05-04-mobilic-recrute-un-e-business-developer`.
 * @param fallback returned when nothing usable is left (default `page`).
 */
export function slugify(text: string, fallback = 'page'): string {
  let slug = fold(text)
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length > MAX_ID_LENGTH) {
    const cut = slug.slice(0, MAX_ID_LENGTH);
    slug = (cut.lastIndexOf('-') > MAX_ID_LENGTH / 2 ? cut.slice(0, cut.lastIndexOf('-')) : cut).replace(/-+$/, '');
  }
  return slug === '' ? fallback : slug;
}

/** Emoji and pictographs (with their joiners and variation selectors). */
const EMOJI = /[\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}\u200d\ufe0f\u20e3]/gu;

/** Removes emoji and pictographs. */
export function stripEmoji(text: string): string {
  return text.replace(EMOJI, '');
}

/**
 * Markdown inline text made plain: a leading list mark removed, links keep their text (`[écrivez-nous](mailto:x)` →
 * `écrivez-nous`), emphasis, code marks, HTML tags and backslash escapes go, whitespace is
 * collapsed.
 */
export function plainText(markdown: string): string {
  return markdown
    .replace(/^\s*(?:[-*•+]|\d{1,2}[.)])\s+/, '')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, ' ')
    .replace(/(\*\*|__)(.*?)\1/g, '$2')
    .replace(/(^|[\s(])[*_](\S(?:.*?\S)?)[*_](?=[\s.,;:!?)]|$)/g, '$1$2')
    .replace(/\*\*|__/g, '')
    .replace(/`+/g, '')
    .replace(/\\([\\`*_{}[\]()#+\-.!|])/g, '$1')
    .replace(/\\$/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The first letter upper-cased (`un·e chef·fe de produit` → `Un·e chef·fe de produit`). */
export function capitalise(text: string, lang: 'fr' | 'en'): string {
  const first = text.codePointAt(0);
  if (first === undefined) return text;
  const char = String.fromCodePoint(first);
  return char.toLocaleUpperCase(lang) + text.slice(char.length);
}

/** Cuts `text` to at most `max` characters, at a word boundary, with `…`. */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}
