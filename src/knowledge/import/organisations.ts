/**
 * Which organisation an imported offer belongs to, as an id of `organisations/`: an existing
 * file when its name, an alias or its id matches the name the page gives (`friend: l'Incubateur
 * des Territoires` finds `organisations/incubateur-des-territoires.md`), otherwise a new id —
 * then the import writes a stub (`name`, and the other names met as `aliases`) so that the
 * knowledge validates, and reports it for HR to complete.
 *
 * Two names of one organisation are merged when the distinctive words of one are all among
 * the other's: "ANSSI, incubateur" and "Le laboratoire d'innovation de l'ANSSI" are both {anssi};
 * "Atelier numérique de la Culture" and "Atelier Numérique du Ministère de la Culture" are both
 * {atelier, numerique, culture}. Distinctive: not an article, not a word every administration
 * uses for its units (incubateur, laboratoire, innovation, ministère, équipe…).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { listKnowledgeFiles } from '../files.js';
import { parseFrontMatter } from '../front-matter.js';
import { fold, slugify } from './text.js';

/** An organisation known to the knowledge folder (or to the importer). */
export interface KnownOrganisation {
  readonly id: string;
  readonly name: string;
  readonly aliases: readonly string[];
}

/** Organisations the import names by default; their stub gets this name when missing. */
export const DEFAULT_ORGANISATIONS: readonly KnownOrganisation[] = [
  { id: 'beta-gouv', name: 'beta.gouv.fr', aliases: ['beta.gouv', 'betagouv', 'beta gouv', "incubateur de la DINUM", 'beta'] },
  { id: 'dinum', name: 'DINUM', aliases: ['direction interministérielle du numérique'] },
  { id: 'peren', name: 'PEReN', aliases: ["pôle d'expertise de la régulation numérique"] },
];

/** Words that name a kind of unit, not which one: left out when comparing names. */
const GENERIC_WORDS = new Set(
  `l le la les de du des d et en a au aux pour sur the of and for incubateur incubator laboratoire labo lab innovation
  ministere ministry equipe team pole service cellule programme`.split(/\s+/),
);

/** The distinctive words of a name (see the file comment). */
function distinctiveWords(name: string): Set<string> {
  return new Set(nameKey(name).replace(/\bl /g, ' ').split(' ').filter((w) => w.length > 1 && !GENERIC_WORDS.has(w)));
}

const isSubset = (a: ReadonlySet<string>, b: ReadonlySet<string>) => a.size > 0 && [...a].every((w) => b.has(w));

/** A name made comparable: folded, article and punctuation removed. */
function nameKey(name: string): string {
  return fold(name)
    .replace(/^(l'|le |la |les |the )/, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** The organisations of `dir/organisations` (id, name, aliases); unreadable files are skipped. */
export async function readOrganisations(dir: string): Promise<KnownOrganisation[]> {
  return (await readNamedEntries(dir, 'organisations')).map(({ id, name, aliases }) => ({ id, name, aliases }));
}

/**
 * The files of `dir/folder` that name something (organisations, teams): id, `name`, `aliases`
 * and the other fields as written; unreadable files are skipped.
 */
export async function readNamedEntries(dir: string, folder: string): Promise<(KnownOrganisation & { data: Record<string, unknown> })[]> {
  const files = (await listKnowledgeFiles(dir, folder)).filter((f) => /\.(md|markdown)$/i.test(f));
  const found: (KnownOrganisation & { data: Record<string, unknown> })[] = [];
  for (const relative of files) {
    let text: string;
    try {
      text = (await readFile(path.join(dir, relative), 'utf8')).replace(/\r\n?/g, '\n');
    } catch {
      continue;
    }
    const data = parseFrontMatter(text).frontMatter?.data ?? {};
    const id = typeof data.id === 'string' ? data.id : path.posix.basename(relative).replace(/\.[^.]*$/, '');
    const name = typeof data.name === 'string' ? data.name : id;
    const aliases = Array.isArray(data.aliases) ? data.aliases.filter((a): a is string => typeof a === 'string') : [];
    found.push({ id, name, aliases, data });
  }
  return found;
}

/** An organisation an offer points to; `created` when the import must write its stub. */
export interface ResolvedOrganisation {
  readonly id: string;
  readonly name: string;
  readonly created: boolean;
  /** Other names pages give it (merged near-duplicates), for the stub's `aliases`. */
  readonly aliases?: readonly string[];
}

/** Finds or plans organisations for one import run. */
export class OrganisationResolver {
  private readonly byKey = new Map<string, KnownOrganisation>();
  private readonly existing = new Set<string>();
  private readonly planned = new Map<string, ResolvedOrganisation>();

  /** @param known the organisations already in the output folder. */
  constructor(known: readonly KnownOrganisation[]) {
    for (const org of known) {
      this.existing.add(org.id);
      this.index(org);
    }
    for (const org of DEFAULT_ORGANISATIONS) this.index(org, false);
  }

  private index(org: KnownOrganisation, override = true): void {
    for (const key of [org.id, org.name, ...org.aliases].map(nameKey)) {
      if (key !== '' && (override || !this.byKey.has(key))) this.byKey.set(key, org);
    }
  }

  /** The organisation with id `id` (a default one), planned as a stub when the folder lacks it. */
  byId(id: string): ResolvedOrganisation {
    const known = this.byKey.get(nameKey(id)) ?? DEFAULT_ORGANISATIONS.find((o) => o.id === id);
    return this.plan(known?.id ?? id, known?.name ?? id);
  }

  /** The organisation a page names (`L'Atelier Numérique du Ministère de la Culture`). */
  byName(name: string): ResolvedOrganisation {
    const known = this.byKey.get(nameKey(name)) ?? this.byKey.get(nameKey(slugify(name).replace(/-/g, ' '))) ?? this.nearDuplicate(name);
    const clean = name.trim().replace(/^(l'|l’)(\p{L})/iu, (_, __, letter: string) => letter.toUpperCase());
    if (known) {
      this.byKey.set(nameKey(name), known);
      const planned = this.plan(known.id, known.name);
      if (planned.created && nameKey(clean) !== nameKey(planned.name)) this.addAlias(planned, clean);
      return this.planned.get(known.id) ?? planned;
    }
    const id = slugify(nameKey(clean), 'organisation');
    const org = { id, name: clean, aliases: [] };
    this.index(org);
    return this.plan(id, clean);
  }

  /** The organisation known (or met in the pages so far) under exactly `name`, if any; never creates one. */
  find(name: string): ResolvedOrganisation | undefined {
    const known = this.byKey.get(nameKey(name)) ?? this.byKey.get(nameKey(name.trim().replace(/^(l'|l’)/iu, '')));
    return known ? (this.planned.get(known.id) ?? this.plan(known.id, known.name)) : undefined;
  }

  /** An organisation already known whose distinctive words contain those of `name`, or the reverse. */
  private nearDuplicate(name: string): KnownOrganisation | undefined {
    const words = distinctiveWords(name);
    if (words.size === 0) return undefined;
    for (const org of new Set(this.byKey.values())) {
      for (const known of [org.name, ...org.aliases]) {
        const other = distinctiveWords(known);
        if (isSubset(words, other) || isSubset(other, words)) return org;
      }
    }
    return undefined;
  }

  private addAlias(org: ResolvedOrganisation, alias: string): void {
    const aliases = [...(org.aliases ?? [])];
    if (!aliases.some((a) => nameKey(a) === nameKey(alias))) aliases.push(alias);
    this.planned.set(org.id, { ...org, aliases });
  }

  private plan(id: string, name: string): ResolvedOrganisation {
    if (this.existing.has(id)) return { id, name, created: false };
    const planned = this.planned.get(id) ?? { id, name, created: true };
    this.planned.set(id, planned);
    return planned;
  }

  /** Every name of every organisation known so far (ids, names, aliases, names met in pages). */
  allNames(): string[] {
    const names = new Set<string>();
    for (const org of this.byKey.values()) [org.id, org.name, ...org.aliases].forEach((n) => names.add(n));
    for (const org of this.planned.values()) [org.id, org.name, ...(org.aliases ?? [])].forEach((n) => names.add(n));
    return [...names];
  }

  /** Every organisation known so far (the folder's, the default ones, those met in pages), with all its names. */
  everyOrganisation(): { id: string; names: string[] }[] {
    const names = new Map<string, Set<string>>();
    const add = (id: string, list: readonly string[]) => list.forEach((n) => (names.get(id) ?? names.set(id, new Set()).get(id)!).add(n));
    for (const org of this.byKey.values()) add(org.id, [org.name, ...org.aliases]);
    for (const org of this.planned.values()) add(org.id, [org.name, ...(org.aliases ?? [])]);
    return [...names].map(([id, set]) => ({ id, names: [...set] }));
  }

  /** Adds names pages give an organisation the import creates (see ./parent-organisation.ts), for its stub's `aliases`. */
  addNames(id: string, names: readonly string[]): void {
    const org = this.planned.get(id);
    if (!org || !org.created) return;
    for (const name of names) if (nameKey(name) !== nameKey(org.name)) this.addAlias(this.planned.get(id)!, name);
  }

  /** The stubs to write, by id. */
  stubs(): ResolvedOrganisation[] {
    return [...this.planned.values()].sort((a, b) => a.id.localeCompare(b.id));
  }
}

/**
 * The content of an organisation stub: its name (and the other names pages gave it), and the
 * address its offers give to write to (see `contactOf`), for HR to complete.
 */
export function organisationStub(name: string, aliases: readonly string[] = [], email?: string): string {
  const aliasLine = aliases.length > 0 ? `aliases: [${aliases.map((a) => JSON.stringify(a)).join(', ')}]\n` : '';
  const contactLines = email ? `contact:\n  email: ${JSON.stringify(email)}\n` : '';
  return `---\nname: ${JSON.stringify(name)}\n${aliasLine}${contactLines}---\n`;
}
