/**
 * The body of a published page made plain markdown, the way HR writes knowledge files: HTML
 * turned into markdown (links, headings, lists, emphasis; layout, styles and scripts dropped),
 * HTML comments removed (they hold hidden, unpublished text), GitBook tags and Hugo
 * shortcodes resolved or removed, kramdown attribute lists removed, headings repaired
 * (`##Titre`, a TAB after the number). Fenced code blocks are left as they are.
 */

/** Named HTML entities met in French pages; numeric ones are decoded in general. */
const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', hellip: '…',
  laquo: '«', raquo: '»', rsquo: '’', lsquo: '‘', ldquo: '“', rdquo: '”', euro: '€', copy: '©', middot: '·',
  eacute: 'é', egrave: 'è', ecirc: 'ê', euml: 'ë', agrave: 'à', acirc: 'â', ccedil: 'ç', icirc: 'î', iuml: 'ï',
  ocirc: 'ô', ugrave: 'ù', ucirc: 'û', uuml: 'ü', oelig: 'œ', Eacute: 'É', Egrave: 'È', Agrave: 'À', Ccedil: 'Ç',
};

/** Decodes HTML entities (`&eacute;`, `&#233;`, `&#xE9;`); unknown ones are kept. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#')) {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name] ?? whole;
  });
}

const BLOCK_TAGS = 'div|section|article|header|footer|main|aside|figure|figcaption|ul|ol|table|thead|tbody|tr|blockquote|dl|dd|dt|center|form|fieldset';

/** HTML in markdown made markdown. Tags it does not know are removed, their text kept. */
export function htmlToMarkdown(html: string): string {
  return decodeEntities(
    html
      // Markdown autolinks are addresses, not tags: `<Prénom.NOM@ministere.gouv.fr>` keeps its address.
      .replace(/<((?:mailto:)?[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}|https?:\/\/[^\s<>]+)>/g, '$1')
      .replace(/<(style|script|nav|noscript|iframe|svg|button)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, '')
      .replace(/<br\s*\/?>/gi, '\n')
      .replace(/<h([1-6])\b[^>]*>([\s\S]*?)<\/h\1\s*>/gi, (_, level: string, inner: string) => `\n\n${'#'.repeat(Number(level))} ${inline(inner)}\n\n`)
      .replace(/<a\b[^>]*?\bhref\s*=\s*["']([^"']*)["'][^>]*>([\s\S]*?)<\/a\s*>/gi, (_, href: string, inner: string) => {
        const text = inline(inner);
        if (href.trim() === '' || href.startsWith('#')) return text;
        return text === '' ? '' : `[${text}](${href.trim()})`;
      })
      .replace(/<img\b[^>]*>/gi, '')
      .replace(/<(strong|b)\b[^>]*>([\s\S]*?)<\/\1\s*>/gi, (_, __, inner: string) => (inline(inner) ? `**${inline(inner)}**` : ''))
      .replace(/<(em|i)\b[^>]*>([\s\S]*?)<\/\1\s*>/gi, (_, __, inner: string) => (inline(inner) ? `_${inline(inner)}_` : ''))
      .replace(/<li\b[^>]*>/gi, '\n- ')
      .replace(/<\/li\s*>/gi, '')
      .replace(/<\/(td|th)\s*>/gi, ' ')
      .replace(/<\/?p\b[^>]*>/gi, '\n\n')
      .replace(new RegExp(`</?(?:${BLOCK_TAGS})\\b[^>]*>`, 'gi'), '\n')
      .replace(/<\/?[a-z][a-z0-9-]*\b[^>]*>/gi, '')
      // Items of one list stay together: `- a\n\n- b` → `- a\n- b`.
      .replace(/^(- [^\n]*)\n(?:[ \t]*\n)+(?=- )/gm, '$1\n'),
  );
}

/** Inner HTML of an inline element, on one line. */
function inline(html: string): string {
  return html.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim();
}

/** GitBook (`{% hint %}`, `{% embed url %}`, `{% content-ref %}`) and other Liquid tags. */
function resolveTemplateTags(text: string): string {
  return text
    .replace(/\{%\s*embed\s+url\s*=\s*"([^"]+)"\s*%\}/g, '<$1>')
    .replace(/\{%-?\s*(?:end)?[a-z_-]+\b[^%]*-?%\}/gi, '')
    .replace(/\{\{-?\s*[a-z_.]+(?:\s*\|[^}]*)?\s*-?\}\}/gi, '');
}

/** Hugo shortcodes: `{{< ref "/recrutement" >}}` → `/recrutement`; the others removed. */
function resolveShortcodes(text: string): string {
  return text
    .replace(/\{\{[<%]\s*(?:rel)?ref\s+"([^"]+)"\s*[>%]\}\}/g, '$1')
    .replace(/\{\{[<%]\s*\/?[^}]*?[>%]\}\}/g, '');
}

/** kramdown attribute lists: `{: .text-center}` alone on a line or at its end. */
function removeAttributeLists(text: string): string {
  return text.replace(/^[ \t]*\{:[^}\n]*\}[ \t]*$/gm, '').replace(/[ \t]*\{:[^}\n]*\}[ \t]*$/gm, '');
}

/** `##Titre` → `## Titre`; TABs and spaces in headings made single spaces; trailing `#`s dropped. */
function repairHeadings(text: string): string {
  return text.replace(/^(#{1,6})[ \t]*(\S.*?)[ \t#]*$/gm, (_, marks: string, title: string) => `${marks} ${title.replace(/[ \t]+/g, ' ')}`);
}

/**
 * The body made plain markdown (see the file comment). Returns trimmed text with LF line
 * ends, no trailing spaces, at most one blank line in a row.
 */
export function cleanBody(body: string): string {
  const parts = body.replace(/\r\n?/g, '\n').split(/^(```[\s\S]*?^```[ \t]*$)/m);
  const cleaned = parts.map((part, i) => {
    if (i % 2 === 1) return part;
    let text = part.replace(/<!--[\s\S]*?-->/g, '').replace(/<!--[\s\S]*$/, '');
    text = resolveTemplateTags(resolveShortcodes(text));
    if (/<\/?[a-z][a-z0-9-]*\b[^>]*>|&[a-z]+;|&#/i.test(text)) text = htmlToMarkdown(text);
    text = removeAttributeLists(text);
    return repairHeadings(text.replace(/\u00a0/g, ' '));
  });
  return cleaned
    .join('')
    .split('\n')
    .map((line) => line.replace(/[ \t]+$/, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
