/**
 * Offers open only on the word of a page that gives no date (`isOpenUndated`: the PEReN's,
 * copied from a recruitment page with neither publication nor closing date). They stay listed
 * and counted, but never as surely open: a count says "annoncées (non datées)", and a note says
 * where they are announced and where to check that they still are.
 */
import { isOpenUndated } from '../knowledge/open-status.js';
import type { Lang, Offer } from '../knowledge/schemas.js';
import { count, list, number, of, quote, type Forms } from './format.js';
import type { KnowledgeView } from './knowledge-view.js';

/**
 * How many of `offers` are open, worded honestly: `3 offres ouvertes`; `3 offres annoncées
 * (non datées)` when none of them is dated; `4 offres (une ouverte, 3 annoncées sans date)`.
 * `Une offre ouverte` / `One open offer` for one.
 */
export function openCount(offers: readonly Offer[], lang: Lang): string {
  const undated = offers.filter(isOpenUndated).length;
  const n = offers.length;
  if (undated === 0) {
    if (n === 1) return lang === 'fr' ? 'Une offre ouverte' : 'One open offer';
    return count(n, lang, lang === 'fr' ? { one: 'offre ouverte', other: 'offres ouvertes' } : { one: 'open offer', other: 'open offers' });
  }
  if (undated === n) {
    if (n === 1) return lang === 'fr' ? 'Une offre annoncée (non datée)' : 'One offer listed (undated)';
    return lang === 'fr' ? `${number(n, lang)} offres annoncées (non datées)` : `${number(n, lang)} offers listed (undated)`;
  }
  return lang === 'fr' ? `${number(n, lang)} offres (${openAndUndated(n - undated, undated, lang)})` : `${number(n, lang)} offers (${openAndUndated(n - undated, undated, lang)})`;
}

/** `une ouverte, 3 annoncées sans date` / `1 open, 3 listed without a date`; the open part left out at 0. */
export function openAndUndated(open: number, undated: number, lang: Lang): string {
  const opened = open === 0 ? '' : lang === 'fr' ? `${open === 1 ? 'une ouverte' : `${number(open, lang)} ouvertes`}, ` : `${number(open, lang)} open, `;
  return lang === 'fr' ? `${opened}${undated === 1 ? 'une annoncée' : `${number(undated, lang)} annoncées`} sans date` : `${opened}${number(undated, lang)} listed without a date`;
}

/**
 * The noun for a count of open `offers`: `offre(s) ouverte(s)`; `offre(s) annoncée(s) (non
 * datée(s))` when none is dated; plain `offre(s)` when some are and some are not.
 */
export function openForms(offers: readonly Offer[], lang: Lang): Forms {
  const undated = offers.filter(isOpenUndated).length;
  if (undated === 0) return lang === 'fr' ? { one: 'offre ouverte', other: 'offres ouvertes' } : { one: 'open offer', other: 'open offers' };
  if (undated === offers.length) return lang === 'fr' ? { one: 'offre annoncée (non datée)', other: 'offres annoncées (non datées)' } : { one: 'offer listed (undated)', other: 'offers listed (undated)' };
  return lang === 'fr' ? { one: 'offre', other: 'offres' } : { one: 'offer', other: 'offers' };
}

/** Where an offer is to be checked: its announcement's link, else its contact. */
const linkOf = (offer: Offer) => offer.url ?? offer.apply ?? offer.contact;

/** `la page du PEReN`, `les pages du PEReN et de la DINUM` / `PEReN's page`: where undated offers are announced. */
function pagesOf(view: KnowledgeView, offers: readonly Offer[], lang: Lang): { where: string; many: boolean } {
  const orgs = [...new Set(offers.map((o) => o.organisation))].map((id) => view.organisation(id));
  const names = orgs.map((org, i) => (org ? (lang === 'fr' ? of(org, lang) : org.name) : offers[i]!.organisation));
  const many = names.length > 1;
  if (lang === 'fr') return { where: `${many ? 'les pages' : 'la page'} ${list(names, lang)}`, many };
  return { where: many ? `the pages of ${list(names, lang)}` : `${names[0]}'s page`, many };
}

/**
 * The note a listing or a count ends with when some of its `offers` are undated: "Elles sont
 * annoncées comme ouvertes sur la page du PEReN, qui ne donne aucune date… : vérifiez sur leur
 * annonce (liens ci-dessous) qu'elles le sont toujours." Empty when none is undated.
 * `linksBelow`: the reply shows the offers with their links (cards or lines).
 */
export function undatedNote(view: KnowledgeView, offers: readonly Offer[], lang: Lang, linksBelow = true): string {
  const undated = offers.filter(isOpenUndated);
  if (undated.length === 0) return '';
  if (undated.length === 1) return undatedLine(view, undated[0]!, lang, undated.length < offers.length);
  const { where, many } = pagesOf(view, undated, lang);
  const mixed = undated.length < offers.length;
  const them = lang === 'fr' ? (mixed ? `Les ${number(undated.length, lang)} offres sans date figurent comme ouvertes` : 'Elles sont annoncées comme ouvertes') : mixed ? `The ${number(undated.length, lang)} offers without a date are listed as open` : 'They are listed as open';
  const links = linksBelow ? (lang === 'fr' ? 'leur annonce (liens ci-dessous)' : 'each posting (links below)') : lang === 'fr' ? 'leur annonce' : 'each posting';
  return lang === 'fr'
    ? `${them} sur ${where}, qui ne ${many ? 'donnent' : 'donne'} aucune date (ni de publication ni de clôture) : vérifiez sur ${links} qu'elles le sont toujours.`
    : `${them} on ${where}, which ${many ? 'give' : 'gives'} no date (neither of publication nor of closing): check on ${links} that they still are.`;
}

/**
 * One undated offer's caveat: "Elle est annoncée comme ouverte sur la page du PEReN, qui ne
 * donne aucune date… : vérifiez sur son annonce (lien) qu'elle l'est toujours." `named`: the
 * sentence names the offer (it is among others). Empty for an offer that is not undated.
 */
export function undatedLine(view: KnowledgeView, offer: Offer, lang: Lang, named = false): string {
  if (!isOpenUndated(offer)) return '';
  const { where } = pagesOf(view, [offer], lang);
  const link = linkOf(offer);
  const it = named ? (lang === 'fr' ? `**L'offre ${quote(offer.title, lang)} est annoncée comme ouverte**` : `**The ${quote(offer.title, lang)} offer is listed as open**`) : lang === 'fr' ? 'Elle est annoncée comme ouverte' : 'It is listed as open';
  return lang === 'fr'
    ? `${it} sur ${where}, qui ne donne aucune date (ni de publication ni de clôture) : vérifiez${link ? ` sur son annonce (${link})` : ''} qu'elle l'est toujours.`
    : `${it} on ${where}, which gives no date (neither of publication nor of closing): check${link ? ` on its posting (${link})` : ''} that it still is.`;
}
