/**
 * Text someone else wrote, shown as text: a visitor's question in the recruiters' report of
 * unanswered questions (Teams, the command line), a recruiter's note in the candidate's status
 * reply. Whatever it holds — markdown, HTML, entities, control characters, links of any form —
 * it must come out as the words it is, never as a link, an image, markup or a terminal escape.
 * The one place that does it:
 *
 * - `plainText`: entities decoded (`&#58;`, `&colon;`, twice-encoded…) so that nothing hides
 *   behind them, compatibility forms folded (`ｈｔｔｐｓ：／／`), control, bidirectional and
 *   zero-width characters removed, lines joined; every link masked to its host with its dots
 *   bracketed (`phish[.]example/…`), whatever its form — `https://…`, `https:/…`, `//host`,
 *   `www.…`, `javascript:…`, `data:…`, a bare `host.tld/path` — so that no renderer makes it
 *   a link again. For a terminal and for plain-text channels.
 * - `markdownText`: `plainText`, then every character markdown or HTML gives a meaning to
 *   escaped, for a reply's markdown (Web Chat renders it, Teams gets its HTML).
 */

/** Named entities a link can hide behind (the numeric ones are all decoded). */
const NAMED_ENTITIES: ReadonlyMap<string, string> = new Map([
  ['amp', '&'], ['lt', '<'], ['gt', '>'], ['quot', '"'], ['apos', "'"], ['nbsp', ' '], ['colon', ':'], ['sol', '/'],
  ['bsol', '\\'], ['period', '.'], ['lpar', '('], ['rpar', ')'], ['lsqb', '['], ['rsqb', ']'], ['lbrack', '['], ['rbrack', ']'],
  ['excl', '!'], ['num', '#'], ['quest', '?'], ['equals', '='], ['commat', '@'], ['tab', ' '], ['newline', ' '], ['grave', '`'],
]);

const ENTITY = /&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|([a-z]{2,8}));?/gi;

/** Decodes character references, as a browser or a markdown renderer would, until none is left (3 rounds at most). */
function decodeEntities(text: string): string {
  let current = text;
  for (let round = 0; round < 3; round++) {
    const next = current.replace(ENTITY, (whole, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
      const code = dec !== undefined ? Number(dec) : hex !== undefined ? Number.parseInt(hex, 16) : undefined;
      if (code !== undefined) return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
      return NAMED_ENTITIES.get(name!.toLowerCase()) ?? whole;
    });
    if (next === current) return next;
    current = next;
  }
  return current;
}

/** Control, bidirectional-override and zero-width characters: never shown, never passed on. */
const INVISIBLE = /[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb]/g;
const LINE_BREAKS = /[\t\n\r\f\u0085\u2028\u2029]+/g;

/** `beta.gouv.fr` → `beta[.]gouv[.]fr`: a host nobody's renderer makes a link of. */
const defang = (host: string) => host.replace(/\./g, "[.]");

/** A link as its host and whether it had more: `phish[.]example/…`; a link without a host as its scheme: `javascript[:]…`. */
function maskedLink(link: string): string {
  const withoutScheme = link.replace(/^[a-z][a-z0-9+.-]{0,30}:/i, '');
  const scheme = link.length > withoutScheme.length ? link.slice(0, link.length - withoutScheme.length - 1).toLowerCase() : undefined;
  const rest = withoutScheme.replace(/^[/\\]+/, '');
  const authority = /^[^/\\?#\s]*/.exec(rest)![0];
  const host = authority.replace(/^.*@/, '').replace(/:\d*$/, '');
  const hostLike = /^[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)+$/u.test(host) || /^\[[0-9a-f:.]+\]$/i.test(host);
  if (!hostLike) return `${scheme ?? 'lien'}[:]…`;
  return `${defang(host)}${rest.length > authority.length ? '/…' : ''}`;
}

/** Schemes that make links or run code; any `word://` too. */
const SCHEMES = 'https?|ftps?|file|javascript|vbscript|livescript|data|blob|mailto|tel|sms|wss?|about|intent|view-source|ms-[a-z-]+|[a-z][a-z0-9+.-]{1,30}(?=:[/\\\\]{2})';
/** Links, in the order tried: a scheme (`https:/x`, `javascript:…`), protocol-relative `//host`, `www.`, a bare `host.tld`. */
const LINK = new RegExp(
  [
    `(?<![\\p{L}\\p{N}])(?:${SCHEMES}):(?=\\S)[^\\s<>"'\`]*`,
    `(?<![\\p{L}\\p{N}:/\\\\])[/\\\\]{2}[\\p{L}\\p{N}.\\[\\]:-]+[^\\s<>"'\`]*`,
    `(?<![\\p{L}\\p{N}.@])www\\.[^\\s<>"'\`]+`,
    `(?<![\\p{L}\\p{N}.@/-])(?:[\\p{L}\\p{N}-]+\\.)+\\p{L}{2,24}(?![\\p{L}\\p{N}@-])(?:[/?#][^\\s<>"'\`]*)?`,
  ].join('|'),
  'giu',
);
/** Punctuation that ends a sentence rather than a link. */
const LINK_TAIL = /[.,;:!?)\]}»"'’]+$/;

/** `text` safe to show as plain text: see the module comment. */
export function plainText(text: string): string {
  const visible = decodeEntities(text).normalize('NFKC').replace(INVISIBLE, '').replace(LINE_BREAKS, ' ');
  return visible
    .replace(LINK, (link) => {
      const tail = LINK_TAIL.exec(link)?.[0] ?? '';
      return `${maskedLink(tail ? link.slice(0, -tail.length) : link)}${tail}`;
    })
    .replace(/ {2,}/g, ' ')
    .trim();
}

/** Characters markdown (CommonMark, Teams) or HTML give a meaning to. */
const MARKDOWN_SIGNIFICANT = /[\\`*_{}[\]()#+\-.!|~>]/g;

/** `text` safe to put in a reply's markdown: `plainText`, with markdown and HTML escaped. */
export function markdownText(text: string): string {
  return plainText(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(MARKDOWN_SIGNIFICANT, (c) => `\\${c}`);
}
