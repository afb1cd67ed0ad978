/**
 * Pay stated in words made `salary` bands, as the page states it — and only when the sentence
 * leaves no doubt about the figures:
 *
 * - amounts with a currency: `3000 euros nets`, `3 000 €`, `45 k€ brut annuel`, `45-55k€`,
 *   `entre 3 000 et 3 500 €`, `entre 400 € et 600 € par jour`, `€45,000 gross per year`;
 * - daily rates (`TJM : entre 450 et 700 €`, `600 € HT/jour`) have the period `day`, hourly ones
 *   `hour`; `HT` / `hors taxes` is the basis `excl_tax`, `nets` `net`, `brut` `gross`; a basis
 *   the page does not write is left out (the bot then says it is not stated);
 * - otherwise the period is the one written (`par mois`, `annuel`, `per year`), or a year for
 *   amounts of 12 000 or more (`45-55k€`, `30 000 – 70 000 €`); smaller amounts with no period
 *   written (`3000 euros nets`) keep none: the bot says the period is not stated, never a month
 *   it guessed;
 * - experience bands: `jusqu'à 5 ans … 3000 euros nets … au-delà de 5 ans … 3500 euros nets`.
 *
 * When no figure is kept, `reason` says why, for the import report; `statesRate` tells a
 * daily rate stated without a figure ("TJM à discuter selon profil"), which the import keeps
 * as text.
 */
import type { PayPeriod, Salary, SalaryBand } from '../schemas.js';
import { fold, plainText } from './text.js';

/** A salary, or why the text gives none. */
export type SalaryResult = { readonly salary: Salary } | { readonly reason: SalaryRefusal };

/** Why a text with amounts gives no salary. */
export type SalaryRefusal = 'no-amount' | 'ambiguous';

interface Amount {
  value: number;
  start: number;
  end: number;
  bound?: 'min' | 'max';
}

/** `3 000`, `3000`, `3.000`, `45`, `1,5`, `577,50`: digits with thousands separators and decimals. */
const NUMBER = String.raw`\d{1,3}(?:[ \u00a0\u202f.]\d{3})+(?:,\d{1,2})?(?!\d)|\d{1,3}(?:,\d{3})+(?!\d)|\d+(?:[.,]\d{1,2})?`;
const CURRENCY = String.raw`€|euros?\b|eur\b`;
/** `3000 €`, `45 k€`, `45K`, `45 k euros`, `€45,000`. */
const AMOUNT = new RegExp(
  String.raw`(?:(${NUMBER})\s*(k)?\s*(?:${CURRENCY})|(${NUMBER})\s*k\b|(?:€|eur\s)\s*(\d{1,3}(?:,\d{3})+|\d+)(k)?)`,
  'gi',
);

function toNumber(raw: string): number {
  const compact = raw.replace(/[ \u00a0\u202f]/g, '');
  if (/^\d{1,3}(\.\d{3})+$/.test(compact)) return Number(compact.replace(/\./g, ''));
  if (/^\d{1,3}(,\d{3})+$/.test(compact)) return Number(compact.replace(/,/g, ''));
  return Number(compact.replace(',', '.'));
}

/** Amounts in `text` (folded), with ranges `A - B €` giving A the unit of B. */
function findAmounts(text: string): Amount[] {
  const found: Amount[] = [];
  for (const m of text.matchAll(AMOUNT)) {
    const raw = m[1] ?? m[3] ?? m[4]!;
    const thousands = Boolean(m[2] || m[3] || m[5]);
    found.push({ value: toNumber(raw) * (thousands ? 1000 : 1), start: m.index, end: m.index + m[0].length });
  }
  // A bare number right before `- 55k€` / `et 3 500 €` / `à 70 000 €` is the low end of a range.
  const ranged: Amount[] = [];
  for (const amount of found) {
    const before = text.slice(0, amount.start);
    const m = new RegExp(String.raw`(?:entre|de|from|between)?\s*(${NUMBER})\s*(k)?\s*(?:-|–|—|a|à|et|to|and)\s*$`).exec(before);
    const previous = ranged.at(-1);
    if (m && (!previous || previous.end <= m.index)) {
      let low = toNumber(m[1]!) * (m[2] ? 1000 : 1);
      if (low * 100 < amount.value && low * 1000 <= amount.value * 2) low *= 1000;
      if (low <= amount.value && low > 0) ranged.push({ value: low, start: m.index, end: m.index + m[0].length, bound: 'min' });
    }
    ranged.push(amount);
  }
  return ranged;
}

interface Marker {
  kind: 'up_to' | 'beyond';
  years?: number;
  start: number;
}

const UP_TO = /(?:jusqu'?\s?a|moins de|de 0 a|0 a|up to|less than|under|fewer than)\s+(\d{1,2})\s*(?:ans|annees|an|years?)\b/g;
const BEYOND = /(?:au-? ?dela de|plus de|au moins|more than|over|beyond|at least)\s+(\d{1,2})\s*(?:ans|annees|an|years?)\b|(\d{1,2})\s*(?:ans|annees|years?)\s*(?:et plus|ou plus|and more|or more|\+)|(\d{1,2})\+\s*years?/g;
const BEYOND_BARE = /\bau-? ?dela\b(?!\s+de\s+\d)|\bbeyond that\b|\babove that\b/g;

function findMarkers(text: string): Marker[] {
  const markers: Marker[] = [];
  for (const m of text.matchAll(UP_TO)) markers.push({ kind: 'up_to', years: Number(m[1]), start: m.index });
  for (const m of text.matchAll(BEYOND)) markers.push({ kind: 'beyond', years: Number(m[1] ?? m[2] ?? m[3]), start: m.index });
  for (const m of text.matchAll(BEYOND_BARE)) {
    if (!markers.some((k) => k.kind === 'beyond' && Math.abs(k.start - m.index) < 3)) markers.push({ kind: 'beyond', start: m.index });
  }
  markers.sort((a, b) => a.start - b.start);
  for (let i = 0; i < markers.length; i++) {
    const marker = markers[i]!;
    if (marker.years === undefined) marker.years = markers.slice(0, i).reverse().find((k) => k.years !== undefined)?.years;
  }
  return markers;
}

const DAILY = /\btjm\b|taux journalier|taux jour\b|tarif journalier|tarif jour\b|tarif a la journee|prix de journee|(?:€|euros?)\s*(?:ht\s*)?(?:par\s+|\/\s*)?jour\b|\bpar jour\b|\/\s?(?:jour|j|day)\b|\bjours?\s+(?:ht|hors taxe)|\bper day\b|\bdaily\b|\bday rate\b/;
const HOURLY = /\bpar heure\b|\bde l'heure\b|\/\s?h\b|\bper hour\b|\bhourly\b|\btaux horaire\b/;
const EXCL_TAX = /\bht\b|hors taxes?|\bexcl(?:uding|\.)? (?:vat|tax)/;
const MONTH = /\bpar mois\b|\/\s?mois\b|\bmensuel(?:le)?s?\b|\bper month\b|\/\s?month\b|\bmonthly\b|\ba month\b|\bmois\b/;
const YEAR = /\bpar an\b|\/\s?an\b|\bannuel(?:le)?s?\b|\bpar annee\b|\bper year\b|\/\s?year\b|\bannual(?:ly)?\b|\byearly\b|\ba year\b|\bper annum\b|\bk€?\s*(?:brut|net)/;
const NET = /\bnets?\b|\bnettes?\b|\bafter tax\b|\btake-home\b/;
const GROSS = /\bbruts?\b|\bbrutes?\b|\bgross\b|\bbefore tax\b/;

/** True when `markdown` speaks of a daily rate ("TJM à discuter selon profil"), figure or not. */
export function statesDailyRate(markdown: string): boolean {
  return DAILY.test(fold(plainText(markdown)));
}

/**
 * Reads a salary from `markdown` (a label's value or a sentence).
 * @param lang language of the labels written on experience bands.
 */
export function parseSalary(markdown: string, lang: 'fr' | 'en'): SalaryResult {
  const sentence = plainText(markdown);
  const text = fold(sentence);
  const rate = DAILY.test(text) ? 'day' : HOURLY.test(text) ? 'hour' : undefined;
  const amounts = joinRanges(text, findAmounts(text).filter((a) => a.value >= (rate === 'hour' ? 5 : 100)));
  if (amounts.length === 0) return { reason: 'no-amount' };
  const net = NET.test(text);
  const gross = GROSS.test(text);
  const exclTax = EXCL_TAX.test(text);
  if ((net && gross) || ((net || gross) && exclTax && rate === undefined)) return { reason: 'ambiguous' };
  const basis = exclTax ? 'excl_tax' : net ? 'net' : gross ? 'gross' : undefined;

  for (const a of amounts) {
    const before = text.slice(Math.max(0, a.start - 14), a.start);
    if (a.bound === undefined && /(?:jusqu'?\s?a|up to|maximum|max\.?|au plus)\s*$/.test(before)) a.bound = 'max';
    if (a.bound === undefined && /(?:a partir de|from|minimum|min\.?|au moins|at least)\s*$/.test(before)) a.bound = 'min';
  }
  const groups = groupAmounts(amounts);
  const markers = findMarkers(text);
  let bands: SalaryBand[];
  if (markers.length === 0) {
    if (groups.length !== 1) return { reason: 'ambiguous' };
    bands = [groups[0]!];
  } else {
    if (markers.length !== groups.length || markers.some((m) => m.years === undefined)) return { reason: 'ambiguous' };
    bands = groups.map((group, i) => {
      const marker = markers[i]!;
      const years = marker.years!;
      return marker.kind === 'up_to'
        ? { up_to_years: years, ...group, label: lang === 'fr' ? `jusqu'à ${years} ans d'expérience` : `up to ${years} years of experience` }
        : { beyond_years: years, ...group, label: lang === 'fr' ? `plus de ${years} ans d'expérience` : `more than ${years} years of experience` };
    });
    const kinds = new Set(markers.map((m) => `${m.kind}:${m.years}`));
    if (kinds.size !== markers.length) return { reason: 'ambiguous' };
  }

  let period: PayPeriod | undefined = rate ?? (YEAR.test(text) ? 'year' : MONTH.test(text) ? 'month' : undefined);
  if (rate === undefined && YEAR.test(text) && /\bpar mois\b|\/\s?mois\b|\bper month\b|\bmonthly\b/.test(text)) return { reason: 'ambiguous' };
  const values = amounts.map((a) => a.value);
  if (period === 'day' && values.some((v) => v > 3000)) return { reason: 'ambiguous' };
  if (period === undefined && values.every((v) => v >= 12000)) period = 'year';
  return {
    salary: { ...(basis ? { basis } : {}), ...(period ? { period } : {}), currency: 'EUR', bands, text: sentence },
  };
}

/** `entre 400 € et 600 €`, `400 € à 600 €`: two amounts joined by a range word make one range. */
function joinRanges(text: string, amounts: Amount[]): Amount[] {
  const out: Amount[] = [];
  for (let i = 0; i < amounts.length; i++) {
    const a = amounts[i]!;
    const b = amounts[i + 1];
    if (b && a.bound === undefined && b.bound === undefined && b.value >= a.value && /^\s*(?:-|–|—|a|à|et|to|and)\s*$/.test(text.slice(a.end, b.start))) {
      out.push({ ...a, bound: 'min' }, b);
      i++;
    } else out.push(a);
  }
  return out;
}

/** Amounts grouped into bands: a range `min`–`max`, or one amount (`max` when "jusqu'à"). */
function groupAmounts(amounts: readonly Amount[]): SalaryBand[] {
  const groups: SalaryBand[] = [];
  for (let i = 0; i < amounts.length; i++) {
    const a = amounts[i]!;
    const next = amounts[i + 1];
    if (a.bound === 'min' && next && next.bound !== 'min' && next.value >= a.value) {
      groups.push({ min: a.value, max: next.value });
      i++;
    } else if (a.bound === 'min') groups.push({ min: a.value });
    else if (a.bound === 'max') groups.push({ max: a.value });
    else groups.push({ amount: a.value });
  }
  return groups;
}
