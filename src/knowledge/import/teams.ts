/**
 * The team or product an imported offer recruits for, as a file of `teams/`: a beta.gouv.fr
 * page names its startup in `startup:` (`trackdechets`, `demarches-simplifiees.fr`, `#mobilic`),
 * sometimes its team in `equipe:` ("Registre de preuve de covoiturage"). Spellings of one team
 * are one team: `mobilic`, `#mobilic` and `Mobilic ` share a key, as do `trackdechets` and
 * `Trackdéchets`. Its name is the `equipe:` name, else the product its pages invite to join
 * ("rejoindre la startup SignalConso" for `startup: signalement`) or link to its own site
 * ("[France chaleur urbaine](https://france-chaleur-urbaine.beta.gouv.fr/)" for `startup: chauffage-urbain`), else the spelling the pages
 * use in their text ("Démarches Simplifiées" for `demarches-simplifiees.fr`), else the field. Its contact is the one
 * the most recent page gives (a team address such as recrutement@… rather than a person's
 * when there are both), its presentation the "Qui sommes-nous ?" paragraph of that page.
 *
 * A team already in the folder (written by HR or by an earlier import) is found by its id,
 * name or aliases and kept; an organisation is never its own team (`startup: betagouv`).
 */
import { readNamedEntries } from './organisations.js';
import { cleanSpelling, DOMAIN, namedProducts, PRODUCT_PAGES, sameTeam, spellingsIn, startupKey, TEAM_ADDRESS } from './team-names.js';
import { capitalise, fold, plainText, shorten, slugify } from './text.js';

export { startupKey } from './team-names.js';

/** A team known to the output folder. */
export interface KnownTeam {
  readonly id: string;
  readonly name: string;
  readonly organisation: string;
  readonly aliases: readonly string[];
}

/** What one page says of its team. */
export interface TeamMention {
  /** The sentence of the page presenting its team, when it names it only in its text. */
  readonly presentation?: string;
  /** The value of `startup:` or `equipe:` as written. */
  readonly raw: string;
  /** True when the value is a display name (`equipe:`), not an identifier (`startup:`). */
  readonly isName: boolean;
  readonly organisation: string;
  /** The page, relative to the imported folder, and how it was read. */
  readonly page: string;
  readonly format: string;
  readonly publishedOn?: string;
  /** The page's title and body, where the team's written name is looked for. */
  readonly text: string;
  readonly body: string;
  readonly contact?: string;
  /** Where the page says to apply (an address or a link). */
  readonly apply?: string;
}

/** A team the import writes (or keeps), with what the pages say of it. */
export interface PlannedTeam {
  readonly id: string;
  readonly name: string;
  readonly organisation: string;
  readonly aliases: readonly string[];
  /** True when no file of the folder has it yet. */
  readonly created: boolean;
  readonly contact?: string;
  /** Where its most recent page says to apply. */
  readonly apply?: string;
  /** Its presentation, from its most recent page. */
  readonly description?: string;
  /** The page its contact and presentation come from (its `source.file`), and how it was read. */
  readonly page: string;
  readonly format: string;
  /** How many imported offers name it. */
  readonly offers: number;
}

/** The teams of `dir/teams` (id, name, organisation, aliases); unreadable files are skipped. */
export async function readTeams(dir: string): Promise<KnownTeam[]> {
  return (await readNamedEntries(dir, 'teams')).map(({ id, name, aliases, data }) => ({
    id,
    name,
    aliases,
    organisation: typeof data.organisation === 'string' ? data.organisation : '',
  }));
}

/** Headings under which pages present their team or product. */
const PRESENTATION = /^(?:qui sommes[- ]nous|qui est|le produit|la startup|notre startup|le service|le projet|contexte|presentation|a propos|about|about us|the product|l'equipe|notre equipe|la mission|notre mission)\b/;
/** Longest presentation kept. */
const MAX_DESCRIPTION = 700;
/** What a page says of whom to write to. */
export interface PageAddresses {
  readonly page: string;
  readonly publishedOn?: string;
  readonly contact?: string;
  /** Where the page says to apply (an address or a link). */
  readonly apply?: string;
}

/** `pages` newest first (then by path). */
function newestFirst<T extends PageAddresses>(pages: readonly T[]): T[] {
  return [...pages].sort((a, b) => (b.publishedOn ?? '').localeCompare(a.publishedOn ?? '') || a.page.localeCompare(b.page));
}

/**
 * The address to write to for a group of pages (a team's, an organisation the import creates):
 * a team address (recrutement@…) before a person's, then the one most pages give
 * (contactincubateur@… on 9 pages, not the person named on the newest), then the newest; a
 * page's contact, else its address to apply to.
 */
export function contactOf(pages: readonly PageAddresses[]): string | undefined {
  const addresses = newestFirst(pages).flatMap((m) => [m.contact, m.apply && m.apply.includes('@') ? m.apply : undefined]).filter((c): c is string => c !== undefined);
  const team = addresses.find((c) => TEAM_ADDRESS.test(c));
  if (team) return team;
  const count = (address: string) => addresses.filter((a) => a === address).length;
  // Stable sort: among equally frequent addresses, the newest page's first.
  return [...addresses].sort((a, b) => count(b) - count(a))[0];
}

/** The first paragraph under the page's presentation heading, plain, or `undefined`; a paragraph announcing a list is none. */
export function presentationOf(body: string): string | undefined {
  const lines = body.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const heading = /^(#{1,6})\s+(.*)$/.exec(lines[i]!);
    if (!heading || !PRESENTATION.test(fold(plainText(heading[2]!)).replace(/^[^a-z]+/, ''))) continue;
    const paragraph: string[] = [];
    for (let j = i + 1; j < lines.length && !/^#{1,6}\s/.test(lines[j]!); j++) {
      if (lines[j]!.trim() === '') {
        if (paragraph.length > 0) break;
        continue;
      }
      paragraph.push(lines[j]!);
    }
    const text = plainText(paragraph.join(' '));
    // A line announcing a list ("Quelques chiffres sur les patients :") presents nothing by itself.
    if (text.length >= 40 && !/:\s*$/.test(text)) return shorten(text, MAX_DESCRIPTION);
  }
  return undefined;
}

/** The most frequent of `values` (the first among equals). */
function mostFrequent(values: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | undefined;
  for (const [v, n] of counts) if (best === undefined || n > counts.get(best)!) best = v;
  return best;
}

/** Finds or plans the teams of one import run. */
export class TeamResolver {
  private readonly known = new Map<string, KnownTeam>();
  private readonly mentions = new Map<string, TeamMention[]>();
  private readonly ids = new Map<string, string>();
  /** Teams of the run renamed into another (see `renamed`), once every page is added. */
  private renames?: Map<string, string>;

  /**
   * @param known the teams already in the output folder.
   * @param organisationNames the names of the organisations known: an organisation is no team.
   */
  constructor(
    known: readonly KnownTeam[],
    private readonly organisationNames: () => readonly string[],
  ) {
    for (const team of known) for (const name of [team.id, team.name, ...team.aliases]) if (startupKey(name)) this.known.set(startupKey(name), team);
  }

  /** The key of a page's team, or `undefined` when it names none (or names an organisation). */
  private keyOf(mention: Pick<TeamMention, 'raw'>): string | undefined {
    const key = startupKey(mention.raw);
    if (key.length < 2 || key.length > 80) return undefined;
    if (this.organisationNames().some((name) => startupKey(name) === key)) return undefined;
    return key;
  }

  /** Records what a page says of its team; returns the team's id, or `undefined` when it names none. */
  add(mention: TeamMention): string | undefined {
    const own = this.keyOf(mention);
    if (own === undefined) return undefined;
    // A spelling one letter away from a team already met ("locadoc", "locadocs") is that team.
    const key = this.mentions.has(own) || this.known.has(own) ? own : ([...this.mentions.keys(), ...this.known.keys()].find((k) => sameTeam(k, own)) ?? own);
    const list = this.mentions.get(key);
    if (list) list.push(mention);
    else this.mentions.set(key, [mention]);
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.known.get(key)?.id ?? this.freeId(this.nameFor(key, [mention]), key);
      this.ids.set(key, id);
    }
    return id;
  }

  /** An id for a new team: its name made an id, `-2`, `-3`… when another team has it. */
  private freeId(name: string, key: string): string {
    const taken = new Set([...[...this.known.values()].map((t) => t.id), ...[...this.ids.entries()].filter(([k]) => k !== key).map(([, id]) => id)]);
    const base = slugify(name, 'equipe');
    for (let n = 1; ; n++) {
      const id = n === 1 ? base : `${base}-${n}`;
      if (!taken.has(id)) return id;
    }
  }

  /** The name of the team `key`: as pages name it in `equipe:` or in their text, else its identifier made readable. */
  private nameFor(key: string, mentions: readonly TeamMention[]): string {
    const named = mostFrequent(mentions.filter((m) => m.isName).map((m) => cleanSpelling(m.raw)));
    if (named) return capitalise(named, 'fr');
    const spellings = mentions.flatMap((m) => spellingsIn(m.text, key));
    // As the pages write it: with its capitals or accents ("Trackdéchets"), else as a domain ("demarches-simplifiees.fr").
    const written = mostFrequent(spellings.filter((s) => /\p{Lu}|[^\x00-\x7f]/u.test(s))) ?? mostFrequent(spellings.filter((s) => DOMAIN.test(s)));
    if (written) return DOMAIN.test(written) ? written : capitalise(written, 'fr');
    const raw = cleanSpelling(mentions[0]!.raw.replace(/\.md$/, ''));
    return /\s|\p{Lu}/u.test(raw) || DOMAIN.test(raw) ? raw : capitalise(raw.replace(/[._-]+/g, ' '), 'fr');
  }

  /**
   * The product names (see JOIN_PRODUCT) that at least PRODUCT_PAGES of a team's pages give, most pages first,
   * other than the team's own key, another team's or an organisation's (an incubator pages
   * name, "la startup d'État Engagement Civique", is no alias of its teams), with their number
   * of pages, by key.
   */
  private productNames(key: string, mentions: readonly TeamMention[]): Map<string, { name: string; count: number }> {
    const pages = namedProducts(mentions, true);
    const others = new Set([...this.mentions.keys(), ...this.known.keys()].filter((k) => k !== key));
    const organisations = new Set(this.organisationNames().map(startupKey));
    return new Map(
      [...pages]
        .filter(([k, { count }]) => count >= PRODUCT_PAGES && k.length >= 4 && !key.includes(k) && !k.includes(key) && !others.has(k) && !organisations.has(k))
        .filter(([k]) => ![...others].some((other) => sameTeam(other, k))),
    );
  }

  /**
   * Each team's product names, most pages first: a name several teams' pages give ("RDV-Solidarités",
   * named by data.insertion's pages as a partner) is the one team's whose pages give it most, none's on a tie.
   */
  private productsByTeam(): Map<string, string[]> {
    const all = new Map([...this.mentions].map(([key, mentions]) => [key, this.productNames(key, mentions)]));
    const best = new Map<string, number[]>();
    for (const products of all.values()) for (const [k, { count }] of products) best.set(k, [...(best.get(k) ?? []), count]);
    const owns = (k: string, count: number) => count === Math.max(...best.get(k)!) && best.get(k)!.filter((c) => c === count).length === 1;
    return new Map(
      [...all].map(([key, products]) => [
        key,
        [...products]
          .filter(([k, { count }]) => owns(k, count))
          .sort((a, b) => b[1].count - a[1].count)
          .map(([, { name }]) => name),
      ]),
    );
  }

  /**
   * Teams of this run known by an older or technical key whose pages name, as their product,
   * another team of the run: `startup: locatio` pages inviting to join "la startup d'État
   * DossierFacile", whose newer pages say `startup: DossierFacile`. One team, under the other's
   * name: when at least PRODUCT_PAGES pages and half of its pages name it, its newest page no
   * longer writes its own name (SNU pages naming the umbrella startup Engagement Civique write
   * "SNU" too), and that team's pages never name it back. A team named by `equipe:` or already
   * in the folder keeps its file. Key → key of the team it is.
   */
  private renamed(): Map<string, string> {
    if (this.renames) return this.renames;
    const keys = [...this.mentions.keys()];
    const productsOf = new Map(keys.map((k) => [k, namedProducts(this.mentions.get(k)!)]));
    const teamNamed = (k: string) => keys.find((other) => other === k || sameTeam(other, k));
    const out = new Map<string, string>();
    for (const key of keys) {
      const mentions = this.mentions.get(key)!;
      // Its newest page still writing its own name ("le SNU", the product of an umbrella startup it names) is no older name.
      if (this.known.has(key) || mentions.some((m) => m.isName) || spellingsIn(newestFirst(mentions)[0]!.text, key).length > 0) continue;
      const pages = mentions.length;
      const [best] = [...productsOf.get(key)!]
        .map(([k, { count }]) => ({ target: teamNamed(k), count }))
        .filter((c): c is { target: string; count: number } => c.target !== undefined && c.target !== key && c.count >= PRODUCT_PAGES && c.count * 2 >= pages)
        .sort((a, b) => b.count - a.count);
      if (best && ![...productsOf.get(best.target)!.keys()].some((k) => k === key || sameTeam(k, key))) out.set(key, best.target);
    }
    // A team renamed into one itself renamed is the last one's.
    for (const [key, first] of out) {
      let target = first;
      for (const seen = new Set([key]); out.has(target) && !seen.has(target); target = out.get(target)!) seen.add(target);
      out.set(key, target);
    }
    this.renames = out;
    return out;
  }

  /** The id a page's team has once every page is added: `id` (from `add`), or the team's it is another name of (see `renamed`). */
  finalId(id: string): string {
    const key = [...this.ids].find(([, i]) => i === id)?.[0];
    const target = key === undefined ? undefined : this.renamed().get(key);
    return target === undefined ? id : this.ids.get(target)!;
  }

  /** The teams named by the pages added, by id: what the folder must hold. */
  planned(): PlannedTeam[] {
    const out: PlannedTeam[] = [];
    const productsByTeam = this.productsByTeam();
    const renamed = this.renamed();
    for (const [key, own] of this.mentions) {
      if (renamed.has(key)) continue;
      const mentions = [...own, ...[...renamed].filter(([, target]) => target === key).flatMap(([k]) => this.mentions.get(k)!)];
      const known = this.known.get(key);
      const newest = newestFirst(mentions);
      const contact = contactOf(newest);
      const apply = newest.find((m) => m.apply)?.apply;
      const withDescription = newest.map((m) => ({ m, d: presentationOf(m.body) ?? m.presentation })).find((x) => x.d !== undefined);
      const organisation = known?.organisation || mostFrequent(mentions.map((m) => m.organisation))!;
      const spellings = new Set(mentions.map((m) => m.raw.trim().replace(/^#+/, '')));
      // The product its pages invite to join names a team better than a technical key ("SignalConso", not "Signalement"); an `equipe:` name is the team's own.
      const products = productsByTeam.get(key) ?? [];
      // A name only given as "l'équipe X" is an alias (see TEAM_PHRASE).
      const joined = new Set(namedProducts(mentions).keys());
      const name = known?.name ?? (mentions.some((m) => m.isName) ? undefined : products.find((p) => joined.has(startupKey(p)))) ?? this.nameFor(key, mentions);
      const aliases = [...spellings, ...products].filter((s) => s !== name && !(known?.aliases ?? []).includes(s)).sort();
      out.push({
        id: this.ids.get(key)!,
        name,
        organisation,
        aliases: [...(known?.aliases ?? []), ...aliases].slice(0, 12),
        created: known === undefined,
        ...(contact ? { contact } : {}),
        ...(apply ? { apply } : {}),
        ...(withDescription ? { description: withDescription.d } : {}),
        page: (withDescription?.m ?? newest[0]!).page,
        format: (withDescription?.m ?? newest[0]!).format,
        offers: mentions.length,
      });
    }
    return out.sort((a, b) => a.id.localeCompare(b.id));
  }
}

