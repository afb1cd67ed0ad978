/**
 * The shape of what HR writes in `knowledge/`: one markdown file per entry, YAML front matter
 * validated by these zod schemas, the markdown body kept as the entry's text.
 *
 * Values are forgiving where people differ (case, accents, a single value where a list is
 * expected) and strict where a mistake would make the bot say something false (status,
 * amounts, dates). Every field is documented for HR in `knowledge/README.md`.
 */
import { z } from 'zod';
import { LANGS, type Lang } from '../text/lang.js';
import { own } from '../own.js';

export { LANGS, type Lang };

/** The kinds of knowledge file, named after their folder. */
export const KINDS = ['offer', 'faq', 'organisation', 'term', 'team'] as const;
export type Kind = (typeof KINDS)[number];

/** Folder under `knowledge/` that holds each kind. */
export const KIND_FOLDERS: Record<Kind, string> = {
  offer: 'offers',
  faq: 'faq',
  organisation: 'organisations',
  term: 'terms',
  team: 'teams',
};

const fold = (value: string): string =>
  value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .trim();

/** Accepts a single value where a list is expected (`locations: Paris`). */
const listOf = <T extends z.ZodType>(item: T) =>
  z.preprocess((v) => (v === undefined || v === null ? [] : Array.isArray(v) ? v : [v]), z.array(item));

/** A date written `2026-12-31` (YAML may hand us a Date already); kept as `YYYY-MM-DD`. */
export const isoDate = z.preprocess(
  (v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v),
  z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date written YYYY-MM-DD').refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, 'not a real calendar date'),
);

/** An identifier HR can type: lowercase letters, digits and dashes. */
export const entryId = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'expected lowercase letters, digits and dashes (e.g. dinum-data-scientist)');

/** Words announcements use for "no place given": such a place is no place. */
const NO_PLACE = /^(non (precise|communique|indique|renseigne)e?s?|not (stated|specified|given)|n\/?a|nc|a definir|tbd|-)$/;

/** True when `place` only says that no place is given ("Non précisé", "Not stated"). */
export function isNoPlace(place: string): boolean {
  return NO_PLACE.test(fold(place).replace(/[.…]+$/, ''));
}

const lang = z.preprocess((v) => (typeof v === 'string' ? fold(v) : v), z.enum(LANGS)).default('fr');

const url = z.url({ protocol: /^https?$/, error: 'expected a web address starting with https://' });
const email = z.email({ error: 'expected an e-mail address' });

/** Where to apply: a web address or an e-mail address (`mailto:` accepted). */
export const applyTarget = z.preprocess(
  (v) => (typeof v === 'string' ? v.trim().replace(/^mailto:/i, '') : v),
  z.union([url, email], { error: 'expected a web address (https://…) or an e-mail address' }),
);

/**
 * Contract types, canonical spelling on the left; HR may write any case, with or without
 * accents. Unknown values are refused so that a typo never reaches a candidate.
 */
export const CONTRACTS = [
  'CDD',
  'CDI',
  'contractuel',
  'fonctionnaire',
  'détachement',
  'vacataire',
  'stage',
  'alternance',
  'indépendant',
  'service civique',
] as const;
export type Contract = (typeof CONTRACTS)[number];
const CONTRACT_ALIASES: Record<string, Contract> = {
  ...Object.fromEntries(CONTRACTS.map((c) => [fold(c), c])),
  titulaire: 'fonctionnaire',
  fonctionnaire: 'fonctionnaire',
  detache: 'détachement',
  vacation: 'vacataire',
  stagiaire: 'stage',
  apprentissage: 'alternance',
  freelance: 'indépendant',
  independante: 'indépendant',
  prestataire: 'indépendant',
  'service-civique': 'service civique',
};
const contract = z.preprocess(
  (v) => (typeof v === 'string' ? (own(CONTRACT_ALIASES, fold(v)) ?? v) : v),
  z.enum(CONTRACTS, { error: `expected one of: ${CONTRACTS.join(', ')}` }),
);

/** Civil-service categories. `A+` is the senior executive level. */
export const CATEGORIES = ['A+', 'A', 'B', 'C'] as const;
export type Category = (typeof CATEGORIES)[number];
const category = z.preprocess(
  (v) => (typeof v === 'string' ? v.replace(/^cat(é|e)gorie\s*/i, '').trim().toUpperCase() : v),
  z.enum(CATEGORIES, { error: 'expected A+, A, B or C' }),
);

/**
 * One salary amount for one band of experience. `up_to_years: 5` covers 0 to 5 years
 * included; `beyond_years: 5` covers more than 5 years. A band without either covers everyone.
 * Give `amount` for a fixed figure, or `min`/`max` for a range.
 */
export const salaryBand = z
  .object({
    up_to_years: z.number().nonnegative().optional(),
    beyond_years: z.number().nonnegative().optional(),
    amount: z.number().positive().optional(),
    min: z.number().positive().optional(),
    max: z.number().positive().optional(),
    label: z.string().optional(),
  })
  .strict()
  .refine((b) => b.amount !== undefined || b.min !== undefined || b.max !== undefined, {
    message: 'a salary band needs amount, or min and/or max',
  })
  .refine((b) => b.min === undefined || b.max === undefined || b.min <= b.max, {
    message: 'min is greater than max',
  });
export type SalaryBand = z.infer<typeof salaryBand>;

/** Periods a pay is stated for: a daily rate ("TJM"), an hourly rate, a month, a year. */
export const PAY_PERIODS = ['hour', 'day', 'month', 'year'] as const;
export type PayPeriod = (typeof PAY_PERIODS)[number];
const PERIOD_ALIASES: Record<string, PayPeriod> = {
  ...Object.fromEntries(PAY_PERIODS.map((p) => [p, p])),
  heure: 'hour', horaire: 'hour', jour: 'day', journalier: 'day', daily: 'day', tjm: 'day', mois: 'month', mensuel: 'month',
  monthly: 'month', an: 'year', annee: 'year', annuel: 'year', yearly: 'year', annual: 'year',
};

/** What an amount is before: `net` (after social charges), `gross` (brut), `excl_tax` (hors taxes, a freelancer's rate). */
export const PAY_BASES = ['net', 'gross', 'excl_tax'] as const;
export type PayBasis = (typeof PAY_BASES)[number];
const BASIS_ALIASES: Record<string, PayBasis> = {
  net: 'net', nets: 'net', gross: 'gross', brut: 'gross', bruts: 'gross', excl_tax: 'excl_tax', ht: 'excl_tax', 'hors taxes': 'excl_tax', 'hors taxe': 'excl_tax',
};

/**
 * What an offer pays, as the announcement states it. `period`: `day` for a daily rate (TJM),
 * `hour`, `month` or `year`; left out when the announcement does not say ("3000 euros nets"):
 * the bot then gives the amount with "période non précisée", never a period it guessed. `basis`: `net`, `gross` (brut) or `excl_tax` (HT);
 * leave it out when the announcement does not say (the bot then says it is not stated).
 * `bands`: amounts or ranges, by experience when the pay depends on it; none when the
 * announcement gives no figure ("TJM à discuter selon profil"): `text` then says what it says.
 */
export const salary = z
  .object({
    basis: z
      .preprocess((v) => (typeof v === 'string' ? (BASIS_ALIASES[fold(v)] ?? v) : v), z.enum(PAY_BASES, { error: 'expected net, gross or excl_tax (HT)' }))
      .optional(),
    period: z
      .preprocess((v) => (typeof v === 'string' ? (PERIOD_ALIASES[fold(v)] ?? v) : v), z.enum(PAY_PERIODS, { error: 'expected hour, day, month or year' }))
      .optional(),
    currency: z.string().default('EUR'),
    bands: z.array(salaryBand).default([]),
    text: z.string().min(1).optional(),
  })
  .strict()
  .refine((s) => s.bands.length > 0 || s.text !== undefined, { message: 'give at least one band, or the text of the announcement' });
export type Salary = z.infer<typeof salary>;

/**
 * Remote-work policy: `none` (on site), `possible` (allowed, terms not stated),
 * `occasional` (now and then, no fixed days), `partial` (some days a week), `full`.
 */
export const REMOTE_POLICIES = ['none', 'possible', 'occasional', 'partial', 'full'] as const;
export type RemotePolicy = (typeof REMOTE_POLICIES)[number];
export const remote = z.preprocess(
  (v) => (typeof v === 'string' ? { policy: v } : v),
  z
    .object({
      policy: z.enum(REMOTE_POLICIES, { error: `expected one of: ${REMOTE_POLICIES.join(', ')}` }),
      days_per_week: z.number().min(0).max(5).optional(),
      text: z.string().optional(),
    })
    .strict(),
);
export type Remote = z.infer<typeof remote>;

/**
 * Written by `tremplin knowledge import` on the files it creates: the page the entry comes
 * from and a fingerprint of what the importer wrote. A re-import compares the fingerprint with
 * the file: when HR has edited the file since, it is left alone (unless `--force`). HR never
 * needs to write it; deleting it makes the file HR's own (never overwritten by an import).
 */
export const importSource = z
  .object({
    /** The page, relative to the imported folder and starting with that folder's name. */
    file: z.string().min(1),
    /** How the page was read: `beta-gouv-jobs`, `hugo` or `jekyll`. */
    format: z.string().min(1).optional(),
    /**
     * Where anyone can read the page as it was imported (e.g. its GitHub blob at the commit),
     * built with `--source-url`; the bot cites it when the entry has no `url` of its own. It is
     * not where to apply: `url` and `apply` say that.
     */
    url: url.optional(),
    /** 16 hex digits: the SHA-256 of the file as written, this line left empty. */
    hash: z.string().regex(/^[0-9a-f]{16}$/, 'expected the 16 hex digits written by the import'),
  })
  .strict();
export type ImportSource = z.infer<typeof importSource>;

/** Fields every kind shares. `translation_of` links an entry to the same entry in the other language. */
const common = {
  id: entryId.optional(),
  lang,
  translation_of: entryId.optional(),
  tags: listOf(z.string()).default([]),
  url: url.optional(),
  /** Set by the import only (see `importSource`). */
  source: importSource.optional(),
};

/** A job offer: `knowledge/offers/*.md`. The body is the full announcement. */
export const offerSchema = z
  .object({
    ...common,
    title: z.string().min(1, 'the title is empty'),
    organisation: entryId,
    status: z.preprocess((v) => (typeof v === 'string' ? fold(v) : v), z.enum(['open', 'closed'], { error: 'expected open or closed' })),
    /** The places of work; none (`[]`, or left out) when the announcement does not say. "Non précisé" counts as none. */
    locations: listOf(z.string().min(1)).transform((places) => places.filter((p) => !isNoPlace(p))),
    /** `null` when the announcement states no category (e.g. a vacation contract). */
    category: category.nullable(),
    /** `null` when the announcement does not state the contract: the bot then says so. */
    contract: z.preprocess((v) => (v === null ? null : Array.isArray(v) ? v : [v]), z.array(contract).min(1).nullable()),
    duration: z.string().optional(),
    salary: salary.optional(),
    remote: remote.optional(),
    start_date: z.union([isoDate, z.string().min(1)]).optional(),
    closes_on: isoDate.optional(),
    published_on: isoDate.optional(),
    /**
     * The last day HR checked the offer is still open. An offer without `closes_on` counts as
     * open for `FRESH_FOR_DAYS` days after the later of `published_on` and `reviewed_on`.
     */
    reviewed_on: isoDate.optional(),
    apply: applyTarget.optional(),
    contact: email.optional(),
    /** The team or product that recruits: the id or the name of a file of `teams/`, or a few words. */
    team: z.string().min(1).optional(),
    family: z.string().optional(),
    positions: z.number().int().positive().default(1),
    experience: z.string().optional(),
  })
  .strict();
export type OfferFrontMatter = z.infer<typeof offerSchema>;

/** An FAQ entry: `knowledge/faq/*.md`. The body is the answer. */
export const faqSchema = z
  .object({
    ...common,
    question: z.string().min(1, 'the question is empty'),
    alternatives: listOf(z.string().min(1)).default([]),
    /** An organisation id, or `all` when the answer holds everywhere. */
    organisation: z.union([z.literal('all'), entryId]).default('all'),
    /** The conversation intent this entry answers, when it is one (e.g. `application_process`). */
    intent: z.string().regex(/^[a-z_]+$/).optional(),
    /**
     * `true` when the answer is that the sources do not give this information ("the page gives
     * no e-mail address"): the bot then reports the question as not answered. Default false.
     */
    not_stated: z.boolean().optional(),
  })
  .strict();
export type FaqFrontMatter = z.infer<typeof faqSchema>;

/** Who answers candidates' questions (an organisation's or a team's). */
const contact = z
  .object({ email: email.optional(), url: url.optional(), text: z.string().optional() })
  .strict();

/** A place where an organisation works. */
export const site = z
  .object({
    name: z.string().min(1),
    city: z.string().min(1),
    address: z.string().optional(),
    accessible: z.boolean().optional(),
  })
  .strict();

/** One step of an organisation's recruitment process, in order. */
export const recruitmentStep = z.object({ title: z.string().min(1), text: z.string().min(1) }).strict();

/** An organisation: `knowledge/organisations/*.md`. The body describes it. */
export const organisationSchema = z
  .object({
    ...common,
    name: z.string().min(1, 'the name is empty'),
    /** The French article the name takes ("la DINUM", "le PEReN"); none for "beta.gouv.fr". */
    article: z.enum(['la', 'le', "l'", 'les']).optional(),
    aliases: listOf(z.string().min(1)).default([]),
    parent: entryId.optional(),
    sites: z.array(site).default([]),
    accessibility: z.string().optional(),
    labels: listOf(z.string()).default([]),
    recruitment_steps: z.array(recruitmentStep).default([]),
    /** The usual time from application to answer, in words ("about four weeks"). */
    delay: z.string().optional(),
    /** Where candidates apply (web addresses or e-mail). */
    apply: listOf(applyTarget).default([]),
    /** Who answers candidates' questions. */
    contact: contact.optional(),
    languages: z.string().optional(),
  })
  .strict();
export type OrganisationFrontMatter = z.infer<typeof organisationSchema>;

/**
 * Where an explanation comes from: a web address, or `{url, title}` to name the page. `title`
 * is what candidates see as the link; without it the address is shown.
 */
export const termSource = z.preprocess(
  (v) => (typeof v === 'string' ? { url: v } : v),
  z.object({ url, title: z.string().min(1).optional() }).strict(),
);
export type TermSource = z.infer<typeof termSource>;

/**
 * A word of the public service explained in plain words: `knowledge/terms/*.md`. The body is
 * the explanation, its first paragraph the short definition. Every explanation names at least
 * one official or reference page in `sources`, so that the bot can always cite where it comes from.
 */
export const termSchema = z
  .object({
    ...common,
    /** The word as candidates meet it in offers ("vacataire", "catégorie A+"). */
    term: z.string().min(1, 'the term is empty'),
    /** Other ways of writing or saying it (plural, abbreviation, synonym): each is recognised as the term. */
    aliases: listOf(z.string().min(1)).default([]),
    /** Ids of other term entries worth reading next ("contractuel" for "fonctionnaire"). */
    related: listOf(entryId).default([]),
    /** The pages the explanation is written from: at least one link. */
    sources: listOf(termSource).refine((list) => list.length > 0, 'give at least one source link (sources: [https://…])'),
    /** An organisation id when the explanation holds for one employer only; default `all`. */
    organisation: z.union([z.literal('all'), entryId]).default('all'),
  })
  .strict();
export type TermFrontMatter = z.infer<typeof termSchema>;

/**
 * A team or product of an organisation (a beta.gouv.fr startup such as Dora or Mobilic, a
 * ministry's lab): `knowledge/teams/*.md`. Offers name it in `team:`; candidates name it like
 * an employer. The body presents it.
 */
export const teamSchema = z
  .object({
    ...common,
    name: z.string().min(1, 'the name is empty'),
    /** The organisation it belongs to (an id of `organisations/`). */
    organisation: entryId,
    /** Other ways people write it (its site's address, an acronym, the name without accents). */
    aliases: listOf(z.string().min(1)).default([]),
    /** Where candidates apply to this team (web addresses or e-mail), when not the organisation's. */
    apply: listOf(applyTarget).default([]),
    /** Who answers candidates' questions about this team, when not the organisation's contact. */
    contact: contact.optional(),
  })
  .strict();
export type TeamFrontMatter = z.infer<typeof teamSchema>;

/** The schema of each kind. */
export const SCHEMAS = { offer: offerSchema, faq: faqSchema, organisation: organisationSchema, term: termSchema, team: teamSchema } as const;

/** What every loaded entry carries besides its front matter. */
export interface EntryBase {
  /** Stable id: the front matter's `id`, else the file name without `.md`. */
  id: string;
  kind: Kind;
  lang: Lang;
  /** Path relative to the knowledge folder, e.g. `offers/dinum-data-scientist.md`. */
  path: string;
  /** The markdown body, trimmed. */
  body: string;
}

/**
 * A loaded offer. `open` is false when `status` is closed, `closes_on` has passed, or the
 * offer is stale (see `offerState` in open-status.ts).
 */
export type Offer = EntryBase & Omit<OfferFrontMatter, 'id' | 'lang'> & { kind: 'offer'; open: boolean };
/** A loaded FAQ entry. */
export type Faq = EntryBase & Omit<FaqFrontMatter, 'id' | 'lang'> & { kind: 'faq' };
/** A loaded organisation. */
export type Organisation = EntryBase & Omit<OrganisationFrontMatter, 'id' | 'lang'> & { kind: 'organisation' };
/** A loaded term explanation. */
export type Term = EntryBase & Omit<TermFrontMatter, 'id' | 'lang'> & { kind: 'term' };
/** A loaded team. */
export type Team = EntryBase & Omit<TeamFrontMatter, 'id' | 'lang'> & { kind: 'team' };
/** Any loaded entry. */
export type Entry = Offer | Faq | Organisation | Term | Team;
