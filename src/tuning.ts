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
/**
 * Longest message (in characters) whose understanding, FAQ and offer searches are remembered.
 * Default 500: candidates' questions that come back are short; longer ones are read each time,
 * so that 4,000-character messages sent by the thousand hold no memory.
 */
export const REMEMBERED_TEXT_LENGTH = 500;

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
/**
 * Offers one word of a message may name plainly and still say which employer a question is
 * about ("FranceConnect" names one title; "tech" names every "Tech lead"). Default 2. Higher: a
 * common title word ("tech" in "forum emploi tech") narrows the question to that offer's employer.
 */
export const FEW_TITLES = 2;
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
/**
 * FAQ entries looked at for a question that names a year ("le forum 2019"), so that the page
 * about that year is found among many about the same subject. Default 16 (8 otherwise). Higher:
 * more entries read per such question.
 */
export const YEAR_SEARCH_LIMIT = 16;
/**
 * An FAQ entry of the employer the question names, whose nearest rival scores at most
 * CLEAR_LEAD_RATIO (0.6) of it, answers from CLEAR_LEAD_MIN (0.34): the question is about that
 * entry in words its phrasings lack. Higher ratio or lower minimum: more answers beside the question.
 */
export const CLEAR_LEAD_MIN = 0.34;
export const CLEAR_LEAD_RATIO = 0.6;
/** Least FAQ score to answer a question the classifier did not understand. Default 0.45 (surer than NO_ANSWER_THRESHOLD). */
export const FALLBACK_FAQ_THRESHOLD = 0.45;
/** At most this much is added to an FAQ entry's score when one of its own phrasings matches the question. Default 0.1. */
export const PHRASING_BONUS = 0.1;
/** FAQ hits this close to the best are "as good": when they belong to different employers, the bot asks which. Default 0.08. */
export const SAME_SCORE = 0.08;
/** How far below the best FAQ entry one that asks the same kind of fact as the question (who, when, how many…) may score and still come first, when the best asks another kind. Default 0.25. */
export const SAME_KIND_GAP = 0.25;
/** When asking which employer, those whose best answer is within this of the best are offered too. Default 0.25. */
export const FAIR_GAP = 0.25;
/**
 * When several employers answer an FAQ question alike and none is named, up to this many get
 * their answers side by side instead of a question back ("which employer?"). Default 3: more
 * makes an answer too long to read; fewer asks needlessly (the held-out-6 judges' kind 5).
 */
export const ANSWERS_SIDE_BY_SIDE = 3;
/**
 * Least FAQ score of each employer's entry for answers side by side (see ANSWERS_SIDE_BY_SIDE).
 * Default 0.5: below, an entry is more often a neighbouring question ("lettre de motivation" for
 * "nationalité"), which a question back does not present as the answer.
 */
export const SIDE_BY_SIDE_MIN = 0.5;
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
/** Share of its score the question beside a description of the candidate keeps, searched alone ("…, stage au PEReN ?"). Default 0.97. */
export const ASKED_BESIDE_DESCRIPTION = 0.97;

// --- Passages (src/answers/passages.ts, passage-answers.ts) --------------------------------------

/** What a question's word found only in a passage's frame (its entry's question, tags, heading) counts, against 1 in its text. Default 0.5. Higher: passages win by their entry's subject rather than by what they say. */
export const PASSAGE_CONTEXT_MATCH = 0.5;
/** What a word of the subject ("forum") counts when only the passage's frame holds it, against 1 when the passage says it. Default 0.9. */
export const SUBJECT_IN_FRAME = 0.9;
/** What a question's word found in a passage's lead ("**La communauté.**") counts. Default 0.8. */
export const PASSAGE_LEAD_MATCH = 0.8;
/**
 * What a question's word counts when only another sentence of the passage's paragraph holds it
 * (searching the whole knowledge: "elle en listait 18" after "La DINUM publie ses offres sur sa
 * page…"). Default 0.7. Higher: sentences answer for their neighbours' words.
 */
export const PASSAGE_PARAGRAPH_MATCH = 0.7;
/** Share of its score a passage of another entry about the same subject keeps against the entry found first. Default 0.9. */
export const PASSAGE_NEIGHBOUR_SHARE = 0.9;
/** Share of its score a passage keeps when it states no fact of the kind asked (a date for "when?"). Default 0.3. */
export const PASSAGE_FEATURE_MISS = 0.3;
/** What a stand-in fact is worth against the fact asked (a year for a date). Default 0.85. */
export const STAND_IN_FIT = 0.85;
/** Least score for a passage to answer a precise question. Default 0.3. Lower: passages that share one word with the question answer it. */
export const PASSAGE_MIN_SCORE = 0.3;
/** A question this close to one of an FAQ entry's own phrasings is the entry's question: answered whole, never "not stated" for its words. Default 0.6. */
export const WHOLE_ENTRY_PHRASING = 0.6;
/** Share of the subject's words (by weight) another FAQ entry's frame must hold to be searched for passages too ("forum emploi tech": the forum's other entries). Default 0.75. */
export const SAME_SUBJECT = 0.75;
/** An entry of at most this many passages that says what is asked is answered whole. Default 3. Lower: more answers quote one sentence of a short entry. */
export const SHORT_ENTRY = 3;
/** Passages of the same entry right next to the best one, scoring this share of it on the words that are not the subject, are quoted with it. Default 0.95. */
export const PASSAGE_TIE = 0.95;
/** …and this share of its whole score. Default 0.8. */
export const PASSAGE_TIE_SCORE = 0.8;
/**
 * Least FAQ score, below the answering thresholds, for the entry a short follow-up finds with the
 * question before ("qui l'organise ?" after the forum) to answer it, when it says what is asked.
 * Default 0.25. Lower: follow-ups answered by entries that share only the previous subject.
 */
export const FOLLOW_UP_PASSAGE_MIN = 0.25;
/** Least score for a passage found without an FAQ entry (no entry answered) to answer. Default 0.6. Lower: stray passages answer questions the knowledge does not cover. */
export const PASSAGE_SEARCH_MIN = 0.6;
/**
 * A passage found by searching the knowledge that holds the fact asked and every word of the
 * question but one, counting this many words at least, answers below PASSAGE_SEARCH_MIN (one
 * word said otherwise: "affichées" where it says "listait"). Default 3. Lower: two-word
 * questions answered by a passage holding one of them.
 */
export const MOST_WORDS = 3;
/**
 * Least search score of the offer a message describes in its own words, shown before saying "I
 * don't know" (see src/answers/described-offer.ts). Default 0.4. Lower: offers found for
 * messages about something else that share their words.
 */
export const DESCRIBED_OFFER_MIN = 0.4;
/**
 * Offers scoring this share of the best one's score are as likely: unless they are the same
 * offer republished or of the same team, it is not clear which is meant. Default 0.8.
 */
export const DESCRIBED_OFFER_LEAD = 0.8;

// --- Listings -----------------------------------------------------------------------------------

/** Least search score for an offer to be "about" a subject word of a listing ("data", "design"). Default 0.35. */
export const SUBJECT_MIN_SCORE = 0.35;
/** Score from which another intent makes a listing question worth checking against the FAQ. Default 0.6. */
export const RIVAL_SCORE = 0.6;
/** Score from which another intent is a strong rival: the FAQ then needs only NO_ANSWER_THRESHOLD. Default 0.75. */
export const STRONG_RIVAL_SCORE = 0.75;
/** Least FAQ score for an FAQ answer to replace a listing. Default 0.5. */
export const FAQ_INSTEAD_OF_LISTING = 0.5;

// --- Explanations of the public service's words (src/answers/definitions.ts) -------------------

/**
 * Least share (by weight) of the question's own words a passage of an explanation must hold to
 * open the answer. Default 0.25. Lower: a passage sharing a stray word leads; higher: precise
 * questions ("qui paie ?") get the whole explanation in its written order.
 */
export const ANSWERING_PASSAGE = 0.25;
/** How much better another named word's passage must answer to be explained instead of the first. Default 1.5. */
export const OTHER_WORD_ANSWERS_BETTER = 1.5;
/** Weight of a question's word found in a passage's bold opening ("**Durée** :") rather than in its text. Default 1.5. */
export const BOLD_OPENING_WEIGHT = 1.5;
