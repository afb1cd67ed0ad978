/**
 * About an employer: what it is, where it works, accessibility, labels, languages — from its
 * organisation file.
 */
import type { Lang, Organisation } from '../knowledge/schemas.js';
import { answer, type Answer } from './answer.js';
import { list } from './format.js';
import type { KnowledgeView } from './knowledge-view.js';

/** A short presentation of an organisation. */
export function aboutOrganisation(view: KnowledgeView, org: Organisation, lang: Lang): Answer {
  const { entry, translated } = view.inLanguage(org, lang);
  const firstParagraph = entry.body.split(/\n\s*\n/)[0]?.trim() ?? '';
  const lines: string[] = [];
  if (!translated) lines.push(lang === 'en' ? '_Only available in French:_' : '_Seulement disponible en anglais :_');
  if (firstParagraph) lines.push(firstParagraph);
  if (entry.sites.length) {
    const sites = entry.sites.map((s) => `${s.name}${s.accessible === true ? (lang === 'fr' ? ' (accessible aux personnes à mobilité réduite)' : ' (accessible to people with reduced mobility)') : ''}`);
    lines.push(`${lang === 'fr' ? 'Sites' : 'Sites'} : ${list(sites, lang)}.`);
  }
  if (entry.accessibility) lines.push(entry.accessibility);
  if (entry.labels.length) lines.push(`${lang === 'fr' ? 'Labels' : 'Labels'} : ${list(entry.labels, lang)}.`);
  if (entry.languages) lines.push(entry.languages);
  return answer({ intent: 'organisation_info', lang, text: lines.join('\n\n').replace(/ : /g, lang === 'fr' ? ' : ' : ': '), sources: [view.source(entry)] });
}
