/**
 * The names of a team or product as its pages write them (see ./teams.ts): the key its spellings
 * share, the spellings in a page's text, and the product names pages give — the product they
 * invite to join, link to its own site, write as the domain of a team address, or name as a team
 * ("L'équipe Lab Agora").
 */
import { fold, plainText, stripEmoji } from './text.js';

/** What a page of a team says, where its product names are looked for. */
export interface TeamPageText {
  /** The page's title and body. */
  readonly text: string;
  readonly body: string;
  readonly contact?: string;
  /** Where the page says to apply (an address or a link). */
  readonly apply?: string;
}

/**
 * A team name or identifier made comparable: folded, markdown marks, `#` and `.md` removed,
 * `.beta.gouv.fr` / `.gouv.fr` / `.fr` endings removed (unless too little is left: `api.gouv.fr`
 * stays whole), letters and digits only. `Démarches Simplifiées` and
 * `demarches-simplifiees.fr` both give `demarchessimplifiees`.
 */
export function startupKey(value: string): string {
  const text = fold(value).trim().replace(/^[*_`~#\s]+|[*_`~]+$/g, '').replace(/\.md$/, '');
  const compact = (t: string) => t.replace(/[^a-z0-9]+/g, '');
  const short = compact(text.replace(/(?:\.beta)?(?:\.gouv)?\.fr$/, ''));
  return short.length >= 5 ? short : compact(text);
}

/** True when two keys name one team: one letter apart (`locadoc`, `locadocs`), or one ends the other (`preuvedecovoiturage`). */
export function sameTeam(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length >= 10 && (long.endsWith(short) || long.startsWith(short))) return true;
  if (short.length < 6 || long.length - short.length > 1) return false;
  let i = 0;
  while (i < short.length && short[i] === long[i]) i += 1;
  return short.length === long.length ? short.slice(i + 1) === long.slice(i + 1) : short.slice(i) === long.slice(i + 1);
}

/** A spelling found in a page, made a name: no markdown marks nor emoji, no trailing punctuation. */
export const cleanSpelling = (text: string) =>
  plainText(stripEmoji(text).replace(/^#+\s*/, ''))
    .replace(/^[*_`~]+|[*_`~]+$/g, '')
    .replace(/[.,;:'’]+$/, '')
    .trim();
/** A domain name (`api.gouv.fr`): a product's name as its pages write it. */
export const DOMAIN = /^[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:fr|gouv\.fr|org|com|eu)$/;

/** Local parts of team addresses, preferred to a person's address as a team's contact. */
export const TEAM_ADDRESS = /^(?:recrutement|recrutements|jobs?|contact|equipe|team|hello|bonjour|candidature|candidatures|rh|talents?)\b/;

/** French little words a name is written with or without ("l'Annuaire des Entreprises" for `annuaire-entreprises`). */
const LITTLE_WORD = /^(?:de|des|du|la|le|les|d['’]|l['’])$/i;

/**
 * The spellings in `text` of sequences of one to four words whose key is `key`, or would be
 * without their little words ("Annuaire des Entreprises" for `annuaireentreprises`); a leading
 * "l'" or "d'" is no part of a spelling.
 */
export function spellingsIn(text: string, key: string): string[] {
  const words = text.split(/[\s()[\]«»"“”,;:!?]+/).map(cleanSpelling).filter(Boolean);
  const found: string[] = [];
  for (let i = 0; i < words.length; i++) {
    // A spelling without its little words starts with a word of the name ("de Dora" is none; "La Bonne Boite" is, written whole).
    const little = LITTLE_WORD.test(words[i]!);
    let joined = '';
    let bare = '';
    let loose = '';
    for (let n = 0; n < 4 && i + n < words.length; n++) {
      const word = words[i + n]!;
      joined = n === 0 ? word : `${joined} ${word}`;
      // Without a leading "l'" ("l’Annuaire des Entreprises"), and without little words for the key.
      bare = n === 0 ? word.replace(/^[ldLD]['’](?=\p{L})/u, '') : `${bare} ${word}`;
      if (!LITTLE_WORD.test(word)) loose = `${loose} ${n === 0 ? bare : word}`;
      const k = startupKey(joined);
      const lk = startupKey(loose);
      if (k === key) found.push(joined);
      else if (!little && n > 0 && !LITTLE_WORD.test(word) && lk === key) found.push(bare);
      if ((k.length > key.length || !key.startsWith(k)) && (lk.length > key.length || !key.startsWith(lk))) break;
    }
  }
  return found;
}

/**
 * The product a page names where it invites to join it ("rejoindre la startup SignalConso",
 * "La start-up : DossierFacile"): one to three capitalised words. A page's `startup:` key is
 * often an old or technical name (`signalement`, `locatio`), the product the one candidates type.
 * A single word must look like a name (a capital inside, a digit, `+` or `.`: "SignalConso",
 * "Administration+"), not an ordinary word with a capital ("France" of "France chaleur urbaine").
 */
const JOIN_PRODUCT = /(?:\b[Ll]a [Ss]tart-?[Uu]p(?: d['’]État)?|\b[Rr]ejoindre(?: la start-?up)?)\s*:?\s+(\p{Lu}[\p{L}\d.\-]*[\p{L}\d+](?:\s+\p{Lu}[\p{L}\d\-]*[\p{L}\d+]){0,2})(?![\p{L}\d+])/gu;

/** A link to a product's own site whose text spells its address: "[France chaleur urbaine](https://france-chaleur-urbaine.beta.gouv.fr/)". */
const SELF_LINK = /\[([^\]\n]{3,60})\]\(https?:\/\/([a-z0-9-]+)\.beta\.gouv\.fr\/?\)/g;

/** The product names one page links to their own site with (see SELF_LINK): the name candidates type, whatever the team's key. */
function linkedProductNamesIn(body: string): string[] {
  return [...new Set([...body.matchAll(SELF_LINK)].filter((m) => startupKey(m[1]!) === startupKey(m[2]!) && /\p{Lu}/u.test(m[1]!)).map((m) => cleanSpelling(m[1]!)))];
}

/**
 * The name a page gives its team ("L'équipe Lab Agora recherche", "l'équipe de Dora"): an alias
 * candidates use, never the team's name (the team of an instrument's page, "l'équipe New AGLAE",
 * is the product Euphrosyne's). Same shape as JOIN_PRODUCT's names.
 */
const TEAM_PHRASE = /\b[Ll]['’][ÉEée]quipe(?: de)?\s+(\p{Lu}[\p{L}\d.\-]*[\p{L}\d+](?:\s+\p{Lu}[\p{L}\d\-]*[\p{L}\d+]){0,2})(?![\p{L}\d+])/gu;

/** The product names of one page (see JOIN_PRODUCT; with `teamPhrases`, TEAM_PHRASE too), each once. */
function productNamesIn(body: string, teamPhrases = false): string[] {
  const text = plainText(body);
  return [...new Set([...text.matchAll(JOIN_PRODUCT), ...(teamPhrases ? text.matchAll(TEAM_PHRASE) : [])].map((m) => cleanSpelling(m[1]!)).filter((n) => /^\p{Lu}/u.test(n) && /\s|.\p{Lu}|[\d+.]/u.test(n)))];
}

/** An e-mail address in a page. */
const EMAIL = /[a-z0-9._%+-]+@([a-z0-9-]+(?:\.[a-z0-9-]+)+)/gi;

/**
 * The product names one page writes as the domain it gives to write to ("RDV-Solidarités" for
 * contact@rdv-solidarites.fr): the short name candidates type. Only names of several words or
 * with a hyphen, a dot or a capital inside — an ordinary word ("Inclusion" of tech@inclusion…) is no name.
 */
function addressedProductNamesIn(mention: TeamPageText): string[] {
  const addresses = [mention.contact ?? '', mention.apply ?? '', mention.text].join(' ');
  // The domain's own name: its first label ("rdv-solidarites" of rdv-solidarites.fr, "inclusion" of inclusion.beta.gouv.fr).
  // A person's address (prenom.nom@pole-emploi.fr) gives the domain of the administration they work for, not the product's.
  const keys = new Set(
    [...addresses.matchAll(EMAIL)]
      .filter((m) => !isPersonalAddress(m[0]!))
      .map((m) => startupKey(m[1]!.replace(/^(?:www|contact|mail)\./, '').split('.')[0]!))
      .filter((k) => k.length >= 6),
  );
  const names = [...keys].flatMap((k) => spellingsIn(mention.text, k)).filter((n) => /^\p{Lu}/u.test(n) && /\s|.\p{Lu}|[.-]/u.test(n) && !DOMAIN.test(n));
  return [...new Set(names)];
}

/** True for a person's address (`prenom.nom@…`, `jean-marc.dupont@…`), not a team's (`contact.equipe@…`, `recrutement@…`). */
function isPersonalAddress(address: string): boolean {
  const local = fold(address.split('@')[0]!);
  return /^[a-z]+(?:-[a-z]+)*[._][a-z]+(?:-[a-z]+)*$/.test(local) && !TEAM_ADDRESS.test(local);
}

/** Pages of one team that must name a product alike for it to become an alias: one page could be a slip. */
export const PRODUCT_PAGES = 2;

/** The product names the pages of one team give (see JOIN_PRODUCT, SELF_LINK, addressed names), by key, with their number of pages. */
export function namedProducts(mentions: readonly TeamPageText[], teamPhrases = false): Map<string, { name: string; count: number }> {
  const pages = new Map<string, { name: string; count: number }>();
  for (const mention of mentions) {
    const add = (name: string, weight: number) => {
      const k = startupKey(name);
      const seen = pages.get(k);
      pages.set(k, { name: seen?.name ?? name, count: (seen?.count ?? 0) + weight });
    };
    for (const name of new Set([...productNamesIn(mention.body, teamPhrases), ...addressedProductNamesIn(mention)])) add(name, 1);
    // A name linked to its own site is no slip: one page is enough.
    for (const name of linkedProductNamesIn(mention.body)) add(name, PRODUCT_PAGES);
  }
  return pages;
}

