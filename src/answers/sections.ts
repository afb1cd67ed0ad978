/**
 * Reading one section of a markdown body ("## Contrat", "#### Rémunération"), to quote what an
 * announcement says about a topic in its own words.
 */

/**
 * The text under the first heading that matches `heading`, up to the next heading of the same
 * or a higher level; blank lines collapsed; cut at `maxLength` on a sentence end.
 */
export function section(body: string, heading: RegExp, maxLength = 600): string | undefined {
  const lines = body.split(/\r?\n/);
  let level = 0;
  const out: string[] = [];
  for (const line of lines) {
    const m = /^(#{1,6})\s+(.*)$/.exec(line);
    if (level === 0) {
      if (m && heading.test(m[2]!)) level = m[1]!.length;
      continue;
    }
    if (m && m[1]!.length <= level) break;
    out.push(line);
  }
  const text = out.join('\n').replace(/\n{3,}/g, '\n\n').trim();
  if (!text) return undefined;
  if (text.length <= maxLength) return text;
  const cut = text.slice(0, maxLength);
  const end = Math.max(cut.lastIndexOf('. '), cut.lastIndexOf('.\n'), cut.lastIndexOf(' ;'));
  return `${end > maxLength / 3 ? cut.slice(0, end + 1) : cut}…`;
}
