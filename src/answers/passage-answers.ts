/**
 * Answers at passage level. An FAQ entry or a presentation found for a question answers it
 * whole when the question is about its subject as a whole; a precise question — a fact of a
 * kind (a date, a number, a place, an address, a phone number…) or a word its subject does not
 * cover ("is the forum free?") — gets the passage that holds it, quoted with its source, or,
 * when no passage of the entries about its subject holds it, an honest "not stated" with the
 * closest passage and whom to ask.
 */
import type { Lang } from '../knowledge/schemas.js';
import { MOST_WORDS, PASSAGE_MIN_SCORE, PASSAGE_SEARCH_MIN, STAND_IN_FIT, PASSAGE_TIE, PASSAGE_TIE_SCORE, SHORT_ENTRY, WHOLE_ENTRY_PHRASING } from '../tuning.js';
import { typedSubject } from '../understanding/aspects.js';
import type { IntentName } from '../understanding/intents.js';
import type { Asks, Understanding } from '../understanding/reading.js';
import { answer, type Answer } from './answer.js';
import { contactLine } from './contacts.js';
import { list, of, quote } from './format.js';
import type { KnowledgeView } from './knowledge-view.js';
import { CLOSE_TO, factFit, type Fact, type Wanted } from './passage-facts.js';
import type { Passage, PassageEntry, Passages, RankedPassage } from './passages.js';

/** What a passage lookup reads of the question. */
export type PassageQuestion = Pick<Understanding, 'asks' | 'terms' | 'lang' | 'typedWords' | 'corrections'> & Partial<Pick<Understanding, 'entities' | 'counted'>> & {
  /** The words of the question before, for a question that only asks ("where does it take place?"). */
  previousTerms?: readonly string[];
};

/**
 * The kinds of fact a question asks for, from its aspects (see Wanted); `places`: the places it
 * names ("le forum, c'est seulement à Paris ?" asks where, as "où ?" does).
 */
export function wantedFacts(asks: Asks, places: readonly string[] = []): Wanted {
  // Only the aspects that ask for the fact itself: "un mois" in "pas de réponse depuis un mois"
  // names a length of time without asking one, "e-mail" in "un e-mail de confirmation" a subject.
  const wanted: Map<Fact, number>[] = [];
  // "Quand aurai-je une réponse ?" is answered by a date, else by a delay ("4 semaines en moyenne").
  if (asks.date || asks.start) wanted.push(new Map([['date', 1], ['year', STAND_IN_FIT], ['duration', STAND_IN_FIT]]));
  // "Combien ?" is answered by a number, or by a length of time ("une heure").
  // "La combientième édition ?" is answered by a rank ("sa 5e édition"), not by any number.
  if (asks.rank) wanted.push(new Map([['ordinal', 1]]));
  else if (asks.count || asks.days) wanted.push(new Map([['number', 1], ['duration', 1]]));
  if (asks.address) wanted.push(new Map([['address', 1]]));
  // "Où ?", "à quelle adresse ?": a place, or a web or e-mail address ("où postuler ?").
  else if (asks.location) wanted.push(new Map([['place', 1], ['address', 1], ['url', STAND_IN_FIT], ['email', STAND_IN_FIT]]));
  // "C'est à Paris ?": whether it is there is told by where it is.
  else if (asks.yes_no && places.length > 0) wanted.push(new Map([['place', 1]]));
  if (asks.phone) wanted.push(new Map([['phone', 1]]));
  return wanted;
}

const MISSING_FACT: Record<Fact, { fr: string; en: string }> = {
  date: { fr: 'aucune date', en: 'no date' },
  year: { fr: 'aucune année', en: 'no year' },
  duration: { fr: 'aucune durée', en: 'no length of time' },
  number: { fr: 'aucun chiffre', en: 'no figure' },
  ordinal: { fr: 'aucun rang (« 1re », « 5e »…)', en: 'no rank (“1st”, “5th”…)' },
  place: { fr: 'aucun lieu', en: 'no place' },
  address: { fr: 'aucune adresse précise', en: 'no exact address' },
  email: { fr: 'aucune adresse e-mail', en: 'no e-mail address' },
  url: { fr: 'aucun lien', en: 'no link' },
  phone: { fr: 'aucun numéro de téléphone', en: 'no phone number' },
};

/** How a found entry answers the question. */
export type PassageReading =
  /** The entry as a whole; `holds` when it says what is asked (a word the subject does not cover, a fact asked). */
  | { kind: 'whole'; holds?: boolean }
  /** One passage (and the ones that complete it). */
  | { kind: 'passage'; best: RankedPassage; text: string }
  /** No passage holds what is asked. */
  | { kind: 'not-stated'; closest?: RankedPassage; missing: string };

/**
 * How an entry found for a question answers it: whole, by a passage (its own, or one of another
 * entry about the same subject), or not at all. `phrasing` is how close the question is to the
 * entry's own phrasings (0..1).
 */
export function readPassages(passages: Passages, first: PassageEntry, q: PassageQuestion, phrasing = 0): PassageReading {
  const wanted = wantedFacts(q.asks, q.entities?.places);
  const frame = passages.frame(first);
  // The subject: the question's words the entry's frame holds; for a question that only asks
  // ("where does it take place?"), those of the question before.
  const ownSubject = q.terms.filter((w) => passages.matches(frame, w));
  const subject = ownSubject.length ? ownSubject : (q.previousTerms ?? []).filter((w) => passages.matches(frame, w));
  const residual = q.terms.filter((w) => !passages.matches(frame, w));
  // "Le forum 2026, c'est quand ?" when the entry speaks of 2021 only: not stated for that year.
  const own = passages.of(first);
  const entryText = own.map((p) => p.text).join(' ');
  const otherYear = (q.entities?.years ?? []).filter((y) => !entryText.includes(y));
  if (otherYear.length > 0 && /\b20\d\d\b/.test(entryText)) {
    const ranked = passages.rank(q.terms, new Set(subject), wanted, [first]);
    const closest = ranked.find((r) => r.hasFact) ?? ranked.find((r) => /\b20\d\d\b/.test(r.passage.text));
    return { kind: 'not-stated', ...(closest ? { closest } : {}), missing: q.lang === 'fr' ? `aucune information pour ${list(otherYear, 'fr')}` : `no information for ${list(otherYear, 'en')}` };
  }
  const organisation = first.kind === 'faq' ? first.organisation : (first.translation_of ?? first.id);
  // "Le job dating, c'est quoi ?": the sentence that says what it is, when the entry found only names it.
  // Whatever the phrasing found: "Y a-t-il du job dating au forum ?" is close in words, not in what it asks.
  if (q.asks.what_is && wanted.length === 0) {
    const defining = definingPassage(passages, first, q, subject, organisation);
    if (defining) return defining;
  }
  if (wanted.length === 0 && residual.length === 0) return { kind: 'whole' };
  const lang = q.lang;
  // "Is the forum free?": a closed question about a subject, whose one other word nothing the
  // employer's entries say holds. (Open questions reword too freely to be judged by
  // their words: they get the entry, or the passage that states the fact they ask.)
  if (wanted.length === 0 && q.asks.yes_no === true && residual.length === 1) {
    const corrected = new Set(Object.values(q.corrections));
    const unanswered = residual.filter((w) => !corrected.has(w) && !passages.says(w));
    if (unanswered.length === residual.length) {
      const ranked = passages.rank(q.terms, new Set(subject), wanted, [first]);
      const closest = ranked.find((r) => r.inText.length > 0);
      return { kind: 'not-stated', ...(closest ? { closest } : {}), missing: quote(typedSubject(q, unanswered), lang) };
    }
  }
  // The entry's own question ("Quand a lieu le forum ?", "combien de temps dure l'entretien ?").
  if (phrasing >= WHOLE_ENTRY_PHRASING) return { kind: 'whole' };
  // The entry found answers when it says what is asked: a short FAQ answer whole, else by its
  // passage (a presentation is no answer to one question: always its passage); the other
  // entries about the same subject only when it does not say it.
  const says = (p: Passage) => (wanted.length > 0 ? factFit(p.facts, wanted) === 1 : residual.some((w) => passages.matches(p.keys, w) || passages.matches(p.leadKeys, w)));
  // "How many recruiters?": the number that counts recruiters, not the one of candidates beside it.
  const counts = countsWhatIsAsked(passages, q, wanted);
  const shortFaq = first.kind === 'faq' && own.length <= SHORT_ENTRY;
  const firstSays = own.some((p) => says(p) && counts(p));
  if (firstSays && shortFaq) return { kind: 'whole', holds: true };
  const entries = firstSays ? [first] : [first, ...passages.entriesAbout(subject, lang, organisation).filter((e) => e !== first)];
  const ranked = passages.rank(q.terms, new Set(subject), wanted, entries);
  // With a fact asked, the passage that states it answers, whatever else the question says
  // ("combien de postes étaient proposés…"); without, it must say what the subject does not.
  const holdsResidual = (r: RankedPassage) => wanted.length > 0 || r.inText.some((w) => residual.includes(w));
  const fits = (r: RankedPassage) => r.hasFact && r.score >= PASSAGE_MIN_SCORE && holdsResidual(r);
  const counting = ranked.find((r) => fits(r) && counts(r.passage));
  // No passage counts it: the words may differ ("people" for "candidates"), the entry found answers as before.
  if (!counting && own.some(says) && shortFaq) return { kind: 'whole', holds: true };
  const best = counting ?? ranked.find(fits);
  if (best) {
    return { kind: 'passage', best, text: passageText(passages, best, ranked) };
  }
  if (wanted.length === 0 || ranked.some((r) => r.hasFact)) return { kind: 'whole' };
  const asked = wanted.map((group) => [...group.keys()][0]!);
  const near = new Set(asked.flatMap((f) => (CLOSE_TO[f] ? [CLOSE_TO[f]!] : [])));
  const closest = ranked.find((r) => [...near].some((f) => r.passage.facts.has(f))) ?? ranked.find((r) => r.inText.length > 0);
  return { kind: 'not-stated', ...(closest ? { closest } : {}), missing: list(asked.map((f) => MISSING_FACT[f][lang]), lang, lang === 'fr' ? 'ni' : 'nor') };
}

/**
 * For "what is X?", when no sentence of the entry found defines X (the programme that names the
 * job dating): the sentence of another entry about the same subject that does ("le job dating
 * permet…"), most of the question's words being what it defines.
 */
function definingPassage(passages: Passages, first: PassageEntry, q: PassageQuestion, subject: readonly string[], organisation: string): Extract<PassageReading, { kind: 'passage' }> | undefined {
  const words = [...new Set(q.terms)];
  const defines = (p: Passage) => words.filter((w) => passages.matches(p.defines, w)).length * 2 >= words.length;
  if (words.length === 0 || passages.of(first).some(defines)) return undefined;
  const others = passages.entriesAbout(subject, q.lang, organisation).filter((e) => e !== first);
  const best = passages.rank(words, new Set(subject), [], others).find((r) => r.score >= PASSAGE_MIN_SCORE && defines(r.passage));
  if (!best) return undefined;
  // An FAQ answer short enough is about that thing as a whole: quoted whole.
  const own = passages.of(best.passage.entry);
  return { kind: 'passage', best, text: best.passage.entry.kind === 'faq' && own.length <= SHORT_ENTRY ? own.map((p) => p.text).join(' ') : best.passage.text };
}

/**
 * Whether a passage's number counts what a count asks the number of ("30 services recruteurs"
 * for "combien de recruteurs ?"); any passage when no count of a word is asked.
 */
function countsWhatIsAsked(passages: Passages, q: PassageQuestion, wanted: Wanted): (p: Passage) => boolean {
  const counted = q.counted ?? [];
  if (counted.length === 0 || !wanted.some((group) => group.has('number'))) return () => true;
  return (p) => counted.some((w) => passages.matches(p.counted, w));
}

/**
 * A passage found without an entry: for a precise question no FAQ entry answers ("How many
 * recruiting departments take part in the forum?"), the passage of any FAQ answer or
 * presentation that holds most of its words and the fact it asks for, if one holds enough.
 */
export function searchPassages(passages: Passages, q: PassageQuestion, organisation?: string, byWords = false): Extract<PassageReading, { kind: 'passage' }> | undefined {
  const wanted = wantedFacts(q.asks, q.entities?.places);
  if (q.terms.length === 0) return undefined;
  // A question that asks for no kind of fact: only a passage holding every one of its words answers.
  if (wanted.length === 0) return byWords ? passageWithEveryWord(passages, q, organisation) : undefined;
  // Its paragraph counts: "elle en listait 18" answers "how many offers on the page?" after "La DINUM publie ses offres sur sa page…".
  const { entries, dated } = aboutTheYearsAsked(passages.entries(q.lang, organisation), q);
  const ranked = passages.rank(q.terms, new Set(), wanted, entries, true);
  const counts = countsWhatIsAsked(passages, q, wanted);
  const best = ranked.find((r) => r.hasFact && r.inText.length > 0 && counts(r.passage)) ?? ranked[0];
  if (!best || !best.hasFact || best.inText.length === 0) return undefined;
  // Enough of the question's weight, or every word of it but one (three at least: "affichées" where it says "listait").
  // The year asked, which the entry speaks of, is one of the words it holds.
  const held = best.inText.length + best.inParagraph.length + (dated ? 1 : 0);
  const words = new Set(q.terms).size + (dated ? 1 : 0);
  if (held < 2 || (best.score < PASSAGE_SEARCH_MIN && (held < MOST_WORDS || held < words - 1))) return undefined;
  return { kind: 'passage', best, text: withItsParagraph(passages, best, passageText(passages, best, ranked)) };
}

/**
 * For a question that asks for no kind of fact ("DSAF ça veut dire quoi ?", "quelle édition du
 * forum ?"): the passage whose text holds every word of it — a name or a word the FAQ's questions
 * lack, said in one of their answers. Of several, the one that spells a word out ("… (DSAF)").
 * None when no passage holds them all: stray words must not find stray passages.
 */
function passageWithEveryWord(passages: Passages, q: PassageQuestion, organisation?: string): Extract<PassageReading, { kind: 'passage' }> | undefined {
  const words = [...new Set(q.terms)];
  const { entries } = aboutTheYearsAsked(passages.entries(q.lang, organisation), q);
  if (!passages.holdsEvery(words, entries)) return undefined;
  const ranked = passages.rank(words, new Set(), [], entries, true);
  const full = ranked.filter((r) => r.inText.length > 0 && r.inText.length + r.inParagraph.length === words.length && r.score >= PASSAGE_SEARCH_MIN);
  const best = full.find((r) => words.some((w) => spellsOut(r.passage.text, w))) ?? full[0];
  return best ? { kind: 'passage', best, text: withItsParagraph(passages, best, passageText(passages, best, ranked)) } : undefined;
}

/** Of the entries searched, those that speak of every year the question names ("le salon 2018"), when some do. */
function aboutTheYearsAsked(entries: PassageEntry[], q: PassageQuestion): { entries: PassageEntry[]; dated: boolean } {
  const years = q.entities?.years ?? [];
  if (years.length === 0) return { entries, dated: false };
  const dated = entries.filter((e) => years.every((y) => e.body.includes(y) || (e.kind === 'faq' && [e.question, ...e.tags].some((t) => t.includes(y)))));
  return dated.length ? { entries: dated, dated: true } : { entries, dated: false };
}

/**
 * A passage quoted with the sentences of its paragraph before it, back to the one that holds the
 * question's words it lacks (what "elle en listait 18" is about), unless they are quoted already.
 */
function withItsParagraph(passages: Passages, best: RankedPassage, text: string): string {
  if (best.inParagraph.length === 0) return text;
  const own = passages.of(best.passage.entry);
  const before: Passage[] = [];
  const lacking = new Set(best.inParagraph);
  for (let i = best.passage.index - 1; i >= 0 && lacking.size > 0 && own[i]!.block === best.passage.block; i--) {
    before.unshift(own[i]!);
    for (const w of [...lacking]) if (passages.matches(own[i]!.keys, w)) lacking.delete(w);
  }
  const lead = before.map((p) => p.text).filter((t) => !text.includes(t));
  return lead.length ? `${lead.join(' ')} ${text}` : text;
}

/** Whether a text gives a word as the short form of what it just said: "Direction des services… (DSAF". */
function spellsOut(text: string, word: string): boolean {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().includes(`(${word}`);
}

/**
 * The text to quote: the passage, with the other passages of its entry right before and after it
 * that answer as well ("Online, from 29 November…" and "In Paris, on 16 December…" for "when?"),
 * and the list items it introduces when it ends with a colon.
 */
function passageText(passages: Passages, best: RankedPassage, ranked: readonly RankedPassage[]): string {
  const entry = best.passage.entry;
  const equal = new Set(ranked.filter((r) => r.passage.entry === entry && r.hasFact && r.askedScore >= best.askedScore * PASSAGE_TIE && r.score >= best.score * PASSAGE_TIE_SCORE).map((r) => r.passage.index));
  const own = passages.of(entry);
  const picked = [best.passage];
  for (let i = best.passage.index - 1; equal.has(i) && picked.length < 3; i--) picked.unshift(own[i]!);
  for (let i = best.passage.index + 1; equal.has(i) && picked.length < 3; i++) picked.push(own[i]!);
  const lines: string[] = [];
  for (const passage of picked) {
    lines.push(passage.text);
    if (!passage.text.endsWith(':')) continue;
    const intro = passage.text.replace(/\*\*/g, '').replace(/\s*:\s*$/, '');
    for (const item of own.slice(passage.index + 1)) if (item.lead === intro) lines.push(`- ${item.text}`);
  }
  return lines.map((l, i) => (i === 0 ? l : l.startsWith('- ') ? `\n${l}` : ` ${l}`)).join('');
}

/** How an answer names an entry it quotes: an FAQ entry by its question, an organisation by its presentation. */
function sourceName(view: KnowledgeView, entry: PassageEntry, lang: Lang): string {
  if (entry.kind === 'faq') return quote(entry.question, lang);
  return lang === 'fr' ? `la présentation ${of(entry, lang)}` : `${entry.name}'s presentation`;
}

const quoted = (text: string) => `> ${text.replace(/\n/g, '\n> ')}`;

/** The answer of a passage: quoted, with its source. */
export function passageAnswer(view: KnowledgeView, reading: Extract<PassageReading, { kind: 'passage' }>, lang: Lang, intent: IntentName): Answer {
  const entry = reading.best.passage.entry;
  const note = entry.lang !== lang ? (lang === 'en' ? '_Only available in French:_\n\n' : '_Seulement disponible en anglais :_\n\n') : '';
  const lead = lang === 'fr' ? `D'après ${sourceName(view, entry, lang)} :` : `According to ${sourceName(view, entry, lang)}:`;
  return answer({ intent, lang, text: `${note}${lead}\n\n${quoted(reading.text)}`, sources: [view.source(entry)] });
}

/** "What I know about this does not say …", with the closest passage and whom to ask. */
export function notStatedAnswer(view: KnowledgeView, reading: Extract<PassageReading, { kind: 'not-stated' }>, about: PassageEntry, lang: Lang, intent: IntentName): Answer {
  const subject = sourceName(view, about, lang);
  const says = reading.missing.startsWith(lang === 'fr' ? '«' : '“');
  const lead =
    lang === 'fr'
      ? says
        ? `Ce que je sais à ce sujet (${subject}) ne dit rien de ${reading.missing}, et je préfère ne pas deviner.`
        : `Ce que je sais à ce sujet (${subject}) ne donne ${reading.missing}, et je préfère ne pas deviner.`
      : says
        ? `What I know about this (${subject}) says nothing about ${reading.missing}, and I'd rather not guess.`
        : `What I know about this (${subject}) gives ${reading.missing}, and I'd rather not guess.`;
  const parts = [lead];
  const closest = reading.closest?.passage;
  if (closest) parts.push(`${lang === 'fr' ? 'Ce qui s\'en rapproche le plus :' : 'The closest it says:'}\n\n${quoted(closest.text)}`);
  const organisationId = about.kind === 'faq' ? about.organisation : (about.translation_of ?? about.id);
  const org = organisationId !== 'all' ? view.organisation(organisationId) : undefined;
  const contact = org ? contactLine(org, lang) : undefined;
  if (contact) parts.push(lang === 'fr' ? `Pour une réponse sûre, adressez-vous à l'équipe de recrutement ${of(org!, lang)} : ${contact.replace(/^[^:]*:\s*/, '')}` : `For a reliable answer, ask ${org!.name}'s recruitment team: ${contact.replace(/^[^:]*:\s*/, '')}`);
  const sources = [...new Set([about, ...(closest ? [closest.entry] : [])])].map((e) => view.source(e));
  return answer({ intent, lang, text: parts.join('\n\n'), sources, answered: false });
}
