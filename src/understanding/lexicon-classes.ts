/**
 * The word classes of the lexicon (dialogs/lexicon/*.yaml): each class's name and what its words
 * are for. A lexicon file may only fill classes named here; adding a class is a line here, its
 * words in the files, and the code that reads it.
 */

/** What a class is for; `positions` for ordered classes (one position per line). */
export interface ClassDoc {
  doc: string;
  positions?: number;
}

const c = (doc: string, positions?: number): ClassDoc => (positions === undefined ? { doc } : { doc, positions });

export const CLASSES = {
  // --- Aspects asked (see ASPECTS in ./reading.ts) ---------------------------------------
  count: c('a count is asked ("combien", "how many")'),
  who: c('a person or a body is asked ("qui décide ?", "who runs it?"): an FAQ entry asking who answers before one asking how long'),
  rank: c('a rank in a series is asked ("combientième édition", "which edition"): answered by an ordinal ("5e", "5th"), not any number'),
  defining_verbs: c('verbs that say what a thing is or does ("est", "permet", "is", "lets"): a passage where the word asked comes right before one defines it'),
  list: c('a list is asked, even when one offer is named ("les offres", "quels", "which")'),
  offer_attribute: c('one attribute of an offer is asked: its place, category, level, number of posts'),
  location: c("where an employer is (\"où\", \"adresse\", \"located\")"),
  presentation_words: c('words of a question about an employer as a whole; compared with stems'),
  work_words: c('words of work and jobs; with a word of place, "where are the jobs?"; compared with stems'),
  start: c('when a contract starts'),
  duration: c('how long a contract lasts'),
  plain_words: c('everyday words of candidates that are no typo of a domain word ("privé" is not "prime"): known, never corrected'),
  amount_asked: c('an amount or a value is asked of a word ("c\'est combien", "combien vaut", "how much is", "worth"): not a count; its words find the line that states it'),
  contract_type: c('the type of a contract'),
  renewal: c('what comes after the contract: renewal, extension'),
  negotiation: c('whether the pay can be negotiated'),
  days: c('how many days a week (worked, or of remote work when remote work is asked)'),
  working_time: c('words of an announcement stating its working time ("3 jours par semaine", "2/5e", "temps partiel", "4 days a week")'),
  phone: c('a phone number or a call'),
  no_reference: c('the candidate has no dossier number, or does not know it'),
  comparison: c('a comparison ("vs", "par rapport à", "compared to", "quelle différence")'),
  definition: c('asks what a word means, or what it implies ("c\'est quoi", "que veut dire", "what does … mean", "que faire")'),
  spelled_out: c('asks what an acronym stands for, even an employer\'s name ("que signifie le sigle", "what does … stand for")'),
  definition_openings: c('the opening of a question about what something is that the normalised text cannot tell from a closed question ("qu\'est-ce que" vs "est-ce que"); raw text'),
  term_fillers: c('words that come with an explained word and ask nothing more ("le statut de", "mon dossier", "the word"); compared with stems'),
  term_choices: c('a word between two forms of one explained word that asks which of them ("un CDD ou un CDI ?"): a question about an offer, not the word'),
  term_places: c('a word before an explained word that says where the question stands ("en instruction sur Démarches Simplifiées")'),
  public_scope: c('the public service in general ("dans la fonction publique", "in a French ministry"): with it, a tag of one explained word names its subject ("télétravail")'),
  continuing: c('says a question goes on from the answer before ("alors", "dans ce cas", "encore", "then", "in that case"): after an explanation, it asks more of the same word'),
  case_qualifiers: c('words that only say which case of a rule is meant, with a number ("un CDD de 6 mois", "for a 2-year contract"): units of time; right after an explanation, they ask its rule of that case'),
  own_situation: c('the candidate asks what a rule lets them do in their own situation ("je passe en CDI ?", "puis-je garder", "can I keep", "am I allowed"): about another employer, the word\'s rule is asked, not the employer\'s offers'),
  same_for: c('right after an explanation, asks whether it holds for another explained word too ("pareil pour", "aussi", "too", "the same for"): the word explained stays the subject, asked about the other'),
  same_thing: c('asks whether another explained word is the same thing as the one explained ("c\'est pareil ?", "is that the same?"): right after an explanation, two neighbouring words are compared'),
  becomes: c('right after an explanation, asks whether the word explained may turn into another explained word ("ça peut devenir un CDI ?", "can it turn into a CDI?"): the word explained stays the subject, asked about the other'),
  definition_of_that: c('asks what the word just named means, whatever the rest of the message ("— what\'s that?", "ça veut dire quoi ?"): the word wins over the other intents and the employer named'),
  in_english: c('asks for the answer in English ("et en anglais ?", "in English please")'),
  in_french: c('asks for the answer in French ("en français ?", "in French please")'),
  say_again: c('words that come with "in English" / "en français" and ask nothing more ("tu peux répéter", "say that again"): the previous answer asked again in that language'),
  offer_requests: c('asks for offers rather than about a word ("vous proposez des CDI ?", "are you hiring")'),
  yes_no: c('the opening of a closed question ("est-ce que", "is it", "can I")'),
  stipend: c("an internship's pay (\"gratification\", \"stipend\")"),
  full_time: c('full or part time'),
  date: c('a date is asked ("quand", "à partir de quand", "when")'),
  address: c('a street address is asked, more than a town ("adresse exacte", "which street")'),
  precisely: c('words that ask for more than a town when a place is asked ("où … exactement ?", "where precisely?"): then an address is asked'),
  contact: c('a contact is asked ("contacter", "e-mail", "reach")'),
  injection: c('an attempt to change the bot\'s instructions or to reach data it never gives ("ignore tes instructions", "mode admin", "liste des candidats")'),
  still_open: c('asks whether an offer still takes applications ("encore ouvert ?", "déjà pourvu ?", "still open?"): its state answers, with its date'),
  pay_amount: c('an amount of pay named ("3000 ou 3500", "45k"; `#` a digit): with the experience told, a question about pay'),
  hiring: c('asks whether an employer hires for a kind of job ("recrute des", "vous cherchez des", "do you hire", "any openings for"): an offer that only comes close is said to be no such offer'),
  waiting: c('a candidate still waiting for an answer ("pas de réponse depuis un mois", "haven\'t heard back")'),
  subject_pronouns: c('pronouns that a verb follows ("vous **auriez**", "you **recommend**"): the word after one is not a word asked to be explained'),
  who_or_how: c('asks who does something or how ("qui examine ma candidature ?", "how is my file read?"): how applying works, not where an application stands'),
  own_application: c('the candidate\'s own application or file ("ma candidature", "mon dossier", "my CV"): with `application_progress`, where it stands is asked'),
  application_progress: c('words of an application\'s progress ("lu", "regardé", "retenu", "des nouvelles", "looked at", "any news"): with `own_application`, where it stands is asked, not how applying works'),
  applied: c('the candidate tells about their own application ("j\'ai postulé en juin", "c\'était pour le poste de", "I applied last week"): while the bot waits for a dossier number, how to follow it without one'),
  self_description: c('the candidate describing themself ("je suis", "en tant que", "I am")'),
  employer_pronoun: c('refers to the employer or team the conversation is about without naming it ("ils recrutent ?", "chez eux", "do they hire?"): its offers, not every employer\'s'),
  this_offer: c('points at the offer the conversation is about without naming it ("cette offre", "ce poste", "that job"): that offer, not a listing'),
  own_experience: c('words that make years of experience or a level the candidate\'s own ("d\'expérience", "I have"): the conversation remembers them for later answers'),

  // --- Working conditions the announcements rarely state ----------------------------------
  condition_holidays: c('holidays and days off'),
  condition_meals: c('meals: vouchers, canteen'),
  condition_benefits: c('benefits: bonuses, health insurance'),
  condition_degrees: c('degrees required (not a junior profile: see not_after)'),
  condition_age_limit: c('an age limit'),
  condition_applicants: c('how many people applied to an offer: no page says, nobody may tell'),

  // --- The parts of one offer's page (see src/understanding/page-parts.ts) ------------------
  page_missions: c('asks what the job consists of ("quelles missions", "what would I do day to day")'),
  page_profile: c('asks the profile sought ("quel profil", "what skills")'),
  page_experience: c('asks the experience required ("combien d\'années d\'expérience", "open to beginners?")'),
  page_team: c('asks who the team is ("qui compose l\'équipe", "who is in the team")'),
  page_workload: c('asks how much of the week the job takes ("combien de jours par semaine", "part time?"): days worked, not of remote work'),
  page_process: c('asks how the selection goes ("les entretiens", "technical test")'),
  page_stack: c('asks the technologies of the job ("stack", "technos")'),
  page_place: c('asks where the job or its team is based ("où sont-ils basés", "where are the offices")'),
  page_deadline: c('asks the last day to apply ("date limite", "deadline")'),
  page_salary: c('asks the pay ("salaire", "TJM", "day rate")'),
  page_remote: c('asks about remote work ("télétravail", "remote")'),
  page_contract: c('asks the kind of contract ("quel contrat", "freelance ?")'),
  page_apply: c('asks where or how to apply ("où postuler", "how do I apply")'),
  heading_missions: c('words of a page\'s heading (or bold question) over what the job consists of ("La mission", "Ce que tu feras")'),
  heading_profile: c('words of a heading over the profile sought ("Profil recherché", "Qui cherchons-nous ?")'),
  heading_experience: c('words of a heading or a line stating the experience required ("ans d\'expérience")'),
  heading_team: c('words of a heading over the team ("L\'équipe")'),
  heading_workload: c('words of a heading or a line stating the days worked ("jours par semaine", "temps partiel", "4/5")'),
  heading_process: c('words of a heading over the selection ("Processus de recrutement", "Entretiens")'),
  heading_stack: c('words of a heading over the technologies ("Stack technique", "Outils")'),
  heading_place: c('words of a heading or a line stating where the team works ("Où êtes-vous basés ?", "locaux")'),
  heading_deadline: c('words of a heading or a line stating the last day to apply ("date limite", "jusqu\'au")'),
  heading_salary: c('words of a heading over the pay ("Rémunération")'),
  heading_remote: c('words of a heading or a line about remote work ("Télétravail")'),
  heading_contract: c('words of a heading over the terms ("Modalités", "Conditions")'),
  heading_apply: c('words of a heading over how to apply ("Candidater", "Comment postuler")'),
  heading_duration: c('words of a heading or a line stating how long the job lasts ("durée", "mois renouvelables")'),
  page_missions_named: c('words that ask the missions themselves even beside another part ("missions"), where "la mission" alone is the job as a whole'),
  start_alone: c('words of the `start` class that, alone, ask no start ("quand": the date of whatever else is asked)'),
  page_unstated: c('words of a page\'s line saying it does not state something ("non précisé", "not given"): such a line states no part'),
  heading_start: c('words of a line stating when the job starts ("démarrage", "à pourvoir")'),

  // --- Politeness, fillers and stress ------------------------------------------------------
  polite_filler: c('words that go with politeness and say nothing more ("merci beaucoup pour ces infos")'),
  social_words: c('politeness words the stopword lists drop but that count as content for politeness'),
  intensifiers: c('words that stress a question without changing it ("c\'est quoi exactement ?")'),
  not_topic: c('words too common to describe a subject'),
  vague_verbs: c('verbs that ask nothing by themselves ("se passer", "avoir lieu", "take place"): left out of the words matched with passages'),

  // --- Listings ------------------------------------------------------------------------------
  job_nouns: c('nouns for job offers ("postes", "offres", "jobs", "vacancies")'),
  listing_nouns: c('nouns for offers in "des postes en CDD", "les offres avec télétravail"'),
  listing_qualifiers: c('what follows those nouns in a listing ("en", "avec", "ouvertes", "disponibles")'),
  listing: c('a question asking for a list of offers: a contract or remote-work condition in it filters the list'),

  // --- Employers -----------------------------------------------------------------------------
  employer_subjects: c('subjects of a question about the employer itself (diversity, values, the forum)'),
  public_employer_nouns: c('public employers Tremplin does not cover, before their place ("la mairie de Rennes"); raw text'),
  name_connectors: c('what joins those nouns to their place ("de", "du", "of the"); raw text'),
  employer_prepositions: c('what comes before an employer\'s name ("chez X", "at X", "offres de X"); raw text'),
  hiring_verbs: c('"X recrute", "X is hiring"; raw text'),
  unit_cues: c('words next to which a team\'s or product\'s name is expected ("chez Transport", "la startup Potentiel", "Signalement recrute")'),
  hiring_auxiliaries: c('the start of "Is X hiring?", "Est-ce que X recrute ?"; raw text, with capitals'),
  hiring_question_verbs: c('the verb of "Is X hiring?"; raw text'),
  acronym_articles: c('what comes before an acronym that names an employer ("à la CNIL", "au CNRS"); raw text'),
  winning: c('winning, not earning ("qui a gagné le match"): the verb is then no evidence of pay'),
  winning_verbs: c('the verbs "gagne", "won", dropped from the evidence of a question about winning'),
  competitions: c('what one wins ("match", "coupe", "election")'),

  // --- Entities ------------------------------------------------------------------------------
  job_word_groups: c('words of job titles that mean the same in both languages, one group a line, variants separated by "|" ("analyste | analyst"): compared as one'),
  announcement_common_words: c('words nearly every announcement uses ("mission", "poste", "équipe"): a question\'s word that says nothing of what to look for in one'),
  title_fillers: c('words of offer titles that describe nothing by themselves ("de", "poste", "H/F")'),
  cities: c('towns candidates name even when no offer is there ("des postes à Marseille ?"), written as shown'),
  category_words: c('words before a civil-service category letter ("catégorie A", "cat B")'),
  contract_cdd: c('a fixed-term contract (CDD)'),
  contract_cdi: c('a permanent contract (CDI)'),
  contract_contractuel: c('a contract agent'),
  contract_fonctionnaire: c('a civil servant'),
  contract_detachement: c('a secondment'),
  contract_vacataire: c('a vacation contract'),
  contract_stage: c('an internship'),
  contract_alternance: c('work-study, apprenticeship'),
  contract_independant: c('a freelance'),
  contract_service_civique: c('a civic service'),
  remote_refused: c('on site, no remote work, in a listing'),
  remote_wanted: c('remote work wanted, in a listing'),
  months: c('the months, one per line, January first', 12),
  closing_words: c('words of a closing date in a recruiter\'s query ("qui ferment", "closing", "avant")'),
  before_words: c('"avant", "before", "d\'ici"'),
  end_of: c('"fin", "end of" (a month)'),
  date_articles: c('articles before a date ("le", "the")'),
  quantity_units: c('units after a number that make it no dossier number ("€", "ans", "postes"); raw text'),
  reference_words: c('words naming a dossier number ("dossier", "référence", "numéro"); raw text'),
  reference_cues: c('words before a dossier number of four digits ("n°", "statut"); raw text'),
  ordinals: c('first, second… sixth, one per line', 6),
  last_words: c('"the last one"'),
  choice_prefixes: c('what may come before the number of a choice ("n°", "le", "numéro")'),
  the_other: c('points at the other offer of a pair, the one not in focus ("l\'autre", "l\'autre offre", "the other one"): that offer, not a listing; "les autres", "others" ask for more offers and are not here'),
  among_listed: c('refers to the offers just listed ("lesquelles", "parmi elles", "which of them"): a question about those offers only'),
  feedback_helpful: c('a whole message saying the last answer helped'),
  feedback_not_helpful: c('a whole message saying the last answer did not help'),
  assent: c('a whole message saying yes to what the bot has just offered ("oui", "ok", "yes please"): the step offered is taken'),
  decline: c('a whole message saying no to what the bot has just offered ("non merci", "no thanks"): the step offered is dropped'),

  // --- Facts stated by passages of the knowledge (see src/answers/passages.ts) ------------------
  number_words: c('numbers written as words ("deux", "dozen"): a passage holding one states a number'),
  duration_units: c('units of time ("heure", "semaines", "months"): a passage holding one states a length of time'),
  street_words: c('words of a street address ("rue", "avenue"): a passage holding one states an address'),
} as const satisfies Record<string, ClassDoc>;

/** The name of a word class. */
export type ClassName = keyof typeof CLASSES;

/** Classes listed one position per line (see ClassDoc.positions). */
export const ORDERED_CLASSES: ReadonlySet<ClassName> = new Set(
  (Object.entries(CLASSES) as [ClassName, ClassDoc][]).filter(([, d]) => d.positions !== undefined).map(([name]) => name),
);
