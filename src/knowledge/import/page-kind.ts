/**
 * Whether a page is one job offer, and if not, what it is — so that a refusal says why:
 * a test or template file ("roles: Test", the CMS's "Voici un exemple de format" left unfilled), a press
 * release or an event page, a guide for recruiters or candidates ("Publier une offre sur le
 * compte LinkedIn", "Guide d'entretiens"), a page listing several offers (tiles linking to job
 * boards), or a page that states nothing an offer states. A beta.gouv.fr job file is one offer even when it
 * links to several announcements (one per region).
 */
import { field, listField, textField } from './fields.js';
import type { ImportFormat } from './formats.js';
import type { Topic } from './labels.js';
import { fold } from './text.js';

/** Why a page is not imported as an offer. */
export type NotAnOffer =
  | { readonly kind: 'test'; readonly evidence: string }
  | { readonly kind: 'press-or-event'; readonly evidence: string }
  | { readonly kind: 'guide'; readonly evidence: string }
  | { readonly kind: 'listing'; readonly offers: number }
  | { readonly kind: 'no-offer-content' };

/** What the decision looks at. */
export interface PageFacts {
  /** Path relative to the imported folder. */
  readonly relative: string;
  readonly data: Record<string, unknown>;
  /** The body before cleaning (links and HTML still there). */
  readonly rawBody: string;
  readonly title: string | undefined;
  readonly format: ImportFormat;
  /** Topics stated under a label in the body (see `extractSections`). */
  readonly topics: ReadonlySet<Topic>;
}

const TEST_NAME = /^(?:\d{4}-\d{1,2}-\d{1,2}[-_ ]?|\d{2}\.\d{2}[-_])?(?:test|tests|nom[-_ ]offre|template|modele|exemple|example|sample|dummy|brouillon[-_ ]test)(?:$|[-_. ])/;
const TEST_TITLES = new Set(['test', 'tests', 'titre', 'title', "nom de l'offre", 'nom offre', "intitule de l'offre", 'intitule du poste', 'lorem ipsum', 'todo', 'xxx']);
/** Instructions and placeholders of job-page templates. */
const TEMPLATE_TEXT = /voici un exemple de format|lorem ipsum|poste ouvert pour \.\.\.|demarrage en mois annee|\[nom de l'offre\]|\[intitule du poste\]/;
/** A page with the template's words and fewer lines of text than this is the template itself, not an offer that kept its plan. */
const TEMPLATE_MAX_LINES = 10;

/**
 * Titles of guides: a how-to ("Comment…", "Guide…", "Conseils…") or an instruction in the
 * infinitive ("Publier une offre…", "Recruter un designer", "Préparer son entretien").
 */
const GUIDE_TITLE =
  /^(?:comment|guide|conseils?|kit|tutoriel|mode d'emploi|faq|questions frequentes|bonnes pratiques|checklist|how to|a guide|publier|recruter|rediger|preparer|comprendre|devenir|embarquer|accueillir|gerer|choisir|organiser|animer|evaluer|reussir|candidater chez|travailler chez|postuler chez)\b/;
/** A page saying what it explains ("Cette page explique comment…"). */
const GUIDE_DESCRIPTION = /\b(?:cette page|ce guide|cet article|this page|this guide)\s+(?:explique|presente|decrit|detaille|explains|describes)\b/;
/** Placeholders of a template left for the reader to fill ("[NOM DU POSTE]"). */
const PLACEHOLDER = /\[\s*(?:nom d[eu]|intitule|vocation|lien vers)\b[^\]]{0,40}\]/;

/** Web addresses of job boards, whose links make a page a list of offers. */
const JOB_BOARD = /https?:\/\/(?:www\.)?(?:passerelles\.economie\.gouv\.fr|choisirleservicepublic\.gouv\.fr|place-emploi-public\.gouv\.fr|[a-z-]+\.talent-soft\.com|www\.welcometothejungle\.com|pass\.fonction-publique\.gouv\.fr)\/[^\s"')<>]+/gi;

/** Topics that make a page an offer when stated. */
const OFFER_TOPICS: readonly Topic[] = ['contract', 'salary', 'duration', 'start', 'remote', 'apply', 'location'];

/** `undefined` when the page is an offer, else what it is. */
export function notAnOffer(page: PageFacts): NotAnOffer | undefined {
  const name = fold(page.relative.split('/').at(-1)!.replace(/\.(md|markdown|mdr)$/i, ''));
  if (TEST_NAME.test(name)) return { kind: 'test', evidence: `nom du fichier « ${page.relative.split('/').at(-1)} »` };
  const title = fold(page.title ?? '').replace(/[.!…]+$/, '').trim();
  if (TEST_TITLES.has(title) || /^test\b/.test(title)) return { kind: 'test', evidence: `titre « ${page.title} »` };
  const textLines = page.rawBody.split('\n').filter((line) => line.trim() !== '' && !/^\s*#/.test(line)).length;
  if (TEMPLATE_TEXT.test(fold(page.rawBody)) && textLines < TEMPLATE_MAX_LINES) return { kind: 'test', evidence: 'texte du modèle de fiche de poste, non rempli' };

  const categories = listField(page.data, ['categories', 'category', 'tags', 'layout', 'type']);
  const pressOrEvent = categories.find((c) => /communique|presse|press release|evenement|event|forum|actualite|news/.test(fold(c)));
  if (pressOrEvent) return { kind: 'press-or-event', evidence: pressOrEvent };
  if (field(page.data, 'event_start_date', 'event_date', 'eventDate')) return { kind: 'press-or-event', evidence: 'event_start_date' };
  if (page.relative.split('/').some((s) => /^_(communiques|evenements|posts|news|events|actualites)$/i.test(s))) {
    return { kind: 'press-or-event', evidence: page.relative.split('/').find((s) => s.startsWith('_'))! };
  }

  const listed = new Set(page.rawBody.match(JOB_BOARD) ?? []).size;
  if (page.format === 'beta-gouv-jobs') return undefined;
  const description = fold(textField(page.data, 'description', 'summary') ?? '');
  if (GUIDE_TITLE.test(title)) return { kind: 'guide', evidence: `titre « ${page.title} »` };
  if (GUIDE_DESCRIPTION.test(description)) return { kind: 'guide', evidence: `description « ${textField(page.data, 'description', 'summary')!.slice(0, 60)} »` };
  if (PLACEHOLDER.test(fold(page.rawBody))) return { kind: 'guide', evidence: 'modèle à compléter ([NOM DU POSTE]…)' };
  if (listed >= 2 && !page.topics.has('salary') && !page.topics.has('contract')) return { kind: 'listing', offers: listed };

  const stated = OFFER_TOPICS.filter((t) => page.topics.has(t)).length;
  const offerFields = field(page.data, 'contract', 'contrat', 'salary', 'salaire', 'remuneration', 'job', 'poste', 'offre', 'offer', 'open', 'status', 'apply', 'closes_on', 'date_limite', 'organisation', 'organization');
  const layout = textField(page.data, 'layout', 'type') ?? '';
  // A page of the site's list of offers (`layout: jobs`), or one with nothing but a header, is no offer.
  if (/^(?:jobs|offres|offers|postes|recrutements?|careers)$/i.test(layout.trim()) || (page.rawBody.trim() === '' && !offerFields)) return { kind: 'no-offer-content' };
  const offerTitle = /\brecrut|\bh\s*\/\s*f\b|\bf\s*\/\s*h\b|\bposte\b|\boffre\b|\bjob\b|\bhiring\b|\bvacancy\b|\bposition\b/.test(title);
  if (offerFields || /job|offre|offer|poste|vacancy/i.test(layout) || stated >= 2 || (offerTitle && stated >= 1)) return undefined;
  return { kind: 'no-offer-content' };
}
