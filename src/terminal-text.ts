/**
 * A reply's markdown as a terminal shows it (`tremplin chat`, `tremplin ask`): links shortened
 * to their host and the end of their path (on a terminal that knows OSC 8 hyperlinks, the short
 * text opens the whole link), markdown marks removed, lines wrapped to the terminal's width
 * with list items indented under their first word, and suggestions numbered so that typing a
 * number picks one.
 */

/** How a reply is laid out. */
export interface TerminalLayout {
  /** Columns to wrap at. Default 80 (a pipe has no width). */
  width?: number;
  /** Make short links open the whole URL (OSC 8), for a terminal. Default false. */
  hyperlinks?: boolean;
}

/** Links are shown with at most this many characters. */
export const SHORT_LINK_LENGTH = 50;
const DEFAULT_WIDTH = 80;
/** Narrower than this, wrapping does more harm than good. */
const MIN_WIDTH = 30;

const ESC = '\u001b';
const hyperlink = (url: string, text: string) => `${ESC}]8;;${url}${ESC}\\${text}${ESC}]8;;${ESC}\\`;
/** Terminal control sequences (OSC 8 hyperlinks), which take no column. */
const CONTROL = new RegExp(`${ESC}\\]8;;[^${ESC}]*${ESC}\\\\`, 'g');
const visibleLength = (text: string) => [...text.replace(CONTROL, '')].length;

/**
 * `https://www.example.org/a/b/long-page/` → `example.org/…/long-page`: the host, and as much of
 * the end of the path as fits in SHORT_LINK_LENGTH characters, cut at a word.
 */
export function shortLink(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return url.length > SHORT_LINK_LENGTH ? `${url.slice(0, SHORT_LINK_LENGTH - 1)}…` : url;
  }
  const host = parsed.host.replace(/^www\./, '');
  if (host.length >= SHORT_LINK_LENGTH) return `${host.slice(0, SHORT_LINK_LENGTH - 1)}…`;
  const segments = parsed.pathname.split('/').filter(Boolean);
  const last = segments.at(-1) ?? '';
  const whole = segments.length === 0 ? host : segments.length === 1 ? `${host}/${last}` : `${host}/…/${last}`;
  if (whole.length <= SHORT_LINK_LENGTH) return whole;
  const room = SHORT_LINK_LENGTH - host.length - 3;
  const tail = last.slice(-room);
  const word = tail.indexOf('-');
  const end = word >= 0 && word < tail.length - 1 ? tail.slice(word + 1) : tail;
  return room >= 8 ? `${host}/…/${end}` : host;
}

function showLink(url: string, layout: TerminalLayout): string {
  const short = shortLink(url);
  return layout.hyperlinks ? hyperlink(url, short) : short;
}

/** One line of markdown as text: links shortened, emphasis and escapes removed. */
function inline(line: string, layout: TerminalLayout): string {
  return line
    .replace(/\[([^\]]*)\]\((\S+?)\)/g, (_m, title: string, url: string) => `${title} (${showLink(url, layout)})`)
    .replace(/(^|[\s(<])(https?:\/\/[^\s)>]+)/g, (_m, before: string, url: string) => `${before}${showLink(url, layout)}`)
    .replace(/\*\*(.+?)\*\*/g, '$1')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!|~>])/g, '$1');
}

/**
 * Lays `pieces` out in lines of at most `width` columns, joined by `separator`, continuation
 * lines indented by `indent` spaces. A piece wider than a line is left whole.
 */
function fill(pieces: readonly string[], separator: string, width: number, indent: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const piece of pieces) {
    const candidate = current ? `${current}${separator}${piece}` : piece;
    if (current && visibleLength(candidate) > width) {
      lines.push(current);
      current = `${' '.repeat(indent)}${piece}`;
    } else {
      current = candidate;
    }
  }
  if (current.trim()) lines.push(current);
  return lines;
}

/** Wraps one line at `width` between words, continuation lines indented by `indent` spaces. */
const wrap = (line: string, width: number, indent: number): string[] => (visibleLength(line) <= width ? [line] : fill(line.split(' '), ' ', width, indent));

/** The indent of a list item's continuation lines: `- x` → 2, `12. x` → 4. */
const hangingIndent = (line: string) => /^(\s*(?:[-*•▸]|\d+[.)])\s+)/.exec(line)?.[1]!.length ?? 0;

/** `markdown` laid out for a terminal. */
export function terminalText(markdown: string, layout: TerminalLayout = {}): string {
  const width = Math.max(MIN_WIDTH, layout.width ?? DEFAULT_WIDTH);
  return markdown
    .split('\n')
    .flatMap((line) => {
      const text = inline(line, layout);
      return wrap(text, width, hangingIndent(text));
    })
    .join('\n');
}

/** Suggestions numbered for the terminal, wrapped: `1) Télétravail ?   2) Comment postuler`. */
export function numberedSuggestions(titles: readonly string[], layout: TerminalLayout = {}): string {
  const width = Math.max(MIN_WIDTH, layout.width ?? DEFAULT_WIDTH);
  return fill(titles.map((title, i) => `${i + 1}) ${title}`), '   ', width, 0).join('\n');
}

/**
 * The suggestion a typed line picks, if it is the number of one of `suggestions` (1-based): what
 * the user would have clicked. Anything else (another number too) is a question.
 */
export function pickedSuggestion<S>(line: string, suggestions: readonly S[]): S | undefined {
  const match = /^\s*(\d{1,2})\s*$/.exec(line);
  return match ? suggestions[Number(match[1]) - 1] : undefined;
}
