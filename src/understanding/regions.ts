/**
 * French regions and departments, so that "des postes en Bretagne ?" finds an offer in
 * "Saint-Jacques-de-la-Lande (35)", and "ailleurs qu'à Paris" excludes Paris. Geography, not
 * recruitment facts: an offer's department comes from its place as HR writes it ("(35)") or
 * from the table of big cities below.
 */
import { normalise } from '../text/normalise.js';
import { own } from '../own.js';
import { shippedLexicon } from './lexicon.js';

/** Metropolitan regions and their departments. */
export const REGIONS: Readonly<Record<string, readonly string[]>> = {
  'Auvergne-Rhône-Alpes': ['01', '03', '07', '15', '26', '38', '42', '43', '63', '69', '73', '74'],
  'Bourgogne-Franche-Comté': ['21', '25', '39', '58', '70', '71', '89', '90'],
  Bretagne: ['22', '29', '35', '56'],
  'Centre-Val de Loire': ['18', '28', '36', '37', '41', '45'],
  Corse: ['2A', '2B'],
  'Grand Est': ['08', '10', '51', '52', '54', '55', '57', '67', '68', '88'],
  'Hauts-de-France': ['02', '59', '60', '62', '80'],
  'Île-de-France': ['75', '77', '78', '91', '92', '93', '94', '95'],
  Normandie: ['14', '27', '50', '61', '76'],
  'Nouvelle-Aquitaine': ['16', '17', '19', '23', '24', '33', '40', '47', '64', '79', '86', '87'],
  Occitanie: ['09', '11', '12', '30', '31', '32', '34', '46', '48', '65', '66', '81', '82'],
  'Pays de la Loire': ['44', '49', '53', '72', '85'],
  "Provence-Alpes-Côte d'Azur": ['04', '05', '06', '13', '83', '84'],
};

/** Departments of big cities, for places written without one. */
const CITY_DEPARTMENTS: Readonly<Record<string, string>> = {
  paris: '75', lyon: '69', marseille: '13', toulouse: '31', bordeaux: '33', lille: '59', nantes: '44', rennes: '35',
  strasbourg: '67', montpellier: '34', nice: '06', grenoble: '38', dijon: '21', angers: '49', metz: '57', nancy: '54',
  rouen: '76', caen: '14', brest: '29', tours: '37', orleans: '45', limoges: '87', 'clermont ferrand': '63', amiens: '80',
  besancon: '25', poitiers: '86', reims: '51', toulon: '83', 'le mans': '72', 'saint etienne': '42', lorient: '56',
  'saint jacques de la lande': '35', 'saint denis': '93', montreuil: '93', 'ivry sur seine': '94', 'la defense': '92',
};

const REGION_KEYS = Object.entries(REGIONS).map(([name, departments]) => ({ key: normalise(name), name, departments }));

/** Regions named in normalised text ("bretagne", "ile de france", "idf"). */
export function findRegions(normalised: string): string[] {
  const padded = ` ${normalised.replace(/\bidf\b/g, 'ile de france').replace(/\bpaca\b/g, 'provence alpes cote d azur')} `;
  return REGION_KEYS.filter((r) => padded.includes(` ${r.key} `)).map((r) => r.name);
}

/** The department of a place as written in an offer ("Saint-Jacques-de-la-Lande (35)", "Paris"). */
export function departmentOf(place: string): string | undefined {
  const written = /\((\d{2}|2[AB])\)/.exec(place)?.[1];
  if (written) return written;
  const key = normalise(place.replace(/\(.*?\)/g, ''));
  return own(CITY_DEPARTMENTS, key) ?? Object.entries(CITY_DEPARTMENTS).find(([city]) => key.startsWith(`${city} `))?.[1];
}

/** Whether a place lies in a region. */
export function inRegion(place: string, region: string): boolean {
  return departmentInRegion(departmentOf(place), region);
}

/** Whether a department (by number, as `departmentOf` gives it) lies in a region. */
export function departmentInRegion(department: string | undefined, region: string): boolean {
  return department !== undefined && (own(REGIONS, region)?.includes(department) ?? false);
}

/** The patterns of excluded places and departments, compiled once from the lexicon. */
let patterns: { excluding: RegExp; department: RegExp } | undefined;

function compiled(): NonNullable<typeof patterns> {
  const lexicon = shippedLexicon();
  patterns ??= {
    // The place runs to the end of the question, a comma or a word that joins another: "hors de Paris et Lyon".
    excluding: new RegExp(`\\b(?:${lexicon.source('excluding_places')}) ([a-z ]+?)(?= \\?|$| (?:${lexicon.source('place_ends')}) |,)`, 'g'),
    // "dans le 35", "département 69"; not "le 35 ans", "en 12 mois".
    department: new RegExp(`\\b(?:${lexicon.source('department_cues')})\\s(\\d{2}|2a|2b)\\b(?!\\s*(?:${lexicon.source('department_not_before')}))`, 'g'),
  };
  return patterns;
}

/**
 * "ailleurs qu'à Paris", "hors de Paris", "en dehors de Lyon", "outside Paris", "en région",
 * "en province": the places a listing excludes (the lexicon's `excluding_places`). "en région"
 * and "en province" (`outside_capital`) exclude Paris.
 */
export function findExcludedPlaces(normalised: string, knownPlaces: (text: string) => string[]): string[] {
  const excluded: string[] = [];
  for (const m of normalised.matchAll(compiled().excluding)) {
    excluded.push(...knownPlaces(m[1]!));
  }
  if (shippedLexicon().test('outside_capital', normalised)) excluded.push('Paris');
  return [...new Set(excluded)];
}

/** Departments named by number: "dans le 35", "département 69", "(35)" (the lexicon's `department_cues`). */
export function findDepartments(normalised: string): string[] {
  const found = new Set<string>();
  for (const m of normalised.matchAll(compiled().department)) {
    const n = m[1]!.toUpperCase();
    if (n === '00' || n === '96' || n === '97' || n === '98' || n === '99') continue;
    found.add(n);
  }
  return [...found];
}
