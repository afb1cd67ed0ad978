/**
 * Formatting shared by answers: amounts, dates, lists, offer one-liners — in French or English.
 */
import { isOpenUndated } from '../knowledge/open-status.js';
import { isPlaceStated } from '../knowledge/places.js';
import type { Lang, Offer, Organisation, PayBasis, PayPeriod, RemotePolicy, Salary, SalaryBand, Contract } from '../knowledge/schemas.js';

const LOCALES: Record<Lang, string> = { fr: 'fr-FR', en: 'en-GB' };
const numbers = { fr: new Intl.NumberFormat(LOCALES.fr, { maximumFractionDigits: 2 }), en: new Intl.NumberFormat(LOCALES.en, { maximumFractionDigits: 2 }) };
const plurals = { fr: new Intl.PluralRules(LOCALES.fr), en: new Intl.PluralRules(LOCALES.en) };

/**
 * A number as the language writes it: `3 000` (thousands grouped with a narrow no-break space,
 * U+202F, as French typography and Intl write them) / `3,000`. Every number an answer shows
 * goes through here.
 */
export function number(n: number, lang: Lang): string {
  return numbers[lang].format(n);
}

/** A noun in the plural form a count asks for, by the language's own rule (French: 0 and 1 are singular). */
export type Forms = { one: string; other: string };

/** `1 offre`, `0 offre`, `3 000 offres` / `1 offer`, `0 offers`. */
export function count(n: number, lang: Lang, forms: Forms): string {
  return `${number(n, lang)} ${plurals[lang].select(n) === 'one' ? forms.one : forms.other}`;
}

/** Only the form: `offre` / `offres`, for sentences that place the number themselves. */
export function form(n: number, lang: Lang, forms: Forms): string {
  return plurals[lang].select(n) === 'one' ? forms.one : forms.other;
}

/** ` et 1 autre`, ` et 4 autres` / ` and 1 more`: what a shortened list leaves out (empty when nothing). */
export function andMore(left: number, lang: Lang): string {
  if (left <= 0) return '';
  return lang === 'fr' ? ` et ${count(left, lang, { one: 'autre', other: 'autres' })}` : ` and ${number(left, lang)} more`;
}

/** `3 000 €` (no-break space before the symbol) / `€3,000`. */
export function money(amount: number, lang: Lang, currency = 'EUR'): string {
  const symbol = currency === 'EUR' ? '€' : currency;
  const n = number(amount, lang);
  return lang === 'fr' ? `${n}\u00a0${symbol}` : `${symbol}${n}`;
}

const BASIS_WORDS: Record<PayBasis, { fr: string; en: string }> = {
  net: { fr: 'nets', en: 'net' },
  gross: { fr: 'bruts', en: 'gross' },
  excl_tax: { fr: 'HT', en: 'excl. VAT' },
};
const PERIOD_WORDS: Record<PayPeriod, { fr: string; en: string }> = {
  hour: { fr: "de l'heure", en: 'per hour' },
  day: { fr: 'par jour', en: 'per day' },
  month: { fr: 'par mois', en: 'per month' },
  year: { fr: 'par an', en: 'per year' },
};

/**
 * "nets par mois" / "net per month", "HT par jour", "par an" (basis not stated), "nets" (period
 * not stated), from the salary's basis and period: only the words the announcement gives.
 */
export function salaryUnit(salary: Pick<Salary, 'basis' | 'period'>, lang: Lang): string {
  const period = salary.period ? PERIOD_WORDS[salary.period][lang] : undefined;
  return [salary.basis && BASIS_WORDS[salary.basis][lang], period].filter(Boolean).join(' ');
}

/**
 * What a salary leaves unsaid, said so: " (brut ou net : non précisé)", " (période non
 * précisée)", or both; empty when nothing is missing. A daily or hourly rate's basis goes unsaid.
 */
export function salaryUnstated(salary: Pick<Salary, 'basis' | 'period'>, lang: Lang): string {
  const noBasis = !salary.basis && salary.period !== 'day' && salary.period !== 'hour';
  const noPeriod = !salary.period;
  if (noBasis && noPeriod) return lang === 'fr' ? ' (brut ou net, période : non précisés)' : ' (gross or net, period: not stated)';
  if (noBasis) return lang === 'fr' ? ' (brut ou net : non précisé)' : ' (gross or net: not stated)';
  if (noPeriod) return lang === 'fr' ? ' (période non précisée)' : ' (period not stated)';
  return '';
}

/** The amount of a band: `3 000 €`, `3 000 € à 3 500 €`, `à partir de 3 000 €`. */
export function bandAmount(band: SalaryBand, lang: Lang, currency?: string): string {
  if (band.amount !== undefined) return money(band.amount, lang, currency);
  if (band.min !== undefined && band.max !== undefined) {
    return lang === 'fr'
      ? `${money(band.min, lang, currency)} à ${money(band.max, lang, currency)}`
      : `${money(band.min, lang, currency)} to ${money(band.max, lang, currency)}`;
  }
  if (band.min !== undefined) return `${lang === 'fr' ? 'à partir de' : 'from'} ${money(band.min, lang, currency)}`;
  return `${lang === 'fr' ? "jusqu'à" : 'up to'} ${money(band.max!, lang, currency)}`;
}

/** Who a band is for: "jusqu'à 5 ans d'expérience", "more than 5 years of experience". */
export function bandAudience(band: SalaryBand, lang: Lang): string | undefined {
  const years = (n: number) => (lang === 'fr' ? `${n} an${n > 1 ? 's' : ''}` : `${n} year${n > 1 ? 's' : ''}`);
  if (band.up_to_years !== undefined && band.beyond_years !== undefined) {
    return lang === 'fr'
      ? `de plus de ${years(band.beyond_years)} à ${years(band.up_to_years)} d'expérience`
      : `more than ${years(band.beyond_years)} and up to ${years(band.up_to_years)} of experience`;
  }
  if (band.up_to_years !== undefined) {
    return lang === 'fr' ? `jusqu'à ${years(band.up_to_years)} d'expérience` : `up to ${years(band.up_to_years)} of experience`;
  }
  if (band.beyond_years !== undefined) {
    return lang === 'fr' ? `plus de ${years(band.beyond_years)} d'expérience` : `more than ${years(band.beyond_years)} of experience`;
  }
  return undefined;
}

/** Whether a band covers a number of years of experience. */
export function bandCovers(band: SalaryBand, years: number): boolean {
  if (band.up_to_years !== undefined && years > band.up_to_years) return false;
  if (band.beyond_years !== undefined && years <= band.beyond_years) return false;
  return true;
}

/** Whether the salary depends on experience (several bands with limits). */
export function dependsOnExperience(salary: Salary): boolean {
  return salary.bands.length > 1 && salary.bands.some((b) => b.up_to_years !== undefined || b.beyond_years !== undefined);
}

const MONTHS = {
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/** `4 janvier 2021` / `4 January 2021` from `2021-01-04`; other text is returned as is. */
export function date(value: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return value;
  const day = Number(m[3]);
  return `${lang === 'fr' && day === 1 ? '1er' : day} ${MONTHS[lang][Number(m[2]) - 1]} ${m[1]}`;
}

/** `a, b et c` / `a, b and c`. */
export function list(items: readonly string[], lang: Lang, conjunction?: string): string {
  if (items.length <= 1) return items[0] ?? '';
  const and = conjunction ?? (lang === 'fr' ? 'et' : 'and');
  return `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1)}`;
}

/** The places an offer names, or "lieu non précisé". */
export function places(offer: Offer, lang: Lang): string {
  const known = offer.locations.filter(isPlaceStated);
  return known.length ? list(known, lang) : lang === 'fr' ? 'lieu non précisé' : 'place not stated';
}

/** Remote-work policy in a few words. */
export function remotePolicy(policy: RemotePolicy, lang: Lang): string {
  const words: Record<RemotePolicy, { fr: string; en: string }> = {
    none: { fr: 'pas de télétravail', en: 'no remote work' },
    possible: { fr: 'télétravail possible', en: 'remote work possible' },
    occasional: { fr: 'télétravail ponctuel', en: 'occasional remote work' },
    partial: { fr: 'télétravail partiel', en: 'partial remote work' },
    full: { fr: 'télétravail complet', en: 'fully remote' },
  };
  return words[policy][lang];
}

/** The organisation's display name, or its id when the file is missing. */
export function organisationName(id: string, organisations: ReadonlyMap<string, Organisation>): string {
  return organisations.get(id)?.name ?? id;
}

/** `la DINUM`, `le PEReN`, `beta.gouv.fr`: the name with its French article (`article` in its file). */
export function withArticle(org: Pick<Organisation, 'name' | 'article'>, lang: Lang): string {
  if (lang === 'en' || !org.article) return org.name;
  return org.article === "l'" ? `l'${org.name}` : `${org.article} ${org.name}`;
}

/** `à la DINUM`, `au PEReN`, `chez beta.gouv.fr`, `at PEReN`. */
export function at(org: Pick<Organisation, 'name' | 'article'>, lang: Lang): string {
  if (lang === 'en') return `at ${org.name}`;
  switch (org.article) {
    case 'le':
      return `au ${org.name}`;
    case 'les':
      return `aux ${org.name}`;
    case 'la':
    case "l'":
      return `à ${withArticle(org, lang)}`;
    default:
      return `chez ${org.name}`;
  }
}

/** `de la DINUM`, `du PEReN`, `de beta.gouv.fr`. */
export function of(org: Pick<Organisation, 'name' | 'article'>, lang: Lang): string {
  if (lang === 'en') return org.name;
  switch (org.article) {
    case 'le':
      return `du ${org.name}`;
    case 'les':
      return `des ${org.name}`;
    case 'la':
    case "l'":
      return `de ${withArticle(org, lang)}`;
    default:
      return /^[aeiouyh]/i.test(org.name) ? `d'${org.name}` : `de ${org.name}`;
  }
}

/** `publiée le 6 décembre 2021` / `published 6 December 2021`, when the offer gives its publication date. */
export function publishedOn(offer: Pick<Offer, 'published_on'>, lang: Lang): string | undefined {
  if (!offer.published_on) return undefined;
  return lang === 'fr' ? `publiée le ${date(offer.published_on, lang)}` : `published ${date(offer.published_on, lang)}`;
}

/**
 * What a list says of an offer besides its title: employer (its team first, when it has one),
 * category, places, remote work, seats, publication date.
 */
export function offerFacts(offer: Offer, employer: string, lang: Lang): string[] {
  return [
    employer,
    offer.category ? (lang === 'fr' ? `catégorie ${offer.category}` : `category ${offer.category}`) : undefined,
    places(offer, lang),
    offer.remote ? remotePolicy(offer.remote.policy, lang) : undefined,
    offer.positions > 1 ? count(offer.positions, lang, lang === 'fr' ? { one: 'poste', other: 'postes' } : { one: 'position', other: 'positions' }) : undefined,
    publishedOn(offer, lang),
    notOpenWords(offer, lang) ?? undatedWords(offer, lang),
  ].filter((fact): fact is string => Boolean(fact));
}

/**
 * Why an offer is not open, in a word or two, from its own fields (`open` is computed for the
 * day): `fermée` when closed or past its closing date, `probablement plus ouverte` when only
 * the freshness rule stopped it; `undefined` when it is open.
 */
export function notOpenWords(offer: Pick<Offer, 'open' | 'status' | 'closes_on'>, lang: Lang): string | undefined {
  if (offer.open) return undefined;
  if (offer.status === 'open' && offer.closes_on === undefined) return lang === 'fr' ? 'probablement plus ouverte' : 'probably no longer open';
  return lang === 'fr' ? 'fermée' : 'closed';
}

/**
 * `annoncée sans date, à vérifier` for an offer open only on the word of a page that gives no
 * date (see `isOpenUndated`); `undefined` for any other.
 */
export function undatedWords(offer: Pick<Offer, 'open' | 'closes_on' | 'published_on' | 'reviewed_on'>, lang: Lang): string | undefined {
  if (!isOpenUndated(offer)) return undefined;
  return lang === 'fr' ? 'annoncée sans date, à vérifier' : 'listed without a date: check it';
}

/** « Title » (employer, category, places, remote, seats, publication). */
export function offerLine(offer: Offer, employer: string, lang: Lang): string {
  return `${quote(offer.title, lang)} (${offerFacts(offer, employer, lang).join(', ')})`;
}

/** `- [Title](link) — organisation, category, places, remote, seats`: an offer as one line of a markdown list. */
export function offerListItem(offer: Offer, organisationName: string, lang: Lang): string {
  const link = offer.url ?? offer.apply;
  const title = link && /^https?:/.test(link) ? `[${offer.title}](${link})` : offer.title;
  return `- ${title} — ${offerFacts(offer, organisationName, lang).join(', ')}`;
}

/** « text » / “text”. */
export function quote(text: string, lang: Lang): string {
  return lang === 'fr' ? `«\u00a0${text}\u00a0»` : `“${text}”`;
}

/**
 * `text` cut to at most `max` characters at a word boundary, with an ellipsis: button labels
 * ("Adjoint/e au PMO plans d'investissement…"), never a word cut in the middle. A single word
 * longer than `max` is kept whole.
 */
export function shorten(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const room = clean.slice(0, max); // up to the space that the ellipsis replaces
  const end = room.lastIndexOf(' ');
  const kept = end > 0 ? room.slice(0, end) : clean.split(' ')[0]!;
  if (kept.length === clean.length) return clean;
  return `${kept.replace(/[\s,;:·—–«“(-]+$/u, '')}…`;
}

/** Contract types in English, the French name kept where candidates will meet it (CDD, vacataire). */
const CONTRACT_EN: Record<Contract, string> = {
  CDD: 'fixed-term contract (CDD)',
  CDI: 'permanent contract (CDI)',
  contractuel: 'contract agent (contractuel)',
  fonctionnaire: 'civil servant (fonctionnaire)',
  détachement: 'secondment (détachement)',
  vacataire: 'temporary contract (vacataire)',
  stage: 'internship',
  alternance: 'work-study',
  indépendant: 'freelance',
  'service civique': 'civic service',
};

/** An offer's contract types in the answer's language: "CDD et vacataire", "fixed-term contract (CDD) and temporary contract (vacataire)". */
export function contracts(types: readonly Contract[], lang: Lang): string {
  return list(lang === 'en' ? types.map((c) => CONTRACT_EN[c]) : types, lang);
}

const DURATION_UNITS_EN: ReadonlyArray<readonly [RegExp, string, string]> = [
  [/^an$|^ans$|^année$|^années$/, 'year', 'years'],
  [/^mois$/, 'month', 'months'],
  [/^semaine$|^semaines$/, 'week', 'weeks'],
  [/^jour$|^jours$/, 'day', 'days'],
];

/** A length as HR wrote it, in the answer's language when it is a plain figure and unit ("6 mois" → "6 months"); else as written. */
export function duration(text: string, lang: Lang): string {
  if (lang === 'fr') return text;
  const m = /^\s*(\d+(?:[.,]\d+)?)\s+(\S+)\s*(renouvelables?)?\s*$/i.exec(text);
  const unit = m && DURATION_UNITS_EN.find(([pattern]) => pattern.test(m[2]!.toLowerCase()));
  if (!m || !unit) return text;
  const n = Number(m[1]!.replace(',', '.'));
  return `${m[1]} ${n === 1 ? unit[1] : unit[2]}${m[3] ? ', renewable' : ''}`;
}
