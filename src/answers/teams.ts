/**
 * A team or product of an organisation, asked about like an employer ("qui contacter chez
 * Mobilic ?", "comment postuler chez Trackdéchets ?", "c'est quoi Dora ?"): its own contact and
 * link as its file gives them, else what its latest offer gives, and its presentation — never
 * the organisation's address passed off as the team's.
 */
import type { Lang, Offer, Team } from '../knowledge/schemas.js';
import { answer, type Answer } from './answer.js';
import { date, quote } from './format.js';
import type { KnowledgeView } from './knowledge-view.js';
import { openCount, undatedNote } from './undated-offers.js';

/** Offers shown under a team's presentation, at most. */
const TEAM_CARDS = 5;

/** `Dora (beta.gouv.fr)`. */
function teamName(view: KnowledgeView, team: Team): string {
  const org = view.organisation(team.organisation);
  return org ? `${team.name} (${org.name})` : team.name;
}

/** The team's latest offer that says where to write or apply, open ones first. */
function latestWithAddress(view: KnowledgeView, team: Team, lang: Lang): Offer | undefined {
  const offers = view.offersOfTeam(team.id, lang);
  return [...offers.filter((o) => o.open), ...offers.filter((o) => !o.open)].find((o) => o.contact ?? o.apply);
}

/** "ses offres sont fermées" when none of the team's offers is open. */
function noneOpen(view: KnowledgeView, team: Team, lang: Lang): string {
  const offers = view.offersOfTeam(team.id, lang);
  if (offers.length === 0 || offers.some((o) => o.open)) return '';
  return lang === 'fr'
    ? ` ${team.name} n'a pas d'offre ouverte en ce moment (la dernière date du ${date(offers[0]!.published_on ?? '', lang)}).`.replace(' (la dernière date du )', '')
    : ` ${team.name} has no open offer right now (the latest is from ${date(offers[0]!.published_on ?? '', lang)}).`.replace(' (the latest is from )', '');
}

/** Whom to write to about a team: its contact, else its latest offer's, said as such. */
export function teamContact(view: KnowledgeView, team: Team, lang: Lang): Answer {
  const name = teamName(view, team);
  const ways = [team.contact?.email, team.contact?.url].filter((w): w is string => Boolean(w));
  if (ways.length > 0) {
    const text = lang === 'fr' ? `Pour joindre l'équipe ${name} : ${ways.join(' ou ')}.${noneOpen(view, team, lang)}` : `To reach the ${name} team: ${ways.join(' or ')}.${noneOpen(view, team, lang)}`;
    return answer({ intent: 'contact', lang, text, sources: [view.source(team)] });
  }
  const offer = latestWithAddress(view, team, lang);
  if (offer) {
    const address = (offer.contact ?? offer.apply)!;
    const text =
      lang === 'fr'
        ? `La fiche de ${name} ne donne pas de contact ; son offre ${quote(offer.title, lang)}${offer.published_on ? ` (publiée le ${date(offer.published_on, lang)})` : ''} indique : ${address}.${noneOpen(view, team, lang)}`
        : `The ${name} file gives no contact; its offer ${quote(offer.title, lang)}${offer.published_on ? ` (published ${date(offer.published_on, lang)})` : ''} gives: ${address}.${noneOpen(view, team, lang)}`;
    return answer({ intent: 'contact', lang, text, sources: [view.source(team), view.source(offer)] });
  }
  const text = lang === 'fr' ? `Je n'ai pas d'adresse de contact pour ${name}.` : `I have no contact address for ${name}.`;
  return answer({ intent: 'contact', lang, text, sources: [view.source(team)], answered: false });
}

/** Where to apply to a team, in a sentence (its link, else its latest offer's), or `undefined`. */
export function teamApplyLine(view: KnowledgeView, team: Team, lang: Lang): { text: string; offer?: Offer } | undefined {
  const name = teamName(view, team);
  const target = team.apply[0] ?? team.contact?.email;
  if (target) {
    return { text: lang === 'fr' ? `Pour candidater chez ${name} : ${target}.${noneOpen(view, team, lang)}` : `To apply at ${name}: ${target}.${noneOpen(view, team, lang)}` };
  }
  const offer = latestWithAddress(view, team, lang);
  if (!offer) return undefined;
  const address = (offer.apply ?? offer.contact)!;
  return {
    offer,
    text:
      lang === 'fr'
        ? `L'offre ${quote(offer.title, lang)} de ${name}${offer.published_on ? ` (publiée le ${date(offer.published_on, lang)})` : ''} dit de candidater à : ${address}.${noneOpen(view, team, lang)}`
        : `The ${name} offer ${quote(offer.title, lang)}${offer.published_on ? ` (published ${date(offer.published_on, lang)})` : ''} says to apply to: ${address}.${noneOpen(view, team, lang)}`,
  };
}

/** How to apply at a team, before the organisation's own process (`general`, when there is one). */
export function teamApplication(view: KnowledgeView, team: Team, lang: Lang, general?: Answer): Answer | undefined {
  const line = teamApplyLine(view, team, lang);
  if (!line) return undefined;
  const org = view.organisation(team.organisation);
  const more = general?.answered ? (lang === 'fr' ? `\n\nEn général, chez ${org?.name ?? team.organisation} : ${general.text}` : `\n\nIn general, at ${org?.name ?? team.organisation}: ${general.text}`) : '';
  const sources = [view.source(team), ...(line.offer ? [view.source(line.offer)] : []), ...(general?.answered ? general.sources : [])];
  return answer({ intent: 'application_process', lang, text: `${line.text}${more}`, sources });
}

/** What a team is: its presentation, and whether it recruits. */
export function teamPresentation(view: KnowledgeView, team: Team, lang: Lang): Answer {
  const name = teamName(view, team);
  const openOffers = view.offersOfTeam(team.id, lang).filter((o) => o.open);
  const open = openOffers.length;
  // Offers open only on the word of an undated page are counted as such, never as surely open.
  const counted = open > 0 ? openCount(openOffers, lang) : '';
  const recruits =
    open > 0
      ? `${lang === 'fr' ? ` ${team.name} a ` : ` ${team.name} has `}${counted.charAt(0).toLowerCase()}${counted.slice(1)}.${undatedNote(view, openOffers, lang) ? ` ${undatedNote(view, openOffers, lang)}` : ''}`
      : noneOpen(view, team, lang);
  const about = team.body || (lang === 'fr' ? `${name} est une équipe ${view.organisation(team.organisation) ? `de ${view.organisation(team.organisation)!.name}` : ''} ; sa fiche ne la présente pas.` : `${name} is a team; its file does not present it.`);
  // Its offers follow, open ones first, else its latest: what a candidate naming a team wants next.
  const offers = view.offersOfTeam(team.id, lang);
  const shown = (open > 0 ? offers.filter((o) => o.open) : offers).slice(0, TEAM_CARDS);
  const listed = shown.length === 0 ? '' : lang === 'fr' ? ` ${open > 0 ? 'Ses offres ouvertes' : `Ses offres connues (${offers.length}), de la plus récente à la plus ancienne`}${shown.length < (open > 0 ? open : offers.length) ? `, les ${shown.length} premières` : ''} :` : ` ${open > 0 ? 'Its open offers' : `Its known offers (${offers.length}), newest first`}${shown.length < (open > 0 ? open : offers.length) ? `, the first ${shown.length}` : ''}:`;
  const text = `${team.body ? `${name} : ${about}` : about}${recruits}${listed}`;
  return answer({ intent: 'organisation_info', lang, text, sources: [view.source(team), ...shown.map((o) => view.source(o))], offerCards: shown.map((o) => o.id), answered: team.body !== '' });
}
