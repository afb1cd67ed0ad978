/**
 * One offer's page, answered part by part: "quelles missions ?", "quel profil ?", "salaire et
 * télétravail ?", "how many days a week?" about one offer — each part from the offer's field when
 * it states it (pay, remote work, contract…), else from the section of its page whose heading (or
 * bold question) is about it, else from the lines of its page that state it, else said plainly
 * missing, with whom to ask. Never another offer's words, never the card alone.
 *
 * Plain TypeScript, no I/O: what a heading or a line is about is read by the understanding
 * (`PageLineReader`, from the lexicon).
 */
import type { Lang, Offer } from '../knowledge/schemas.js';
import { isPlaceStated } from '../knowledge/places.js';
import type { IntentName } from '../understanding/intents.js';
import type { PageLineReader } from '../understanding/page-parts.js';
import { PAGE_PARTS, type PagePart } from '../understanding/reading.js';
import { answer, type Answer } from './answer.js';
import { contracts, date, duration, places, quote, remotePolicy, shorten } from './format.js';
import type { KnowledgeView } from './knowledge-view.js';
import { whereToAsk } from './not-stated.js';
import { offerStatusLine } from './offer-status.js';
import { plainLine as plain } from './offer-says.js';
import { payStated } from './positions.js';

/** Parts only the page holds (no field of the offer does). */
export const PAGE_ONLY: ReadonlySet<PagePart> = new Set(['missions', 'profile', 'experience', 'team', 'workload', 'process', 'stack']);

/** Parts whose words a page states in a line of its own ("Temps de travail : temps partiel"), not only under a heading. */
const STATED_IN_LINES: ReadonlySet<PagePart> = new Set(['experience', 'workload', 'duration', 'start', 'deadline', 'place', 'remote', 'salary']);

/**
 * Parts a page may also state in a line of another section, when no heading is about them
 * ("Aidants Connect est en Django" under "Responsabilités") — besides those stated in lines.
 */
const FOUND_IN_LINES: ReadonlySet<PagePart> = new Set([...STATED_IN_LINES, 'stack']);

/** The flow a part belongs to: the answer's intent is its first part's. */
const INTENT_OF: Record<PagePart, IntentName> = {
  missions: 'positions',
  profile: 'positions',
  experience: 'positions',
  team: 'positions',
  workload: 'contract',
  process: 'application_process',
  stack: 'positions',
  salary: 'salary',
  remote: 'remote_work',
  contract: 'contract',
  duration: 'contract',
  start: 'contract',
  deadline: 'positions',
  place: 'positions',
  apply: 'application_process',
};

const LABEL: Record<PagePart, { fr: string; en: string }> = {
  missions: { fr: 'Missions', en: 'Missions' },
  profile: { fr: 'Profil recherché', en: 'Profile sought' },
  experience: { fr: 'Expérience demandée', en: 'Experience asked' },
  team: { fr: 'Équipe', en: 'Team' },
  workload: { fr: 'Temps de travail', en: 'Working time' },
  process: { fr: 'Sélection', en: 'Selection' },
  stack: { fr: 'Technologies', en: 'Technologies' },
  salary: { fr: 'Rémunération', en: 'Pay' },
  remote: { fr: 'Télétravail', en: 'Remote work' },
  contract: { fr: 'Contrat', en: 'Contract' },
  duration: { fr: 'Durée', en: 'Length' },
  start: { fr: 'Début', en: 'Start' },
  deadline: { fr: 'Date limite de candidature', en: 'Apply by' },
  place: { fr: 'Lieu', en: 'Place' },
  apply: { fr: 'Pour postuler', en: 'To apply' },
};

/** Lines of a section quoted at most, and its length at most. */
const SECTION_LINES = 12;
const SECTION_CHARS = 1200;
/** Lines quoted at most for a part stated in lines, and each line's length at most. */
const STATED_LINES = 2;
const LINE_CHARS = 280;

/** The offer's own field for a part, worded; undefined when the offer does not state it. */
export function fieldOf(offer: Offer, part: PagePart, lang: Lang): string | undefined {
  switch (part) {
    case 'salary':
      return offer.salary ? payStated(offer.salary, lang) : undefined;
    case 'remote':
      return offer.remote ? `${remotePolicy(offer.remote.policy, lang)}${offer.remote.text ? ` — ${quote(offer.remote.text, lang)}` : ''}` : undefined;
    case 'contract':
      return offer.contract ? `${contracts(offer.contract, lang)}${offer.duration ? ` (${duration(offer.duration, lang)})` : ''}` : undefined;
    case 'duration':
      return offer.duration ? duration(offer.duration, lang) : undefined;
    case 'start':
      return offer.start_date ? date(offer.start_date, lang) : undefined;
    case 'deadline':
      return offer.closes_on ? date(offer.closes_on, lang) : undefined;
    case 'place':
      return offer.locations.some(isPlaceStated) ? places(offer, lang) : undefined;
    case 'apply':
      return offer.apply ?? offer.url ?? offer.contact;
    default:
      return undefined;
  }
}

/** A line that opens a part of a page: a heading below the title ("## La mission"), or a line all in bold ("**Où êtes-vous basés ?**"). */
function opensPart(line: string): boolean {
  return /^\s*#{2,6}\s+\S/.test(line) || /^\s*\*\*[^*]+\*\*\s*:?\s*$/.test(line);
}

/** A line of a list ("- Frontend en React", "* …", "1. …"). */
function isListItem(line: string): boolean {
  return /^\s*(?:[-*+]|\d+[.)])\s+\S/.test(line);
}

/**
 * A line of text that introduces the list right under it ("Ses principales missions seront :",
 * "composé des briques logicielles suivantes :"): the list it opens is a part of the page too.
 */
function opensList(body: readonly string[], i: number): boolean {
  if (opensPart(body[i]!) || isListItem(body[i]!) || !/:\s*\\?\s*$/.test(body[i]!)) return false;
  const next = body.slice(i + 1).find((l) => l.trim() !== '');
  return next !== undefined && isListItem(next);
}

/** The last sentence of a line ("… Tes missions seront, en lien avec l'intrapreneure, de :"). */
function lastSentence(line: string): string {
  return line.split(/(?<=[.!?])\s+(?=\S)/).pop() ?? line;
}

/**
 * Whether a line that introduces a list opens the part: its last sentence names it, or names no
 * part and the line does ("Les entretiens auront lieu à partir du 17 octobre. Nous échangerons sur
 * les sujets suivants :") — "…le processus de recrutement des cantines. Tes missions seront de :" opens missions, not a selection.
 */
function leadInOpens(line: string, part: PagePart, reads: PageLineReader): boolean {
  const last = lastSentence(line);
  if (reads(last, part)) return true;
  return !PAGE_PARTS.some((p) => reads(last, p)) && reads(line, part);
}

/**
 * The section of the page about the part — under the shortest heading about it ("L'équipe" before
 * "Quels sont les projets de l'équipe ?"), first among equals, or else the list a line about it
 * introduces — as quoted lines with its heading; undefined when no heading with lines under it
 * (nor line opening a list) is about the part.
 */
function sectionOf(body: readonly string[], part: PagePart, reads: PageLineReader): { heading: string; lines: string[]; leadIn: boolean } | undefined {
  const sections: { heading: string; lines: string[]; leadIn: boolean }[] = [];
  for (let i = 0; i < body.length; i++) {
    const heading = opensPart(body[i]!);
    // Parts stated in a line of their own ("8 ans ou plus d'expérience") are not a list's.
    if (!(heading || (!STATED_IN_LINES.has(part) && opensList(body, i))) || !(heading ? reads(plain(body[i]!), part) : leadInOpens(plain(body[i]!), part, reads))) continue;
    const lines: string[] = [];
    for (let j = i + 1; j < body.length && !opensPart(body[j]!); j++) {
      // A list introduced by a line ends with the list.
      if (!heading && plain(body[j]!) && !isListItem(body[j]!) && !/^\s{2,}\S/.test(body[j]!)) break;
      if (plain(body[j]!)) lines.push(body[j]!.trim());
    }
    if (lines.length > 0) sections.push({ heading: plain(body[i]!).replace(/\s*:\s*$/, ''), lines, leadIn: !heading });
  }
  const words = (heading: string) => heading.split(/\s+/).length;
  const best = sections.sort((a, b) => Number(a.leadIn) - Number(b.leadIn) || words(a.heading) - words(b.heading))[0];
  if (!best) return undefined;
  const { heading, leadIn } = best;
  // A section too long to quote whole whose list is what it holds ("Voici les principales missions : * …"): the list, with the line that opens it.
  const firstItem = best.lines.findIndex((l) => isListItem(l));
  const lines = firstItem > 0 && best.lines.join('\n').length > SECTION_CHARS ? [shorten(lastSentence(best.lines[firstItem - 1]!), LINE_CHARS), ...best.lines.slice(firstItem)] : best.lines;
  let kept = lines.slice(0, SECTION_LINES);
  while (kept.length > 1 && kept.join('\n').length > SECTION_CHARS) kept = kept.slice(0, -1);
  if (kept.length < lines.length) kept.push('…');
  return { heading, lines: kept.map((l) => shorten(l, SECTION_CHARS)), leadIn };
}

/** The page's lines (not headings) that state the part, those with a number first — not those about the team's members ("Jérémy, basé à Dijon, aux 4/5"). */
function linesOf(body: readonly string[], part: PagePart, reads: PageLineReader): string[] {
  const found: string[] = [];
  let aboutTeam = false;
  for (const line of body) {
    if (opensPart(line) || /^\s*#/.test(line)) {
      // …nor, for a stack, those about the selection ("second entretien technique").
      aboutTeam = (part !== 'team' && reads(plain(line), 'team')) || (part === 'stack' && reads(plain(line), 'process'));
      continue;
    }
    // A line of a word or two ("- Rémunération" in a list of topics) names the part, it does not state it.
    if (!aboutTeam && plain(line).split(/\s+/).length >= 3 && reads(plain(line), part) && (part !== 'salary' || statesPay(plain(line), reads))) found.push(shorten(plain(line), LINE_CHARS));
  }
  // A line with a number states it ("8 ans ou plus d'expérience") better than one with the word alone ("Lead dev senior").
  const numbered = found.filter((l) => /\d/.test(l));
  return [...numbered, ...found.filter((l) => !/\d/.test(l))].slice(0, STATED_LINES);
}

/**
 * The selection a page tells under its "how to apply" heading when no heading is about it
 * ("## Candidater — … On programmera un entretien en visio avec Johan et Evelyne").
 */
function selectionUnderApply(body: readonly string[], part: PagePart, reads: PageLineReader): ReturnType<typeof sectionOf> {
  if (part !== 'process') return undefined;
  const apply = sectionOf(body, 'apply', reads);
  return apply && !apply.leadIn && apply.lines.some((l) => reads(plain(l), 'process')) ? apply : undefined;
}

/**
 * Whether a line about pay states it: with an amount, or opening with its word ("Gratification au
 * minimum légal") — not "envoyez-nous votre CV et votre TJM".
 */
function statesPay(line: string, reads: PageLineReader): boolean {
  return /\d/.test(line) || reads(line.split(/\s+/).slice(0, 3).join(' '), 'salary');
}

/** What the page says of one part: its field, its section, its lines, or nothing. */
type Found = { kind: 'field'; value: string } | { kind: 'section'; heading: string; lines: string[]; leadIn: boolean } | { kind: 'lines'; lines: string[] } | { kind: 'none' };

function find(offer: Offer, body: readonly string[], part: PagePart, lang: Lang, reads: PageLineReader): Found {
  const value = fieldOf(offer, part, lang);
  if (value !== undefined) return { kind: 'field', value };
  const section = sectionOf(body, part, reads) ?? selectionUnderApply(body, part, reads);
  if (section) return { kind: 'section', ...section };
  const lines = FOUND_IN_LINES.has(part) ? linesOf(body, part, reads) : [];
  return lines.length > 0 ? { kind: 'lines', lines } : { kind: 'none' };
}

/** One part, worded. */
function partText(found: Found, part: PagePart, lang: Lang, inFrench: boolean): string {
  const label = `**${LABEL[part][lang]}**`;
  const french = inFrench ? ' (only in French)' : '';
  switch (found.kind) {
    case 'field':
      return `${label}${lang === 'fr' ? ' : ' : ': '}${found.value}`;
    case 'section': {
      const where = found.leadIn ? (lang === 'fr' ? 'la page dit' : `the page says${french}`) : lang === 'fr' ? `la page le dit sous « ${found.heading} »` : `the page says, under “${found.heading}”${french}`;
      const lines = found.leadIn ? [`${found.heading} :`, ...found.lines] : found.lines;
      return `${label} — ${where}${lang === 'fr' ? ' :' : ':'}\n\n${lines.map((l) => `> ${l}`).join('\n')}`;
    }
    case 'lines':
      return `${label} — ${lang === 'fr' ? 'la page dit' : `the page says${french}`}${lang === 'fr' ? ' : ' : ': '}${found.lines.map((l) => quote(l, lang)).join(lang === 'fr' ? ' ; ' : '; ')}`;
    case 'none':
      return `${label}${lang === 'fr' ? " : la page de l'offre ne le précise pas." : ': the offer’s page does not say.'}`;
  }
}

/**
 * The parts asked of one offer, each from its field, its page's section or lines, or said
 * missing (with whom to ask, once), citing the offer. `reads`: what a line of a page is about;
 * `fromTeam`: the question was about the offer's team as a whole, answered from its newest offer that says it.
 */
export function offerPageAnswer(view: KnowledgeView, offer: Offer, parts: readonly PagePart[], lang: Lang, reads: PageLineReader, fromTeam?: { name: string; others: number }): Answer {
  const body = offer.body.split(/\r?\n/);
  const found = parts.map((part) => ({ part, found: find(offer, body, part, lang, reads) }));
  const inFrench = lang === 'en' && offer.lang === 'fr';
  const team = view.teamOf(offer);
  const org = view.organisation(offer.organisation);
  const who = [team?.name, org?.name].filter(Boolean).join(', ');
  const head = lang === 'fr' ? `Pour l'offre ${quote(offer.title, lang)}${who ? ` (${who})` : ''} :` : `For the offer ${quote(offer.title, lang)}${who ? ` (${who})` : ''}:`;
  const missing = found.filter((f) => f.found.kind === 'none');
  const ask = missing.length > 0 ? `\n\n${whereToAsk(view, offer, lang)}` : '';
  const said = found.map((f) => partText(f.found, f.part, lang, inFrench)).join('\n\n');
  return answer({
    intent: INTENT_OF[parts[0]!],
    lang,
    text: `${head}\n\n${said}${ask}${fromTeam ? teamNote(fromTeam, lang) : ''}`,
    sources: [view.source(offer)],
    answered: missing.length < found.length,
  });
}

/**
 * "Les deux offres de dev : expérience demandée et télétravail ?", "dev ou designer, quel rythme ?":
 * the parts asked, for each of a few offers of one team (newest first), each said closed or open first.
 */
export function eachOfferPageAnswer(view: KnowledgeView, offers: readonly Offer[], parts: readonly PagePart[], lang: Lang, reads: PageLineReader, today: string): Answer {
  const blocks = offers.map((offer) => {
    const reply = offerPageAnswer(view, offer, parts, lang, reads);
    const status = offerStatusLine(offer, today, lang);
    return { reply, text: `${status ? `${status}\n\n` : ''}${reply.text}` };
  });
  const team = view.teamOf(offers[0]!)?.name;
  const intro =
    lang === 'fr'
      ? `${offers.length} offres${team ? ` de ${team}` : ''} correspondent à votre question ; voici la réponse pour chacune.`
      : `${offers.length} offers${team ? ` of ${team}` : ''} match your question; here is the answer for each.`;
  return answer({
    intent: INTENT_OF[parts[0]!],
    lang,
    text: `${intro}\n\n${blocks.map((b) => b.text).join('\n\n---\n\n')}`,
    sources: blocks.flatMap((b) => b.reply.sources),
    answered: blocks.some((b) => b.reply.answered !== false),
  });
}

/** `(D'après la plus récente des offres de Vélorue qui en parlent ; Vélorue en a publié 2 autres.)` */
function teamNote(team: { name: string; others: number }, lang: Lang): string {
  if (team.others === 0) return '';
  return lang === 'fr'
    ? `\n\n(D'après la plus récente des offres de ${team.name} qui en parlent ; ${team.name} en a publié ${team.others === 1 ? 'une autre' : `${team.others} autres`}.)`
    : `\n\n(From the newest of ${team.name}'s offers that mention it; ${team.name} published ${team.others === 1 ? 'one other' : `${team.others} others`}.)`;
}

/**
 * What the offer's page itself says of a part, under its heading or in its lines, worded as in
 * an answer ("**Pour postuler** — la page le dit sous « Comment postuler » : > …"); undefined
 * when the page says nothing of it. For the flows that answer from a field first and add the page's words.
 */
export function pageWords(offer: Offer, part: PagePart, lang: Lang, reads: PageLineReader): string | undefined {
  const body = offer.body.split(/\r?\n/);
  const section = sectionOf(body, part, reads);
  const lines = section ? undefined : FOUND_IN_LINES.has(part) ? linesOf(body, part, reads) : [];
  const found: Found = section ? { kind: 'section', ...section } : lines && lines.length > 0 ? { kind: 'lines', lines } : { kind: 'none' };
  return found.kind === 'none' ? undefined : partText(found, part, lang, lang === 'en' && offer.lang === 'fr');
}

/** Whether the offer's field or page states the part. */
export function pageStates(offer: Offer, part: PagePart, lang: Lang, reads: PageLineReader): boolean {
  return find(offer, offer.body.split(/\r?\n/), part, lang, reads).kind !== 'none';
}

/**
 * Parts a field answers first but the page often states instead ("Mission de 4 mois
 * renouvelables", "Où êtes-vous basés ?", "Lieu de travail : télétravail par défaut",
 * "Gratification au minimum légal", a "Modalités" section).
 */
const OFTEN_ON_THE_PAGE: ReadonlySet<PagePart> = new Set(['duration', 'start', 'deadline', 'place', 'salary', 'remote', 'contract']);

/**
 * Whether one part asked alone is this answer's to give: a part only the page holds, or a part
 * whose field the offer leaves empty and its page states. A part whose field the offer fills
 * (pay, remote work, contract…) and where to apply stay with their own flows, which quote the page themselves.
 */
export function pageAnswersPart(offer: Offer, part: PagePart, lang: Lang, reads: PageLineReader): boolean {
  if (PAGE_ONLY.has(part)) return true;
  if (!OFTEN_ON_THE_PAGE.has(part) || fieldOf(offer, part, lang) !== undefined) return false;
  return find(offer, offer.body.split(/\r?\n/), part, lang, reads).kind !== 'none';
}
