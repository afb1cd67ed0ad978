/**
 * How applying works at an organisation: its recruitment steps, the usual delay, where to
 * apply and whom to ask — from its organisation file.
 */
import type { Lang, Offer, Organisation } from '../knowledge/schemas.js';
import { answer, type Answer, type Suggestion } from './answer.js';
import { at, date, of, withArticle } from './format.js';
import type { PageLineReader } from '../understanding/page-parts.js';
import type { KnowledgeView } from './knowledge-view.js';
import { pageWords } from './offer-page.js';
import { offerStatusLine } from './offer-status.js';

/** The recruitment steps of an organisation, or undefined when its file lists none. */
export function recruitmentSteps(view: KnowledgeView, org: Organisation, lang: Lang): Answer | undefined {
  const { entry, translated } = view.inLanguage(org, lang);
  if (entry.recruitment_steps.length === 0) return undefined;
  const note = translated ? '' : lang === 'en' ? '_Only available in French:_\n\n' : "_Seulement disponible en anglais :_\n\n";
  const steps = entry.recruitment_steps.map((s, i) => `${i + 1}. **${s.title}** — ${s.text}`).join('\n');
  const extra: string[] = [];
  if (entry.delay) extra.push(lang === 'fr' ? `Délai habituel : ${entry.delay.replace(/\.$/, '')}.` : `Usual delay: ${entry.delay.replace(/\.$/, '')}.`);
  if (entry.apply.length) extra.push(lang === 'fr' ? `Où postuler : ${entry.apply.join(', ')}.` : `Where to apply: ${entry.apply.join(', ')}.`);
  if (entry.contact?.email) extra.push(lang === 'fr' ? `Questions : ${entry.contact.email}.` : `Questions: ${entry.contact.email}.`);
  const head = lang === 'fr' ? `Le recrutement ${at(org, lang)} se passe ainsi :` : `Recruitment at ${org.name} works like this:`;
  const text = `${note}${head}\n\n${steps}${extra.length ? `\n\n${extra.join(' ')}` : ''}`;
  return answer({ intent: 'application_process', lang, text, sources: [view.source(entry)], suggestions: processSuggestions(lang) });
}

const processSuggestions = (lang: Lang): Suggestion[] => [
  { title: lang === 'fr' ? "L'entretien" : 'The interview', value: lang === 'fr' ? "Comment se passe l'entretien ?" : 'How does the interview go?' },
  { title: lang === 'fr' ? 'Délais' : 'Delays', value: lang === 'fr' ? 'Combien de temps pour avoir une réponse ?' : 'How long until I hear back?' },
  { title: lang === 'fr' ? 'Offres' : 'Offers', value: lang === 'fr' ? 'Quelles sont les offres ?' : 'What offers are open?' },
];

/**
 * Organisations to choose from: those given, else those that describe their process or have
 * open offers.
 */
export function organisationChoices(view: KnowledgeView, lang: Lang, only?: ReadonlySet<string>): Suggestion[] {
  return view.snapshot.organisations
    .filter((o) => !o.translation_of)
    .filter((o) => (only ? only.has(o.id) : o.recruitment_steps.length > 0 || view.offersOf(o.id).some((x) => x.open)))
    .map((o) => ({ title: o.name, value: lang === 'fr' ? at(o, lang).replace(/^./, (c) => c.toUpperCase()) + ' ?' : `At ${o.name}?` }));
}

/** "Which organisation?" — when the answer depends on the employer and none is known. */
export function askOrganisation(view: KnowledgeView, lang: Lang, intent: Answer['intent'], only?: ReadonlySet<string>): Answer {
  const choices = organisationChoices(view, lang, only);
  const names = choices.map((c) => c.title);
  const text =
    lang === 'fr'
      ? `La réponse dépend de l'employeur. Lequel vous intéresse : ${names.join(', ')} ?`
      : `The answer depends on the employer. Which one are you interested in: ${names.join(', ')}?`;
  return answer({ intent, lang, text, suggestions: choices, asks: true });
}

/** How to name an organisation in a sentence ("la DINUM"). */
export const organisationLabel = (org: Organisation, lang: Lang) => withArticle(org, lang);

/**
 * How to apply for one offer the question names ("Comment postuler au poste FranceConnect ?"):
 * where its announcement says to apply, by when, and the employer's steps when its file gives
 * them; with `reads`, what its page says under its own "how to apply" heading (every address,
 * what to send, the subject line…). Undefined when the offer gives no way to apply.
 */
export function applyForOffer(view: KnowledgeView, offer: Offer, lang: Lang, reads?: PageLineReader): Answer | undefined {
  const target = offer.apply ?? offer.url ?? offer.contact;
  if (!target) return undefined;
  const org = view.organisation(offer.organisation);
  const name = `« ${offer.title} »${org ? ` (${org.name})` : ''}`.replace(/^« (.*) »/, lang === 'fr' ? '« $1 »' : '“$1”');
  // Not open: said first, as it is — closed, past its closing date, or probably filled (an old page without a closing date).
  const status = offerStatusLine(offer, view.snapshot.today, lang);
  const lines = [
    ...(status ? [status] : []),
    lang === 'fr' ? `Pour postuler à l'offre ${name} : ${target}.` : `To apply for the offer ${name}: ${target}.`,
    ...(offer.closes_on && !status ? [lang === 'fr' ? `Candidatures jusqu'au ${date(offer.closes_on, lang)}.` : `Applications close on ${date(offer.closes_on, lang)}.`] : []),
  ];
  const pageSays = reads ? pageWords(offer, 'apply', lang, reads) : undefined;
  if (pageSays && pageSays.includes('\n')) lines.push(pageSays);
  // The employer's usual steps, said as its own and cited: never as the offer's. A team (a
  // startup) recruits its own way, which its announcement says: its employer's steps are left out.
  const orgEntry = org && !view.teamOf(offer) ? view.inLanguage(org, lang).entry : undefined;
  const steps = orgEntry?.recruitment_steps ?? [];
  if (steps.length) lines.push(lang === 'fr' ? `Les étapes habituelles ${of(orgEntry!, lang)} : ${steps.map((s) => s.title).join(' → ')}.` : `${orgEntry!.name}'s usual steps: ${steps.map((s) => s.title).join(' → ')}.`);
  const sources = [view.source(offer), ...(steps.length ? [view.source(orgEntry!)] : [])];
  return answer({ intent: 'application_process', lang, text: lines.join('\n\n'), sources, suggestions: processSuggestions(lang) });
}

/**
 * "Pas de réponse depuis un mois, c'est normal ?" without an employer: the usual delay each
 * employer's file states, each under its name, and how to check one's own application.
 */
export function usualDelays(view: KnowledgeView, lang: Lang, intent: Answer['intent'], organisationId?: string): Answer | undefined {
  const lines = followingLines(view, lang, organisationId);
  if (!lines) return undefined;
  const text =
    lang === 'fr'
      ? `${lines.organisations.length > 1 ? "Le délai de réponse dépend de l'employeur" : 'Ce que dit l’employeur'} :\n${lines.text}\n\nSi vous avez un numéro de dossier, je peux aussi vous dire où en est votre candidature.`
      : `${lines.organisations.length > 1 ? 'How long an answer takes depends on the employer' : 'What the employer says'}:\n${lines.text}\n\nIf you have a dossier number, I can also tell you where your application stands.`;
  const check = lang === 'fr' ? { title: 'Suivre ma candidature', value: 'Où en est ma candidature ?' } : { title: 'Check my application', value: 'What is the status of my application?' };
  return answer({ intent, lang, text, sources: lines.organisations.map((o) => view.source(o)), suggestions: [check] });
}

/**
 * How an application is followed at each employer (or only at `organisationId`, when the
 * candidate named one and its file says something): where it was made — the platforms its file
 * lists — and the usual delay, one line per employer. Undefined when no file says either.
 */
export function followingLines(view: KnowledgeView, lang: Lang, organisationId?: string): { text: string; organisations: Organisation[] } | undefined {
  const all = view.snapshot.organisations.filter((o) => !o.translation_of).map((o) => view.inLanguage(o, lang).entry);
  const telling = (orgs: Organisation[]) => orgs.filter((o) => o.delay || o.apply.length);
  const named = telling(all.filter((o) => view.primaryId(o) === organisationId || o.id === organisationId));
  const organisations = named.length ? named : telling(all);
  if (organisations.length === 0) return undefined;
  const platforms = (o: Organisation) => o.apply.filter((a) => !a.includes('@')).map((a) => a.replace(/^https?:\/\/(www\.)?/, '').replace(/\/$/, ''));
  const line = (o: Organisation) => {
    const parts = [
      ...(o.delay ? [`${lang === 'fr' ? 'délai habituel : ' : 'usual delay: '}${o.delay.charAt(0).toLowerCase()}${o.delay.slice(1).replace(/\.$/, '')}`] : []),
      ...(platforms(o).length ? [lang === 'fr' ? `candidatures sur ${platforms(o).join(', ')}` : `applications go through ${platforms(o).join(', ')}`] : []),
      // Whom to write to about it, when the employer gives an address: what a candidate waiting for news can do.
      ...(o.contact?.email ? [lang === 'fr' ? `pour en savoir plus, écrivez à ${o.contact.email}` : `to ask about it, write to ${o.contact.email}`] : []),
    ];
    return `- **${o.name}** — ${parts.join(lang === 'fr' ? ' ; ' : '; ')}`;
  };
  return { text: organisations.map(line).join('\n'), organisations };
}
