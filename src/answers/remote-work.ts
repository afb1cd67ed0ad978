/**
 * Remote work: what an offer allows, or what a group of offers has in common.
 */
import type { Faq, Lang, Offer, Remote } from '../knowledge/schemas.js';
import { answer, type Answer } from './answer.js';
import { andMore, count, notOpenWords, of, quote, remotePolicy } from './format.js';
import type { KnowledgeView } from './knowledge-view.js';
import { notStated, whereToAsk } from './not-stated.js';
import { normalise } from '../text/normalise.js';
import { askWhichOfMany, groupBy, MAX_SUMMARISED, offerChoices, offersInQuestionPhrase, type OffersInQuestion } from './offer-facts.js';

/** What the remote-work flow does next. */
export type RemoteOutcome = { next: 'done'; answer: Answer; offer?: Offer } | { next: 'ask-offer'; answer: Answer; offers: readonly Offer[] };

/** An answer's first sentence, without a bare Oui/Yes: it must hold for "Faut-il demander l'autorisation ?" and "Combien de jours ?" alike. */
const POLICY_SENTENCE: Record<Remote['policy'], { fr: string; en: string }> = {
  none: { fr: "Le télétravail n'est pas prévu.", en: 'Remote work is not offered.' },
  possible: { fr: 'Le télétravail est possible.', en: 'Remote work is possible.' },
  occasional: { fr: 'Le télétravail est possible ponctuellement.', en: 'Remote work is possible occasionally.' },
  partial: { fr: 'Le télétravail est possible en partie.', en: 'Remote work is possible part of the time.' },
  full: { fr: 'Le poste peut se faire entièrement à distance.', en: 'The job can be done fully remotely.' },
};

/** Whether the first clause of the offer's words already says its policy ("Télétravail possible ; …"). */
function statesPolicy(text: string, policy: Remote['policy'], lang: Lang): boolean {
  const firstClause = normalise(text.split(/[;:.,(]/)[0] ?? '');
  return firstClause.includes(normalise(remotePolicy(policy, lang)));
}

/** "télétravail possible" after a colon; an acronym ("DINUM …") keeps its capitals. */
const lowerFirst = (s: string) => (/^\p{Lu}\p{Ll}/u.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s);

/**
 * The employer's own FAQ entry on remote work in `lang`, when there is one: where the offer's
 * words are in another language, its facts in the user's language (the translation HR wrote).
 */
function employerEntryIn(view: KnowledgeView, offer: Offer, lang: Lang): Faq | undefined {
  // An imported ad states its own terms ("télétravail total possible"): the employer's general
  // entry, not written from that page, would replace them with the usual rule.
  if (offer.lang === lang || offer.source) return undefined;
  const found = view.snapshot.faqs.filter((f) => f.organisation === offer.organisation && f.intent === 'remote_work' && f.lang === lang);
  return found.length === 1 ? found[0] : undefined;
}

function describe(remote: Remote, offerLang: Lang, lang: Lang, inLang?: Faq): string {
  const days = remote.days_per_week;
  const daysSentence =
    days === undefined
      ? undefined
      : lang === 'fr'
        ? `Jusqu'à ${count(days, lang, { one: 'jour', other: 'jours' })} par semaine.`
        : `Up to ${count(days, lang, { one: 'day', other: 'days' })} a week.`;
  if (remote.text && offerLang === lang && statesPolicy(remote.text, remote.policy, lang)) {
    // The offer says it in its own words: those words, once, with no yes or no before them.
    return [remote.text, daysSentence].filter(Boolean).join(' ');
  }
  // The employer's own words in the user's language say the policy and its details.
  if (inLang) return [inLang.body, daysSentence].filter(Boolean).join(' ');
  const parts = [POLICY_SENTENCE[remote.policy][lang]];
  if (daysSentence) parts.push(daysSentence);
  if (remote.text) {
    parts.push(offerLang === lang ? remote.text : lang === 'en' ? `Details (only in French): “${remote.text}”` : `Détails (en anglais seulement) : « ${remote.text} »`);
  }
  return parts.join(' ');
}

const followUps = (lang: Lang) => [
  { title: lang === 'fr' ? 'Salaire' : 'Salary', value: lang === 'fr' ? 'Et le salaire ?' : 'And the salary?' },
  { title: lang === 'fr' ? 'Contrat' : 'Contract', value: lang === 'fr' ? 'Et le contrat ?' : 'And the contract?' },
  { title: lang === 'fr' ? 'Postuler' : 'How to apply', value: lang === 'fr' ? 'Comment postuler ?' : 'How do I apply?' },
];

/** Remote work for one offer; `days`: the question asks how many days a week. */
export function remoteOfOffer(view: KnowledgeView, offer: Offer, lang: Lang, days = false): RemoteOutcome {
  if (!offer.remote) return { next: 'done', offer, answer: notStated(view, offer, 'remote', lang) };
  if (days && offer.remote.days_per_week === undefined && offer.remote.policy !== 'none' && offer.remote.policy !== 'full') {
    const said = remoteOfOffer(view, offer, lang).answer;
    const text =
      lang === 'fr'
        ? `L'offre ne précise pas le nombre de jours de télétravail. Ce qu'elle dit :\n\n${said.text}\n\n${whereToAsk(view, offer, lang)}`
        : `The offer does not state how many days of remote work. What it says:\n\n${said.text}\n\n${whereToAsk(view, offer, lang)}`;
    return { next: 'done', offer, answer: { ...said, text, answered: false } };
  }
  const org = view.organisation(offer.organisation);
  const name = `${quote(offer.title, lang)}${org ? ` (${org.name})` : ''}`;
  const inLang = employerEntryIn(view, offer, lang);
  const text = `${describe(offer.remote, offer.lang, lang, inLang)}\n\n${lang === 'fr' ? 'Offre' : 'Offer'} : ${name}`.replace(' : ', lang === 'fr' ? ' : ' : ': ');
  return { next: 'done', offer, answer: answer({ intent: 'remote_work', lang, text, sources: [view.source(offer), ...(inLang ? [view.source(inLang)] : [])], suggestions: followUps(lang) }) };
}

/** The remote-work question for the offers it may be about; `days`: it asks how many days a week. */
export function answerRemote(view: KnowledgeView, question: OffersInQuestion, lang: Lang, days = false): RemoteOutcome {
  const { offers } = question;
  if (offers.length === 1) return remoteOfOffer(view, offers[0]!, lang, days);
  if (offers.length > MAX_SUMMARISED) return { next: 'done', answer: askWhichOfMany(view, question, 'remote_work', lang) };
  const org = question.organisationId ? view.organisation(question.organisationId) : undefined;
  if (offers.length === 0) {
    const text =
      lang === 'fr'
        ? `Je ne connais aucune offre ouverte${org ? ` ${of(org, lang)}` : ''}.`
        : `I know of no open offer${org ? ` at ${org.name}` : ''}.`;
    return { next: 'done', answer: answer({ intent: 'remote_work', lang, text, answered: false }) };
  }
  const groups = groupBy(offers, (o) => (o.remote ? `${o.remote.policy}|${o.remote.days_per_week ?? ''}|${o.remote.text ?? ''}` : 'none-stated'));
  if (groups.size === 1 && !offers[0]!.remote) {
    const text =
      lang === 'fr'
        ? `Aucune des ${offersInQuestionPhrase(view, question, lang)} ne dit si le télétravail est possible, dans ce que je sais. L'annonce complète de chaque offre peut le préciser.`
        : `None of the ${offersInQuestionPhrase(view, question, lang)} says whether remote work is possible, in what I know. Each full announcement may say.`;
    return { next: 'done', answer: answer({ intent: 'remote_work', lang, text, answered: false, sources: offers.slice(0, 3).map((o) => view.source(o)) }) };
  }
  if (groups.size === 1 && days && offers[0]!.remote!.days_per_week === undefined) {
    return { next: 'done', answer: { ...remoteOfOffer(view, offers[0]!, lang, true).answer, sources: offers.slice(0, 3).map((o) => view.source(o)) } };
  }
  if (groups.size === 1 && offers[0]!.remote) {
    const who = lang === 'fr' ? `Pour les ${offersInQuestionPhrase(view, question, lang)}` : `For the ${offersInQuestionPhrase(view, question, lang)}`;
    const inLang = employerEntryIn(view, offers[0]!, lang);
    const text = `${who}${lang === 'fr' ? ' : ' : ': '}${lowerFirst(describe(offers[0]!.remote, offers[0]!.lang, lang, inLang))}`;
    return { next: 'done', answer: answer({ intent: 'remote_work', lang, text, sources: [...offers.slice(0, 3).map((o) => view.source(o)), ...(inLang ? [view.source(inLang)] : [])], suggestions: followUps(lang) }) };
  }
  const lines = [...groups.entries()].map(([, group]) => {
    const policy = group[0]!.remote ? remotePolicy(group[0]!.remote.policy, lang) : lang === 'fr' ? 'non précisé' : 'not stated';
    const titles = group.slice(0, 3).map((o) => `${o.title} (${[view.employerOf(o), notOpenWords(o, lang)].filter(Boolean).join(', ')})`);
    const more = andMore(group.length - 3, lang);
    return `- **${policy}** : ${titles.join(', ')}${more}`;
  });
  const text =
    lang === 'fr'
      ? `Cela dépend de l'offre :\n${lines.join('\n')}\n\nQuelle offre vous intéresse ?`
      : `It depends on the offer:\n${lines.join('\n')}\n\nWhich offer are you interested in?`;
  return { next: 'ask-offer', offers, answer: answer({ intent: 'remote_work', lang, text, suggestions: offerChoices(view, offers) }) };
}
