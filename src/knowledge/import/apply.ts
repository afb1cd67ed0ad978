/**
 * Where to apply and whom to ask, from what a page writes: an e-mail address (plain or as a
 * `mailto:` link, its `?subject=` dropped) or a web address given for applying (a link whose
 * text or sentence says "postuler", "candidater", "formulaire", "apply"…). Addresses are
 * checked with the knowledge schema's own rules before being kept.
 */
import { z } from 'zod';
import { applyTarget } from '../schemas.js';
import { fold } from './text.js';

const EMAIL = /(?:mailto:)?([A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})/g;
const LINK = /\[([^\]]*)\]\((https?:\/\/[^)\s]+)\)|<(https?:\/\/[^>\s]+)>|(?<![(\["'<])(https?:\/\/[^\s)\]>"']+)/g;
const email = z.email();

/** Words around a link that say it is for applying. ("application" is not one: in French it is software.) */
const APPLY_WORDS = /postul|candidat|formulaire|\bform\b|\bapply\b|inscri|depose/;
/** Web addresses of forms and job boards. */
const APPLY_SITES = /typeform|airtable\.com|forms\.gle|framaforms|welcometothejungle|choisirleservicepublic|place-emploi-public|talent-soft|passerelles\.economie|jobteaser|linkedin\.com\/jobs|offresdemploi|offre-emploi|\/recrutements?\/|\/careers|\/jobs\//;

/** The first valid e-mail address in `text`, lowercased. */
export function emailIn(text: string): string | undefined {
  for (const m of text.matchAll(EMAIL)) {
    const address = m[1]!.replace(/\.$/, '').toLowerCase();
    if (email.safeParse(address).success) return address;
  }
  return undefined;
}

/**
 * Where to apply according to `text` (an "apply" section, a line): an e-mail address first,
 * else the first web address given for applying (its link text or line says so, or it is a
 * form or a job board). With `anyLink`, any web address in `text` counts (the text is a
 * "Candidater :" label's value).
 */
export function applyTargetIn(text: string, anyLink: boolean): string | undefined {
  const address = emailIn(text);
  if (address) return address;
  for (const line of text.split('\n')) {
    for (const m of line.matchAll(LINK)) {
      const url = (m[2] ?? m[3] ?? m[4]!).replace(/[.,;:]+$/, '');
      if (!anyLink && !APPLY_WORDS.test(fold(`${m[1] ?? ''} ${line}`)) && !APPLY_SITES.test(url)) continue;
      if (/\.(png|jpe?g|gif|svg|pdf)$/i.test(url)) continue;
      if (applyTarget.safeParse(url).success) return url;
    }
  }
  return undefined;
}

/** True when a line speaks of applying ("Pour postuler, écrivez à…", "Intéressé·e ? Écris-nous à…", "To apply, …"). */
export function mentionsApplying(line: string): boolean {
  return /\bpostul|\bcandidat(?:er|ure)|\bto apply\b|\bapply\b|\becri(?:s|vez)-nous\b|\benvoie(?:s|z)?-nous\b|\benvoyez-nous\b|\binteresse|\bwrite to us\b|\bsend us\b|\binterested\b/.test(fold(line));
}
