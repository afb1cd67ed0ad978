/**
 * Which organisation an imported offer belongs to, as an id of `organisations/`: an existing
 * file when its name, an alias or its id matches the name the page gives (`friend: l'Incubateur
 * des Territoires` finds `organisations/incubateur-des-territoires.md`), otherwise a new id —
 * then the import writes a stub (`name` only) so that the knowledge validates, and reports it
 * for HR to complete.
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

/** A name made comparable: folded, article and punctuation removed. */
function nameKey(name: string): string {
  return fold(name)
    .replace(/^(l'|le |la |les |the )/, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** The organisations of `dir/organisations` (id, name, aliases); unreadable files are skipped. */
export async function readOrganisations(dir: string): Promise<KnownOrganisation[]> {
  const files = (await listKnowledgeFiles(dir, 'organisations')).filter((f) => /\.(md|markdown)$/i.test(f));
  const found: KnownOrganisation[] = [];
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
    found.push({ id, name, aliases });
  }
  return found;
}

/** An organisation an offer points to; `created` when the import must write its stub. */
export interface ResolvedOrganisation {
  readonly id: string;
  readonly name: string;
  readonly created: boolean;
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
    const known = this.byKey.get(nameKey(name)) ?? this.byKey.get(nameKey(slugify(name).replace(/-/g, ' ')));
    if (known) return this.plan(known.id, known.name);
    const clean = name.trim().replace(/^(l'|l’)(\p{L})/iu, (_, __, letter: string) => letter.toUpperCase());
    const id = slugify(nameKey(clean), 'organisation');
    const org = { id, name: clean, aliases: [] };
    this.index(org);
    return this.plan(id, clean);
  }

  private plan(id: string, name: string): ResolvedOrganisation {
    if (this.existing.has(id)) return { id, name, created: false };
    const planned = this.planned.get(id) ?? { id, name, created: true };
    this.planned.set(id, planned);
    return planned;
  }

  /** The stubs to write, by id. */
  stubs(): ResolvedOrganisation[] {
    return [...this.planned.values()].sort((a, b) => a.id.localeCompare(b.id));
  }
}

/** The content of an organisation stub: its name only, for HR to complete. */
export function organisationStub(name: string): string {
  return `---\nname: ${JSON.stringify(name)}\n---\n`;
}
