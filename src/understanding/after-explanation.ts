/**
 * What a message asks right after a word was explained: "et en anglais ?" (the same word, in
 * English), "et pour un B ?" (the word's phrase with its end replaced), another aspect of the
 * same word ("et qui paie ?", "au bout de combien de temps ?"), or another explained word asked
 * of it ("c'est pareil pour les titulaires ?"). Rules of ./definitions.ts, which reads the rest.
 */
import { isStopword, stem } from '../text/normalise.js';
import { DESCRIBED, NAMED_PLAINLY } from '../tuning.js';
import type { DefinitionInput } from './definition-input.js';
import type { Definition } from './reading.js';
import type { TermMention } from './term-mentions.js';
import { wordClasses } from './word-classes.js';

/** The aspects that measure a word's rule (its length, renewal, count, amount, days): asked right after its explanation, they are asked of it. */
const MEASURES_OF_A_WORD = ['count', 'amount_asked', 'duration', 'renewal', 'days'] as const;

/** The intents whose question may ask about a word's own rules (its length, its pay, its days of remote work). */
export const RULES_OF_A_WORD: ReadonlySet<string> = new Set(['contract', 'salary', 'remote_work', 'definition']);

/**
 * Right after an explanation, a short message that names no word of its own: "et en anglais ?"
 * (the same word in the language asked), "et pour un B ?" / "et C ?" (the word's phrase with its
 * last words replaced: "catégorie A" → "catégorie B"), or another aspect of the same word ("et
 * qui paie ?", "so how do I become one?").
 */
export function afterExplanation(input: DefinitionInput, last: string, continues: boolean): Definition | undefined {
  const { tokens, lexicon, normalised, entities } = input;
  // An offer named leaves the word: by most of its title or two of its words ("et le data scientist ?"), not by one word
  // of a longer title it shares with the question ("et qui finance ?" names no "Gestionnaire financier").
  const offerNamed = entities.offers.some((o) => o.queryCoverage >= NAMED_PLAINLY && (o.titleCoverage > DESCRIBED || o.matched >= 2));
  if (entities.organisation || offerNamed || entities.places.length) return undefined;
  const lang = lexicon.test('in_english', normalised) ? 'en' : lexicon.test('in_french', normalised) ? 'fr' : undefined;
  if (lang) return { terms: [last], compare: false, lang };
  for (let k = 1; k <= Math.min(2, tokens.length); k++) {
    const tail = tokens.slice(-k);
    for (const phrase of input.termMentions.phrasesOf(last)) {
      if (phrase.length <= k) continue;
      const changed = [...phrase.slice(0, -k), ...tail];
      const [found] = input.termMentions.find(changed.join(' '), changed);
      if (found && found.start === 0 && found.end === changed.length) return { terms: [found.id], compare: false };
    }
  }
  // Another aspect of the same word ("et qui paie ?"), unless the message asks something else the intents know ("où en est ma candidature ?")
  // without saying it goes on from the explanation ("je peux encore ajouter mon lien GitHub ?" after "en instruction"). A length, a count or
  // an amount asked ("au bout de combien de temps ?", "how long can each last?") is asked of the word just explained.
  // A length asked ("after how many years?") is the word's, even in words that count ("how many").
  const asksLength = lexicon.test('duration', normalised) || lexicon.test('renewal', normalised);
  if (input.offersAsked && !continues && !asksLength) return undefined;
  const asksAspect = MEASURES_OF_A_WORD.some((a) => lexicon.test(a, normalised));
  if (!continues && !asksAspect && !asksBareFact(input) && input.top.score >= input.threshold && !RULES_OF_A_WORD.has(input.top.intent)) return undefined;
  return { terms: [last], compare: false, followsUp: true };
}

/**
 * Right after an explanation, another explained word asked of it ("c'est pareil pour les
 * titulaires ?", "do contractuels get them too?", lexicon `same_for`), or a short question naming
 * only cases of its rule ("et pour un CDD de 6 mois ?" after the trial period): the word explained stays
 * the subject, asked about the other — its names are what the explanation must state, any of
 * them ("fonctionnaire|titulaire"); the other word's own explanation is its alternative.
 */
export function askedOfTheWordExplained(input: DefinitionInput, mentions: readonly TermMention[], last: string): Definition | undefined {
  const { lexicon, normalised, entities } = input;
  if (entities.organisation || entities.offers.some((o) => o.queryCoverage >= 0.99)) return undefined;
  const others = [...new Set(mentions.map((m) => m.id))].filter((id) => id !== last);
  if (others.length === 0) return undefined;
  // "Et pour un CDD de 6 mois ?", "et en CDI ?" right after the trial period: short, naming only cases of the rule just explained (./term-mentions.ts
  // `isCaseOf`), by another name than the word's own or with a number of units ("et contractuel ?" after a vacataire asks that word), nothing else asked.
  const { tokens } = input;
  const otherMentions = mentions.filter((m) => m.id !== last);
  const inMentions = new Set(otherMentions.flatMap((m) => Array.from({ length: m.end - m.start }, (_, k) => m.start + k)));
  const qualifiers = new Set([...lexicon.words('case_qualifiers'), ...lexicon.words('number_words')]);
  const aside = new Set([...lexicon.words('not_topic'), ...lexicon.words('continuing')]);
  const rest = tokens.filter((t, i) => !inMentions.has(i) && !isStopword(t) && !aside.has(t));
  const qualifies = (t: string) => /^\d+$/.test(t) || qualifiers.has(t);
  const byAnotherName = otherMentions.every((m) => !input.termMentions.isNameOf(m.id, tokens.slice(m.start, m.end)));
  // A word named like the one explained ("et catégorie B ?" after "catégorie A+") is its neighbour, asked for itself.
  const namedLike = otherMentions.some((m) => input.termMentions.namedLike(last, tokens.slice(m.start, m.end)));
  const caseOfTheRule =
    input.short && !namedLike && rest.every(qualifies) && (byAnotherName || rest.length > 0) && others.every((id) => input.termMentions.isCaseOf(id, last));
  // "Et un contractuel, c'est pareil ?" right after a vacataire: whether two neighbours are the same thing is told by comparing them.
  // The word named before the words of sameness is compared; one named after them ("c'est pareil pour les titulaires ?") is a case of the rule.
  const sameness = lexicon.findAll('same_thing', normalised).map((p) => startOf(tokens, p.split(' '))).filter((i) => i >= 0);
  if (others.length === 1 && sameness.length > 0 && otherMentions.every((m) => m.end <= Math.min(...sameness))) return { terms: [others[0]!, last], compare: true };
  const sameFor = lexicon.test('same_for', normalised);
  // "ça peut devenir un CDI ?" after the contrat de projet: what the word explained may turn into is asked of it, as another word is.
  const becomes = lexicon.test('becomes', normalised);
  if (!caseOfTheRule && !sameFor && !becomes) return undefined;
  // A case of the rule is asked by its own words ("cdd", "6", "mois"): the passage that states that case answers.
  if (!sameFor && !becomes) return { terms: [last], compare: false, followsUp: true };
  // Each of its names, whole ("contract staff": both words; a word of a longer name alone, "agent", names nothing).
  const names = others.map((id) => [...new Set(input.termMentions.phrasesOf(id).map((p) => p.join(' ')))].join('|'));
  return { terms: [last], compare: false, alternatives: others, asking: names, followsUp: true, scope: others[0] };
}

/** Where `phrase` starts in `tokens`, or -1. */
function startOf(tokens: readonly string[], phrase: readonly string[]): number {
  for (let i = 0; i + phrase.length <= tokens.length; i++) if (phrase.every((w, j) => tokens[i + j] === w)) return i;
  return -1;
}

/** The kinds of fact a bare question asks ("combien de temps ?", "when?", "how many?"). */
const BARE_FACTS = ['duration', 'date', 'start', 'count', 'days'] as const;

/**
 * Whether the message only asks a kind of fact, with no subject of its own besides fillers
 * ("au bout de combien de temps exactement ?", "and how long can each last?"): right after an
 * explanation, it asks that fact of the word, not of applying in general.
 */
function asksBareFact(input: DefinitionInput): boolean {
  if (!input.content || !BARE_FACTS.some((a) => input.asks[a])) return false;
  const fillers = wordClasses(input.lexicon).termFillerStems;
  const factWords = new Set(BARE_FACTS.flatMap((a) => input.lexicon.findAll(a, input.normalised)).flatMap((p) => p.split(' ')).flatMap((w) => [stem(w, 'fr'), stem(w, 'en')]));
  return input.content.every((s) => fillers.has(s) || factWords.has(s));
}
