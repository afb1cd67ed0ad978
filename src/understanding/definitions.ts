/**
 * Whether a message asks what one of the public service's words means ("c'est quoi un
 * vacataire ?", "que veut dire en instruction ?", "what is a Startup d'État?"), how two of them
 * differ ("contractuel ou fonctionnaire, quelle différence ?"), or a rule of one of them with no
 * employer or offer named ("un CDD de droit public, c'est renouvelable ?", "en mise à dispo, qui
 * me paie ?"), and which words. The words are those the knowledge explains
 * (./term-mentions.ts); the phrases that ask are the lexicon's (`definition`, `comparison`,
 * `term_places`, `term_fillers`, `public_scope`, `in_english`, `in_french`, `offer_requests`);
 * what it reads, ./definition-input.ts; the rules right after an explanation, ./after-explanation.ts.
 * The rules, in order:
 *
 * | message | reading |
 * | --- | --- |
 * | follows up another question ("et contractuel ?" after a listing borrows the listing), without asking what a word means ("c'est quoi, catégorie A ?" after a listing is asked), unless the bot waits for a dossier number | none |
 * | right after an explanation, short and naming no word, or saying it goes on from it (`continuing`: "then", "encore"): "et en anglais ?" (the same word, in English), "et pour un B ?" (the word's phrase with its end replaced: "catégorie A" → "catégorie B"), another aspect ("et qui paie ?") unless another intent is sure ("où en est ma candidature ?") and no measure is asked ("au bout de combien de temps ?") | the word |
 * | asks what a word is that no explanation has ("c'est quoi la NBI ?", "what is the PSC, for contract staff?": ./unknown-word.ts), no offer titled | none explained: the word named back as `unexplained`, the explained words named besides as `alternatives` |
 * | asks what the explained word right after (or right before) "c'est quoi" / "what is" is ("c'est quoi le RIFSEEP et combien au PEReN ?") | that word, the others as alternatives |
 * | a yes or no, or a question from a candidate who says who they are, about another employer that no intent reads surely ("can I be détaché to the DINUM?", "il faut passer un concours pour bosser à la DINUM ?"), or from a candidate who says who they are when the sure intent's cues are the word's own | the word |
 * | names no explained word — a tag only one explanation has ("télétravail", "remote") counts beside another word or the public service in general ("dans les ministères"); inside an employer's longer name a word does not count ("l'incubateur de la DINUM") | none |
 * | asks for a list or a count of offers ("des postes de vacataire ?", "lesquels sont en A+ ?"), with other words than the explained phrase ("où sont publiées les offres d'emploi public ?" asks about the phrase) | none |
 * | compares, naming two words ("détachement ou mise à disposition, quelle différence ?") | both, compared |
 * | asks what a word means, and asks nothing else the intents know ("c'est quoi le salaire d'un contractuel à la DINUM ?" asks the pay) | the word |
 * | right after an explanation, short and naming a word ("et vacataire ?") | the word |
 * | names an employer, an offer, a job, a filter of offers (place, closing date, remote work, experience), a choice between two forms of one word (`term_choices`: "c'est un CDD ou un CDI ?" asks about an offer), asks for offers (`offer_requests`, or the listing intent's own words); within a conversation, only a few words ("et contractuel ?" after a listing is about the listing) | none |
 * | anything else about the word: its length, renewal, pay, who pays, what to do… ("un contractuel peut-il être détaché ?") | the word, the others named as alternatives |
 *
 * "Asks nothing else": the cue words of the classifier's best intent, when it is sure enough,
 * are all among the named words, the lexicon's `definition` or `term_fillers`, or nouns of jobs
 * ("que veut dire catégorie B dans une offre ?"). A word right after a place word ("en
 * construction **sur** Démarches Simplifiées") is where the question stands, not what it asks,
 * when another word is named. Among several words, a tag that carries the intent's cue comes
 * first ("le télétravail, c'est un droit pour un contractuel ?"), then the one named with the
 * longest phrase. What the message asks of the word (`asking`) is its other words, without
 * those that only ask what it is or say where; an aspect asked ("combien de temps") adds its
 * lexicon class's words ("durée", "mois"), for src/answers/definitions.ts to find the passage.
 */
import { isStopword, normalise, stem } from '../text/normalise.js';
import { afterExplanation, askedOfTheWordExplained, RULES_OF_A_WORD } from './after-explanation.js';
import type { DefinitionInput } from './definition-input.js';
import type { Lexicon } from './lexicon.js';
import type { ClassName } from './lexicon-classes.js';
import { wordClasses } from './word-classes.js';
import type { Definition } from './reading.js';
import type { TermMention } from './term-mentions.js';
import { acronymAlone, acronymAsked, mentionAsked, serviceOutside, textOnlyWordAsked, unexplainedWordAsked } from './unknown-word.js';

/** The aspects a question may ask of a word's rules, whose lexicon words help find the passage that answers. */
const ASPECTS_OF_A_WORD = ['count', 'amount_asked', 'duration', 'renewal', 'days', 'start', 'date', 'contact', 'condition_degrees', 'condition_benefits'] as const;

/** The intents whose question, about an explained word and nothing named besides, asks for offers, not the word ("des CDI ?"). */
const LISTS_OFFERS: ReadonlySet<string> = new Set(['positions']);

const stems = (token: string) => [token, stem(token, 'fr'), stem(token, 'en')];

/** Each lexicon's `definition_openings`, compiled once. */
const openings = new WeakMap<Lexicon, RegExp>();
function asksWhatItIs(text: string, lexicon: Lexicon): boolean {
  let pattern = openings.get(lexicon);
  if (!pattern) openings.set(lexicon, (pattern = new RegExp(`(?:^|[^\\p{L}])(?:${lexicon.raw('definition_openings') || '(?!)'})`, 'iu')));
  return pattern.test(text);
}

/**
 * The tokens of the clause where the candidate says who they are ("**je suis fonctionnaire de cat A**, je peux… ?", lexicon
 * `self_description`), when another clause follows: the words there are the candidate's situation, not what is asked. Empty when none.
 */
function describedSelf(input: DefinitionInput): { start: number; end: number } {
  const none = { start: 0, end: 0 };
  if (!input.asks.self_description) return none;
  const clauses = input.text.split(/[,;:.!?()]+/u).map((c) => normalise(c).split(' ').filter(Boolean));
  if (clauses.reduce((n, c) => n + c.length, 0) !== input.tokens.length) return none;
  let start = 0;
  for (const clause of clauses) {
    const end = start + clause.length;
    if (end < input.tokens.length && clause.length && input.lexicon.test('self_description', clause.join(' '))) return { start, end };
    start = end;
  }
  return none;
}

/** Whether a place word comes right before position `i`, an article or two skipped ("in **a** startup d'État"). */
function placedAt(tokens: readonly string[], i: number, places: ReadonlySet<string>): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    if (places.has(tokens[k]!)) return true;
    if (!isStopword(tokens[k]!)) return false;
  }
  return false;
}

/** The definition a message asks for, if any (see the module comment), with what it asks of the word. */
export function readDefinition(input: DefinitionInput): Definition | undefined {
  const definition = readTerms(input);
  if (!definition) return undefined;
  const { lexicon, normalised, tokens } = input;
  const said = new Set((['public_scope', 'definition', 'in_english', 'in_french', 'not_topic', 'same_for', 'same_thing'] as const).flatMap((c) => lexicon.findAll(c, normalised)).flatMap((p) => p.split(' ')));
  const fillers = lexicon.words('term_fillers');
  // An aspect asked in other words ("combien de temps" → its class's words: "durée", "mois") finds the passage that states it.
  const notTopic = lexicon.words('not_topic');
  // A count is stated by a number: its words ("trois", "dizaines") stand for it.
  const wordsOf = (a: (typeof ASPECTS_OF_A_WORD)[number]) => [...lexicon.words(a), ...(a === 'count' ? lexicon.words('number_words') : [])];
  // "Combien de temps", "combien de jours" ask a length or days, "c'est combien ?" an amount: not a count.
  const counted = (a: string) => a !== 'count' || (!input.asks.duration && !input.asks.days && !lexicon.test('amount_asked', normalised));
  const aspects = ASPECTS_OF_A_WORD.filter((a) => counted(a) && lexicon.test(a, normalised)).map((a) =>
    [...new Set(wordsOf(a).flatMap((p) => p.split(' ')).filter((w) => w && !w.endsWith('*') && !isStopword(w) && !notTopic.has(w)))].join('|'),
  );
  // A word named after a place word ("en construction sur Démarches Simplifiées") says where the question stands, not what it asks.
  const places = lexicon.words('term_places');
  const where = new Set(input.mentions.filter((m) => placedAt(tokens, m.start, places)).flatMap((m) => tokens.slice(m.start, m.end)));
  // The other word a question asks of the word explained ("pareil pour les titulaires ?") is asked by its names (see askedOfTheWordExplained).
  const otherWords = new Set(definition.asking ? input.mentions.filter((m) => m.id !== definition.terms[0]).flatMap((m) => tokens.slice(m.start, m.end)) : []);
  const own = tokens.filter((t) => !said.has(t) && !where.has(t) && !fillers.has(t) && !isStopword(t) && !otherWords.has(t));
  const asking = [...new Set([...(definition.asking ?? []), ...own, ...aspects.filter(Boolean)])];
  const closed = input.asks.yes_no === true && !lexicon.test('definition', normalised) && !definition.compare;
  // "Et pour un CDI ?" right after a CDD was explained: the same word by another of its names, which is what is asked.
  const last = input.context.lastIntent === 'definition' ? input.context.lastExplained : undefined;
  const named = last && definition.terms[0] === last && !definition.compare ? input.mentions.find((m) => m.id === last) : undefined;
  const variant = named ? tokens.slice(named.start, named.end).filter((t) => !isStopword(t)) : [];
  const outside = input.isKnown && !definition.compare ? serviceOutside(own, input.mentions, tokens, normalised, lexicon, (t) => input.orgTokens.has(t) || input.isKnown!(t)) : undefined;
  return { ...definition, ...(asking.length ? { asking } : {}), ...(closed && asking.length ? { closed } : {}), ...(variant.length ? { variant } : {}), ...(outside ? { outside } : {}) };
}

/**
 * In a message of several sentences, the word one of them asks about and nothing else ("c'est
 * quoi Passerelles ?"): its other words ask what it is or are fillers. The other sentences only
 * say where the candidate saw it.
 */
function sentenceAskingAWord(input: DefinitionInput): string | undefined {
  const sentences = input.text.split(/[?!.;:]+(?:\s+|$)/u).filter((s) => s.trim() !== '');
  if (sentences.length < 2) return undefined;
  const { lexicon } = input;
  for (const sentence of sentences) {
    const normalised = normalise(sentence);
    if (!lexicon.test('definition', normalised) && !asksWhatItIs(sentence, lexicon)) continue;
    const tokens = normalised.split(' ');
    const found = input.termMentions.find(sentence, tokens);
    if (found.length !== 1) continue;
    const asking = new Set(lexicon.findAll('definition', normalised).flatMap((p) => p.split(' ')));
    // "la DSAF, c'est qui **exactement** ?": an intensifier names nothing.
    const { termFillers, intensifiers } = wordClasses(lexicon);
    const rest = tokens.filter((t, i) => (i < found[0]!.start || i >= found[0]!.end) && !asking.has(t) && !termFillers.has(t) && !intensifiers.has(t) && !isStopword(t));
    if (rest.length === 0) return found[0]!.id;
  }
  return undefined;
}

function readTerms(input: DefinitionInput): Definition | undefined {
  const { tokens, lexicon, entities, asks, context } = input;
  const orgNameLonger = (m: TermMention) => {
    const own = new Set(tokens.slice(m.start, m.end));
    return [...own].every((t) => input.orgTokens.has(t)) && [...input.orgTokens].some((t) => !own.has(t));
  };
  const asked = lexicon.test('definition', input.normalised) || asksWhatItIs(input.text, lexicon);
  // While the bot waits for a dossier number or an address, a message without one is a question of its own.
  const waiting = context.awaiting !== undefined && entities.reference === undefined && entities.email === undefined;
  if (input.followUp && input.short && context.lastIntent !== 'definition' && !asked && !waiting) return undefined;
  let mentions = input.mentions.filter((m) => !orgNameLonger(m));
  // "Le PEReN, c'est quoi comme structure ?", "who does beta.gouv.fr belong to?": the employer as a whole is asked, not a word.
  // Unless what its name stands for is asked ("what does PEReN stand for?").
  if (entities.organisation && asks.presentation && mentions.length === 0 && !lexicon.test('spelled_out', input.normalised)) return undefined;
  // A longer question that says it goes on from the explanation ("who would I sign with then?", "je peux encore… ?") stays on its word too.
  const continues = !asks.waiting && lexicon.test('continuing', input.normalised);
  if (mentions.length === 0 && context.lastExplained && context.lastIntent === 'definition' && (input.short || continues)) return afterExplanation(input, context.lastExplained, continues);
  const scoped = context.lastExplained && context.lastIntent === 'definition' ? askedOfTheWordExplained(input, mentions, context.lastExplained) : undefined;
  if (scoped) return scoped;
  // "C'est quoi Passerelles ? je le vois sur les offres du PEReN": a sentence that only asks what a word is, whatever the others say.
  const own = sentenceAskingAWord(input);
  if (own) return { terms: [own], compare: false };
  // "C'est quoi la NBI ?", "what is the CET, for a contractuel?": a word no explanation has is said unexplained, the words named besides suggested.
  const offerTitled = entities.offers.some((o) => o.queryCoverage >= 0.99) && input.namesAnOffer(tokens);
  const unknownInput = { text: input.text, tokens, normalised: input.normalised, lexicon, mentions, employerTokens: input.orgTokens, isKnown: (t: string) => input.orgTokens.has(t) || input.termMentions.knowsWord(t) || (input.isKnown?.(t) ?? true), namesATerm: (words: string) => input.termMentions.find(words, normalise(words).split(' ')).length > 0 };
  // "RIE ça veut dire quoi ?", "FTAP c'est quoi dans l'offre d'adjoint au PMO ?": an acronym typed in capitals, asked, that no explanation has — even one an offer's title uses.
  const acronym = asked ? (input.asks.comparison ? undefined : acronymAsked(unknownInput)) : acronymAlone(unknownInput);
  if (acronym) return { terms: [], compare: false, unexplained: acronym, unexplainedWords: normalise(acronym).split(' ').filter(Boolean), acronym };
  const unexplained = asked && input.isKnown && !offerTitled ? unexplainedWordAsked(unknownInput) : undefined;
  // "La DSAF dont parle l'offre, c'est quoi ?": a word only a page's text uses is the word asked (./unknown-word.ts).
  // Open: no intent is sure, or the sure one only read a listing or the question's own words ("stands for").
  const open = input.top.score < input.threshold || LISTS_OFFERS.has(input.top.intent) || input.top.cues.every((c) => lexicon.test('definition', normalise(c)));
  const textOnly = !unexplained && asked && open && !offerTitled && mentions.length === 0 && input.isOwnWord && input.textSays ? textOnlyWordAsked(unknownInput, input.isOwnWord, input.textSays) : undefined;
  if (textOnly) return { terms: [], compare: false, unexplained: textOnly, unexplainedWords: normalise(textOnly).split(' ').filter((w) => w && !isStopword(w)) };
  if (unexplained) {
    const near = [...new Set([...mentions, ...input.termMentions.findSubjects(input.text, tokens)].map((m) => m.id))];
    const words = normalise(unexplained).split(' ').filter((w) => w && !isStopword(w));
    return { terms: [], compare: false, unexplained, unexplainedWords: words, ...(near.length ? { alternatives: near } : {}) };
  }
  // "C'est quoi le RIFSEEP et combien d'IFSE au PEReN ?": the word right after the question is asked, whatever else the message asks or names.
  // A word after a place word ("en construction **sur** Démarches Simplifiées") says where the question stands.
  const placed = (m: TermMention) => placedAt(tokens, m.start, lexicon.words('term_places'));
  const first = asked && !offerTitled && !input.asks.comparison ? mentionAsked(tokens, input.normalised, lexicon, mentions.filter((m) => !placed(m))) : undefined;
  if (first) {
    const others = [...new Set(mentions.filter((m) => !placed(m)).map((m) => m.id))].filter((id) => id !== first.id);
    return { terms: [first.id], compare: false, ...(others.length ? { alternatives: others } : {}) };
  }

  // A subject one explanation alone has among its tags ("télétravail", "remote") counts in a question about the public service in general, or about another explained word.
  const subjects =
    mentions.length > 0 || asked || lexicon.test('public_scope', input.normalised)
      ? input.termMentions
          .findSubjects(input.text, tokens)
          .filter((s) => !mentions.some((m) => m.id === s.id || (s.start < m.end && m.start < s.end)) && !lexicon.test('public_scope', tokens.slice(s.start, s.end).join(' ')))
          // A tag that is an employer's name ("PEReN") says who, not what is asked ("combien d'IFSE au PEReN ?").
          .filter((s) => !tokens.slice(s.start, s.end).every((t) => input.orgTokens.has(t)))
      : [];
  if (mentions.length === 0 && subjects.length === 0) return undefined;
  const onlySubjects = mentions.length === 0;
  // A list asked with words of the explained phrase itself ("où sont publiées les offres d'emploi public ?") is not a listing.
  const phrase = new Set([...mentions, ...subjects].flatMap((m) => tokens.slice(m.start, m.end)));
  const outside = tokens.filter((t) => !phrase.has(t)).join(' ');
  // A count of offers ("combien de postes de vacataire ?") is a listing; a count about the word ("how many startups d'État are there?") is asked of its explanation.
  const jobNouns = lexicon.stems('job_nouns');
  const countsOffers = asks.count && !asks.duration && !asks.days && tokens.some((t) => !phrase.has(t) && stems(t).some((x) => jobNouns.has(x)));
  if ((asks.list && lexicon.test('list', outside)) || lexicon.test('listing', outside) || countsOffers) return undefined;
  const placeWords = lexicon.words('term_places');
  const situated = mentions.filter((m) => placedAt(tokens, m.start, placeWords));
  if (situated.length < mentions.length) mentions = mentions.filter((m) => !situated.includes(m));
  const byLength = (list: readonly TermMention[]) => [...list].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start).map((m) => m.id);
  // A subject that carries the question's intent ("le télétravail, c'est un droit pour un contractuel ?") is what is asked.
  const cueStems = new Set(input.top.score < input.threshold ? [] : input.top.cues.flatMap((c) => normalise(c).split(' ')).flatMap(stems));
  const carrying = subjects.filter((m) => tokens.slice(m.start, m.end).some((t) => stems(t).some((x) => cueStems.has(x))));
  // A word after a place word is kept last, as an alternative: its explanation may answer best ("can a contract agent go **on** détachement?").
  // So is a word of the clause where the candidates says who they are ("je suis fonctionnaire de cat A, je peux rejoindre la DINUM en détachement ?").
  const described = describedSelf(input);
  const ofSelf = (m: TermMention) => m.start >= described.start && m.end <= described.end;
  const notOfSelf = (list: readonly TermMention[]) => byLength(list.filter((m) => !ofSelf(m)));
  const ids = [...new Set([...notOfSelf(carrying), ...notOfSelf(mentions), ...notOfSelf(subjects), ...notOfSelf(situated), ...byLength([...mentions, ...situated].filter(ofSelf))])];
  const one = (): Definition => (ids.length > 1 ? { terms: ids.slice(0, 1), compare: false, alternatives: ids.slice(1) } : { terms: ids.slice(0, 1), compare: false });

  // "Passerelles — what's that?": the word just named is asked, whatever else the message says or names.
  if (mentions.length && lexicon.test('definition_of_that', input.normalised)) return { terms: byLength(mentions).slice(0, 1), compare: false };
  // Two forms of one word compared ("un CDD public et un CDD du privé") ask what its explanation says of the difference.
  // Only words named whole are compared: a tag is one word of a subject, and a phrase that holds it names something else
  // ("intrapreneur ou chef de projet ?" compares no "contrat de projet").
  const compared = [...new Set(byLength(mentions.length >= 2 ? mentions : [...mentions, ...subjects.filter(() => mentions.length === 0)]))];
  if (asks.comparison) return compared.length >= 2 ? { terms: compared.slice(0, 2), compare: true } : one();
  const named = new Set([...input.mentions, ...subjects].flatMap((m) => tokens.slice(m.start, m.end)).flatMap(stems));
  const allowed = new Set(['job_nouns', 'work_words', 'term_fillers'].flatMap((c) => [...lexicon.stems(c as ClassName)]));
  const saysMore = (cue: string) => normalise(cue).split(' ').some((t) => !isStopword(t) && !stems(t).some((s) => named.has(s) || allowed.has(s)));
  const otherCues = input.top.score < input.threshold ? [] : input.top.cues.filter((cue) => saysMore(cue) && !lexicon.test('definition', normalise(cue)));
  // A subject named by a tag only ("candidature spontanée") does not outweigh a sure intent that is not about a word's rules (contract, pay, remote work).
  const sure = input.top.score >= input.threshold;
  if (onlySubjects && sure && !RULES_OF_A_WORD.has(input.top.intent)) return undefined;
  // "What is X?" asks X, whatever else it names.
  if (asked && otherCues.length === 0) return { terms: ids.slice(0, 1), compare: false };
  // "Et la DINUM recrute un intrapreneur ?" right after its explanation: offers asked of another employer, not the word again.
  const offersOfAnEmployer = entities.organisation !== undefined && entities.organisation !== input.termMentions.organisationOf(ids[0]!) && (input.offersAsked === true || lexicon.test('offer_requests', input.normalised));
  if (context.lastIntent === 'definition' && input.short && !offersOfAnEmployer) return one();

  // "C'est un CDD ou un CDI ?": a choice between two forms of one word is about an offer, not the word.
  const choices = lexicon.words('term_choices');
  const between = (i: number) => tokens.slice(mentions[i - 1]!.end, mentions[i]!.start);
  // Only side by side ("un CDD ou un CDI"): "on a CDI, or do I have to do 6 years of CDD first?" asks the rule.
  const choice = mentions.some((m, i) => i > 0 && m.id === mentions[i - 1]!.id && between(i).some((t) => choices.has(t)) && between(i).every((t) => choices.has(t) || isStopword(t)));
  if (choice) return undefined;
  // An offer counts when words besides the explained ones and the public service's ("administration") name it, and not as the candidate's own profile ("je suis dev, je peux postuler sans concours ?").
  const scope = new Set(lexicon.findAll('public_scope', input.normalised).flatMap((p) => p.split(' ')));
  const offerNamed = entities.offers.some((o) => o.queryCoverage >= 0.99) && !asks.self_description && input.namesAnOffer(tokens.filter((t) => !named.has(t) && !scope.has(t)));
  // The employer named is the one the explanation belongs to ("freelance chez beta.gouv.fr"): still a question about the word.
  const otherEmployer = entities.organisation !== undefined && entities.organisation !== input.termMentions.organisationOf(ids[0]!);
  // "Can I be détaché to the DINUM?", "je suis dev, il faut passer un concours pour bosser à la DINUM ?": a question about another employer
  // that no intent reads surely, asked of the word's rule — a yes or no, or from a candidate who says who they are ("any perks at
  // beta.gouv.fr: health insurance?" asks the employer's own facts). A candidate who says who they are and asks
  // whether their status fits ("je suis titulaire, je peux rejoindre la DINUM en détachement ?") asks the word's rule too, when the
  // sure intent's cues are only the word's own ("détachement" for contracts).
  // So does a candidate asking what the rule lets them do ("je passe en CDI automatiquement ?", "can I keep my micro-entreprise while
  // being a contractuel at PEReN?", lexicon `own_situation`) under an intent that reads a word's rules.
  const ownSituation = lexicon.test('own_situation', input.normalised) && input.top.score >= input.threshold && RULES_OF_A_WORD.has(input.top.intent);
  const unsure = input.top.score < input.threshold || (asks.self_description === true && otherCues.length === 0) || ownSituation;
  if (otherEmployer && unsure && (asks.yes_no || asks.self_description || ownSituation) && !offerNamed && !context.focusOfferId && mentions.length && !(input.short && context.lastIntent)) return one();
  if ((input.short && context.lastIntent && !waiting) || otherEmployer || context.focusOfferId || offerNamed) return undefined;
  // A place, a closing date, remote work (not the word explained: "télétravail dans la fonction publique") or a level of experience filters offers: a listing.
  const { places, regions, departments, excludedPlaces, closesBefore, remote, experience } = entities;
  const remoteWords = new Set([...lexicon.words('remote_wanted'), ...lexicon.words('remote_refused')]);
  const remoteFilter = remote !== undefined && tokens.some((t) => !named.has(t) && remoteWords.has(t));
  // Years said of the public service in general ("6 years of CDD", "after 6 years in a ministry") are the rule's, not a filter;
  // so are years in a question of contracts, which no contract answer filters by ("préavis avec 1 an d'ancienneté", "mon CDD de 3 ans").
  // Nor are the candidate's own years told beside a question no intent reads ("3ème concours c'est pour qui ? je bosse dans le privé depuis 6 ans"),
  // unless offers are asked ("des postes de contractuel pour 5 ans d'xp ?") or the message is only a few words.
  const asksOffers = sure || input.short || lexicon.test('offer_requests', input.normalised) || tokens.some((t) => !named.has(t) && stems(t).some((x) => jobNouns.has(x)));
  const filtersByExperience = experience !== undefined && !lexicon.test('public_scope', input.normalised) && !(sure && input.top.intent === 'contract') && asksOffers;
  if (places.length || regions.length || departments.length || excludedPlaces.length || closesBefore || remoteFilter || filtersByExperience) return undefined;
  // A yes or no about working in the public service in general ("can I get a job in the public service without a competitive exam?")
  // asks the word's rule: no employer named, the job is not an offer.
  const general = asks.yes_no === true && lexicon.test('public_scope', input.normalised);
  const work = lexicon.stems('work_words');
  if (!asks.self_description && !general && tokens.some((t) => !named.has(t) && work.has(stem(t, 'fr')))) return undefined;
  // What else it asks (the pay, the length, the renewal, who pays, what to do…) is asked of the word: its explanation says what it says; only a request for offers is not.
  if (lexicon.test('offer_requests', input.normalised) || (LISTS_OFFERS.has(input.top.intent) && otherCues.length > 0 && !general)) return undefined;
  return one();
}
