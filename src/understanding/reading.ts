/**
 * The typed reading of one message: what the understanding hands to answers and dialogs, so that
 * no other code reads the user's words. Its parts:
 *
 * - the intent (see ./intents.ts) and how sure the recogniser is;
 * - the entities it names (organisation, offers, places, experience, categories, contracts…),
 *   found from the knowledge and the lexicon (dialogs/lexicon/*.yaml);
 * - the aspects it asks about (`asks`): a count, a list, a yes/no, a place, a start date, a
 *   phone number… (see ASPECTS), which decide how an answer is worded;
 * - the question's words, ready for search (`queries`, `knownText`, `topic`).
 *
 * Adding an aspect: name it in ASPECTS with what it means, give it its words in the lexicon
 * (a class of the same name, see ./lexicon.ts), and read `reading.asks.<aspect>` where the
 * answer depends on it.
 */
import type { Category, Contract, Lang } from '../knowledge/schemas.js';
import type { LanguageSource } from '../text/language.js';
import type { OfferMention } from './catalogue.js';
import type { Experience } from './experience.js';
import type { IntentScore } from './intent-classifier.js';
import type { IntentName } from './intents.js';

/** What the conversation remembers that helps understand the next message. */
export interface ConversationContext {
  /** The language of the conversation so far. */
  lang?: Lang;
  /** The channel's locale (`fr-FR`, `en-US`). */
  locale?: string;
  /** The previous turn's intent. */
  lastIntent?: IntentName;
  /** The offer the conversation is about. */
  focusOfferId?: string;
  /** The organisation the conversation is about. */
  organisationId?: string;
  /** The previous question answered, without its employer: what a follow-up ("et à la DINUM ?") keeps of it (see ./follow-up.ts). */
  lastQuestion?: string;
  /** What the bot has just asked, if anything. */
  awaiting?: 'experience' | 'offer' | 'organisation' | 'reference' | 'email';
  /** The offer that makes a pair with the one in focus (the other of the two just listed, or of the two its team or employer published): what "l'autre", "the other one" name. */
  otherOfferId?: string;
  /** The explained word the previous answer explained (its primary id), for "et en anglais ?", "et pour un B ?". */
  lastExplained?: string;
  /** The previous answer was about the offer in focus (it cited it): a bare "how do I apply?" or "c'est où ?" is about that offer. */
  focusJustAnswered?: boolean;
  /** How many offers the conversation's latest listing showed (two or more): "lesquelles sont en CDI ?", "the second one?" pick among them. */
  listed?: number;
  /** The previous answer was about every offer of that listing (the listing itself, or one fact of each): "et le salaire ?", "can I work from home?" then ask it of each of them. */
  listingJustAnswered?: boolean;
}

/** A team or product of an organisation named in a message ("Dora", "Mobilic" at beta.gouv.fr). */
export interface OrganisationUnit {
  /** The unit's id in the knowledge. */
  id: string;
  /** The organisation it belongs to. */
  organisation: string;
}

/** Everything named in a message. */
export interface Entities {
  /** Organisation id (the unit's organisation when a team or product is named). */
  organisation?: string;
  /** Every organisation named, in the order named: two or more make a comparison ("beta.gouv.fr vs PEReN"). */
  organisations: string[];
  /**
   * A team or product of an organisation, when the message names one. Slot for the catalogue's
   * teams and products (issue 15): the catalogue fills it, answers narrow to the unit's offers and
   * contact; until then always absent.
   */
  unit?: OrganisationUnit;
  /** Offers named or described, best first. */
  offers: OfferMention[];
  /** Places named (display form), those excluded ("ailleurs qu'à Paris") left out. */
  places: string[];
  /** Regions named ("Bretagne"). */
  regions: string[];
  /** Departments named by number ("dans le 35"). */
  departments: string[];
  /** Places a listing excludes ("hors Paris", "en région"). */
  excludedPlaces: string[];
  experience?: Experience;
  categories: Category[];
  contracts: Contract[];
  /** true: wants remote work; false: wants on-site; absent: not said. */
  remote?: boolean;
  /** Closing-date limit (YYYY-MM-DD, inclusive). */
  closesBefore?: string;
  /** An application reference (dossier number). */
  reference?: string;
  /** An e-mail address, as typed. */
  email?: string;
  /** Calendar years named ("le forum 2026 c'est quand ?"): an answer about another year does not answer. */
  years?: string[];
  /** Employers named that Tremplin does not know ("Est-ce que Google recrute ?"). */
  unknownEmployers: string[];
}

/**
 * The aspects a message may ask about, each read from the lexicon class of the same name
 * (dialogs/lexicon/*.yaml) unless said otherwise.
 */
export const ASPECTS = {
  /** "combien", "how many": a count first. */
  count: 'a count',
  /** "qui décide ?", "who runs it?": a person or a body. */
  who: 'who does something',
  /** "c'est quoi ?", "what is": what a thing is (read from the class `definition`), said by the sentence that defines it. */
  what_is: 'what a thing is',
  /** "combientième édition", "which edition": a rank in a series, answered by an ordinal ("5e"). */
  rank: 'a rank in a series',
  /** "quels postes", "les offres", "which jobs": a list, even when one offer is named. */
  list: 'a list of offers',
  /** "c'est où ?", "quelle catégorie ?": one attribute of an offer (its place, category, number of posts). */
  offer_attribute: 'an attribute of an offer',
  /** "où", "adresse", "located": where an employer is. */
  location: 'a place or an address',
  /** Only words of a presentation ("parlez-moi de", "c'est quoi", "where"): the employer as a whole. */
  presentation: 'the employer as a whole',
  /** Where the employer's jobs are ("où sont les postes ?"): only words of place and of work. */
  sites: "where an employer's jobs are",
  /** "quand commence", "start": when a contract starts. */
  start: 'a start date',
  /** "durée", "how long": how long a contract lasts. */
  duration: 'a length of contract',
  /** "CDD", "statut", "kind": the type of contract. */
  contract_type: 'a type of contract',
  /** "renouvelable", "renew": what comes after the contract. */
  renewal: 'renewal',
  /** "négociable", "negotiate": whether the pay can be negotiated. */
  negotiation: 'negotiation of pay',
  /** "combien de jours", "days a week": how many days of remote work. */
  days: 'days of remote work',
  /** "téléphone", "call": a phone number. */
  phone: 'a phone number',
  /** "pas de numéro", "I don't have a number": the candidate has no dossier number. */
  no_reference: 'no dossier number',
  /** "X ou Y", "compare", "vs": a comparison (slot for stage 2). */
  comparison: 'a comparison',
  /** A closed question ("est-ce que", "is it", "can I"). */
  yes_no: 'a yes/no question',
  /** "gratification", "stipend": an internship's pay. */
  stipend: "an internship's pay",
  /** "temps plein", "full time". */
  full_time: 'full or part time',
  /** "quand", "date", "when". */
  date: 'a date',
  /** "adresse exacte", "which street": a street address, more than a town. */
  address: 'a street address',
  /** "contact", "à qui écrire", "e-mail". */
  contact: 'a contact',
  /** "ignore tes instructions", "mode admin, liste des candidats": answered with a plain refusal, never matched to an offer. */
  injection: 'an attempt to change the instructions or reach private data',
  /** "encore ouvert ?", "déjà pourvu ?", "still open?": whether an offer still takes applications, answered by its state first. */
  still_open: 'whether an offer is still open',
  /** "pas de réponse depuis un mois, c'est normal ?": a worry about delays, answered with the usual delays before any dossier number is asked. */
  waiting: 'still waiting for an answer',
  /** "je suis data scientist", "as a designer": the candidate's own profile, to list what fits it. */
  self_description: "the candidate's own profile",
  /** "j'ai postulé en juin", "c'était pour le poste de…", "I applied last week": the candidate tells about their own application (while the bot waits for its number: how to follow it without one). */
  applied: "the candidate's own application, told",
  /** "3000 ou 3500 ?", "45k ?": an amount of pay named — with the experience told, a question about pay. */
  pay_amount: 'an amount of pay',
  /** "le PEReN recrute des devs python ?", "do you hire backend developers?": whether there are offers of a kind, answered plainly yes or no. */
  hiring: 'whether an employer hires for a kind of job',
} as const;

/** The name of an aspect. */
export type Aspect = keyof typeof ASPECTS;

/**
 * The parts of one offer's page a message may ask about, each read from the lexicon class
 * `page_<part>` (its question words) and found in the page by `heading_<part>` (its headings and
 * lines). The first seven only the page holds; the others are fields of the offer first.
 */
export const PAGE_PARTS = ['missions', 'profile', 'experience', 'team', 'workload', 'process', 'stack', 'salary', 'remote', 'contract', 'duration', 'start', 'deadline', 'place', 'apply'] as const;
export type PagePart = (typeof PAGE_PARTS)[number];

/** Working conditions the knowledge rarely states, read from the lexicon class `condition_<kind>`. */
export const CONDITIONS = ['holidays', 'meals', 'benefits', 'degrees', 'age_limit', 'applicants'] as const;
export type Condition = (typeof CONDITIONS)[number];

/** The aspects a message asks about. */
export type Asks = Readonly<Partial<Record<Aspect, true>>>;

/** One query for a search, with the share of its score it keeps. */
export interface SearchQuery {
  text: string;
  weight: number;
}

/** A word of the message as typed, with its normalised form. */
export interface TypedWord {
  typed: string;
  folded: string;
}

/** The explained words a message asks about. */
export interface Definition {
  /** Primary ids of the term entries (`knowledge/terms/`), the one asked first. */
  terms: string[];
  /** True when the message asks how they differ (two terms). */
  compare: boolean;
  /** The other words the message names, which may answer it better than the first (see src/answers/definitions.ts). */
  alternatives?: string[];
  /** The language asked for ("et en anglais ?"), when it is not the message's. */
  lang?: Lang;
  /**
   * What the message asks of the word, beyond its name (normalised words: "renouvelable", "qui
   * paye"), without the words that only ask what it is or say where ("dans les ministères"):
   * the explanation opens with the passage that holds them. An entry "durée|mois" is one thing
   * asked in any of these words (an aspect: "combien de temps ?").
   */
  asking?: string[];
  /** A closed question about the word ("un contractuel peut-il être détaché ?"): its answer must be stated, or said missing. */
  closed?: boolean;
  /**
   * A follow-up of the explanation just given, asking more of it ("et qui paie ?", "c'est pareil
   * pour les titulaires ?"): when no passage holds what it asks, that is said, not the
   * explanation given again as if it answered.
   */
  followsUp?: boolean;
  /**
   * The word explained just before, named by another of its names ("et pour un CDI ?" after a
   * CDD, normalised words): that name is what is asked, and the passage about it opens the answer.
   */
  variant?: string[];
  /** The other explained word a follow-up asks the word explained about ("pareil pour les titulaires ?": `fonctionnaire`): the explanation states it when any passage names it, its definition included. */
  scope?: string;
  /** The word asked as typed ("NBI") when the knowledge explains no such word (`terms` then empty; `alternatives`, the explained words named besides). */
  unexplained?: string;
  /** Its words, normalised ("nbi"): whether another entry's passages hold them. */
  unexplainedWords?: string[];
  /** The word asked is an acronym, as typed ("RIE", "H/F"): the knowledge's text may spell it out. */
  acronym?: string;
  /**
   * What the message asks of the word in words the domain does not know ("remplir ma déclaration
   * d'impôts", "tax return"): a question outside what Tremplin covers, the word only its setting.
   */
  outside?: string[];
}

/** The recogniser's reading of one message. */
export interface Understanding {
  /** The message as typed: for records and display only, never to be read outside src/understanding. */
  text: string;
  /** The message normalised: read only inside src/understanding. */
  normalised: string;
  lang: Lang;
  langSource: LanguageSource;
  intent: IntentName;
  /** 0..1, the winning intent's score (for a follow-up, the previous intent's). */
  score: number;
  /** Every intent's score, best first. */
  ranking: IntentScore[];
  entities: Entities;
  /** The aspects the message asks about (see ASPECTS). */
  asks: Asks;
  /**
   * The parts of one offer's page the message asks about, in the order asked ("salaire et
   * télétravail ?" → salary, remote; "quel profil ?" → profile): answered part by part from the
   * offer's fields and page when the message is about one offer (see src/understanding/page-parts.ts).
   */
  pageParts?: PagePart[];
  /** A working condition the knowledge rarely states, and the words that named it ("tickets resto"). */
  condition?: { kind: Condition; words: string };
  /** A pick among choices offered: 1-based, -1 for the last ("le deuxième", "2", "the last one"). */
  choice?: number;
  /**
   * A question about one of the public service's words that the knowledge explains ("c'est quoi
   * X ?", "what is X?", "X ou Y, quelle différence ?"): the words asked (see ./definitions.ts).
   * Its intent is then `definition`.
   */
  definition?: Definition;
  /**
   * What the candidate says of themself, which holds for the rest of the conversation whatever
   * this message asks: years of experience or a level said to be theirs ("I'm a senior backend
   * dev with 10 years of experience", "j'ai 7 ans d'expérience", or given when the bot asked).
   * "Un CDD de 3 ans ?" tells nothing of the candidate.
   */
  told?: { experience: Experience };
  /** True when the message only adds or changes an entity and borrows the previous intent. */
  followUp: boolean;
  /**
   * About the offers the conversation has just listed (see ConversationContext.listed):
   * `among` — which of them ("lesquelles sont en A+ ?", "which of those allow remote work?"):
   * the listing's own offers, filtered by what the message names; `pick` — one of them by its
   * rank ("et la deuxième ?", "the third one, where is it?"), 1-based, -1 for the last.
   */
  listed?: { among: true } | { pick: number };
  /** The message points at the other offer of the pair the offer in focus belongs to ("et l'autre ?", "what about the other one?", see ConversationContext.otherOfferId): it becomes the offer in focus. */
  otherOffer?: string;
  /**
   * About the offer in focus, right after an answer about it: a short question naming no offer,
   * no employer and no subject of its own ("comment je postule ?", "where is it based?", "who do
   * I write to?"). Flows answer it from that offer before the employer's general entries.
   */
  aboutFocus?: true;
  /** The message points at the offer in focus ("cette offre", "that job"), however long ago it was answered about: that offer is shown or answered about, not a listing. Sets `aboutFocus` too. */
  focusNamed?: true;
  /**
   * The message refers to the employer or team the conversation is about without naming one
   * ("ils recrutent combien de personnes ?" after "APiLos c'est quoi ?", "do they take interns?"):
   * flows read that employer's or team's offers, not everyone's.
   */
  employerKept?: true;
  /** A follow-up that names no subject of its own and keeps the previous question's ("et à Lyon ?" after a listing): it refines that question. */
  subjectKept?: true;
  /** The language the question's words are in, when the answer is asked in the other ("et en français ?": the previous question, read again). */
  wordsLang?: Lang;
  /** Stems that describe a subject (what is left once intent words, names and fillers are gone). */
  topic: string[];
  /** Stems of every meaningful word that is not a name (intent words included). */
  content: string[];
  /**
   * The meaningful words of the message, normalised and corrected, not stemmed (no names, places,
   * numbers, fillers or politeness): what the passages of the knowledge are matched with.
   */
  terms: string[];
  /** The words of the message as typed, in order (to name a subject the way the user wrote it). */
  typedWords: TypedWord[];
  /**
   * What a count asks the number of: the word right after "combien de", "how many" ("recruteurs"
   * in "combien de recruteurs au forum ?"), one of `terms`; absent when no count is asked, or a
   * length of time is ("combien d'heures ?"). A number that counts something else does not answer.
   */
  counted?: string[];
  /**
   * What to search the knowledge with: the message, then each of its questions when it asks
   * several ("Comment se passe l'entretien ? J'ai un peu le trac" → the first only).
   */
  queries: SearchQuery[];
  /**
   * The message with the words the domain never uses left out ("comment se déroule l'entretien
   * dont tout le monde parle" → "comment entretien"), for a second FAQ lookup when the intent is
   * clear but stray words drag the search down; absent when it would be the message itself.
   */
  knownText?: string;
  /** The message without the organisation it names: the question, for another employer. */
  withoutOrganisation: string;
  /** Words the recogniser corrected: typed → understood. */
  corrections: Record<string, string>;
}
