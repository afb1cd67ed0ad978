/**
 * A reply's markdown as the HTML Teams renders (`textFormat: 'xml'`): paragraphs, line breaks,
 * bold, italics, links and lists. Teams' own markdown support varies between clients, and the
 * Microsoft 365 Agents Playground shows the text of a message with suggested actions as plain
 * text unless it holds HTML; HTML renders the same everywhere.
 *
 * markdown-it (the parser Web Chat itself uses) with raw HTML off: any `<` in the knowledge or
 * in what a user typed and the bot quotes comes out escaped, never as markup.
 */
import { createRequire } from 'node:module';
import type MarkdownIt from 'markdown-it';

/**
 * The parser, loaded on the first Teams reply rather than with the server (only Teams replies
 * need it; an idle server keeps about 0.6 MB less heap). markdown-it is a CommonJS package, so
 * `require` loads it synchronously and replies stay synchronous.
 */
let markdown: MarkdownIt | undefined;
function parser(): MarkdownIt {
  if (!markdown) {
    const MarkdownItClass = createRequire(import.meta.url)('markdown-it') as typeof MarkdownIt;
    markdown = new MarkdownItClass({ html: false, linkify: false, breaks: true, typographer: false });
  }
  return markdown;
}

/** The HTML Teams shows for `text`, a reply's markdown. */
export function teamsHtml(text: string): string {
  return parser()
    .render(text)
    .replace(/\n+$/, '')
    .replace(/>\n+</g, '><');
}
