/**
 * A reply's markdown as the HTML Teams renders (`textFormat: 'xml'`): paragraphs, line breaks,
 * bold, italics, links and lists. Teams' own markdown support varies between clients, and the
 * Microsoft 365 Agents Playground shows the text of a message with suggested actions as plain
 * text unless it holds HTML; HTML renders the same everywhere.
 *
 * markdown-it (the parser Web Chat itself uses) with raw HTML off: any `<` in the knowledge or
 * in what a user typed and the bot quotes comes out escaped, never as markup.
 */
import MarkdownIt from 'markdown-it';

const markdown = new MarkdownIt({ html: false, linkify: false, breaks: true, typographer: false });

/** The HTML Teams shows for `text`, a reply's markdown. */
export function teamsHtml(text: string): string {
  return markdown
    .render(text)
    .replace(/\n+$/, '')
    .replace(/>\n+</g, '><');
}
