/**
 * From one message to what the user wants: its language, its intent, the entities it names and
 * the aspects it asks about (see ./reading.ts), with the conversation so far to resolve what a
 * short message leaves out ("et le salaire ?" after an offer, "au PEReN ?" after a question
 * about another employer). What it knows of words is data: the example utterances
 * (dialogs/utterances) and the lexicon (dialogs/lexicon).
 *
 * Plain TypeScript: no botbuilder, no I/O. Build one per knowledge version.
 */
import type { Faq, Lang, Offer, Organisation, Team, Term } from '../knowledge/schemas.js';
import { detectLanguage } from '../text/language.js';
import { languageBesideName } from './name-language.js';
import { LruCache } from '../text/lru.js';
import { A_PLUS_TOKEN, isStopword, normalise, stem, tokenize } from '../text/normalise.js';
import { ASKED_BESIDE_DESCRIPTION, DESCRIBED, INTENT_THRESHOLD, NAMED_PLAINLY, OUT_OF_DOMAIN_DAMPING, OUT_OF_DOMAIN_TOLERANCE, REMEMBERED_TEXT_LENGTH, REMEMBERED_UNDERSTANDINGS, SHORT_MESSAGE_WORDS } from '../tuning.js';
import { readAspects, readChoice, readCondition, readCounted, searchQueries, typedWords } from './aspects.js';
import { Catalogue } from './catalogue.js';
import { resolveIntent, type ResolvedIntent } from './context-rules.js';
import { readDefinition } from './definitions.js';
import { findCategories, findClosesBefore, findContracts, findEmail, findReference, findYears, wantsRemote } from './entities.js';
import { findExperience } from './experience.js';
import { pagePartWords, readPageParts } from './page-parts.js';
import { aboutFocusOffer, aboutListed, factOfListed, languageAskedAlone, offersOfTheWord, otherOfPair, pointsAtFocus, topicBeyond, withPreviousSubject } from './follow-up.js';
import { DomainVocabulary, ordinaryWords } from './domain-vocabulary.js';
import { IntentClassifier, type ClassifierOptions, type IntentScore } from './intent-classifier.js';
import type { IntentName } from './intents.js';
import { jobWords, type JobWords } from './job-words.js';
import { leadingIntent } from './leading-intent.js';
import { shippedLexicon, type Lexicon } from './lexicon.js';
import type { Asks, ConversationContext, Entities, Understanding } from './reading.js';
import { findDepartments, findExcludedPlaces, findRegions } from './regions.js';
import { includesWords, TeamNames, withoutSequence } from './team-names.js';
import { TermMentions } from './term-mentions.js';
import { UnitNames } from './units.js';
import { unknownEmployers } from './unknown-employers.js';
import type { IntentExamples } from './utterances.js';
import { wordClasses, type WordClasses } from './word-classes.js';

export type { ConversationContext, Entities, Understanding } from './reading.js';

/** What the recogniser reads from the knowledge base. */
export interface RecogniserKnowledge {
  organisations: readonly Organisation[];
  offers: readonly Offer[];
  faqs: readonly Faq[];
  /** The explained words (`knowledge/terms/`): a question about one is a `definition`. Default none. */
  terms?: readonly Term[];
  /** Teams and products of the organisations, and the team of each offer that names one. Default none. */
  teams?: readonly Team[];
  offerTeams?: ReadonlyMap<string, Team>;
}

/** Options. Every default is in src/tuning.ts, with what it trades. */
export interface RecogniserOptions extends ClassifierOptions {
  /** Minimum score for an intent to be taken. Default INTENT_THRESHOLD. */
  threshold?: number;
  /** The date "today" for closing-date phrases. Default: now. */
  now?: () => Date;
  /**
   * Messages whose understanding is remembered (with the context they came in and the minute),
   * least recently used first out. Default REMEMBERED_UNDERSTANDINGS (a few MB). Candidates send
   * the same texts again and again (the suggested actions, "bonjour", "quelles offres ?"); a
   * remembered one costs a lookup instead of ~0.15 ms. 0 turns remembering off.
   */
  remember?: number;
  /** The words the recogniser reads with. Default: the shipped lexicon (dialogs/lexicon). */
  lexicon?: Lexicon;
}

/** Messages read once when a recogniser is built (see the constructor). */
const WARM_UP = ['Bonjour, quel est le salaire du poste de développeur à Paris ?', 'How many remote jobs close before the end of December?', 'Merci'];

/** The aspects that ask for a kind of fact a passage states (see src/answers/passage-answers.ts): their words are not the question's subject. */
const FACT_ASPECTS = ['date', 'start', 'count', 'days', 'duration', 'location', 'address', 'phone', 'contact'] as const;

export class Recogniser {
  private readonly classifier: IntentClassifier;
  private readonly catalogue: Catalogue;
  /** The words the knowledge explains, found in messages. */
  private readonly termMentions: TermMentions;
  /** Teams and products named like employers, and their offers. */
  private readonly teams: TeamNames;
  /** The domain's words: typos corrected to them, unknown ones a sign of a question out of scope. */
  private readonly vocabulary: DomainVocabulary;
  private readonly threshold: number;
  private readonly now: () => Date;
  private readonly remembered: LruCache<string, Understanding> | undefined;
  /** The words this recogniser reads with (answers and dialogs may test knowledge text against its classes). */
  readonly lexicon: Lexicon;
  private readonly words: WordClasses;
  private readonly jobWords: JobWords;
  /** Stems of the words that make entities rather than subjects ("catégorie A+", "qui ferment avant fin décembre"). */
  private readonly entityStems: ReadonlySet<string>;

  /**
   * @param intents the example utterances (see `loadUtterances`).
   * @param knowledge organisations, offers and FAQ entries, for names and vocabulary.
   */
  constructor(intents: readonly IntentExamples[], knowledge: RecogniserKnowledge, options: RecogniserOptions = {}) {
    this.lexicon = options.lexicon ?? shippedLexicon();
    this.words = wordClasses(this.lexicon);
    const entityWords = [
      ...(['category_words', 'closing_words', 'before_words', 'end_of'] as const).flatMap((c) => [...this.lexicon.words(c)]),
      ...this.lexicon.positions('months').flat(),
      A_PLUS_TOKEN,
    ];
    this.entityStems = new Set(entityWords.flatMap((w) => [stem(w, 'fr'), stem(w, 'en')]));
    this.classifier = new IntentClassifier(intents, options);
    this.jobWords = jobWords(this.lexicon);
    this.catalogue = new Catalogue(knowledge.organisations, knowledge.offers, this.jobWords, this.lexicon.phrases('cities'));
    this.termMentions = new TermMentions(knowledge.terms ?? []);
    this.threshold = options.threshold ?? INTENT_THRESHOLD;
    this.now = options.now ?? (() => new Date());
    const remember = options.remember ?? REMEMBERED_UNDERSTANDINGS;
    this.remembered = remember > 0 ? new LruCache(remember, REMEMBERED_TEXT_LENGTH) : undefined;
    // Words of the bot's own: a team named by one of them ("Transport") needs a cue (see ./units.ts).
    const units = new UnitNames(knowledge.teams ?? [], knowledge.offers, knowledge.offerTeams ?? new Map(), ordinaryWords(intents, this.lexicon, knowledge.faqs));
    this.teams = new TeamNames(units, this.lexicon.words('unit_cues'), this.words.notTopic, this.jobWords, this.catalogue, knowledge.offers, knowledge.offerTeams ?? new Map());
    const names = [...this.catalogue.words, ...(knowledge.terms ?? []).flatMap((term) => [term.term, ...term.aliases]), ...units.words];
    this.vocabulary = new DomainVocabulary(intents, names, knowledge.faqs, this.words, knowledge.organisations);
    // The first reading compiles what V8 compiles lazily (regular expressions, hot paths): done
    // here, off a user's turn, rather than on the first message after a knowledge change.
    for (const warmUp of WARM_UP) this.understand(warmUp, {}, this.now());
  }

  /** Whether a word is one the catalogue's titles hold, only sharing its stem with a word that asks a fact ("writer", "write"). */
  private titleOnly(token: string): boolean {
    return this.catalogue.subjects.has(token) && !this.vocabulary.intentTokens.has(token);
  }

  /**
   * Whether these words name an offer plainly (its title's words), the message's other words left out: most of a title, or two
   * of its words, or a word of jobs (lexicon `job_word_groups`: "dev") — another single word of a longer title ("the **end** of a
   * stage" → "front-end", "les réseaux" → "hypervision réseau") names none.
   */
  private namesAnOffer(tokens: readonly string[]): boolean {
    const { notTopic } = this.words;
    const kept = tokens.filter((t) => !isStopword(t) && !notTopic.has(t) && !/^\d+$/.test(t));
    const words = kept.map((t) => this.jobWords.key(t));
    const jobWord = kept.some((t) => this.jobWords.shared(t));
    return words.length > 0 && this.catalogue.findOffers(words).some((o) => o.queryCoverage >= NAMED_PLAINLY && (o.titleCoverage >= DESCRIBED || o.matched >= 2 || jobWord));
  }

  /**
   * "Je suis en 3e année d'école d'ingé, stage au PEReN ?": the part of a message that describes
   * the candidate (lexicon `self_description`) may drown what they ask; when the whole message is
   * not understood, the other parts alone, if they are. A description understood with the rest
   * stays ("je suis en fauteuil roulant, je peux postuler ?" asks about accessibility). `asked`:
   * the other parts, searched alone too; `ranking` when they are understood. Undefined when the
   * message describes no one, says nothing else, or is understood whole.
   */
  private questionBesideDescription(text: string, evidence: readonly string[], asks: Asks, lang: Lang): { ranking?: IntentScore[]; asked: string } | undefined {
    const asked = this.askedBesideDescription(text, asks);
    if (asked === undefined) return undefined;
    const whole = this.classifier.classify([...evidence], lang)[0]?.score ?? 0;
    if (whole >= this.threshold) return undefined;
    const ranking = this.classifier.classify(tokenize(asked).map((t) => stem(t, lang)), lang);
    // Not understood alone either: still searched alone (see `queries`).
    return { ...((ranking[0]?.score ?? 0) >= this.threshold ? { ranking } : {}), asked };
  }

  /** The parts of a message that do not describe the candidate (see questionBesideDescription), as typed; undefined when there are none or nothing else. */
  private askedBesideDescription(text: string, asks: Asks): string | undefined {
    if (!asks.self_description) return undefined;
    const parts = text.split(/[,;:.!?\n]+/).filter((p) => tokenize(p).length > 0);
    const asked = parts.filter((p) => !this.lexicon.test('self_description', tokenize(p).join(' ')));
    return asked.length === 0 || asked.length === parts.length ? undefined : asked.join(', ').trim();
  }

  /** Every place the knowledge and the lexicon name, in its display form (for answers that tell which passages state a place). */
  get places(): readonly string[] {
    return this.catalogue.knownPlaces;
  }

  /** Reads one message. The result is frozen: the same message in the same context may get the very same object. */
  /**
   * "Et au PEReN ?" right after an explanation ("combien de jours de télétravail pour l'État ?")
   * names no word to explain: it follows up what the explained question asked of the intents
   * (remote work), at the employer named, not the explanation.
   */
  private afterAnExplanation(resolved: ResolvedIntent, ranking: readonly IntentScore[], context: ConversationContext, lang: Lang, now: Date): ResolvedIntent {
    if (!resolved.followUp || resolved.intent !== 'definition' || !context.lastQuestion) return resolved;
    const asked = sureIntent(this.understand(context.lastQuestion, { lang }, now).ranking, this.threshold);
    if (asked) return { ...resolved, intent: asked };
    // Nothing to explain, and the explained question asked nothing else ("et pour un stage au PEReN, c'est où ?" after
    // "c'est quoi Passerelles ?"): the message's own intent, not an empty explanation.
    const own = sureIntent(ranking, this.threshold);
    return own ? { intent: own, score: ranking[0]!.score, followUp: false } : { intent: 'fallback', score: resolved.score, followUp: false };
  }

  /** "Et en français ?" after an answer: the previous question, read again, answered in the language asked (see ./follow-up.ts). */
  private askedAgainIn(normalised: string, meaningful: readonly { token: string }[], context: ConversationContext, now: Date): Understanding | undefined {
    const lang = languageAskedAlone(normalised, meaningful, context, this.lexicon);
    if (!lang || !context.lastQuestion) return undefined;
    const { lastQuestion, lastIntent, ...rest } = context;
    const reading = this.understand(lastQuestion, { ...rest, lang }, now);
    return { ...reading, lang, langSource: 'text', followUp: true, ...(reading.lang !== lang ? { wordsLang: reading.lang } : {}) };
  }

  recognise(text: string, context: ConversationContext = {}): Understanding {
    if (!this.remembered) return this.understand(text, context, this.now());
    const now = this.now();
    // Everything the understanding depends on besides the knowledge this recogniser was built
    // from: the text, the context, and the date (closing-date phrases), to the minute.
    const key = [
      text,
      context.lang,
      context.locale,
      context.lastIntent,
      context.focusOfferId,
      context.organisationId,
      context.awaiting,
      context.lastExplained,
      context.lastQuestion,
      context.listed,
      context.listingJustAnswered,
      context.focusJustAnswered,
      context.otherOfferId,
      Math.floor(now.getTime() / 60_000),
    ].join('\u0000');
    let understanding = this.remembered.get(key);
    if (!understanding) {
      understanding = deepFreeze(this.understand(text, context, now));
      // A message with an e-mail address or a dossier number is read, never remembered.
      if (understanding.entities.email === undefined && understanding.entities.reference === undefined) this.remembered.set(key, understanding);
    }
    return understanding;
  }

  private understand(text: string, context: ConversationContext, now: Date): Understanding {
    const lexicon = this.lexicon;
    const { notTopic, intensifiers, winningVerbs } = this.words;
    const languageContext = { previous: context.lang, locale: context.locale };
    const corrections: Record<string, string> = Object.create(null);
    // E-mail addresses and dossier numbers are data, not words: they must not weigh on the intent.
    const reference = findReference(text, lexicon);
    const email = findEmail(text);
    const words = [email, reference].reduce<string>((t, item) => (item ? t.split(item).join(' ') : t), text);
    const tokens = this.vocabulary.correct(tokenize(words), corrections);
    const normalised = tokens.join(' ');

    const excludedPlaces = findExcludedPlaces(normalised, (text) => this.catalogue.findPlaces(text));
    const places = this.catalogue.findPlaces(normalised).filter((p) => !excludedPlaces.includes(p));
    const regions = findRegions(normalised);
    const departments = findDepartments(normalised);
    const placeTokens = new Set([...places, ...excludedPlaces, ...regions].flatMap((p) => normalise(p).split(' ')));
    const orgTokens = this.catalogue.organisationTokens(tokens);
    // An organisation's own name is not one of its teams' ("Etalab" of "La branche IA d'Etalab"): the organisation is named.
    const unit = [this.teams.find(tokens, text) ?? this.teams.namedWithItsOffer(tokens.filter((t) => !placeTokens.has(t)))].find((u) => u && !u.tokens.every((t) => orgTokens.has(t)));
    for (const t of unit?.tokens ?? []) orgTokens.add(t);
    // The words around a team's name tell the asker's language, not the name ("annuaire des entreprises search engineer remote?").
    const { lang, source: langSource } = (unit && languageBesideName(text, unit.tokens, languageContext)) || detectLanguage(text, languageContext);
    const stems = tokens.map((t) => stem(t, lang));
    // A team's name is a name, not the words it is made of: "ma-cantine" asks nothing of canteens, "Civils de la Défense" is no place.
    const unnamedTokens = unit ? withoutSequence(tokens, unit.tokens) : tokens;
    const unnamed = unnamedTokens.join(' ');
    if (unit) for (const list of [places, excludedPlaces, regions]) list.splice(0, list.length, ...list.filter((p) => !includesWords(unit.tokens, normalise(p).split(' '))));
    // The words that say something, with their stems (computed once, above).
    const meaningful = tokens.flatMap((t, i) =>
      notTopic.has(t) || intensifiers.has(t) || isStopword(t) || orgTokens.has(t) || placeTokens.has(t) || /^\d+$/.test(t) ? [] : [{ token: t, stem: stems[i]! }],
    );
    const again = this.askedAgainIn(normalised, meaningful, context, now);
    if (again) return { ...again, text };
    const content = meaningful.map((w) => w.stem);
    // Words that ask for a kind of fact ("quand", "adresse", "how big") are the fact asked, not its subject; vague verbs ask nothing.
    // A word the catalogue's titles hold stays a subject though its stem asks a fact ("UX writer": "write" asks whom to write to).
    const topic = meaningful.filter(({ token, stem: s }) => (!this.vocabulary.intentStems.has(s) || this.titleOnly(token)) && !this.entityStems.has(s)).map((w) => w.stem);
    // The same words, as offer titles are indexed, whatever the language: "data analyst" and "analyste de données" alike.
    // Vague verbs name no offer: the "passe" of "ça se passe comment ?" is not the "Pass" of "Pass Emploi".
    const vague = new Set((['vague_verbs', 'definition', ...FACT_ASPECTS] as const).flatMap((c) => lexicon.findAll(c, normalised)).flatMap((phrase) => phrase.split(' ')));
    const vagueVerbs = new Set(lexicon.findAll('vague_verbs', normalised).flatMap((phrase) => phrase.split(' ')));
    const titleWords = meaningful.flatMap(({ token, stem: s }) => (!vagueVerbs.has(token) && (this.jobWords.shared(token) || !this.vocabulary.intentStems.has(s)) ? [this.jobWords.key(token)] : []));
    const experience = findExperience(normalise(words), context.awaiting === 'experience') ?? findExperience(normalised, context.awaiting === 'experience');
    const years = findYears(normalised);
    const organisation = this.catalogue.findOrganisation(tokens);
    // "And the developer one?" right after an offer of a team: that team's offer, when it has one.
    const ofTheFocusTeam = organisation || unit || places.length ? undefined : this.teams.offersOfTheFocusTeam(titleWords, context, tokens.filter((t) => !notTopic.has(t)).length <= SHORT_MESSAGE_WORDS);
    const entities: Entities = {
      organisation: organisation ?? unit?.unit.organisation,
      organisations: this.catalogue.findOrganisations(tokens),
      ...(unit ? { unit: unit.unit } : {}),
      // "designer ux ui zéro logement vacant": among the team's offers, not the catalogue's dozens of designers.
      // Pages tell apart the offers of one title by the other words of the message — not by those that describe the candidate ("5 ans d'expérience").
      offers: ofTheFocusTeam ?? this.catalogue.findOffers(titleWords, unit ? this.teams.offersOf(unit.unit.id) : undefined, years, unit || !experience ? this.teams.pageOf : undefined),
      places,
      regions,
      departments,
      excludedPlaces,
      experience,
      categories: findCategories(normalised, lexicon),
      contracts: findContracts(normalised, lexicon),
      remote: wantsRemote(normalised, lexicon),
      closesBefore: findClosesBefore(normalised, now, lexicon),
      reference,
      email,
      unknownEmployers: unknownEmployers(text, this.words, (t) => this.vocabulary.knows(t), this.catalogue),
      years,
    };
    const asks = readAspects(unnamed, content, lexicon);
    // Words that ask for a kind of fact ("quand", "adresse", "how big") are the fact asked, not its
    // subject; vague verbs ask nothing; the title of an offer named plainly is a name.
    const { politeFiller, socialWords } = this.words;
    const named = entities.offers[0] && entities.offers[0].queryCoverage >= NAMED_PLAINLY ? this.catalogue.titleWords(entities.offers[0].id) : undefined;
    const terms = meaningful.flatMap((w) =>
      politeFiller.has(w.token) || socialWords.has(w.token) || vague.has(w.token) || named?.has(this.jobWords.key(w.token)) ? [] : [w.token],
    );

    const damping = 1 - Math.max(0, this.vocabulary.unknownShare(tokens) - OUT_OF_DOMAIN_TOLERANCE) * OUT_OF_DOMAIN_DAMPING;
    const winning = this.words.winning(normalised);
    const evidence = tokens.flatMap((t, i) => (intensifiers.has(t) || (winning && winningVerbs.has(t)) || (unit && !unnamedTokens.includes(t)) ? [] : [stems[i]!]));
    const beside = this.questionBesideDescription(text, evidence, asks, lang);
    const ranking = (beside?.ranking ?? this.classifier.classify(evidence, lang)).map((r) => ({ ...r, score: r.score * damping }));
    const top = leadingIntent({ ranking, tokens, lang, normalised, entities, asks, words: this.words, threshold: this.threshold });
    const short = tokens.filter((t) => !notTopic.has(t)).length <= SHORT_MESSAGE_WORDS;
    // "Cybersecurity roles?": a job noun says nothing of its own beside words that name offers.
    const jobNouns = lexicon.words('job_nouns');
    const onlyOfferWords = terms.every((t) => this.catalogue.subjects.has(t) || (jobNouns.has(t) && entities.offers.length > 0));
    const offerSubject = terms.length > 0 && onlyOfferWords;
    const choice = readChoice(normalised, lexicon);
    const listedFirst = aboutListed(normalised, context, entities, short, choice, lexicon);
    // "et l'autre ?": the other offer of the pair, pointed at as the offer in focus is (it becomes the focus, see src/conversation/memory.ts).
    const otherOffer = listedFirst ? undefined : otherOfPair(normalised, context, entities, lexicon);
    const focusNamed = !listedFirst && (otherOffer !== undefined || pointsAtFocus(normalised, context, entities, lexicon));
    const resolved = resolveIntent({ top, ranking, entities, context, threshold: this.threshold, short, content, asks, offerSubject, onlyOfferWords, ...(listedFirst ? { listed: listedFirst } : {}), ...(focusNamed ? { focusNamed } : {}), ...(otherOffer ? { otherOffer: true } : {}) });
    const listing = ranking.find((r) => r.intent === 'positions');
    const offersAsked = listing !== undefined && listing.score >= this.threshold && listing.cues.length > 0;
    const definition = this.termMentions.empty
      ? undefined
      : readDefinition({ text: words, mentions: this.termMentions.find(words, tokens), termMentions: this.termMentions, namesAnOffer: (some) => this.namesAnOffer(some), tokens, normalised, lexicon, top, threshold: this.threshold, entities, asks, context, orgTokens, short, content, offersAsked, followUp: resolved.followUp, isKnown: (t) => this.vocabulary.knowsAForm(t), isOwnWord: (t) => this.vocabulary.usesAForm(t) || this.words.politeFiller.has(t), textSays: (t) => this.vocabulary.textSays(t) });
    // "Des postes avec ce type de contrat ?" right after an explanation: the offers of the word explained, its words their subject.
    const wordOffers = !definition && offersOfTheWord(context, offersAsked, topicBeyond(topic, normalised, lang, lexicon), entities);
    const { intent, score, followUp: resolvedFollowUp } = definition
      ? { intent: 'definition' as const, score: Math.max(resolved.score, this.threshold), followUp: false }
      : wordOffers
        ? { intent: 'positions' as const, score: Math.max(listing!.score, this.threshold), followUp: true }
        : this.afterAnExplanation(resolved, ranking, context, lang, now);
    // "what's the contract and the pay?" right after a listing: asked of each offer listed.
    const listed = listedFirst ?? (!definition && factOfListed(context, entities, short, topic, intent) ? ({ among: true } as const) : undefined);
    const followUp = resolvedFollowUp || listed !== undefined;
    const known = tokens.filter((t) => this.vocabulary.knows(t) || isStopword(t) || /^\d+$/.test(t) || orgTokens.has(t) || placeTokens.has(t)).join(' ');
    const knownText = known !== normalised && known.split(' ').some((t) => t !== '' && !isStopword(t)) ? known : undefined;
    const withoutOrganisation = tokens.filter((t) => !orgTokens.has(t)).join(' ');
    const condition = readCondition(unnamed, lexicon);
    const employerKept = context.organisationId !== undefined && !entities.organisation && !unit && lexicon.test('employer_pronoun', normalised);
    const told = experience && (context.awaiting === 'experience' || asks.self_description || lexicon.test('own_experience', normalised)) ? { experience } : undefined;
    const counted = asks.count ? readCounted(unnamed, terms, lexicon) : undefined;
    const pageParts = readPageParts(normalised, asks, lexicon, told?.experience.years !== undefined || asks.self_description === true, (w) => named?.has(this.jobWords.key(w)) === true, places.length > 0);
    const reading: Understanding = {
      text,
      normalised,
      lang,
      langSource,
      intent,
      score,
      ranking,
      entities,
      asks,
      ...(condition ? { condition } : {}),
      ...(pageParts ? { pageParts } : {}),
      ...(choice !== undefined ? { choice } : {}),
      ...(definition ? { definition } : {}),
      ...(told ? { told } : {}),
      ...(employerKept ? { employerKept: true as const } : {}),
      followUp,
      ...(listed ? { listed } : {}),
      // A subject of its own is a word offers are about ("et pour les data scientists ?"), not any other word ("j'envoie ma candidature à qui ?").
      ...(!listed && (focusNamed || aboutFocusOffer(context, entities, short, terms.filter((t) => this.catalogue.subjects.has(t) && !(pageParts && pagePartWords(normalised, lexicon).has(t))))) ? { aboutFocus: true as const } : {}),
      ...(!listed && focusNamed ? { focusNamed: true as const } : {}),
      ...(!listed && otherOffer ? { otherOffer } : {}),
      topic: wordOffers ? [] : experience ? withoutExperienceWords(topic, lexicon) : topic,
      content,
      terms,
      typedWords: typedWords(text),
      ...(counted ? { counted } : {}),
      // The question beside a description of the candidate is searched alone too.
      queries: [...searchQueries(text), ...(beside ? [{ text: beside.asked, weight: ASKED_BESIDE_DESCRIPTION }] : [])],
      ...(knownText !== undefined ? { knownText } : {}),
      withoutOrganisation,
      corrections,
    };
    // A follow-up keeps the subject of the question before (read without context: no chain of
    // readings) — unless it asks an attribute of the offer in focus ("c'est quelle catégorie ?"): that offer is its subject.
    // A question about the offers just listed is about those offers: the list is its subject.
    const aboutFocus = (context.focusOfferId !== undefined && (asks.offer_attribute === true || focusNamed)) || listed !== undefined;
    return followUp && context.lastQuestion && !aboutFocus ? withPreviousSubject(reading, this.understand(context.lastQuestion, { lang }, now)) : reading;
  }
}

/** The ranking's best intent when it is sure, else none. */
function sureIntent(ranking: readonly IntentScore[], threshold: number): IntentName | undefined {
  const best = ranking[0];
  return best && best.score >= threshold && best.intent !== 'definition' ? best.intent : undefined;
}

/** Freezes `value` and everything in it: a remembered understanding is shared by every turn that asks the same. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

/** A subject without the words that told the candidate's experience ("ingénieur réseau avec 8 ans d'expérience": "ingénieur réseau"). */
function withoutExperienceWords(topic: readonly string[], lexicon: Lexicon): string[] {
  const told = new Set([...lexicon.stems('own_experience'), ...lexicon.stems('case_qualifiers')]);
  return topic.filter((s) => !told.has(s));
}
