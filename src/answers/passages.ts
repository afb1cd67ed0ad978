/**
 * The knowledge at passage level: every FAQ answer and organisation presentation cut into its
 * sentences and list items, each with the words it holds and the kinds of fact it states (a date,
 * a number, a place, an address, an e-mail, a web address, a phone number). A precise question
 * ("when does the forum take place?", "how many recruiting departments?") is answered by the
 * passage that holds what it asks, not by the whole entry; when no passage of the entries about
 * its subject does, the knowledge does not state it (see ./passage-answers.ts).
 *
 * Words match by their keys (./word-keys.ts), facts are told by ./passage-facts.ts. Build once per knowledge version
 * (about a millisecond per hundred entries); ranking reads only the passages of the entries asked.
 */
import type { Faq, Organisation } from '../knowledge/schemas.js';
import { normalise } from '../text/normalise.js';
import { kindsOfPhrasings, type KindAsked } from '../understanding/aspects.js';
import type { Lexicon } from '../understanding/lexicon.js';
import { countedAndDefined, factFit, factsOf, type Fact, type FactWords, type Wanted } from './passage-facts.js';
import { textKeys, wordKeys } from './word-keys.js';
import { PASSAGE_CONTEXT_MATCH, PASSAGE_PARAGRAPH_MATCH, PASSAGE_FEATURE_MISS, PASSAGE_LEAD_MATCH, PASSAGE_NEIGHBOUR_SHARE, SAME_SUBJECT, SUBJECT_IN_FRAME } from '../tuning.js';

/** An entry whose body is cut into passages. */
export type PassageEntry = Faq | Organisation;

/** One sentence or list item of an entry's body. */
export interface Passage {
  entry: PassageEntry;
  /** Its position among the entry's passages. */
  index: number;
  /** The text as written (markdown). */
  text: string;
  /** The heading or the lead sentence that frames it ("**Où.**", "Les valeurs :"), if any. */
  lead?: string;
  /** Keys of its own words. */
  keys: ReadonlySet<string>;
  /** Keys of its lead's words. */
  leadKeys: ReadonlySet<string>;
  /** The paragraph it belongs to (passages of one paragraph share it; see `Passages.paragraphSays`). */
  block: number;
  facts: ReadonlySet<Fact>;
  /** Keys of the words its numbers count ("services", "recruteurs" of "30 services recruteurs"): what a count it states is about. */
  counted: ReadonlySet<string>;
  /** Keys of the words it defines, those right before a defining verb ("job", "dating" of "le job dating permet…"). */
  defines: ReadonlySet<string>;
}

/** A passage scored for a question. */
export interface RankedPassage {
  passage: Passage;
  /** 0..1: the share of the question's words (by weight) the passage holds, its frame counting less. */
  score: number;
  /** The question's words found in the passage's own text or its lead. */
  inText: string[];
  /** 0..1: the same share, of the words that are not the subject only. */
  askedScore: number;
  /** Whether it states a fact of a kind the question asks for (true when it asks for none). */
  hasFact: boolean;
  /** The question's words found only in the other sentences of its paragraph (when ranked with them). */
  inParagraph: string[];
}

/**
 * Whether `keys` holds any of a word's keys. A plain loop, not a closure made per word and
 * passage: `rank` runs it for every passage of the knowledge (the search before "not known").
 */
function holdsAny(keys: ReadonlySet<string>, wordKeys: readonly string[]): boolean {
  for (const k of wordKeys) if (keys.has(k)) return true;
  return false;
}

const NO_KEYS: ReadonlySet<string> = new Set();
const NO_KINDS: ReadonlySet<KindAsked> = new Set();


/** The pieces of a markdown body: sentences and list items, each with the heading or lead that frames it. */
export function cutIntoPassages(body: string): { text: string; lead?: string; block: number }[] {
  const out: { text: string; lead?: string; block: number }[] = [];
  for (const [blockIndex, block] of body.split(/\n\s*\n/).entries()) {
    const lines = block.split('\n').map((l) => l.trim()).filter(Boolean);
    let lead: string | undefined;
    let prose: string[] = [];
    const flush = () => {
      if (prose.length === 0) return;
      let text = prose.join(' ');
      // "**Où.** La plupart des postes…": the bold opening names what follows.
      const bold = /^\*\*([^*]{1,60}?)\*\*\s*[.:]?\s*/.exec(text);
      if (bold && bold[0].length < text.length) {
        lead = bold[1]!.replace(/[.:]$/, '');
        text = text.slice(bold[0].length);
      }
      for (const sentence of sentences(text)) out.push(lead === undefined ? { text: sentence, block: blockIndex } : { text: sentence, lead, block: blockIndex });
      prose = [];
    };
    for (const line of lines) {
      if (/^#+\s/.test(line)) {
        flush();
        lead = line.replace(/^#+\s*/, '');
      } else if (/^(?:[-*+]|\d+[.)])\s+/.test(line)) {
        if (prose.length) {
          // The sentence before a list introduces it ("Les valeurs partagées par les équipes :").
          const intro = prose.join(' ');
          flush();
          lead = intro.replace(/\*\*/g, '').replace(/\s*:\s*$/, '');
        }
        out.push({ text: line.replace(/^(?:[-*+]|\d+[.)])\s+/, ''), block: blockIndex, ...(lead !== undefined ? { lead } : {}) });
      } else prose.push(line);
    }
    flush();
  }
  return out.filter((p) => /\p{L}/u.test(p.text));
}

/** The sentences of a paragraph: cut after . ! ? before a capital, a digit or an opening mark. */
function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?…])\s+(?=[\p{Lu}\d«"(*_])/u)
    .map((s) => s.trim())
    .filter(Boolean);
}


/** Every passage of the knowledge's FAQ answers and organisation presentations. */
export class Passages {
  private readonly byEntry = new Map<PassageEntry, Passage[]>();
  private readonly frames = new Map<PassageEntry, ReadonlySet<string>>();
  /** Key → the passages whose own text holds it (how many: its document frequency). */
  private readonly inText = new Map<string, Passage[]>();
  /** Key → the passages whose lead holds it. */
  private readonly inLead = new Map<string, Passage[]>();
  /** Key → the entries whose frame holds it. */
  private readonly inFrame = new Map<string, PassageEntry[]>();
  /** A passage → the passages of its paragraph, itself included (for the ones that share one). */
  private readonly paragraphs = new Map<Passage, readonly Passage[]>();
  /** An FAQ entry's id → the kinds of fact its phrasings ask (who, when, how many…). */
  private readonly kinds = new Map<string, ReadonlySet<KindAsked>>();
  /** An FAQ entry's id → the kinds of fact its own question asks (its phrasings left out). */
  private readonly questionKinds = new Map<string, ReadonlySet<KindAsked>>();
  /** Keys of every word any passage, lead or frame holds. */
  private readonly said = new Set<string>();
  private readonly count: number;

  /**
   * @param entries FAQ entries and organisations, every language.
   * @param lexicon the words of months, numbers, streets and lengths of time (classes `months`, `number_words`, `street_words`, `duration_units`).
   * @param places the places the knowledge names (its cities and sites), to tell which passages state a place.
   */
  constructor(entries: readonly PassageEntry[], lexicon: Lexicon, places: readonly string[]) {
    const words: FactWords = {
      months: new Set(lexicon.positions('months').flat()),
      numbers: lexicon.words('number_words'),
      streets: lexicon.words('street_words'),
      durations: lexicon.words('duration_units'),
      ordinals: new Set(lexicon.positions('ordinals').flat().map((w) => normalise(w))),
      defining: new Set([...lexicon.words('defining_verbs')].map((w) => normalise(w))),
      places: [...new Set(places.map((p) => normalise(p)).filter(Boolean))],
    };
    let count = 0;
    for (const entry of entries) {
      const frame =
        entry.kind === 'faq'
          ? [entry.question, ...entry.alternatives, ...entry.tags].join(' ')
          : [entry.name, ...entry.aliases, ...entry.tags].join(' ');
      const frameKeys = textKeys(frame);
      if (entry.kind === 'faq') {
        this.kinds.set(entry.id, kindsOfPhrasings([entry.question, ...entry.alternatives], lexicon));
        this.questionKinds.set(entry.id, kindsOfPhrasings([entry.question], lexicon));
      }
      this.frames.set(entry, frameKeys);
      for (const k of frameKeys) {
        this.said.add(k);
        addTo(this.inFrame, k, entry);
      }
      const passages = cutIntoPassages(entry.body).map((piece, index): Passage => {
        const keys = textKeys(piece.text);
        const leadKeys = piece.lead ? textKeys(piece.lead) : NO_KEYS;
        for (const k of leadKeys) this.said.add(k);
        return { entry, index, text: piece.text, ...(piece.lead !== undefined ? { lead: piece.lead } : {}), keys, leadKeys, block: piece.block, facts: factsOf(piece.text, words), ...countedAndDefined(piece.text, words) };
      });
      const byBlock = new Map<number, Passage[]>();
      for (const passage of passages) byBlock.set(passage.block, [...(byBlock.get(passage.block) ?? []), passage]);
      for (const passage of passages) {
        for (const k of passage.keys) addTo(this.inText, k, passage);
        for (const k of passage.leadKeys) addTo(this.inLead, k, passage);
        const paragraph = byBlock.get(passage.block)!;
        if (paragraph.length > 1) this.paragraphs.set(passage, paragraph);
      }
      count += passages.length;
      this.byEntry.set(entry, passages);
    }
    this.count = Math.max(1, count);
  }

  /** Every entry cut into passages, in `lang`, of `organisation` (or of all) when one is given. */
  entries(lang: string, organisation?: string): PassageEntry[] {
    const out: PassageEntry[] = [];
    for (const entry of this.byEntry.keys()) {
      const own = entry.kind === 'faq' ? entry.organisation : (entry.translation_of ?? entry.id);
      if (entry.lang === lang && (!organisation || own === organisation || own === 'all')) out.push(entry);
    }
    return out;
  }

  /** The kinds of fact an FAQ entry's question and phrasings ask, or (`questionOnly`) its own question (none for an unknown id). */
  kindsOf(faqId: string, questionOnly = false): ReadonlySet<KindAsked> {
    return (questionOnly ? this.questionKinds : this.kinds).get(faqId) ?? NO_KINDS;
  }

  /** The passages of an entry, in order. */
  of(entry: PassageEntry): readonly Passage[] {
    return this.byEntry.get(entry) ?? [];
  }

  /** The keys of what frames an entry: an FAQ entry's question, phrasings and tags; an organisation's names and tags. */
  frame(entry: PassageEntry): ReadonlySet<string> {
    return this.frames.get(entry) ?? new Set();
  }

  /** Whether a word is among keys (a passage's, a frame's). */
  matches(keys: ReadonlySet<string>, word: string): boolean {
    return wordKeys(word).some((k) => keys.has(k));
  }

  /** Whether any passage or frame of any entry, in either language, holds a word. */
  says(word: string): boolean {
    return wordKeys(word).some((k) => this.said.has(k) || this.inText.has(k));
  }

  /** How rare a word is among the passages (rare words tell passages apart). */
  weight(word: string): number {
    const df = Math.min(...wordKeys(word).map((k) => this.inText.get(k)?.length ?? 0));
    return Math.log(1 + this.count / (1 + df));
  }

  /**
   * The FAQ entries whose frame holds most of `subject` (the words of the question the first
   * entry's frame holds: "forum", "tech"…, by weight: SAME_SUBJECT): the other entries about the
   * same subject, in `lang`, of `organisation` or of all.
   */
  entriesAbout(subject: readonly string[], lang: string, organisation?: string): PassageEntry[] {
    if (subject.length === 0) return [];
    const own = (entry: PassageEntry) => (entry.kind === 'faq' ? entry.organisation : (entry.translation_of ?? entry.id));
    const weighted = subject.map((w) => ({ w, weight: this.weight(w) }));
    const total = weighted.reduce((sum, x) => sum + x.weight, 0);
    const out: PassageEntry[] = [];
    for (const [entry, frame] of this.frames) {
      if (entry.lang !== lang || entry.kind !== 'faq') continue;
      if (organisation && own(entry) !== organisation && own(entry) !== 'all') continue;
      const held = weighted.reduce((sum, x) => sum + (this.matches(frame, x.w) ? x.weight : 0), 0);
      if (held >= SAME_SUBJECT * total) out.push(entry);
    }
    return out;
  }

  /**
   * The passages of `entries` for a question's words (normalised, names and stopwords left out),
   * best first. `subject`: the words that name what the entries are about ("forum"), found in
   * a passage's text or frame alike. Any other word counts fully in a passage's text,
   * PASSAGE_LEAD_MATCH in its lead, PASSAGE_CONTEXT_MATCH in its entry's frame (question,
   * phrasings, tags). A passage without a fact of a kind `wanted` keeps PASSAGE_FEATURE_MISS of
   * its score; passages of the entries after the first keep PASSAGE_NEIGHBOUR_SHARE. With
   * `withParagraph` (a search over all the knowledge), a word in another sentence of the
   * passage's paragraph counts PASSAGE_PARAGRAPH_MATCH (the sentence that states a fact often
   * leaves its subject to the one before), a word no passage says weighs the mean of the others,
   * and only the passages that hold one of the words (in their text, lead, paragraph or frame)
   * are scored and returned: the others would score 0, and an off-topic question would score
   * every passage of the knowledge (2,000 at 30,000 offers) for nothing.
   */
  rank(words: readonly string[], subject: ReadonlySet<string>, wanted: Wanted, entries: readonly PassageEntry[], withParagraph = false): RankedPassage[] {
    const asked = [...new Set(words)].map((w) => ({ word: w, keys: wordKeys(w), weight: this.weight(w), subject: subject.has(w) }));
    if (withParagraph) {
      // Across the knowledge, a word no passage holds ("affichées" where they say "listait") tells
      // none apart: it weighs as the question's other words do on average, not as the rarest.
      const inSomeText = (w: { keys: string[] }) => w.keys.some((k) => this.inText.has(k));
      const held = asked.filter(inSomeText);
      const mean = held.reduce((sum, w) => sum + w.weight, 0) / Math.max(1, held.length);
      if (held.length) for (const w of asked) if (!inSomeText(w)) w.weight = mean;
    }
    const total = asked.reduce((sum, w) => sum + w.weight, 0);
    const askedTotal = asked.reduce((sum, w) => sum + (w.subject ? 0 : w.weight), 0);
    const out: RankedPassage[] = [];
    const holding = withParagraph ? this.holding(asked.flatMap((w) => w.keys)) : undefined;
    entries.forEach((entry, rankOfEntry) => {
      const frame = this.frame(entry);
      for (const passage of this.of(entry)) {
        if (holding && !holding.has(passage)) continue;
        let found = 0;
        let foundAsked = 0;
        const inText: string[] = [];
        const inParagraph: string[] = [];
        for (const w of asked) {
          let value = 0;
          const inKeys = holdsAny(passage.keys, w.keys);
          if (inKeys || holdsAny(passage.leadKeys, w.keys)) {
            value = w.weight * (w.subject || inKeys ? 1 : PASSAGE_LEAD_MATCH);
            inText.push(w.word);
          } else if (withParagraph && this.paragraphSays(passage, w.keys)) {
            value = w.weight * PASSAGE_PARAGRAPH_MATCH;
            inParagraph.push(w.word);
          } else if (holdsAny(frame, w.keys)) value = w.weight * (w.subject ? SUBJECT_IN_FRAME : PASSAGE_CONTEXT_MATCH);
          found += value;
          if (!w.subject) foundAsked += value;
        }
        const coverage = total > 0 ? found / total : 0;
        const fit = factFit(passage.facts, wanted);
        // Searching the whole knowledge, the entries come in no order of their own.
        const share = rankOfEntry === 0 || withParagraph ? 1 : PASSAGE_NEIGHBOUR_SHARE;
        const factor = share * (fit > 0 ? fit : PASSAGE_FEATURE_MISS);
        out.push({ passage, score: coverage * factor, askedScore: (askedTotal > 0 ? foundAsked / askedTotal : 1) * factor, inText, inParagraph, hasFact: fit > 0 });
      }
    });
    return out.sort((a, b) => b.score - a.score || b.inText.length - a.inText.length);
  }

  /**
   * Whether another sentence of a passage's paragraph holds one of a word's keys ("La DINUM
   * publie ses offres sur sa page…" for "elle en listait 18"). Read from the sentences
   * themselves: a set of the others' keys per passage held each paragraph's words n - 1 times.
   */
  private paragraphSays(passage: Passage, wordKeys: readonly string[]): boolean {
    for (const other of this.paragraphs.get(passage) ?? []) if (other !== passage && holdsAny(other.keys, wordKeys)) return true;
    return false;
  }

  /**
   * Whether a passage of `entries` holds every one of `words` in its text, its lead or its
   * paragraph: a question none answers that way is told without scoring a passage.
   */
  holdsEvery(words: readonly string[], entries: readonly PassageEntry[]): boolean {
    let found: Set<Passage> | undefined;
    for (const word of words) {
      const holders = new Set<Passage>();
      const add = (p: Passage) => (!found || found.has(p) ? holders.add(p) : undefined);
      for (const k of wordKeys(word)) {
        for (const passage of this.inText.get(k) ?? []) for (const p of this.paragraphs.get(passage) ?? [passage]) add(p);
        for (const passage of this.inLead.get(k) ?? []) add(passage);
      }
      if (holders.size === 0) return false;
      found = holders;
    }
    const searched = new Set(entries);
    for (const passage of found ?? []) if (searched.has(passage.entry)) return true;
    return false;
  }

  /** The passages holding one of `keys` in their text, lead, paragraph or frame (from the indexes built with them). */
  private holding(keys: readonly string[]): Set<Passage> {
    const out = new Set<Passage>();
    for (const k of keys) {
      for (const passage of this.inText.get(k) ?? []) for (const p of this.paragraphs.get(passage) ?? [passage]) out.add(p);
      for (const passage of this.inLead.get(k) ?? []) out.add(passage);
      for (const entry of this.inFrame.get(k) ?? []) for (const p of this.of(entry)) out.add(p);
    }
    return out;
  }
}

/** Adds `value` to the list of `key`. */
function addTo<V>(map: Map<string, V[]>, key: string, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
