/**
 * What a word of the public service means, or how two differ, from the explanations HR keeps
 * in `knowledge/terms/` — each with the pages it is written from as its sources.
 */
import type { Lang, Term } from '../knowledge/schemas.js';
import { isStopword, tokenize } from '../text/normalise.js';
import { ANSWERING_PASSAGE, BOLD_OPENING_WEIGHT, OTHER_WORD_ANSWERS_BETTER } from '../tuning.js';
import type { Definition } from '../understanding/reading.js';
import { answer, type Answer, type Source, type Suggestion } from './answer.js';
import type { KnowledgeView } from './knowledge-view.js';
import { cutIntoPassages } from './passages.js';
import { textKeys, wordKeys } from './word-keys.js';


const ONLY_IN: Record<Lang, Record<Lang, string>> = {
  fr: { fr: '', en: "_Cette explication n'existe qu'en anglais :_\n\n" },
  en: { en: '', fr: '_This explanation is only available in French:_\n\n' },
};

/** Said when the question asks a precise fact (a length, a number of days) or a yes or no that no passage of the explanation states. */
const NOT_STATED: Record<Lang, (term: string) => string> = {
  fr: (term) => `Mes fiches ne répondent pas précisément à cette question. Voici ce que dit l'explication de « ${term} » :`,
  en: (term) => `My knowledge does not answer this precisely. Here is what the explanation of “${term}” says:`,
};

/** Said when the message asks about a word no explanation has ("c'est quoi la NBI ?"), naming it. */
const UNEXPLAINED: Record<Lang, (word: string) => string> = {
  fr: (word) =>
    `Je n'ai pas d'explication de « ${word} » dans mes fiches, et je préfère ne pas deviner. Pour une réponse sûre, demandez au service RH de l'employeur ou au recruteur de l'offre qui vous intéresse.`,
  en: (word) =>
    `I have no explanation of “${word}” in my knowledge, and I'd rather not guess. For a reliable answer, ask the employer's HR department or the recruiter of the offer you are interested in.`,
};

/** Said when the message asks, of a word, something outside what Tremplin covers ("remplir ma déclaration d'impôts de contractuel"). */
const OUTSIDE: Record<Lang, string> = {
  fr: "Je ne sais pas répondre à cette question : elle sort de ce que je couvre (les offres, les candidatures et les mots de la fonction publique), et je préfère ne pas deviner. Un service officiel ou l'administration concernée saura vous répondre.",
  en: "I can't answer this question: it is outside what I cover (job offers, applications and the words of the French public service), and I'd rather not guess. An official service or the administration concerned can answer it.",
};

/** The explanations of these ids, in the language asked (those no longer in the knowledge left out). */
function inLangIds(view: KnowledgeView, ids: readonly string[], lang: Lang): Term[] {
  return ids.flatMap((id) => {
    const term = view.term(id);
    return term ? [view.inLanguage(term, lang).entry] : [];
  });
}

/** Whether an explanation's text holds any of these words (normalised), in any of their forms. */
function holdsAny(term: Term, words: readonly string[]): boolean {
  const keys = new Set(keysOf(`${term.term} ${term.aliases.join(' ')} ${term.body}`));
  return words.some((w) => wordKeys(w).some((k) => keys.has(k)));
}

/** Explanations suggested at most beside "I have no explanation of X". */
const NEAREST_SUGGESTED = 2;

/**
 * The explanations to suggest when a word asked has none: the explained words the message
 * names besides, else those whose names and subjects share a word with the word asked
 * ("prime de fin d'année" → the bonuses' explanation).
 */
function nearestTerms(view: KnowledgeView, definition: Definition, lang: Lang): Term[] {
  const named = (definition.alternatives ?? []).flatMap((id) => {
    const term = view.term(id);
    return term ? [view.inLanguage(term, lang).entry] : [];
  });
  if (named.length) return named.slice(0, NEAREST_SUGGESTED);
  const asked = new Set(keysOf(definition.unexplained ?? ''));
  if (asked.size === 0) return [];
  return [...view.snapshot.byId.term.values()]
    .filter((t) => t.lang === lang)
    .map((t) => ({ t, shared: keysOf([t.term, ...t.aliases, ...t.tags].join(' ')).filter((k) => asked.has(k)).length }))
    .filter((x) => x.shared > 0)
    .sort((a, b) => b.shared - a.shared)
    .slice(0, NEAREST_SUGGESTED)
    .map((x) => x.t);
}

/** Sources cited at most per word when two are compared (the reply shows five in all). */
const SOURCES_PER_COMPARED_WORD = 2;

/** "C'est quoi, vacataire ?" / "What does “vacataire” mean?": the question that asks for a word's explanation. */
export function explainQuestion(term: Term, lang: Lang): string {
  return lang === 'fr' ? `C'est quoi, ${term.term} ?` : `What does “${term.term}” mean?`;
}

/** A suggestion asking for a word's explanation. */
export function explainSuggestion(view: KnowledgeView, term: Term, lang: Lang): Suggestion {
  const question = explainQuestion(view.inLanguage(term, lang).entry, lang);
  return { title: question, value: question };
}

/** The first paragraph of an explanation: its definition. */
function definitionOf(term: Term): string {
  return term.body.split(/\n\s*\n/)[0]!.trim();
}

const keysOf = (text: string): string[] => [...textKeys(text)];

/** One passage of an explanation (a sentence or a list item, as written) and how well it answers the question. */
interface Answering {
  text: string;
  score: number;
}

/** The passage that answers best (see `answeringPassage`), and whether any passage besides the definition holds a word asked. */
interface Reading {
  best?: Answering;
  touched: boolean;
  /** Whether a passage besides the definition states the kind of fact asked ("durée|mois"), when one is. */
  factStated: boolean;
  /** Whether the question asks anything beyond the word's own names. */
  asksMore: boolean;
}

/**
 * The passage of an explanation that answers the question's own words best ("qui paie ?" → the
 * line on pay; "renouvelable ?" → the line on renewal), the word's own names left out: each word
 * found weighs by how few passages hold it. Undefined when none holds a word of the question, or
 * only the definition itself does.
 */
function answeringPassage(term: Term, question: readonly string[], variant: readonly string[] = [], scoped = false): Answering | undefined {
  return readExplanation(term, question, variant, scoped).best;
}

function readExplanation(term: Term, question: readonly string[], variant: readonly string[] = [], scoped = false): Reading {
  // The word's own name asks nothing, nor an alias the question names it by ("trial period"); another alias may ("brouillon" on the card of "en construction"),
  // and so does the name a follow-up asks by after another one ("et pour un CDI ?" after a CDD: `variant`).
  const said = new Set(question.flatMap(keysOf));
  const asIs = new Set(variant.flatMap(keysOf));
  const own = new Set([term.term, ...term.aliases].map(keysOf).filter((keys, i) => i === 0 || (!scoped && keys.length > 0 && keys.every((k) => said.has(k)) && !keys.every((k) => asIs.has(k)))).flat());
  // Each thing asked is the keys of its words ("durée|mois": either word).
  // Each thing asked is one of its phrases ("durée|mois", "contractuel|contract staff"), a phrase held when each of its words is.
  const facts = question.filter((q) => q.includes('|')).map((q) => q.split('|').map((phrase) => phrase.split(' ').filter((w) => w && !isStopword(w)).map(wordKeys)));
  const asked = [...new Set(question.map((t) => t.split(/[| ]/).filter((w) => !isStopword(w) && w.length >= 2).flatMap(wordKeys).join(' ')))]
    .filter(Boolean)
    .map((k) => k.split(' '))
    .filter((keys) => !keys.some((k) => own.has(k)));
  // Another word asked of this one is asked by its names, whatever words they share with this one's ("contrat de droit public" beside "contrat de projet").
  if (asked.length === 0 && !(scoped && facts.length > 0)) return { touched: false, factStated: false, asksMore: false };
  // A word in the passage's bold opening ("**Durée** :", "**Qui paie** :") says what it is about: it counts more.
  const passages = cutIntoPassages(term.body).map((p) => ({ text: p.text, keys: new Set(keysOf(`${p.lead ?? ''} ${p.text}`)), bold: new Set(keysOf(/^\*\*([^*]+)\*\*/.exec(p.text)?.[1] ?? '')) }));
  const held = (keys: string[], p: { keys: Set<string> }) => keys.some((k) => p.keys.has(k));
  const weight = asked.map((keys) => Math.log(1 + passages.length / (1 + passages.filter((p) => held(keys, p)).length)));
  const total = weight.reduce((a, b) => a + b, 0);
  let best: Answering | undefined;
  let touched = false;
  // Another word asked of this one ("pareil pour les contractuels ?") is stated by any passage that names it, the definition too.
  const states = (p: { keys: Set<string> }) => facts.some((phrases) => phrases.some((words) => words.length > 0 && words.every((keys) => held(keys, p))));
  const factStated = passages.some((p, index) => (index > 0 || scoped) && states(p));
  if (scoped) {
    // The first passage past the definition that names the other word opens the answer; the definition alone naming it answers as it stands.
    const first = passages.find((p, index) => index > 0 && states(p));
    return { ...(first ? { best: { text: first.text, score: 1 } } : {}), touched: factStated, factStated, asksMore: true };
  }
  passages.forEach((p, index) => {
    const score = asked.reduce((sum, keys, i) => sum + (held(keys, p) ? weight[i]! * (keys.some((k) => p.bold.has(k)) ? BOLD_OPENING_WEIGHT : 1) : 0), 0) / total;
    if (index > 0 && score > 0) touched = true;
    if (index > 0 && score >= ANSWERING_PASSAGE && score > (best?.score ?? 0)) best = { text: p.text, score };
  });
  return best ? { best, touched, factStated, asksMore: true } : { touched, factStated, asksMore: true };
}

/** The explanation's body opened with the passage that answers the question, that passage taken out of where it stood. */
function openedWith(body: string, passage: Answering | undefined): string {
  if (!passage) return body;
  const rest = body
    .split('\n')
    .filter((line) => line.replace(/^\s*(?:[-*+]|\d+[.)])\s+/, '').trim() !== passage.text)
    .join('\n')
    .replace(passage.text, '')
    .replace(/ {2,}/g, ' ')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return `${passage.text}\n\n${rest}`;
}

/** Whether an explanation's text names another word, by its name or one of its aliases, whole. */
function names(term: Term, other: Term): boolean {
  const text = ` ${tokenize(term.body).join(' ')} `;
  return [other.term, ...other.aliases].some((n) => {
    const words = tokenize(n).join(' ');
    return words !== '' && text.includes(` ${words} `);
  });
}

/** The words explained, those whose explanation names more of the others first; equal ones keep their order. */
function byNamingTheOthers(terms: readonly Term[]): Term[] {
  const named = terms.map((t) => terms.filter((o) => o !== t && o.id !== t.id && names(t, o)).length);
  return terms.map((t, i) => ({ t, i, n: named[i]! })).sort((a, b) => b.n - a.n || a.i - b.i).map((x) => x.t);
}

/** The passage of one explanation that names the other word (its name or an alias): what tells them apart. */
function passageNaming(term: Term, other: Term): string | undefined {
  const names = [other.term, ...other.aliases].map((n) => ` ${tokenize(n).join(' ')} `);
  const definition = definitionOf(term);
  return cutIntoPassages(term.body)
    .filter((p) => !definition.includes(p.text))
    .find((p) => names.some((n) => ` ${tokenize(p.text).join(' ')} `.includes(n)))?.text;
}

/**
 * The explanation of the words a message asks about: one word in full, opened with the passage
 * that answers the question's own words, or two compared by their definitions and what each says
 * of the other; the related words are offered next. When the message names other explained
 * words (`alternatives`), the one whose explanation answers the question clearly better is
 * given. Words the knowledge no longer explains (the file was removed since the message was
 * read) are left out; none left is said plainly. `definition.lang` ("et en anglais ?") wins over
 * the message's language. A question outside what Tremplin covers (`definition.outside`) is said so.
 */
export function explainTerms(view: KnowledgeView, definition: Definition, messageLang: Lang): Answer {
  const lang = definition.lang ?? messageLang;
  // Asked something outside what Tremplin covers, in words no explanation named holds, the word only its setting: said plainly; the word's explanation offered, not given.
  const named = inLangIds(view, [...definition.terms, ...(definition.alternatives ?? [])], lang);
  if (definition.outside && !named.some((t) => holdsAny(t, definition.outside!))) {
    return answer({ intent: 'definition', lang, text: OUTSIDE[lang], suggestions: named.slice(0, 1).map((t) => explainSuggestion(view, t, lang)), answered: false });
  }
  const question = definition.asking ?? [];
  const inLang = (ids: readonly string[]) =>
    ids.flatMap((id) => {
      const term = view.term(id);
      return term ? [view.inLanguage(term, lang).entry] : [];
    });
  let terms = inLang(definition.terms);
  // Among several words named, the one whose explanation names the others answers ("un contractuel peut-il être détaché ?":
  // the détachement's card says who may be; the contractuel's says nothing of it). Equal, the reading's order stands.
  const candidates = !definition.compare && definition.scope === undefined && terms[0] ? byNamingTheOthers([terms[0], ...inLang(definition.alternatives ?? [])]) : [];
  const terms0 = terms[0];
  if (candidates[0]) terms = [candidates[0]];
  let opening = !definition.compare && terms[0] ? answeringPassage(terms[0], question, definition.variant, definition.scope !== undefined) : undefined;
  // Chosen for naming the others: the passage that names them says how the word concerns them, and opens the answer; no
  // other word's passage outweighs that choice.
  const namesTheOthers = candidates[0] !== undefined && candidates[0] !== terms0;
  if (namesTheOthers) {
    const apart = candidates.slice(1).map((o) => passageNaming(candidates[0]!, o)).find((p) => p !== undefined);
    if (apart) opening = { text: apart, score: Math.max(opening?.score ?? 0, ANSWERING_PASSAGE) };
  }
  if (!definition.compare && !namesTheOthers) {
    for (const other of candidates.length ? candidates.slice(1) : inLang(definition.alternatives ?? [])) {
      // The words that name the other word only say it is there ("a trial period when I sign a CDI"): what it answers is the rest.
      const names = new Set(keysOf([other.term, ...other.aliases].join(' ')));
      const passage = answeringPassage(other, question.filter((q) => !keysOf(q).every((k) => names.has(k))));
      if (passage && passage.score > (opening?.score ?? 0) * OTHER_WORD_ANSWERS_BETTER) {
        terms = [other];
        opening = passage;
      }
    }
  }
  if (terms.length === 0) {
    const text = definition.unexplained ? UNEXPLAINED[lang](definition.unexplained) : lang === 'fr' ? "Je n'ai pas d'explication pour ce mot." : 'I have no explanation for this word.';
    const nearest = definition.unexplained ? nearestTerms(view, definition, lang) : [];
    return answer({ intent: 'definition', lang, text, answered: false, suggestions: nearest.map((t) => explainSuggestion(view, t, lang)) });
  }
  const asked = new Set(terms.map((t) => view.primaryId(t)));
  const related = new Map<string, Term>();
  for (const id of terms.flatMap((t) => t.related)) {
    const term = view.term(id);
    if (term && !asked.has(view.primaryId(term))) related.set(view.primaryId(term), term);
  }
  const suggestions = [...related.values()].slice(0, 3).map((t) => explainSuggestion(view, t, lang));
  if (definition.compare && terms.length >= 2) {
    const lines = terms.map((t, i) => {
      const apart = passageNaming(t, terms[1 - i] ?? t);
      return `${ONLY_IN[lang][t.lang]}**${t.term}** — ${definitionOf(t)}${apart && terms.length === 2 ? `\n\n${apart}` : ''}`;
    });
    const more = terms.map((t) => explainSuggestion(view, t, lang));
    const sources: Source[] = terms.flatMap((t) => view.termSources(t).slice(0, SOURCES_PER_COMPARED_WORD));
    return answer({ intent: 'definition', lang, text: lines.join('\n\n'), sources, suggestions: [...more, ...suggestions].slice(0, 4) });
  }
  const [term] = terms as [Term];
  // A precise fact ("combien de jours ?") or a yes or no asked that no passage states is said plainly before the explanation.
  const reading = readExplanation(term, question, definition.variant, definition.scope !== undefined);
  // A follow-up that asks more of the word just explained ("et qui paie ?") is told so when no passage holds it, not given the explanation again as if it answered.
  // A yes or no that asks nothing beyond the word's own names ("can I do remote work in the public service?") is answered by the explanation itself.
  const unanswered = question.some((q) => q.includes('|')) ? !reading.factStated : (definition.closed === true || definition.followsUp === true) && reading.asksMore && !reading.touched;
  if (!opening && unanswered) {
    const missing = NOT_STATED[lang](term.term);
    return answer({ intent: 'definition', lang, text: `${missing}\n\n${ONLY_IN[lang][term.lang]}${term.body}`, sources: view.termSources(term), suggestions, answered: false });
  }
  return answer({ intent: 'definition', lang, text: `${ONLY_IN[lang][term.lang]}${openedWith(term.body, opening)}`, sources: view.termSources(term), suggestions });
}
