/**
 * Remote-work policy from what a page says ("Télétravail possible", "2 jours de télétravail
 * par semaine", "Full remote", "Remote friendly", "Pas de télétravail"), keeping the sentence
 * itself as `text` so the bot can quote it.
 */
import type { Remote } from '../schemas.js';
import { fold, plainText, shorten } from './text.js';

/** Words that make a line about remote work. */
const ABOUT_REMOTE = /^(?:[-*•+]\s+)?chez (?:toi|vous)\b|\bteletravail\b|\bteletravaill\w*|\btele-travail\b|\btravail a distance\b|\ba distance\b|\bremote\b|\bdistanciel\b|\bhome office\b|\bworking from home\b|\bwork from home\b|\bwfh\b|\btravailler depuis\b|\bpresentiel\b/;

/** True when a line speaks of remote work. */
export function mentionsRemote(line: string): boolean {
  return ABOUT_REMOTE.test(fold(plainText(line)));
}

const NUMBERS: Readonly<Record<string, number>> = { un: 1, une: 1, one: 1, deux: 2, two: 2, trois: 3, three: 3, quatre: 4, four: 4, cinq: 5, five: 5 };

/** "Télétravail complet", "100 % télétravail", "full remote": entirely remote. */
const FULL =
  /\b(?:full|fully|100 ?%|totalement|entierement|complet|total|integral)\s*(?:en\s+)?(?:remote|teletravail|a distance|distanciel)\b|\b(?:remote|teletravail|a distance)\s+(?:total|complet|integral|a 100 ?%|100 ?%)\b|\bfull[- ]remote\b|\bremote first\b/;
/** "Le poste est en télétravail": the job itself is remote. */
const WHOLLY_REMOTE = /\b(?:poste|mission|travail|job)\s+(?:est\s+|se fait\s+|se deroule\s+)?(?:entierement\s+|totalement\s+)?en teletravail\b/;
const COUNT = String.raw`(\d|un|une|deux|trois|quatre|cinq|one|two|three|four|five)`;
/**
 * Days of remote work, the count right next to the words of remote work: "2 jours de
 * télétravail", "2 jours en télétravail par semaine", "two days of remote work". A count of
 * days without them ("4 jours par semaine", the working time of a contract) is not remote work.
 */
const REMOTE_DAYS = new RegExp(String.raw`\b${COUNT}\s*(?:\(\d\)\s*)?(?:jours?|j|days?)\s+(?:de |d'|en |of |in )?(?:teletravail\w*|tele-travail|remote|travail a distance|a distance|distanciel|home office|working from home)`);
/** "Télétravail : 2 jours par semaine", "télétravailler à raison de 2 jours", "remote up to 3 days a week". */
const DAYS_OF_REMOTE = new RegExp(
  String.raw`\b(?:teletravail\w*|tele-travail|remote(?: work)?|travail a distance|distanciel)\s*(?::|possible|autorise|jusqu'a|up to|for|a raison de|de|d'environ|environ|\s)*\s${COUNT}\s*(?:\(\d\)\s*)?(?:jours?|j|days?)\b(?!\s+(?:sur site|au bureau|de presence|en presentiel|on site|in the office))`,
);

/** A count of days at the start of a remote-work label's value: "2 jours par semaine", "jusqu'à 3 jours". */
const LABELLED_DAYS = new RegExp(String.raw`^(?:jusqu'a |up to |environ )?${COUNT}\s*(?:\(\d\)\s*)?(?:jours?|j|days?)\b`);

/** Words that allow remote work without saying how much: "télétravail possible", "télétravail encouragé", "remote OK". */
const POSSIBLE =
  /\bpossible\b|\bautorise\b|\baccepte\b|\bflexible\b|\bfriendly\b|\bouvert\b|\boui\b|\byes\b|\bok\b|\ben partie\b|\bpartiel\b|\bhybride?\b|\ballowed\b|\bwelcome\b|\bpossibilite\b|\ba discuter\b|\bnegociable\b|\bencourage\b|\bfavorise\b|\bbienvenu\b|^(?:[-*•+]\s+)?chez (?:toi|vous)\b/;
/**
 * Remote work as the usual way, with meetings now and then: "le travail est effectué à distance
 * le reste du temps", "l'équipe travaille principalement à distance", "mostly remote", "le
 * télétravail est la norme", "Organisation en télétravail".
 */
const MOSTLY_REMOTE =
  /\b(?:a distance|en teletravail|remote)\s+(?:le reste du temps|the rest of the time|la plupart du temps|most of the time)\b|\b(?:principalement|majoritairement|essentiellement|surtout|mostly|mainly)\s+(?:a distance|en teletravail|remote)\b|\b(?:teletravail|remote(?: work)?|travail a distance)\s+(?:est |is )?(?:la norme|la regle|de rigueur|the norm|the rule)\b|^(?:organisation|fonctionnement|organisation du travail|equipe)\s*(?:en|:)\s*(?:teletravail|remote|distanciel|a distance)\b/;

/** Longest remote-work sentence kept as `text`. */
const MAX_TEXT = 300;

/**
 * The policy a statement gives, or `undefined` when it says nothing definite about remote work.
 * @param statement a line that mentions remote work, or the value of a remote-work label.
 * @param labelled true for a label's value ("Télétravail : oui"): the label says what it is about.
 */
export function remoteFrom(statement: string, labelled = false): Remote | undefined {
  const sentence = plainText(statement.replace(/^\s*(?:[-*•+]|\d{1,2}[.)])\s+/, ''));
  const text = fold(sentence);
  if (!labelled && !ABOUT_REMOTE.test(text)) return undefined;
  const result = (policy: Remote['policy'], days?: number): Remote => ({
    policy,
    ...(days !== undefined ? { days_per_week: days } : {}),
    text: shorten(sentence, MAX_TEXT),
  });
  if (/\b(?:pas de|aucun|sans|no|not possible|non)\s+(?:teletravail|remote|travail a distance)\b|\b(?:teletravail|remote)\s*:?\s*(?:non|no|impossible|exclu|not possible)\b|\bsur site uniquement\b|\b100 ?% (?:sur site|presentiel)\b|\bon[- ]site only\b|^non\b|^no\b/.test(text)) return result('none');
  if (FULL.test(text) || (WHOLLY_REMOTE.test(text) && !/\ben teletravail\s+(?:partiel|possible|ponctuel|occasionnel)/.test(text))) return result('full');
  // Under a remote-work label ("Télétravail — 2 jours par semaine") the count alone is about remote work.
  const days = REMOTE_DAYS.exec(text) ?? DAYS_OF_REMOTE.exec(text) ?? (labelled ? LABELLED_DAYS.exec(text) : null);
  if (days) {
    const n = NUMBERS[days[1]!] ?? Number(days[1]);
    if (n >= 0 && n <= 5) return result('partial', n);
  }
  const now = String.raw`(?:ponctuel(?:lement|le|s)?|occasion(?:nel(?:lement|le|s)?|ally|al)|de temps en temps|now and then)`;
  const remoteWord = String.raw`(?:teletravail\w*|remote|a distance|distanciel|possible)`;
  if (new RegExp(String.raw`\b${remoteWord}[\s,;:]+(?:\S+[\s,;:]+){0,2}${now}\b|\b${now}[\s,;:]+(?:\S+[\s,;:]+){0,3}${remoteWord}\b`).test(text) || (labelled && new RegExp(`^${now}`).test(text))) {
    return result('occasional');
  }
  if (MOSTLY_REMOTE.test(text) || POSSIBLE.test(text)) {
    return result('possible');
  }
  return undefined;
}
