/**
 * Whom to write to: an organisation's contact as its file gives it, never an invented address.
 */
import type { Lang, Organisation } from '../knowledge/schemas.js';
import { answer, type Answer } from './answer.js';
import { of } from './format.js';
import type { KnowledgeView } from './knowledge-view.js';

/** One organisation's contact in a sentence, or undefined when its file gives none. */
export function contactLine(org: Organisation, lang: Lang): string | undefined {
  const c = org.contact;
  const ways = [c?.email, c?.url].filter(Boolean);
  if (ways.length === 0) return undefined;
  return lang === 'fr' ? `${org.name} : ${ways.join(' ou ')}` : `${org.name}: ${ways.join(' or ')}`;
}

/** Every organisation's contact, one per line. */
export function allContacts(view: KnowledgeView, lang: Lang): string[] {
  return view.snapshot.organisations
    .filter((o) => !o.translation_of)
    .map((o) => contactLine(o, lang))
    .filter((l): l is string => l !== undefined);
}

/** The contact of an organisation, or of all of them; `phone`: a phone number was asked for. */
export function answerContact(view: KnowledgeView, lang: Lang, organisationId?: string, phone = false): Answer {
  const org = organisationId ? view.organisation(organisationId) : undefined;
  if (phone) {
    const base = answerContact(view, lang, organisationId);
    const text =
      lang === 'fr'
        ? `Je n'ai pas de numéro de téléphone${org ? ` ${of(org, lang)}` : ''}. ${base.text}`
        : `I have no phone number${org ? ` for ${org.name}` : ''}. ${base.text}`;
    return { ...base, text, answered: false };
  }
  if (org) {
    const { entry } = view.inLanguage(org, lang);
    const line = contactLine(org, lang);
    const extra = entry.contact?.text && entry.lang === lang ? `\n\n${entry.contact.text}` : '';
    if (line) {
      const text = lang === 'fr' ? `Pour joindre l'équipe de recrutement ${of(org, lang)} : ${line.replace(`${org.name} : `, '')}.${extra}` : `To reach the recruitment team at ${org.name}: ${line.replace(`${org.name}: `, '')}.${extra}`;
      return answer({ intent: 'contact', lang, text, sources: [view.source(entry)] });
    }
    const text =
      lang === 'fr'
        ? `Je n'ai pas d'adresse de contact ${of(org, lang)}. Chaque offre renvoie vers son annonce complète, qui indique comment candidater.${extra}`
        : `I have no contact address for ${org.name}. Each offer links to its full announcement, which says how to apply.${extra}`;
    return answer({ intent: 'contact', lang, text, sources: [view.source(entry)], answered: false });
  }
  const lines = allContacts(view, lang).map((l) => `- ${l}`);
  const text =
    lang === 'fr'
      ? `Cela dépend de l'employeur :\n${lines.join('\n')}\n\nPour une offre précise, son annonce complète indique aussi comment candidater.`
      : `It depends on the employer:\n${lines.join('\n')}\n\nFor a given offer, its full announcement also says how to apply.`;
  return answer({ intent: 'contact', lang, text, sources: view.snapshot.organisations.filter((o) => !o.translation_of && o.contact).map((o) => view.source(o)) });
}
