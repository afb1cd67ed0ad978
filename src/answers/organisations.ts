/**
 * About an employer: what it is, where it works, accessibility, labels, languages — from its
 * organisation file.
 */
import type { Lang, Organisation } from '../knowledge/schemas.js';
import { answer, type Answer } from './answer.js';
import { list, of, withArticle } from './format.js';
import type { KnowledgeView } from './knowledge-view.js';

/** Where an organisation works, or that its file does not say. */
export function whereIsOrganisation(view: KnowledgeView, org: Organisation, lang: Lang): Answer {
  const { entry } = view.inLanguage(org, lang);
  if (entry.sites.length === 0) {
    const text =
      lang === 'fr'
        ? `Je ne sais pas où se trouve ${withArticle(org, lang)} : ses pages de recrutement ne le disent pas. L'annonce de chaque offre peut préciser le lieu de travail.`
        : `I do not know where ${org.name} is located: its recruitment pages do not say. Each offer's announcement may give the place of work.`;
    return answer({ intent: 'organisation_info', lang, text, sources: [view.source(entry)], answered: false });
  }
  const sites = entry.sites.map((s) => `- ${s.name}${s.address && s.address !== s.name ? ` — ${s.address}` : ''}${s.accessible === true ? (lang === 'fr' ? ' (accessible aux personnes à mobilité réduite)' : ' (accessible to people with reduced mobility)') : s.accessible === false ? (lang === 'fr' ? ' (non accessible aux personnes à mobilité réduite)' : ' (not accessible to people with reduced mobility)') : ''}`);
  const text = `${lang === 'fr' ? `Les sites ${of(org, lang)} :` : `${org.name}'s sites:`}\n${sites.join('\n')}`;
  return answer({ intent: 'organisation_info', lang, text, sources: [view.source(entry)] });
}

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
