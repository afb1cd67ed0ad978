/**
 * Every threshold of understanding and of the search policy, in one place: its value, and what
 * moving it trades. Chosen on the evaluation sets (`npm run eval -- tests/eval/<set>.yaml`);
 * measure every set before and after changing one. A leaf: imports nothing, so that every layer
 * (understanding, knowledge search, answers, dialogs) reads the same figures.
 */

// --- Intents ----------------------------------------------------------------------------------

/** Least score for the classifier's best intent to be taken; below, `fallback`. Default 0.45. Lower: fewer "I don't know", more wrong intents. */
export const INTENT_THRESHOLD = 0.45;
/** Weight of a strong cue word ("salaire"). Default 0.7: a strong cue alone passes INTENT_THRESHOLD. */
export const STRONG_CUE = 0.7;
/** Weight of a weak cue word ("combien"). Default 0.25: weak cues alone never decide. */
export const WEAK_CUE = 0.25;
/** How much the best example utterance's similarity counts. Default 0.9. Higher: phrasings close to an example win over cue words. */
export const EXAMPLE_WEIGHT = 0.9;
/** Share of a message a politeness intent must account for to win. Default 0.6. Lower: "Bonjour, le poste X c'est où ?" risks being read as a greeting. */
export const SOCIAL_COVERAGE = 0.6;
/**
 * Share of unknown content words a message may have before its intent scores are damped. Default
 * 0.25. Higher: questions out of the domain (football, weather) get answers from stray words.
 */
export const OUT_OF_DOMAIN_TOLERANCE = 0.25;
/** How fast scores fall beyond OUT_OF_DOMAIN_TOLERANCE (each unknown share above it costs this much). Default 1.2. */
export const OUT_OF_DOMAIN_DAMPING = 1.2;
/**
 * A precise intent (salary, remote work… see `specific` in ./understanding/intents.ts) wins over
 * `positions` from this score, when it is within RIVAL_GAP of it. Default 0.55. Lower: listings
 * that mention a condition ("offres avec télétravail") read as the condition.
 */
export const SPECIFIC_OVER_POSITIONS = 0.55;
/** Largest lead of `positions` a precise intent may overturn. Default 0.25. */
export const RIVAL_GAP = 0.25;
/** Least salary score for years of experience alone ("7 ans, je toucherais combien ?") to make a salary question. Default 0.25. */
export const EXPERIENCE_SALARY_SCORE = 0.25;
/** Meaningful words at most of a "short" message, which may borrow the previous question ("et au PEReN ?"). Default 4. */
export const SHORT_MESSAGE_WORDS = 4;
/** Score from which a new question interrupts a flow that waits for an answer. Default 0.6. Lower: answers to the bot's question are taken for new questions. */
export const CHANGE_OF_SUBJECT = 0.6;
/** Messages whose understanding is remembered per knowledge version. Default 2,000 (a few MB); 0 turns it off. */
export const REMEMBERED_UNDERSTANDINGS = 2000;

// --- Spelling -----------------------------------------------------------------------------------

/** Shortest unknown word the recogniser corrects. Default 5: shorter ones are too often real words ("sors" is not "sers"). */
export const SHORTEST_CORRECTED_WORD = 5;
/** From this length an unknown word may be two edits from the word it is corrected to (one below). Default 10. */
export const TWO_EDITS_FROM = 10;

// --- Offers named in a message (see Catalogue.findOffers) --------------------------------------

/**
 * An offer is *named plainly* when the offer's title holds this share of the message's
 * descriptive words (by weight): every one of them. Default 0.99 (rounding). Lower: a message
 * with one stray word ("le poste de data scientist sympa") still names the offer, and a
 * description shared by two offers names both.
 */
export const NAMED_PLAINLY = 0.99;
/** An offer is *described* when the message covers this share of its title's weight. Default 0.5. Lower: more offers per message. */
export const DESCRIBED = 0.5;
/** An offer named plainly *and* covered this much says which employer a question is about. Default 0.75. */
export const NAMED_CLEARLY = 0.75;
/** Offers a mention may designate at most: beyond, it names a kind of job, not an offer. Default 300. */
export const MAX_OFFER_CANDIDATES = 300;
/** Lead (title + query coverage) one offer needs over the next to be taken as the one chosen among several. Default 0.2. */
export const CHOICE_LEAD = 0.2;

// --- Search policy ------------------------------------------------------------------------------

/**
 * Least search score of an open offer proposed instead of a closed one it resembles (its title
 * searched). Default 0.3, below NO_ANSWER_THRESHOLD: these are suggestions after the answer,
 * not the answer. Lower: more, looser neighbours.
 */
export const OPENINGS_SCORE = 0.3;

/** Least search score for an answer; below, the knowledge holds none. Default 0.4. Lower: more answers beside the question. */
export const NO_ANSWER_THRESHOLD = 0.4;
/** Least FAQ score to answer a question the classifier did not understand. Default 0.45 (surer than NO_ANSWER_THRESHOLD). */
export const FALLBACK_FAQ_THRESHOLD = 0.45;
/** At most this much is added to an FAQ entry's score when one of its own phrasings matches the question. Default 0.1. */
export const PHRASING_BONUS = 0.1;
/** FAQ hits this close to the best are "as good": when they belong to different employers, the bot asks which. Default 0.08. */
export const SAME_SCORE = 0.08;
/** When asking which employer, those whose best answer is within this of the best are offered too. Default 0.25. */
export const FAIR_GAP = 0.25;
/** Least score for an answer of the employer in context to be taken before searching them all. Default 0.6. */
export const CONTEXT_FIT = 0.6;
/** Words at most of a message read together with the previous question when it finds nothing alone. Default 6. */
export const SHORT_FOLLOW_UP_WORDS = 6;
/** Share of its score a question read with the previous one keeps. Default 0.9. */
export const FOLLOW_UP_WEIGHT = 0.9;
/** Share of its score the message without its unknown words keeps. Default 0.95. */
export const KNOWN_WORDS_WEIGHT = 0.95;
/** Share of its score one question of a longer message keeps (the whole message is preferred). Default 0.97. */
export const SENTENCE_WEIGHT = 0.97;

// --- Listings -----------------------------------------------------------------------------------

/** Least search score for an offer to be "about" a subject word of a listing ("data", "design"). Default 0.35. */
export const SUBJECT_MIN_SCORE = 0.35;
/** Score from which another intent makes a listing question worth checking against the FAQ. Default 0.6. */
export const RIVAL_SCORE = 0.6;
/** Score from which another intent is a strong rival: the FAQ then needs only NO_ANSWER_THRESHOLD. Default 0.75. */
export const STRONG_RIVAL_SCORE = 0.75;
/** Least FAQ score for an FAQ answer to replace a listing. Default 0.5. */
export const FAQ_INSTEAD_OF_LISTING = 0.5;
