/**
 * The last look before "I don't know": an offer whose own words — title, team, announcement —
 * hold what the message says ("data engineer data inclusion", "stack technique du dev fullstack
 * Territoires en transitions", "dev django au Louvre ?"), open or not. The offer is shown in
 * detail (its state said first), with the sentence of its announcement that holds the words its
 * title lacks; offers republished under one title are one. Nothing when no offer holds them all,
 * or several different ones do equally: stray words must not find stray offers.
 */
import type { Lang, Offer } from '../knowledge/schemas.js';
import type { SearchIndex } from '../knowledge/search/search-index.js';
import { DESCRIBED_OFFER_LEAD, DESCRIBED_OFFER_MIN } from '../tuning.js';
import type { Understanding } from '../understanding/reading.js';
import type { Answer } from './answer.js';
import type { KnowledgeView } from './knowledge-view.js';
import { cutIntoPassages } from './passages.js';
import { textKeys, wordKeys } from './word-keys.js';
import { describedOffers, offerDetails } from './positions.js';

const holds = (keys: ReadonlySet<string>, word: string) => wordKeys(word).some((k) => keys.has(k));

/**
 * The offer (or the rounds of one offer) the message describes in its own words, in detail; undefined when none does clearly.
 * @param index the knowledge's search index (offers, open and closed).
 */
export function describedOfferAnswer(view: KnowledgeView, index: SearchIndex, u: Pick<Understanding, 'queries' | 'terms' | 'lang'>, lang: Lang): Answer | undefined {
  const words = [...new Set(u.terms)];
  const query = u.queries[0]?.text;
  if (words.length === 0 || !query) return undefined;
  const hits = index.search(query, { kinds: ['offer'], lang, limit: 6, filters: { includeClosed: true } });
  const best = hits[0];
  if (!best || best.score < DESCRIBED_OFFER_MIN) return undefined;
  const offerOf = (id: string) => view.offer(id);
  const top = offerOf(best.entry.id);
  if (!top) return undefined;
  // Every word of the message in the offer's own text (title, team, announcement): all of them, or all but one of four or more.
  const team = view.teamOf(top);
  const own = textKeys(`${top.title} ${team?.name ?? ''} ${top.body}`);
  const held = words.filter((w) => holds(own, w)).length;
  if (held < (words.length >= 4 ? words.length - 1 : words.length)) return undefined;
  // Offers close behind are the same offer republished (same title), or it is not clear which.
  const close = hits.filter((h) => h.score >= best.score * DESCRIBED_OFFER_LEAD).map((h) => offerOf(h.entry.id)).filter((o): o is Offer => o !== undefined);
  const sameTitle = close.filter((o) => o.title === top.title || view.teamOf(o)?.id === team?.id);
  if (sameTitle.length < close.length) return undefined;
  if (sameTitle.length > 1) return describedOffers(view, sameTitle, lang, team?.id);
  return withAnnouncementPart(view, offerDetails(view, view.inLanguage(top, lang).entry, lang), top, words, lang);
}

/**
 * "Quelle est la stack technique du registre de preuve de covoiturage ?": a team named, no offer
 * of it named, words no FAQ answers — the newest of the team's offers whose announcement holds
 * them (a section under a heading that does, else a passage), in detail, with how many other
 * offers the team has. Reads the few offers of one team only. Undefined when none holds them.
 */
export function teamOfferAnswer(view: KnowledgeView, teamId: string, words: readonly string[], lang: Lang): Answer | undefined {
  if (words.length === 0) return undefined;
  const offers = view.offersOfTeam(teamId, lang);
  for (const offer of offers) {
    const details = offerDetails(view, offer, lang);
    const withPart = withAnnouncementPart(view, details, offer, words, lang);
    if (withPart === details) continue;
    const others = offers.length - 1;
    if (others === 0) return withPart;
    const team = view.team(teamId)?.name ?? teamId;
    const more =
      lang === 'fr'
        ? `\n\n(D'après la plus récente des offres de ${team} qui en parlent ; ${team} en a publié ${others === 1 ? 'une autre' : `${others} autres`}.)`
        : `\n\n(From the newest of ${team}'s offers that mention it; ${team} published ${others === 1 ? 'one other' : `${others} others`}.)`;
    return { ...withPart, text: `${withPart.text}${more}` };
  }
  return undefined;
}

/**
 * An offer's details, followed by the part of its announcement the question's words name beyond
 * its title and team ("stack technique", "outils"): the section under a heading that holds them,
 * else the sentence that does. The details alone when none does.
 */
export function withAnnouncementPart(view: KnowledgeView, details: Answer, offer: Offer, words: readonly string[], lang: Lang): Answer {
  const team = view.teamOf(offer);
  const named = textKeys(`${offer.title} ${team?.name ?? ''}`);
  const asked = [...new Set(words)].filter((w) => !holds(named, w));
  const said = asked.length ? (section(offer.body, asked) ?? cutIntoPassages(offer.body).find((p) => mostOf(textKeys(`${p.lead ?? ''} ${p.text}`), asked))?.text) : undefined;
  if (!said) return details;
  const says = lang === 'fr' ? "L'annonce dit :" : 'The announcement says:';
  return { ...details, text: `${details.text}\n\n${says}\n\n> ${said.replace(/\n/g, '\n> ')}` };
}

/** Whether keys hold the words asked: all of them, or two at least ("stack technique" of "stack technique du dev"). */
const mostOf = (keys: ReadonlySet<string>, asked: readonly string[]) => asked.filter((w) => holds(keys, w)).length >= Math.min(2, asked.length);

/** Lines of a section at most, quoted under its heading. */
const SECTION_LINES = 12;

/** Words of a short heading ("## 🖥️ Stack", "## Modalités"): one word asked in it is enough. */
const SHORT_HEADING = 3;

/**
 * The section of an announcement whose heading holds the words asked ("## La stack technique"),
 * heading included: the first holding most of them, or a short heading holding one ("## Stack"
 * for "stack technique").
 */
function section(body: string, asked: readonly string[]): string | undefined {
  const lines = body.split('\n');
  const scored = lines.map((l, i) => ({ i, keys: /^#+\s/.test(l) ? textKeys(l) : undefined })).filter((h) => h.keys !== undefined);
  const found = scored.find((h) => mostOf(h.keys!, asked)) ?? scored.find((h) => h.keys!.size > 0 && new Set([...h.keys!].map((k) => k.slice(2))).size <= SHORT_HEADING * 2 && asked.some((w) => holds(h.keys!, w)));
  const start = found?.i ?? -1;
  if (start < 0) return undefined;
  const end = lines.findIndex((l, i) => i > start && /^#+\s/.test(l));
  return lines
    .slice(start, end < 0 ? undefined : end)
    .filter((l) => l.trim())
    .slice(0, SECTION_LINES)
    .map((l, i) => (i === 0 ? `**${l.replace(/^#+\s*/, '').trim()}**` : l))
    .join('\n');
}
