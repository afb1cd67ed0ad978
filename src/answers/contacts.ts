/**
 * Whom to write to: an organisation's contact as its file gives it, never an invented address.
 */
import type { Lang, Offer, Organisation } from '../knowledge/schemas.js';
import { answer, type Answer } from './answer.js';
import { count, date, notOpenWords, of, quote } from './format.js';
import { newestFirst, type KnowledgeView } from './knowledge-view.js';

/** One organisation's contact in a sentence, or undefined when its file gives none. */
export function contactLine(org: Organisation, lang: Lang): string | undefined {
  const c = org.contact;
  const ways = [c?.email, c?.url].filter(Boolean);
  if (ways.length === 0) return undefined;
  return lang === 'fr' ? `${org.name} : ${ways.join(' ou ')}` : `${org.name}: ${ways.join(' or ')}`;
}

/** Every organisation's contact, one per line. */
export function allContacts(view: KnowledgeView, lang: Lang): string[] {
  return view.snapshot.organisations
    .filter((o) => !o.translation_of)
    .map((o) => contactLine(o, lang))
    .filter((l): l is string => l !== undefined);
}

/** The contact of an organisation, or of all of them; `phone`: a phone number was asked for. */
export function answerContact(view: KnowledgeView, lang: Lang, organisationId?: string, phone = false): Answer {
  const org = organisationId ? view.organisation(organisationId) : undefined;
  if (phone) {
    const base = answerContact(view, lang, organisationId);
    const text =
      lang === 'fr'
        ? `Je n'ai pas de numéro de téléphone${org ? ` ${of(org, lang)}` : ''}. ${base.text}`
        : `I have no phone number${org ? ` for ${org.name}` : ''}. ${base.text}`;
    return { ...base, text, answered: false };
  }
  if (org) {
    const { entry } = view.inLanguage(org, lang);
    const line = contactLine(org, lang);
    const extra = entry.contact?.text && entry.lang === lang ? `\n\n${entry.contact.text}` : '';
    if (line) {
      const text = lang === 'fr' ? `Pour joindre l'équipe de recrutement ${of(org, lang)} : ${line.replace(`${org.name} : `, '')}.${extra}` : `To reach the recruitment team at ${org.name}: ${line.replace(`${org.name}: `, '')}.${extra}`;
      return answer({ intent: 'contact', lang, text, sources: [view.source(entry)] });
    }
    const text =
      lang === 'fr'
        ? `Je n'ai pas d'adresse de contact ${of(org, lang)}. Chaque offre renvoie vers son annonce complète, qui indique comment candidater.${extra}`
        : `I have no contact address for ${org.name}. Each offer links to its full announcement, which says how to apply.${extra}`;
    return answer({ intent: 'contact', lang, text, sources: [view.source(entry)], answered: false });
  }
  const lines = allContacts(view, lang).map((l) => `- ${l}`);
  const text =
    lang === 'fr'
      ? `Cela dépend de l'employeur :\n${lines.join('\n')}\n\nPour une offre précise, son annonce complète indique aussi comment candidater.`
      : `It depends on the employer:\n${lines.join('\n')}\n\nFor a given offer, its full announcement also says how to apply.`;
  return answer({ intent: 'contact', lang, text, sources: view.snapshot.organisations.filter((o) => !o.translation_of && o.contact).map((o) => view.source(o)) });
}

/**
 * "Who should I email for the full-stack JS job?" when several offers answer to that name: the
 * address each one's announcement gives (else its team's), with its team and date, newest first — never the
 * employer's general address in place of theirs. Undefined when none gives an address.
 */
export function eachOfferContact(view: KnowledgeView, offers: readonly Offer[], lang: Lang): Answer | undefined {
  // The announcement's own address, else its team's: never the employer's general one under an offer's name.
  const address = (o: Offer) => o.apply ?? o.contact ?? o.url ?? view.teamOf(o)?.contact?.email ?? view.teamOf(o)?.contact?.url;
  const all = view.withoutRepeats(newestFirst(offers.map((o) => view.inLanguage(o, lang).entry)));
  if (!all.some((o) => address(o))) return undefined;
  const label = (o: Offer) => {
    const who = view.teamOf(o)?.name ?? view.organisation(o.organisation)?.name ?? o.organisation;
    const facts = [who, o.published_on ? date(o.published_on, lang) : undefined, notOpenWords(o, lang)].filter(Boolean).join(', ');
    const where = address(o) ?? (lang === 'fr' ? "ni l'annonce ni son équipe ne donnent d'adresse" : 'neither the ad nor its team gives an address');
    return `${quote(o.title, lang)} (${facts})${lang === 'fr' ? ' :' : ':'} ${where}`;
  };
  const lines = all.map((o) => `- ${label(o)}`);
  const text =
    lang === 'fr'
      ? `${count(all.length, lang, { one: 'offre correspond', other: 'offres correspondent' })} à votre question ; où écrire pour chacune :\n${lines.join('\n')}\n\nDe laquelle parlez-vous ?`
      : `${count(all.length, lang, { one: 'offer matches', other: 'offers match' })} your question; where to write for each:\n${lines.join('\n')}\n\nWhich one do you mean?`;
  return answer({ intent: 'contact', lang, text, sources: all.map((o) => view.source(o)) });
}

/** An offer's answer followed by its team's own address when the answer does not give it already ("and the team: zlv@…"). */
export function withTeamAddress(view: KnowledgeView, offer: Offer, reply: Answer, lang: Lang): Answer {
  const team = view.teamOf(offer);
  const more = [offer.contact, team?.contact?.email, team?.contact?.url].filter((w): w is string => Boolean(w) && !reply.text.includes(w!));
  if (!team || more.length === 0) return reply;
  const line = lang === 'fr' ? `L'équipe ${team.name} se joint aussi à : ${more.join(' ou ')}.` : `The ${team.name} team can also be reached at: ${more.join(' or ')}.`;
  return { ...reply, text: `${reply.text}\n\n${line}`, sources: [...reply.sources, view.source(team)] };
}
