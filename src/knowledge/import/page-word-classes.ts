/**
 * The word classes of the words pages are written with (dialogs/lexicon/pages/*.yaml), read by
 * the import: each class's name and what its words are for. A file may only fill classes named
 * here; adding a class is a line here, its words in the files, and the code that reads it.
 * (The words the bot reads in messages are another lexicon: src/understanding/lexicon-classes.ts.)
 */

/** What a class is for; `positions` for ordered classes (one position per line, variants separated by `|`). */
export interface PageClassDoc {
  doc: string;
  positions?: number;
}

const c = (doc: string, positions?: number): PageClassDoc => (positions === undefined ? { doc } : { doc, positions });

/** Every class of the page words, with what it is for. */
export const PAGE_CLASSES = {
  // --- Numbers --------------------------------------------------------------------------------
  small_numbers: c('one to five in words, one per line ("un | une", "two")', 5),

  // --- Remote work (src/knowledge/import/remote.ts) -------------------------------------------
  remote_words: c('words that make a line about remote work ("télétravail", "à distance", "présentiel", "wfh")'),
  remote_home_openings: c('what opens a line about working from home ("Chez toi", "Chez vous")'),
  remote_nouns: c('remote work itself, in a policy ("télétravail", "remote", "home office"): the words counted days and policies are said of'),
  remote_in: c('the preposition before remote work ("100 % en télétravail", "le poste est en télétravail")'),
  remote_refused_before: c('words before remote work that refuse it ("pas de", "aucun", "no")'),
  remote_refused_after: c('words after remote work that refuse it ("Télétravail : non", "impossible")'),
  remote_on_site: c('a statement that the job is on site only ("sur site uniquement", "100 % présentiel", "on-site only")'),
  remote_refused_openings: c('a whole answer that refuses, opening a label\'s value ("non", "no")'),
  remote_entire_before: c('words before remote work that make it entire ("100 %", "totalement", "full")'),
  remote_entire_after: c('words after remote work that make it entire ("complet", "à 100 %")'),
  remote_entire: c('phrases of entirely remote work ("full-remote", "remote first")'),
  remote_job_nouns: c('the job as a subject, in "le poste est en télétravail" ("poste", "mission", "job")'),
  remote_job_verbs: c('the verbs of "le poste est / se fait en télétravail"'),
  remote_wholly: c('"entièrement", "totalement" between the job and "en télétravail"'),
  remote_partly: c('words after "en télétravail" that make it partial, not the whole job ("partiel", "possible")'),
  day_words: c('a day, after its count ("jours", "j", "days")'),
  remote_day_links: c('what joins a count of days to remote work ("2 jours de télétravail", "2 days of remote")'),
  remote_day_fillers: c('words between remote work and its count of days ("Télétravail possible jusqu\'à 2 jours", "remote up to 3 days")'),
  remote_office_days: c('what after a count of days makes them days at the office, not of remote work ("sur site", "in the office")'),
  remote_up_to: c('words before the count of days opening a remote-work label\'s value ("jusqu\'à", "up to")'),
  remote_possible: c('words that allow remote work without saying how much ("possible", "flexible", "friendly", "hybride")'),
  remote_now_and_then: c('remote work now and then ("ponctuellement", "occasionnel", "now and then")'),
  remote_allowed: c('words that allow remote work and, next to a word of now and then, make it occasional ("possible ponctuellement"; not "possibilité de déplacements occasionnels")'),
  remote_mostly_rest: c('remote work as the rest of the time ("le reste du temps", "most of the time")'),
  remote_mostly_adverbs: c('"principalement", "mostly" before remote work: the usual way'),
  remote_norm: c('remote work as the rule ("est la norme", "de rigueur", "is the norm")'),
  remote_organisation: c('what opens a line saying how the team works ("Organisation en télétravail", "Équipe : remote")'),
  remote_organisation_links: c('what joins those openings to remote work ("en", ":")'),

  // --- Labels of an offer's terms (src/knowledge/import/labels.ts) -----------------------------
  label_contract: c('labels of the contract ("Type de contrat", "Statut", "Employment type")'),
  label_duration: c('labels of the contract\'s length ("Durée de la mission", "Contract length")'),
  label_salary: c('labels of the pay ("Rémunération", "TJM", "Salary range")'),
  label_remote: c('labels of remote work ("Télétravail", "Remote work")'),
  label_start: c('labels of the start ("Date de début", "Prise de poste", "Start date")'),
  label_location: c('labels of the place ("Lieu de travail", "Localisation", "Location")'),
  label_apply: c('labels of how to apply ("Comment postuler", "How to apply")'),
  label_contact: c('labels of a contact ("Personne à contacter", "Contact us")'),
  label_category: c('labels of the civil-service category ("Catégorie")'),
  label_experience: c('labels of the experience required ("Expérience requise", "Seniority")'),
  label_conditions: c('labels of a section of terms in general ("Modalités", "Ce que nous proposons", "What we offer")'),
  label_qualifiers: c('words that only qualify a label at its end ("TJM envisagé", "Début souhaité", "Salary offered")'),
  label_of_the_job: c('what a label names its subject with at its end ("Durée du stage", "Date de début de la mission")'),
  label_articles: c('articles and possessives opening a label, dropped ("Votre candidature", "The job")'),
} as const satisfies Record<string, PageClassDoc>;

/** The name of a class of page words. */
export type PageClassName = keyof typeof PAGE_CLASSES;
