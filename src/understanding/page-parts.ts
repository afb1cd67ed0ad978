/**
 * The parts of one offer's page a message asks about ("quelles missions ?", "salaire et
 * télétravail ?", "how many days a week?"), and the parts a line of a page is about (its headings,
 * its bold questions, its lines): both read from the lexicon (classes `page_<part>` for messages,
 * `heading_<part>` for pages), so that answers find the section that holds what is asked without
 * reading words themselves.
 *
 * Plain TypeScript, no I/O.
 */
import { normalise } from '../text/normalise.js';
import type { Lexicon } from './lexicon.js';
import type { ClassName } from './lexicon-classes.js';
import { PAGE_PARTS, type Asks, type PagePart } from './reading.js';

/** Where, in a normalised text, a phrase of the class first stands (-1: nowhere) whose words do not all name the offer ("Full Stack" of a title: "dev full stack, quelles technos ?" asks its technos). */
function positionOf(lexicon: Lexicon, name: ClassName, normalised: string, ofTitle: (word: string) => boolean): number {
  const words = lexicon.findAll(name, normalised).map((w) => w.trim()).find((w) => !w.split(' ').every(ofTitle));
  if (words === undefined) return -1;
  return ` ${normalised} `.indexOf(` ${words} `);
}

/** The class a message's part is read with: the aspects already read say a length and a start. */
const QUESTION_CLASS: Record<PagePart, ClassName> = {
  missions: 'page_missions',
  profile: 'page_profile',
  experience: 'page_experience',
  team: 'page_team',
  workload: 'page_workload',
  process: 'page_process',
  stack: 'page_stack',
  salary: 'page_salary',
  remote: 'page_remote',
  contract: 'page_contract',
  duration: 'duration',
  start: 'start',
  deadline: 'page_deadline',
  place: 'page_place',
  apply: 'page_apply',
};

/**
 * The parts of an offer's page a normalised message asks about, in the order it asks them;
 * undefined when it asks none. `told`: the message says the candidate's own experience ("j'ai 5
 * ans d'expérience"), which asks nothing of the page. `ofTitle`: whether a word is of the title
 * of the offer the message names ("Ruby / Full Stack MSJ — it starts when?" asks no stack).
 * `placeNamed`: the message names a place, which a closed question asking no part asks of.
 */
export function readPageParts(normalised: string, asks: Asks, lexicon: Lexicon, told: boolean, ofTitle: (word: string) => boolean = () => false, placeNamed = false): PagePart[] | undefined {
  const found = new Map<PagePart, number>();
  for (const part of PAGE_PARTS) {
    if (part === 'duration' && !asks.duration) continue;
    if (part === 'start' && !asks.start) continue;
    const at = positionOf(lexicon, QUESTION_CLASS[part], normalised, ofTitle);
    if (at >= 0) found.set(part, at);
  }
  // "Le poste est à Paris ?", "is the role in Lyon?": whether it is there is told by its place ("the role" names the job, not its missions).
  const onlyTheJob = found.size === 0 || (found.size === 1 && found.has('missions') && !lexicon.test('page_missions_named', normalised));
  if (placeNamed && asks.yes_no && onlyTheJob) {
    found.clear();
    found.set('place', normalised.length);
  }
  // "How long was the mission?", "quand commence la mission ?": "the mission" is the job as a whole when another part is asked of it.
  if (found.size > 1 && found.has('missions') && !lexicon.test('page_missions_named', normalised)) found.delete('missions');
  // "Combien de jours de télétravail ?": days of remote work, not days worked.
  if (found.has('remote')) found.delete('workload');
  if (told) found.delete('experience');
  // "Quand" alone asks the date of whatever else is asked ("quand a été publiée l'offre ?", "c'est quand la date limite ?"), not a start.
  if (found.has('deadline') || lexicon.words('start_alone').has(lexicon.find('start', normalised)?.trim() ?? '')) found.delete('start');
  // "Could the contract go beyond 6 months?": what comes after it, not its length.
  if (asks.renewal) found.delete('duration');
  if (found.size === 0) return undefined;
  return [...found].sort((a, b) => a[1] - b[1]).map(([part]) => part);
}

/** The class a page's heading or line is read with. */
const HEADING_CLASS = Object.fromEntries(PAGE_PARTS.map((p) => [p, `heading_${p}` as ClassName])) as Record<PagePart, ClassName>;

/** What a line of a page is about: whether its words (raw) name the part, as a heading or a line stating it would. */
export type PageLineReader = (line: string, part: PagePart) => boolean;

/** A reader of a page's lines with the lexicon's heading words (both languages: pages are mostly in French). */
export function pageLineReader(lexicon: Lexicon): PageLineReader {
  return (line, part) => {
    const words = normalise(line);
    return lexicon.test(HEADING_CLASS[part], words) && !lexicon.test('page_unstated', words);
  };
}

/** The words of a normalised message that ask parts of a page ("profil", "missions"): what it asks, not a subject of offers. */
export function pagePartWords(normalised: string, lexicon: Lexicon): ReadonlySet<string> {
  return new Set(PAGE_PARTS.flatMap((part) => lexicon.findAll(QUESTION_CLASS[part], normalised)).flatMap((phrase) => phrase.trim().split(' ')));
}
