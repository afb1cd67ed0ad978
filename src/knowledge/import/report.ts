/**
 * The import's report: one entry per file (created, updated, unchanged, protected, duplicate,
 * skipped — not an offer —, refused, ignored), the teams and organisations written, then a
 * summary with what to look at gathered at the end, by kind, with the files concerned — as
 * French text for HR or as JSON. Unchanged files are counted, not listed, so that a re-import
 * says in a few lines that nothing moved.
 */
import { importErrors } from '../../errors.js';
import { freshnessLines, type FreshnessReport } from '../freshness.js';
import type { ImportNote, MissingField, NoteKind, Refusal, ReportedField } from './convert.js';
import type { ImportFormat } from './formats.js';

/** What happened to one file. */
export type Outcome = 'created' | 'updated' | 'unchanged' | 'protected' | 'duplicate' | 'skipped' | 'refused' | 'ignored';

/** One line of the report. */
export interface FileReport {
  /** The page: the imported folder's name, then its path inside it. */
  readonly source: string;
  readonly outcome: Outcome;
  readonly format?: ImportFormat;
  /** The knowledge file written (or that would be), relative to the output folder; for a duplicate, the file of the offer it repeats. */
  readonly target?: string;
  readonly status?: 'open' | 'closed';
  readonly organisation?: string;
  readonly team?: string;
  /** Fields the page does not state. */
  readonly missing?: readonly MissingField[];
  /** The page's address written as the entry's `url` (its own, or built with `--source-url`). */
  readonly url?: string;
  /** Repairs and remarks. */
  readonly notes?: readonly ImportNote[];
  /** For `refused` and `skipped`: the kind of reason (stable, for programs). */
  readonly refusal?: Refusal['kind'] | 'unreadable' | 'invalid-output';
  /** For `refused`, `skipped`, `protected`, `duplicate` and `ignored`: why, in French. */
  readonly reason?: string;
}

/** A team or organisation file the import wrote (or would write, or left alone). */
export interface EntryFileReport {
  readonly id: string;
  readonly name: string;
  readonly target: string;
  readonly outcome: 'created' | 'updated' | 'unchanged' | 'protected';
  /** How many imported offers name it. */
  readonly offers?: number;
  /** Other names pages gave an organisation (merged into it). */
  readonly aliases?: readonly string[];
}

/** The figures of one run. */
export interface ImportSummary {
  /** Files examined that are pages (ignored files excluded). */
  readonly pages: number;
  /** Pages made knowledge files: created + updated + unchanged + protected. */
  readonly imported: number;
  readonly created: number;
  readonly updated: number;
  readonly unchanged: number;
  /** Imported pages with at least one reported field missing. */
  readonly withMissing: number;
  /** Converted but not written: edited by hand (use --force). */
  readonly protected: number;
  /** Pages repeating another imported page (same offer): not written. */
  readonly duplicates: number;
  /** Pages that are not offers (tests, guides, press releases, listings). */
  readonly skipped: number;
  /** Offer pages that could not be imported: the only outcome that fails the command. */
  readonly refused: number;
  readonly ignored: number;
  /** `imported / (pages - skipped - duplicates)`, 0 to 1: the share of distinct offers imported. */
  readonly rate: number;
  /** Refusals and skips per kind, most frequent first. */
  readonly refusals: readonly { readonly kind: string; readonly count: number }[];
  /** Imported pages missing each field, most frequent first. */
  readonly missingFields: readonly { readonly field: ReportedField; readonly count: number }[];
  /** Imported offers for which each extraction found the fact (pay, start, duration…), in the order of `COVERAGE_FIELDS`. */
  readonly foundFields: readonly { readonly field: ReportedField; readonly count: number }[];
  /** Imported offers cited with their own page's address (`url`). */
  readonly linked: number;
}

/** The facts whose coverage the summary shows, in this order: what candidates ask most. */
export const COVERAGE_FIELDS: readonly ReportedField[] = ['salary', 'start_date', 'duration', 'remote', 'locations', 'contract', 'contact', 'apply'];

/** The whole report. */
export interface ImportReport {
  readonly files: readonly FileReport[];
  readonly teams: readonly EntryFileReport[];
  readonly organisations: readonly EntryFileReport[];
  /** Pages that are no offer kept as FAQ entries (press releases, events, team pages: see ./info-pages.ts). */
  readonly infoPages?: readonly EntryFileReport[];
  readonly summary: ImportSummary;
  readonly dryRun: boolean;
  /** Problems `knowledge check` finds in the output folder after the import (`undefined` in a dry run). */
  readonly validationProblems?: readonly string[];
  /** Offers of the output folder past the freshness rule (`undefined` in a dry run). */
  readonly freshness?: FreshnessReport;
  /** How long the import took, in ms. */
  readonly durationMs?: number;
}

/** Counts the figures of `files`. */
export function summarise(files: readonly FileReport[]): ImportSummary {
  const count = (outcome: Outcome) => files.filter((f) => f.outcome === outcome).length;
  const imported = files.filter((f) => ['created', 'updated', 'unchanged', 'protected'].includes(f.outcome));
  const pages = files.length - count('ignored');
  const refusals = new Map<string, number>();
  for (const f of files) if (f.outcome === 'refused' || f.outcome === 'skipped') refusals.set(f.refusal ?? 'unreadable', (refusals.get(f.refusal ?? 'unreadable') ?? 0) + 1);
  // A salary kept without the period the page does not write is stated, not missing: listed under « À vérifier ».
  const absent = (f: FileReport) => (f.missing ?? []).filter((m) => m.why !== 'no-period');
  const missing = new Map<ReportedField, number>();
  for (const f of imported) for (const m of absent(f)) missing.set(m.field, (missing.get(m.field) ?? 0) + 1);
  const byCount = <K>(map: Map<K, number>) => [...map].sort((a, b) => b[1] - a[1] || String(a[0]).localeCompare(String(b[0])));
  const offers = pages - count('skipped') - count('duplicate');
  return {
    pages,
    imported: imported.length,
    created: count('created'),
    updated: count('updated'),
    unchanged: count('unchanged'),
    withMissing: imported.filter((f) => absent(f).length > 0).length,
    protected: count('protected'),
    duplicates: count('duplicate'),
    skipped: count('skipped'),
    refused: count('refused'),
    ignored: count('ignored'),
    rate: offers === 0 ? 1 : imported.length / offers,
    refusals: byCount(refusals).map(([kind, n]) => ({ kind, count: n })),
    missingFields: byCount(missing).map(([field, n]) => ({ field, count: n })),
    foundFields: COVERAGE_FIELDS.map((field) => ({ field, count: imported.filter((f) => !(f.missing ?? []).some((m) => m.field === field && m.why !== 'no-period')).length })),
    linked: imported.filter((f) => f.url !== undefined).length,
  };
}

/** French names of the reported fields. */
export const FIELD_NAMES: Readonly<Record<ReportedField, string>> = {
  status: 'statut',
  locations: 'lieu',
  contract: 'contrat',
  category: 'catégorie',
  duration: 'durée',
  salary: 'salaire',
  remote: 'télétravail',
  start_date: 'date de début',
  apply: 'candidature',
  contact: 'contact',
};

const WHY: Readonly<Record<NonNullable<MissingField['why']>, string>> = {
  'status-unstated': 'non indiqué, écrite fermée',
  'no-period': 'montant gardé, période non précisée par la page',
  ambiguous: 'phrase ambiguë, gardée dans le texte',
  'no-amount': 'pas de montant',
};

/** Labels of the refusal and skip kinds in the summary. */
const REFUSAL_NAMES: Readonly<Record<string, string>> = {
  empty: 'fichier vide',
  yaml: 'en-tête YAML illisible',
  'no-title': 'pas de titre',
  'no-organisation': 'organisation non indiquée',
  test: 'fichier de test ou modèle',
  'press-or-event': 'communiqué ou événement',
  guide: 'guide ou mode d’emploi',
  listing: 'page listant plusieurs offres',
  'no-offer-content': "pas de contenu d'offre",
  unreadable: 'fichier illisible',
  'invalid-output': 'fiche produite invalide',
};

const OUTCOME_WORDS: Readonly<Record<Outcome, string>> = {
  created: 'créée',
  updated: 'mise à jour',
  unchanged: 'inchangée',
  protected: 'protégée',
  duplicate: 'doublon',
  skipped: 'écartée',
  refused: 'refusée',
  ignored: 'ignoré',
};

/** What each kind of remark is called in the summary ("converted" and "closed" are information, not listed). */
const NOTE_GROUPS: Readonly<Partial<Record<NoteKind, string>>> = {
  repaired: 'en-tête réparé (vérifiez que la fiche dit ce que disait la page)',
  value: 'valeur de la page non comprise, non reprise',
  date: 'date de la page non comprise, ignorée',
  status: 'page sans en-tête : statut non indiqué, offre écrite fermée',
};

/** `salaire (phrase ambiguë, gardée dans le texte)`. */
export function missingText(missing: readonly MissingField[]): string {
  return missing.map((m) => (m.why ? `${FIELD_NAMES[m.field]} (${WHY[m.why]})` : FIELD_NAMES[m.field])).join(', ');
}

/** One file's line, in French. */
export function fileLines(file: FileReport): string[] {
  const word = OUTCOME_WORDS[file.outcome].padEnd(12);
  if (file.outcome === 'refused' || file.outcome === 'ignored' || file.outcome === 'skipped') return [`${word}${file.source} : ${file.reason ?? ''}`];
  if (file.outcome === 'duplicate') return [`${word}${file.source} : ${file.reason ?? ''}`];
  const details: string[] = [];
  if (file.status === 'closed') details.push('fermée');
  if (file.outcome === 'protected') details.push(file.reason ?? importErrors.editedByHand);
  else if (file.missing && file.missing.length > 0) details.push(`manque : ${missingText(file.missing)}`);
  return [`${word}${file.target} ← ${file.source}${details.length > 0 ? `  [${details.join(' ; ')}]` : ''}`];
}

const percent = (rate: number) => `${(Math.floor(rate * 1000) / 10).toLocaleString('fr-FR')} %`;

/** `1 page lue`, `0 page lue`, `2 pages lues`: French counts 0 and 1 in the singular. */
const count = (n: number, singular: string, plural: string) => `${n} ${n <= 1 ? singular : plural}`;

/** `label (n) :` then the items, wrapped at about 100 characters and indented. */
function group(label: string, items: readonly string[]): string[] {
  const lines = [`  ${label} (${items.length}) :`];
  let line = '   ';
  for (const item of items) {
    if (line.length + item.length + 2 > 100 && line.trim() !== '') {
      lines.push(line.replace(/,$/, ''));
      line = '   ';
    }
    line += ` ${item},`;
  }
  if (line.trim() !== '') lines.push(line.replace(/,$/, ''));
  return lines;
}

/** The files to look at, gathered by kind. */
export function toReviewLines(report: ImportReport): string[] {
  const lines: string[] = [];
  const written = report.files.filter((f) => f.target !== undefined && f.outcome !== 'duplicate');
  for (const [kind, label] of Object.entries(NOTE_GROUPS) as [NoteKind, string][]) {
    const files = written.filter((f) => (f.notes ?? []).some((n) => n.kind === kind)).map((f) => f.target!);
    if (files.length > 0) lines.push(...group(label, files));
  }
  const noPeriod = written.filter((f) => (f.missing ?? []).some((m) => m.why === 'no-period')).map((f) => f.target!);
  if (noPeriod.length > 0) lines.push(...group('salaire sans période écrite (« 3000 euros nets ») : le bot dit « période non précisée » ; ajoutez `period` si vous la connaissez', noPeriod));
  const protectedFiles = [...report.files.filter((f) => f.outcome === 'protected').map((f) => f.target!), ...[...report.teams, ...report.organisations].filter((e) => e.outcome === 'protected').map((e) => e.target)];
  if (protectedFiles.length > 0) lines.push(...group('modifiées à la main depuis l’import, laissées telles quelles (--force pour les remplacer)', protectedFiles));
  const stubs = report.organisations.filter((o) => o.outcome === 'created').map((o) => `${o.target} (« ${o.name} »${o.aliases?.length ? `, aussi « ${o.aliases.join(' », « ')} »` : ''})`);
  if (stubs.length > 0) lines.push(...group(`organisations ${report.dryRun ? 'à créer' : 'créées'} avec leur seul nom, à compléter`, stubs));
  const refused = report.files.filter((f) => f.outcome === 'refused').map((f) => `${f.source} (${f.reason ?? ''})`);
  if (refused.length > 0) lines.push(...group('pages refusées : à corriger dans la page, ou à saisir à la main', refused));
  return lines;
}

/** The summary lines, in French. */
export function summaryLines(report: ImportReport): string[] {
  const s = report.summary;
  const lines = [
    `${report.dryRun ? 'Essai (--dry-run, rien n’est écrit) : ' : ''}${count(s.pages, 'page lue', 'pages lues')} : ${count(s.imported, 'offre importée', 'offres importées')}${s.imported > 0 ? ` (${percent(s.rate)} des offres distinctes), dont ${s.withMissing} avec des champs manquants` : ''} ; ${count(s.duplicates, 'doublon écarté', 'doublons écartés')} ; ${count(s.skipped, 'page qui n’est pas une offre', 'pages qui ne sont pas des offres')} ; ${count(s.refused, 'refusée', 'refusées')}${s.ignored > 0 ? ` ; ${count(s.ignored, 'fichier ignoré', 'fichiers ignorés')} (pas des pages)` : ''}.`,
    `  offres créées : ${s.created}, mises à jour : ${s.updated}, inchangées : ${s.unchanged}, protégées : ${s.protected}`,
  ];
  const teams = (outcome: EntryFileReport['outcome']) => report.teams.filter((t) => t.outcome === outcome).length;
  const infoPages = report.infoPages ?? [];
  if (infoPages.length > 0) {
    const count = (outcome: EntryFileReport['outcome']) => infoPages.filter((t) => t.outcome === outcome).length;
    lines.push(`  pages d'information (communiqués, événements, pages d'équipe, gardées dans faq/) : ${infoPages.length} (créées : ${count('created')}, mises à jour : ${count('updated')}, inchangées : ${count('unchanged')}, protégées : ${count('protected')})`);
  }
  if (report.teams.length > 0) {
    lines.push(`  équipes : ${report.teams.length} (créées : ${teams('created')}, mises à jour : ${teams('updated')}, inchangées : ${teams('unchanged')}, protégées : ${teams('protected')})`);
  }
  const orgs = report.organisations.filter((o) => o.outcome === 'created');
  if (orgs.length > 0) lines.push(`  organisations ${report.dryRun ? 'à créer' : 'créées'} : ${orgs.length}`);
  if (s.refusals.length > 0) lines.push(`  écartées ou refusées : ${s.refusals.map((r) => `${REFUSAL_NAMES[r.kind] ?? r.kind} ${r.count}`).join(', ')}`);
  if (s.imported > 0) {
    lines.push(`  faits trouvés (offres importées qui les indiquent, sur ${s.imported}) : ${s.foundFields.map((f) => `${FIELD_NAMES[f.field]} ${f.count}`).join(', ')}`);
    lines.push(`  lien vers la page elle-même : ${s.linked} sur ${s.imported}${s.linked < s.imported ? ' (les autres citent le site de leur organisation ; --source-url pour donner le leur)' : ''}`);
  }
  if (s.missingFields.length > 0) lines.push(`  champs que les pages n’indiquent pas : ${s.missingFields.map((m) => `${FIELD_NAMES[m.field]} ${m.count}`).join(', ')}`);
  if (report.durationMs !== undefined) lines.push(`  durée : ${(report.durationMs / 1000).toLocaleString('fr-FR', { maximumFractionDigits: 1 })} s`);
  const review = toReviewLines(report);
  if (review.length > 0) lines.push('', 'À vérifier :', ...review);
  const freshness = report.freshness ? freshnessLines(report.freshness, '  ') : [];
  if (freshness.length > 0) lines.push('', 'Fraîcheur des offres :', ...freshness);
  if (report.validationProblems) {
    lines.push(
      '',
      report.validationProblems.length === 0
        ? 'Contrôle du dossier (knowledge check) : aucun problème.'
        : `Contrôle du dossier (knowledge check) : ${report.validationProblems.length} problème(s) :`,
      ...report.validationProblems.map((p) => `  ${p}`),
    );
  }
  return lines;
}

/** The whole report as French text: the files (unchanged ones counted, not listed), then the summary. */
export function reportText(report: ImportReport): string {
  const listed = report.files.filter((f) => f.outcome !== 'unchanged');
  const entries = [...report.teams, ...report.organisations, ...(report.infoPages ?? [])].filter((e) => e.outcome !== 'unchanged').map((e) => `${OUTCOME_WORDS[e.outcome].padEnd(12)}${e.target} (« ${e.name} »)`);
  return `${[...listed.flatMap(fileLines), ...entries, '', ...summaryLines(report)].join('\n')}\n`;
}
