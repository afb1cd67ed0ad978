/**
 * Contract types, civil-service category and contract length as pages state them, in French
 * and English, with the spellings met in real pages (`indépendent`, `préstataire`,
 * `Fonctionaire`, `indépendant·e`, `freelance`). Only what is written is kept: "pouvant
 * déboucher sur un CDI" does not make the offer a CDI.
 */
import type { Category, Contract } from '../schemas.js';
import { fold, plainText } from './text.js';

/** Each contract type and the words (folded) that state it. */
const CONTRACT_WORDS: readonly (readonly [Contract, RegExp])[] = [
  ['CDD', /\bcdd\b|\bcontrat a duree determinee\b|\bfixed[- ]term\b/],
  ['CDI', /\bcdi\b|\bcontrat a duree indeterminee\b|\bpermanent (?:contract|position|job)\b/],
  ['contractuel', /\bcontractuel(?:le)?s?\b|\bagent (?:public )?contractuel|\bcontract agent\b/],
  ['fonctionnaire', /\bfonctionn?aires?\b|\btitulaires? de la fonction publique\b|\bcivil servants?\b/],
  ['détachement', /\bdetachement\b|\bdetache(?:e|s)?\b|\bsecondment\b|\bseconded\b/],
  ['vacataire', /\bvacataires?\b|\bvacation\b/],
  ['stage', /\bstages?\b|\bstagiaires?\b|\binternships?\b|\bintern\b/],
  ['alternance', /\balternance\b|\balternant(?:e|s)?\b|\bapprentissage\b|\bapprenti(?:e|s)?\b|\bapprenticeship\b|\bwork-study\b/],
  ['indépendant', /\bind[ei]p[ea]nd[ae]nt(?:\W?e)?s?\b|\bfreelances?\b|\bfree-lance\b|\bfreelancers?\b|\bpr[ea]?stataires?\b|\bself-employed\b|\bcontractor\b|\bauto-?entrepreneur\b|\bportage salarial\b/],
  ['service civique', /\bservice civique\b|\bcivic service\b/],
];

/** Words after which the contract named is only a possibility: "pouvant déboucher sur un CDI". */
const POSSIBILITY = /\b(?:pouvant|pourra|pourrait|possibilite|possible|eventuel(?:le)?|eventuellement|debouch\w*|evolution|evoluer|suivi d'un|could|may lead|possibly|with a view to|renouvel\w*|ensuite|puis)\b/;

/** Sentences about the people already there ("nous sommes presque tous contractuels ou indépendants"), not about the offer. */
const ABOUT_THE_TEAM = /\b(?:nous sommes|on est|l'equipe est|l'equipe compte|ils sont|elles sont|we are|they are|communaute|collaborateurs|compose(?:e)? (?:de|d'))\b/;

/**
 * The contract types a statement names, in the order of `CONTRACTS` (empty when none).
 * Text after a word of possibility ("pouvant déboucher sur…") is not read, nor sentences about
 * the team ("nous sommes presque tous contractuels ou indépendants").
 */
export function contractsIn(markdown: string): Contract[] {
  const text = fold(plainText(markdown));
  const clauses = text.split(/[.;\n]|,\s*(?=(?:pouvant|avec possibilite|avant|puis|with a view)\b)/);
  const found = new Set<Contract>();
  for (const clause of clauses) {
    if (ABOUT_THE_TEAM.test(clause)) continue;
    const cut = POSSIBILITY.exec(clause);
    const stated = cut ? clause.slice(0, cut.index) : clause;
    for (const [contract, pattern] of CONTRACT_WORDS) if (pattern.test(stated)) found.add(contract);
  }
  return CONTRACT_WORDS.map(([c]) => c).filter((c) => found.has(c));
}

/**
 * A line that states the offer's contract without a label: "Poste ouvert pour un·e
 * indépendant·e", "Mission freelance de 6 mois", "CDD de 3 ans", "Stage de 6 mois",
 * "Open to freelancers". Descriptions of a team ("nous sommes tous indépendants") are not.
 * @param strict for a line outside the sections about terms: only explicit statements
 *   ("poste ouvert à…", "contrat en CDD de…", "mission proposée pour…") count.
 */
export function statesContract(line: string, strict = false): boolean {
  const text = fold(plainText(line));
  if (ABOUT_THE_TEAM.test(text)) return false;
  if (strict) {
    return /^statut (?:d'|de |:\s*)?[a-z]|\bil s'agit d'une? (?:poste|contrat|stage|cdd|cdi|mission|alternance)\b|\bposte en (?:cdd|cdi|stage|alternance|freelance|independant|detachement)\b|\bpostes? (?:ouverts? |proposes? |a pourvoir )|\bmission proposee\b|^(?:un |le )?contrat (?:en |de |a |d')|^(?:cdd|cdi|stage|alternance|vacation|mission freelance)\s+(?:de|d'une|a|en|pour)\b|\bsous (?:contrat|statut)\b|\b(?:poste|mission|offre)s? ouvertes? (?:a|aux|pour)\b|^(?:this is an? |the position is an? )?(?:fixed-term|permanent|freelance|internship) (?:contract|position|role|mission)\b/.test(text);
  }
  return /^(?:poste|postes|mission|missions|contrat|cdd|cdi|stage|alternance|vacation|freelance|statut|offre|position|contract|internship|role|open to|ouvert|temps plein|temps partiel|full[- ]time|part[- ]time|ind[ei]p[ea]nd[ae]nt\W?e?s?|portage salarial|prestataire|contractuel(?:le)?|fonctionnaire|titulaire|detachement|vacataire|stagiaire|apprenti(?:e)?|agent contractuel)\b/.test(text)
    || /\bposte (?:ouvert|propose|a pourvoir)\b|\bouvert (?:a|aux|pour) (?:un|une|des|les)\b|\bsous (?:contrat|statut)\b|\ben (?:cdd|cdi|freelance|independant|stage|alternance|detachement)\b/.test(text);
}

/** A line that starts with the name of a contract: "**Freelance**, en portage par une société", "CDD de 3 ans". */
export function startsWithContract(line: string): boolean {
  return /^(?:cdd|cdi|stage|alternance|vacation|freelance|ind[ei]p[ea]nd[ae]nt\W?e?s?|portage salarial|prestataire|contractuel(?:le)?|fonctionnaire|detachement|vacataire|agent contractuel|fixed[- ]term|permanent contract|internship)\b/.test(
    fold(plainText(line.replace(/^\s*(?:[-*•+]|\d{1,2}[.)])\s+/, ''))),
  );
}

/** The one civil-service category a statement gives (`catégorie A`, `cat. B`, `A+`), or `undefined` when none or several. */
export function categoryIn(markdown: string): Category | undefined {
  const text = plainText(markdown);
  const found = new Set<Category>();
  for (const m of text.matchAll(/\b(?:cat[ée]gorie|cat\.|category)\s*:?\s*(A\+|A|B|C)(?![\p{L}\d])/giu)) found.add(m[1]!.toUpperCase() as Category);
  for (const m of text.matchAll(/\b(?:fonctionn?aire|titulaire|agent)s?\s+(?:de\s+)?(?:cat[ée]gorie\s+)?(A\+|A|B|C)(?:\s*\/\s*(A\+|A|B|C))?(?![\p{L}\d])/giu)) {
    found.add(m[1]!.toUpperCase() as Category);
    if (m[2]) found.add(m[2].toUpperCase() as Category);
  }
  return found.size === 1 ? [...found][0] : undefined;
}

/** A category written alone (`A`, `catégorie A+`), as in a front-matter field or a label's value. */
export function categoryValue(value: string): Category | undefined {
  const m = /^\s*(?:cat[ée]gorie|cat\.|category)?\s*(A\+|A|B|C)\s*$/iu.exec(plainText(value));
  return m ? (m[1]!.toUpperCase() as Category) : categoryIn(value);
}

/** A length of time: `6 mois`, `3 ans`, `4 à 6 mois`, `12 months`, `1 an renouvelable`. */
const COUNT = String.raw`\d{1,2}(?:[,.]5)?|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze|dix-huit|vingt-quatre|one|two|three|four|five|six|twelve|eighteen`;
const LENGTH = new RegExp(String.raw`\b((?:${COUNT})(?:\s*(?:à|a|-|–|to)\s*(?:${COUNT}))?\s*(?:mois|ans?|annees?|semaines?|jours|months?|years?|weeks?)(?:[\s,]+(?:renouvelables?|reconductibles?|renewable))?)\b`, 'iu');

/** A length stated after a word of contract: "CDD de 3 ans", "mission proposée pour 7 mois renouvelables". */
const CONTRACT_LENGTH = new RegExp(
  String.raw`\b(?:cdd|contrat|mission|stage|freelance|vacation|alternance|internship|contract|fixed-term)\b[^.;\n]{0,40}?\b(?:de|d'une durée de|d’une durée de|pour|sur|of|for)?\s*` + LENGTH.source,
  'iu',
);

/** A length followed by this is a workload ("4 jours par semaine"), not a contract length. */
const WORKLOAD_AFTER = /^\s*(?:par|\/|per|a la|by the)\s*(?:semaine|week|mois|month)/i;
/** Words of a workload written where a length was expected ("Durée : temps plein"). */
const WORKLOAD = /temps plein|temps partiel|mi-temps|full[- ]time|part[- ]time|par semaine|per week|\/\s*semaine/;

/**
 * The length of a contract in a statement, as written (`6 mois`, `4 à 6 mois`, `3 ans`), when
 * the statement is about the contract ("CDD de 3 ans", "Mission de 6 mois renouvelable").
 * @param labelled true when the statement is a `Durée` label's value: any length in it counts.
 */
export function durationIn(markdown: string, labelled: boolean): string | undefined {
  const text = plainText(markdown);
  if (labelled) {
    const m = LENGTH.exec(text);
    if (m && !/jours$/i.test(m[1]!) && !WORKLOAD_AFTER.test(text.slice(m.index + m[0].length))) return m[1]!.replace(/[\s,]+/g, ' ');
    if (WORKLOAD.test(fold(text))) return undefined;
    return text.length > 0 && text.length <= 80 ? text.replace(/[.;]$/, '') : undefined;
  }
  // The length after a word of contract; past a workload ("contrat d'environ 4 jours par semaine … sur 6 mois"), the next one.
  const m = CONTRACT_LENGTH.exec(text);
  if (!m) return undefined;
  const length = m[1]!.replace(/[\s,]+/g, ' ');
  const after = text.slice(m.index + m[0].length);
  if (/\bjours\b/i.test(length) || WORKLOAD_AFTER.test(after)) return durationIn(after, false) ?? lengthAfterWorkload(after);
  return /^\s*(?:d'|d’|de |of )?(?:experience|expérience)/i.test(after) ? undefined : length;
}

/** A length written after a workload in the same sentence: "4 jours par semaine en télétravail sur 6 mois". */
function lengthAfterWorkload(text: string): string | undefined {
  const m = new RegExp(String.raw`^[^.;\n]{0,60}?\b(?:sur|pendant|during|over)\s+` + LENGTH.source, 'iu').exec(text);
  return m && !/jours$/i.test(m[1]!) ? m[1]!.replace(/[\s,]+/g, ' ') : undefined;
}
