/**
 * A precise question about an employer that no FAQ entry answers ("depuis quand beta.gouv.fr
 * existe ?", "How big is the beta.gouv.fr community?"): the paragraph of the employer's own
 * presentation that is about it, quoted with its source. Never a guess: without a paragraph
 * sharing a distinctive word with the question, there is no passage.
 */
import type { Lang, Organisation } from '../knowledge/schemas.js';
import { isStopword, stem, tokenize } from '../text/normalise.js';
import { passageWords } from '../understanding/aspects.js';
import type { Lexicon } from '../understanding/lexicon.js';
import type { Understanding } from '../understanding/reading.js';
import { answer, type Answer } from './answer.js';
import { of } from './format.js';
import type { KnowledgeView } from './knowledge-view.js';

/** Shared beginning long enough to match a word across French and English ("communauté", "community"). */
const PREFIX = 6;

function keysOf(token: string, langs: readonly Lang[]): string[] {
  const keys = langs.map((l) => `s:${stem(token, l)}`);
  if (token.length >= PREFIX) keys.push(`p:${token.slice(0, PREFIX)}`);
  return keys;
}

/** The presentation's paragraph a question is about, or `undefined`. */
export function organisationPassage(view: KnowledgeView, org: Organisation, u: Pick<Understanding, 'normalised' | 'lang'>, lexicon: Lexicon): Answer | undefined {
  const { lang } = u;
  const { entry, translated } = view.inLanguage(org, lang);
  const paragraphs = entry.body
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 40 && !/^#/.test(p));
  if (paragraphs.length === 0) return undefined;
  const own = new Set(tokenize(`${org.name} ${org.id} ${org.aliases.join(' ')}`));
  const wanted = passageWords(u, own, isStopword, lexicon);
  const langs: Lang[] = [entry.lang, ...(lang !== entry.lang ? [lang] : [])];
  const paragraphKeys = paragraphs.map((p) => new Set(tokenize(p).flatMap((t) => keysOf(t, [entry.lang]))));
  // Each word's weight, once: 1 / the paragraphs holding it; none when it is in too many to tell them apart.
  const weighted = wanted.flatMap((word) => {
    const keys = keysOf(word, langs);
    const holding = paragraphKeys.map((set) => keys.some((k) => set.has(k)));
    const spread = holding.filter(Boolean).length;
    return spread > 0 && spread <= Math.max(1, paragraphs.length / 3) ? [{ holding, weight: 1 / spread }] : [];
  });
  let best: { index: number; score: number } | undefined;
  paragraphs.forEach((_p, index) => {
    const score = weighted.reduce((sum, w) => sum + (w.holding[index] ? w.weight : 0), 0);
    if (score > 0 && (!best || score > best.score)) best = { index, score };
  });
  if (!best) return undefined;
  const note = translated ? '' : lang === 'en' ? '_Only available in French:_\n\n' : '_Seulement disponible en anglais :_\n\n';
  const lead = lang === 'fr' ? `Voici ce que dit la présentation ${of(org, lang)} :` : `Here is what ${org.name}'s presentation says:`;
  return answer({ intent: 'organisation_info', lang, text: `${note}${lead}\n\n> ${paragraphs[best.index]!.replace(/\n/g, '\n> ')}`, sources: [view.source(entry)] });
}
