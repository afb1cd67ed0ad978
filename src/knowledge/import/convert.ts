/**
 * One published page made one offer: reads its front matter (repaired if need be), decides
 * whether it is an offer, and gathers what it states — title, organisation, status, terms,
 * dates, links — into the front matter of a knowledge file, with the page's body made plain
 * markdown. Nothing is invented: a term the page does not state is left out (`contract` and
 * `category` are `null`, as the schema wants), and listed as missing for the report.
 */
import type { Lang } from '../schemas.js';
import { detectLanguage } from '../../understanding/language.js';
import { cleanBody } from './body.js';
import { fileNameDate, frontMatterDate } from './dates.js';
import { field, listField, textField } from './fields.js';
import { detectFormat, type ImportFormat } from './formats.js';
import { readFrontMatter } from './front-matter-repair.js';
import { readOfferFacts } from './offer-facts.js';
import type { OrganisationResolver, ResolvedOrganisation } from './organisations.js';
import { notAnOffer, type NotAnOffer } from './page-kind.js';
import { Bare, type YamlValue } from './render.js';
import type { SalaryRefusal } from './salary.js';
import { extractSections } from './sections.js';
import { decideStatus } from './status.js';
import { capitalise, fold, plainText, shorten, slugify } from './text.js';

/** Fields whose absence the report lists. */
export const REPORTED_FIELDS = ['status', 'locations', 'contract', 'category', 'duration', 'salary', 'remote', 'start_date', 'apply', 'contact'] as const;
export type ReportedField = (typeof REPORTED_FIELDS)[number];

/** A field the page does not state, and why when it is worth telling. */
export interface MissingField {
  readonly field: ReportedField;
  readonly why?: SalaryRefusal | 'status-unstated';
}

/** Why a page is not imported. */
export type Refusal =
  | { readonly kind: 'empty' }
  | { readonly kind: 'yaml'; readonly line: number; readonly detail: string }
  | { readonly kind: 'no-title' }
  | { readonly kind: 'no-organisation' }
  | NotAnOffer;

/** What converting one page gave. */
export type Conversion =
  | {
      readonly ok: true;
      readonly format: ImportFormat;
      /** The id from the file name (before any de-duplication). */
      readonly id: string;
      readonly lang: Lang;
      /** The front matter to write, in order; `source` is added by the writer. */
      readonly frontMatter: Record<string, YamlValue>;
      readonly body: string;
      readonly organisation: ResolvedOrganisation;
      readonly missing: readonly MissingField[];
      /** Repairs and remarks, in French. */
      readonly notes: readonly string[];
    }
  | { readonly ok: false; readonly format?: ImportFormat; readonly refusal: Refusal };

/** What `convertPage` needs besides the page. */
export interface ConvertContext {
  /** Forced format; default: detected per page. */
  readonly format?: ImportFormat;
  /** Organisation id of pages that name none (default `beta-gouv` for beta.gouv.fr job pages). */
  readonly organisation?: string;
  readonly organisations: OrganisationResolver;
  /** `YYYY-MM-DD`: closing dates before it close the offer. */
  readonly today: string;
  readonly timeZone?: string;
}

/** Positions written as words at the start of a title ("deux chargé(e)s de déploiement"). */
const COUNT_WORDS: Readonly<Record<string, number>> = { deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10, two: 2, three: 3, four: 4, five: 5, ten: 10 };

/** Markdown file extensions (`.mdr` is a typo met in real folders). */
const PAGE_EXTENSION = /\.(md|markdown|mdown|mkd|mdr)$/i;

/** The id a page's path gives: its file name, or its folder for Hugo's `_index.md`. */
export function idFromPath(relative: string, lang: Lang): string {
  const segments = relative.split('/');
  let name = segments.at(-1)!.replace(PAGE_EXTENSION, '');
  if (/^_?index$/i.test(name)) {
    const folders = segments.slice(0, -1).filter((s) => !/^(content|english|french|en|fr)$/i.test(s));
    name = folders.at(-1) ?? name;
    if (lang === 'en') name += '-en';
  }
  return slugify(name);
}

/** The language of a page: its field, its Hugo language folder, else its text. */
function pageLanguage(relative: string, data: Record<string, unknown>, text: string): Lang {
  const declared = fold(textField(data, 'lang', 'language', 'locale', 'langue') ?? '');
  if (/^en\b|^english|^anglais/.test(declared)) return 'en';
  if (/^fr\b|^french|^francais/.test(declared)) return 'fr';
  const segments = relative.toLowerCase().split('/');
  if (segments.includes('english') || segments.includes('en')) return 'en';
  if (segments.includes('french') || segments.includes('fr')) return 'fr';
  return detectLanguage(text.slice(0, 3000)).lang;
}

/** A headline made a title: plain, one line, no trailing comment mark, first letter capital. */
function cleanTitle(raw: string, lang: Lang): string {
  const text = plainText(raw.replace(/\\n/g, ' ')).replace(/\s+#\s*$/, '').replace(/^["'«\s]+|["'»\s]+$/g, '').trim();
  return text === '' ? '' : capitalise(text, lang);
}

/** Converts one page; `relative` is its path relative to the imported folder (folder name first). */
export function convertPage(relative: string, text: string, context: ConvertContext): Conversion {
  if (text.trim() === '') return { ok: false, refusal: { kind: 'empty' } };
  const read = readFrontMatter(text);
  if (!read.ok) return { ok: false, refusal: { kind: 'yaml', line: read.line, detail: read.reason } };
  const { data, syntax } = read.page;
  const notes = [...read.page.repairs];
  const format = context.format ?? detectFormat(relative, data, syntax, read.page.body);
  let body = cleanBody(read.page.body);
  if (syntax === 'none' && body !== '') notes.push('pas de front matter : le titre vient du texte, le statut n’est pas indiqué');

  // Title: the headline field, else the page's first heading or line (then removed from the body).
  const titleFields = format === 'beta-gouv-jobs' ? ['roles', 'role', 'title', 'titles'] : ['title', 'titles', 'roles', 'role', 'headline'];
  const lang = pageLanguage(relative, data, `${textField(data, ...titleFields) ?? ''}\n${body}`);
  let title = cleanTitle(textField(data, ...titleFields) ?? '', lang);
  const firstLine = body.split('\n')[0] ?? '';
  const heading = /^#{1,6}\s+(.*)$/.exec(firstLine);
  if (title === '') {
    const fromBody = heading ? heading[1]! : syntax === 'none' && firstLine.length <= 120 && !/[.:]$/.test(firstLine.trim()) ? firstLine : '';
    title = cleanTitle(fromBody, lang);
    if (title !== '') body = body.split('\n').slice(1).join('\n').trim();
  } else if (heading && fold(plainText(heading[1]!)) === fold(title)) {
    body = body.split('\n').slice(1).join('\n').trim();
  }

  const sections = extractSections(body);
  const kind = notAnOffer({ relative, data, rawBody: read.page.body, title: title || undefined, format, topics: new Set(sections.values.map((v) => v.topic)) });
  if (kind) return { ok: false, format, refusal: kind };
  if (title === '') return { ok: false, format, refusal: { kind: 'no-title' } };

  // Organisation: the one the page names, else the default of its format.
  const named = textField(data, 'organisation', 'organization', 'employer', 'company', 'structure', 'hiring_organization');
  const friend = format === 'beta-gouv-jobs' ? textField(data, 'friend', ...(/friend/i.test(textField(data, 'type') ?? '') ? ['equipe'] : [])) : undefined;
  let organisation: ResolvedOrganisation;
  if (named) organisation = /^[a-z0-9][a-z0-9-]*$/.test(named) ? context.organisations.byId(named) : context.organisations.byName(named);
  else if (friend) organisation = context.organisations.byName(friend);
  else if (context.organisation) organisation = context.organisations.byId(context.organisation);
  else if (format === 'beta-gouv-jobs') organisation = context.organisations.byId('beta-gouv');
  else return { ok: false, format, refusal: { kind: 'no-organisation' } };

  const status = decideStatus(data, context.today, context.timeZone);
  const facts = readOfferFacts(data, body, sections, lang, context.timeZone);
  notes.push(...facts.notes);

  // Dates the page gives.
  const published = field(data, 'date', 'post_ouvert', 'poste_ouvert', 'published_on', 'publishDate', 'published');
  let publishedOn = published ? frontMatterDate(published.value, context.timeZone) : undefined;
  const nameDate = fileNameDate(relative.split('/').at(-1)!);
  if (nameDate && 'impossible' in nameDate) notes.push(`date impossible dans le nom du fichier (${nameDate.impossible}) : ignorée`);
  else if (nameDate && nameDate.iso > context.today) notes.push(`date à venir dans le nom du fichier (${nameDate.iso}) : ignorée`);
  else if (!publishedOn && nameDate) publishedOn = nameDate.iso;
  if (published && !publishedOn) notes.push(`${published.name} « ${String(published.value)} » n'est pas une date réelle : ignorée`);
  if (status.status === 'open' && publishedOn && daysBetween(publishedOn, context.today) > 365) {
    notes.push(`offre ouverte publiée le ${publishedOn} : vérifiez qu'elle l'est toujours`);
  }

  const url = textField(data, 'externalURL', 'externalUrl', 'external_url', 'url', 'canonical');
  const startup = typeof data.startup === 'string' ? data.startup.trim() : undefined;
  const team = textField(data, 'equipe', 'équipe', 'team') ?? startup;
  const tags = unique([
    ...(startup ? [startup] : []),
    ...listField(data, ['domaines', 'domaine', 'tags']),
    ...listField(data, ['techno', 'technos'], true).filter((t) => t.length <= 30),
  ]).slice(0, 20);
  const junior = data.junior === true || (typeof data.junior === 'string' && /^\s*true/i.test(data.junior));
  const experience = textField(data, 'experience', 'expérience', 'niveau') ?? (junior ? (lang === 'fr' ? 'Profils juniors acceptés' : 'Junior profiles welcome') : undefined);
  const count = /^(\d{1,2}|[a-z]+)\s/i.exec(fold(title));
  const positions = count ? (COUNT_WORDS[count[1]!] ?? (/^\d+$/.test(count[1]!) ? Number(count[1]) : 1)) : 1;

  const missing: MissingField[] = [];
  if (status.unstated) missing.push({ field: 'status', why: 'status-unstated' });
  if (!facts.locations) missing.push({ field: 'locations' });
  if (!facts.contract) missing.push({ field: 'contract' });
  if (!facts.category) missing.push({ field: 'category' });
  if (!facts.duration) missing.push({ field: 'duration' });
  if (!facts.salary) missing.push({ field: 'salary', ...(facts.salaryRefusal ? { why: facts.salaryRefusal } : {}) });
  if (!facts.remote) missing.push({ field: 'remote' });
  if (!facts.startDate) missing.push({ field: 'start_date' });
  if (!facts.apply) missing.push({ field: 'apply' });
  if (!facts.contact) missing.push({ field: 'contact' });

  const frontMatter: Record<string, YamlValue> = {
    title,
    organisation: new Bare(organisation.id),
    status: new Bare(status.status),
    lang: new Bare(lang),
    positions: positions > 1 && positions <= 50 ? positions : undefined,
    locations: facts.locations ?? [lang === 'fr' ? 'Non précisé' : 'Not stated'],
    category: facts.category ?? null,
    contract: facts.contract ?? null,
    duration: facts.duration,
    salary: facts.salary && {
      basis: new Bare(facts.salary.basis),
      period: new Bare(facts.salary.period),
      currency: facts.salary.currency,
      bands: facts.salary.bands.map((band) => ({ ...band })),
      text: facts.salary.text && shorten(facts.salary.text, 400),
    },
    remote: facts.remote && { policy: new Bare(facts.remote.policy), days_per_week: facts.remote.days_per_week, text: facts.remote.text },
    start_date: facts.startDate && (/^\d{4}-\d{2}-\d{2}$/.test(facts.startDate) ? new Bare(facts.startDate) : facts.startDate),
    published_on: publishedOn && new Bare(publishedOn),
    closes_on: status.closesOn && new Bare(status.closesOn),
    apply: facts.apply,
    contact: facts.contact,
    url: url && /^https?:\/\/\S+$/.test(url) ? url : undefined,
    team: team ? shorten(plainText(team), 120) : undefined,
    experience: experience ? shorten(plainText(experience), 200) : undefined,
    tags: tags.length > 0 ? tags : undefined,
  };
  if (status.status === 'closed' && !status.unstated && status.because !== 'open: false') notes.push(`fermée (${status.because})`);
  return {
    ok: true,
    format,
    id: idFromPath(relative, lang),
    lang,
    frontMatter,
    body,
    organisation,
    missing,
    notes,
  };
}

function daysBetween(from: string, to: string): number {
  return (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;
}

/** Distinct values, first spelling kept (compared folded). */
function unique(values: readonly string[]): string[] {
  const seen = new Set<string>();
  return values.filter((v) => {
    const key = fold(v);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
