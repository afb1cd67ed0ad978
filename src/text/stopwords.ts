/**
 * Words that carry no meaning for search or intent matching, in French and English, written
 * the way `normalise()` leaves them (lowercase, no accents, no elisions).
 *
 * The lists are deliberately short: articles, pronouns, prepositions, auxiliaries, question
 * words, greetings and the filler verbs of chat ("je cherche", "I would like to know"). Domain
 * words are kept on purpose — `poste`, `temps` (temps plein), `travail`, `work`, `remote`,
 * `possible`, `recherche` (research), `apres` — as are single letters that name something
 * (`b`: catégorie B). Negations (`pas`, `not`) are stopwords here: search ignores them, and
 * the intent layer, which cares, reads `tokenize()` output that still has them.
 */
import type { Lang } from './lang.js';

const FRENCH = `
a à ai aie as au aux avec avez avoir avons ayant c ca ce ceci cela celle celles celui ces cet cette ceux
chez ci d dans de des donc dont du elle elles en encore es est et etaient etais etait etant ete etes etre eu eux
il ils j je jusqu l la le les leur leurs lui m ma mais me meme mes moi mon n ne ni nos notre nous on ont or ou
par parce pas peu qu que quel quelle quelles quels qui quoi s sa sans se sera serai seraient serait seront ses
si soit sommes son sont sous suis sur t ta te tes toi ton tous tout toute toutes tres tu un une vos votre vous y
ici alors aussi ainsi comme deja bien oui non ok etc puis
comment combien quand pourquoi lequel laquelle lesquels lesquelles
fait faire font faut dois doit doivent peut peux pouvez peuvent pourrais pourriez pourrait
veux veut voudrais voudrait aimerais aimerait souhaite souhaiterais cherche cherchons savoir connaitre dire
trouver avoir voir interesse interessee renseigner renseignement renseignements
bonjour bonsoir salut coucou merci svp stp plait
`;

const ENGLISH = `
a about am an and i any are as at be been being but by can could d did do does doing don doesn for from
had has have having he her here hers him his how i if im in into is isn it its just ll m me my no nor not of
on or our ours re s she should so some such t than that the their theirs them then there these they this those
to too us ve was we were what when where which while who whom whose why will with would you your yours
please hello hi hey thanks thank want like know tell need looking look find get let
`;

const toSet = (list: string): ReadonlySet<string> => new Set(list.split(/\s+/).filter(Boolean));

/**
 * The stopwords of each language. Search removes the union of both lists (a French question
 * may contain English words and the other way round); the intent layer may pick one.
 */
export const STOPWORDS: Readonly<Record<Lang, ReadonlySet<string>>> = {
  fr: toSet(FRENCH),
  en: toSet(ENGLISH),
};

const BOTH: ReadonlySet<string> = new Set([...STOPWORDS.fr, ...STOPWORDS.en]);

/**
 * Whether a normalised token is a stopword. Without `lang`, a word that is a stopword in
 * either language counts (the default for search, where the query's language is a guess).
 */
export function isStopword(token: string, lang?: Lang): boolean {
  return (lang ? STOPWORDS[lang] : BOTH).has(token);
}
