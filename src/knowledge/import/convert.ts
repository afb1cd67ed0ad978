/**
 * One published page made one offer: reads its front matter (repaired if need be), decides
 * whether it is an offer, and gathers what it states — title, organisation, status, terms,
 * dates, links — into the front matter of a knowledge file, with the page's body made plain
 * markdown. Nothing is invented: a term the page does not state is left out (`contract` and
 * `category` are `null`, as the schema wants), and listed as missing for the report.
 */
import type { Lang } from '../schemas.js';
import { detectLanguage } from '../../text/language.js';
import { cleanBody } from './body.js';
import { applicationDeadline, fileNameDate, frontMatterDate } from './dates.js';
import { field, listField, textField } from './fields.js';
import { detectFormat, type ImportFormat } from './formats.js';
import { readFrontMatter } from './front-matter-repair.js';
import { readOfferFacts } from './offer-facts.js';
import type { OrganisationResolver, ResolvedOrganisation } from './organisations.js';
import { keptAsInfoPage, type InfoPage } from './info-pages.js';
import { notAnOffer, type NotAnOffer } from './page-kind.js';
import { Bare, type YamlValue } from './render.js';
import type { SalaryRefusal } from './salary.js';
import { extractSections } from './sections.js';
import { decideStatus } from './status.js';
import { startupKey } from './teams.js';
import { capitalise, fold, plainText, shorten, slugify, stripEmoji } from './text.js';

/** Fields whose absence the report lists. */
export const REPORTED_FIELDS = ['status', 'locations', 'contract', 'category', 'duration', 'salary', 'remote', 'start_date', 'apply', 'contact'] as const;
export type ReportedField = (typeof REPORTED_FIELDS)[number];

/** A field the page does not state, and why when it is worth telling. */
export interface MissingField {
  readonly field: ReportedField;
  readonly why?: SalaryRefusal | 'status-unstated' | 'no-period';
}

/** Why a page is not imported: it is not an offer (`NotAnOffer`: skipped), or it is one the import cannot read (refused). */
export type Refusal =
  | { readonly kind: 'empty' }
  | { readonly kind: 'yaml'; readonly line: number; readonly detail: string }
  | { readonly kind: 'no-title' }
  | { readonly kind: 'no-organisation' }
  | NotAnOffer;

/** Kinds of refusal that say the page is not an offer (skipped), as opposed to an offer the import cannot read. */
export const NOT_AN_OFFER: ReadonlySet<Refusal['kind']> = new Set(['test', 'press-or-event', 'guide', 'listing', 'no-offer-content', 'empty']);

/**
 * What a remark on an imported page is about, so that the summary can gather them:
 * `repaired` (the page's header was repaired), `converted` (encoding, line ends: nothing to
 * check), `date` (a date not understood, ignored), `value` (a value not understood, not kept),
 * `status` (no status, written closed), `closed` (why the offer is closed).
 */
export type NoteKind = 'repaired' | 'converted' | 'date' | 'value' | 'status' | 'closed';

/** One remark on an imported page, in French. */
export interface ImportNote {
  readonly kind: NoteKind;
  readonly text: string;
}

/**
 * A team a page with no `startup:` nor `equipe:` presents in its text as a team: "la DINUM lance
 * la Brigade d'Intervention Numérique, une équipe produit de 15 personnes". Two to five
 * capitalised words (with "de", "d'" between them); an organisation named so is left out later.
 */
const TEAM_IN_TEXT = /(?:^|[\s(])(?:[Ll]a|[Ll]e|[Ll]['’])\s*(\p{Lu}[\p{L}'’-]*(?:\s+(?:d['’]|de\s+|des\s+|du\s+)?\p{Lu}[\p{L}'’-]*){1,4}),\s+une\s+(?:petite\s+)?équipe\b/u;

/** The team `body` presents (see TEAM_IN_TEXT) and the sentence presenting it, or `undefined`. */
function teamNamedIn(body: string): { name: string; sentence: string } | undefined {
  const m = TEAM_IN_TEXT.exec(body);
  if (!m) return undefined;
  const dot = body.lastIndexOf('. ', m.index);
  const start = Math.max(body.lastIndexOf('\n', m.index) + 1, dot < 0 ? 0 : dot + 2);
  const end = body.slice(m.index).search(/\.(?:\s|$)|\n/);
  return { name: m[1]!.replace(/[’]/g, "'"), sentence: body.slice(start, end < 0 ? undefined : m.index + end + 1).trim() };
}

/** The team a page names (`startup:`, `equipe:`, `team:`), as written. */
export interface NamedTeam {
  readonly raw: string;
  /** True for a display name (`equipe:`), false for an identifier (`startup:`). */
  readonly isName: boolean;
  /** The sentence presenting it, when the page names its team only in its text (see TEAM_IN_TEXT). */
  readonly presentation?: string;
}

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
      /** The team the page names, for the run to resolve (`frontMatter.team` is then set). */
      readonly team?: NamedTeam;
      readonly publishedOn?: string;
      /** The page's contact address, if any. */
      readonly contact?: string;
      readonly missing: readonly MissingField[];
      /** Repairs and remarks. */
      readonly notes: readonly ImportNote[];
    }
  | {
      readonly ok: false;
      readonly format?: ImportFormat;
      readonly refusal: Refusal;
      /** A page that is no offer but tells candidates facts, to keep as an information page (see ./info-pages.ts). */
      readonly infoPage?: InfoPage;
    };

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
  const text = stripEmoji(plainText(raw.replace(/\\n/g, ' ')))
    .replace(/\s+#\s*$/, '')
    .replace(/^["'«\s]+|["'»\s]+$/g, '')
    .replace(/\s{2,}/g, ' ')
    .trim();
  return text === '' ? '' : capitalise(shouting(text) ? sentenceCase(text) : text, lang);
}

/** Words kept in capitals when a title written in capitals is set in sentence case. */
const ACRONYMS = new Set(
  `ux ui api po pm cto cdo seo sea rh ia ai dsi dnum dinum anssi snu cej si bi qa sre js php cdd cdi sql sig gis tjm ops devops sgdsn
  dgaln anct ademe urssaf cnil rgpd rgaa ssi soc csm crm erp saas seo bizdev`.split(/\s+/),
);

/** True when a title is written in capitals ("DÉVELOPPEUR•EUSE WEB SENIOR"). */
function shouting(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 6 && letters.replace(/[^\p{Lu}]/gu, '').length / letters.length >= 0.8;
}

/** Names written with their capital in a sentence-case title. */
const PROPER: Readonly<Record<string, string>> = {
  python: 'Python', django: 'Django', react: 'React', ruby: 'Ruby', rails: 'Rails', javascript: 'JavaScript', typescript: 'TypeScript',
  java: 'Java', vue: 'Vue', vuejs: 'VueJS', node: 'Node', nodejs: 'NodeJS', rust: 'Rust', kotlin: 'Kotlin', flutter: 'Flutter', france: 'France', paris: 'Paris',
};

/** A title in capitals made sentence case, acronyms and names kept: "UX DESIGNER PYTHON" → "UX designer Python". */
function sentenceCase(text: string): string {
  return text.replace(/[\p{L}]+/gu, (word) => (ACRONYMS.has(fold(word)) ? word : (PROPER[fold(word)] ?? word.toLocaleLowerCase('fr'))));
}

/** Converts one page; `relative` is its path relative to the imported folder (folder name first). */
export function convertPage(relative: string, text: string, context: ConvertContext): Conversion {
  if (text.trim() === '') return { ok: false, refusal: { kind: 'empty' } };
  const read = readFrontMatter(text);
  if (!read.ok) return { ok: false, refusal: { kind: 'yaml', line: read.line, detail: read.reason } };
  const { data, syntax } = read.page;
  const notes: ImportNote[] = read.page.repairs.map((text) => ({ kind: 'repaired', text }));
  const format = context.format ?? detectFormat(relative, data, syntax, read.page.body);
  let body = cleanBody(read.page.body);
  if (syntax === 'none' && body !== '') notes.push({ kind: 'status', text: 'pas de front matter : le titre vient du texte, le statut n’est pas indiqué' });

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
  if (kind) {
    const published = field(data, 'date', 'publishDate', 'published_on', 'published');
    const publishedOn = published ? frontMatterDate(published.value, context.timeZone) : undefined;
    // The page's lead paragraph ("chapeau") often holds its key facts (an event's dates).
    const lead = textField(data, 'chapeau-text', 'chapeau', 'description', 'summary', 'excerpt');
    const text = lead && !fold(body).includes(fold(lead).slice(0, 60)) ? `${lead.trim()}\n\n${body}` : body;
    const infoPage: InfoPage = { title, body: text, lang, ...(publishedOn ? { publishedOn } : {}) };
    return { ok: false, format, refusal: kind, ...(keptAsInfoPage(kind.kind, infoPage) ? { infoPage } : {}) };
  }
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

  const facts = readOfferFacts(data, body, sections, lang, context.timeZone);
  notes.push(...facts.notes.map((text) => ({ kind: 'value' as const, text })));

  // Dates the page gives.
  const published = field(data, 'date', 'post_ouvert', 'poste_ouvert', 'published_on', 'publishDate', 'published');
  let publishedOn = published ? frontMatterDate(published.value, context.timeZone) : undefined;
  const nameDate = fileNameDate(relative.split('/').at(-1)!);
  if (nameDate && 'impossible' in nameDate) notes.push({ kind: 'date', text: `date impossible dans le nom du fichier (${nameDate.impossible}) : ignorée` });
  else if (nameDate && nameDate.iso > context.today) notes.push({ kind: 'date', text: `date à venir dans le nom du fichier (${nameDate.iso}) : ignorée` });
  else if (!publishedOn && nameDate) publishedOn = nameDate.iso;
  if (published && !publishedOn) notes.push({ kind: 'date', text: `${published.name} « ${String(published.value)} » n'est pas une date réelle : ignorée` });
  const deadline = applicationDeadline(body, publishedOn);
  const status = decideStatus(data, context.today, context.timeZone, deadline && { name: `date limite dans le texte, ligne ${deadline.line}`, date: deadline.date });

  // The page's own address, when its front matter states one in full (a relative permalink is not one).
  const declaredUrl = textField(data, 'externalURL', 'externalUrl', 'external_url', 'url', 'canonical', 'permalink', 'lien', 'link');
  const url = declaredUrl && /^https?:\/\/\S+$/.test(declaredUrl) ? declaredUrl : undefined;
  const startup = typeof data.startup === 'string' ? data.startup.trim() : undefined;
  // A partner's page names its own team too ("friend: Incubateur des Territoires", "equipe: Sosie
  // Virtuel Projectif"): a team unless it is the partner itself (an organisation is no team, see ./teams.ts).
  const equipeField = textField(data, 'equipe', 'équipe', 'team');
  const withoutArticle = (name: string) => startupKey(name.replace(/^\s*(?:l['’]|la\s|le\s|les\s)/i, ''));
  const equipe = equipeField && (!friend || withoutArticle(equipeField) !== withoutArticle(friend)) ? equipeField : undefined;
  const written = !equipe && !startup ? teamNamedIn(body) : undefined;
  const team: NamedTeam | undefined = equipe ? { raw: equipe, isName: true } : startup ? { raw: startup, isName: false } : written ? { raw: written.name, isName: true, presentation: written.sentence } : undefined;
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
  else if (facts.salary.bands.length > 0 && !facts.salary.period) missing.push({ field: 'salary', why: 'no-period' });
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
    locations: facts.locations,
    category: facts.category ?? null,
    contract: facts.contract ?? null,
    duration: facts.duration,
    salary: facts.salary && {
      period: facts.salary.period && new Bare(facts.salary.period),
      basis: facts.salary.basis && new Bare(facts.salary.basis),
      currency: facts.salary.bands.length > 0 ? facts.salary.currency : undefined,
      bands: facts.salary.bands.length > 0 ? facts.salary.bands.map((band) => ({ ...band })) : undefined,
      text: facts.salary.text && shorten(facts.salary.text, 400),
    },
    remote: facts.remote && { policy: new Bare(facts.remote.policy), days_per_week: facts.remote.days_per_week, text: facts.remote.text },
    start_date: facts.startDate && (/^\d{4}-\d{2}-\d{2}$/.test(facts.startDate) ? new Bare(facts.startDate) : facts.startDate),
    published_on: publishedOn && new Bare(publishedOn),
    closes_on: status.closesOn && new Bare(status.closesOn),
    apply: facts.apply,
    contact: facts.contact,
    url,
    team: undefined,
    experience: experience ? shorten(plainText(experience), 200) : undefined,
    tags: tags.length > 0 ? tags : undefined,
  };
  if (status.status === 'closed' && !status.unstated && status.because !== 'open: false') notes.push({ kind: 'closed', text: `fermée (${status.because})` });
  return {
    ok: true,
    format,
    id: idFromPath(relative, lang),
    lang,
    frontMatter,
    body,
    organisation,
    ...(team ? { team } : {}),
    ...(publishedOn ? { publishedOn } : {}),
    ...(facts.contact ? { contact: facts.contact } : {}),
    missing,
    notes,
  };
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
