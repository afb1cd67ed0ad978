/**
 * The import's report: one entry per file (created, updated, unchanged, protected, refused,
 * ignored — with the fields the page does not state and what was repaired), a summary with
 * the import rate and the most frequent refusal reasons, as French text for HR or as JSON.
 */
import { importErrors } from '../../errors.js';
import type { MissingField, Refusal, ReportedField } from './convert.js';
import type { ImportFormat } from './formats.js';

/** What happened to one file. */
export type Outcome = 'created' | 'updated' | 'unchanged' | 'protected' | 'refused' | 'ignored';

/** One line of the report. */
export interface FileReport {
  /** The page: the imported folder's name, then its path inside it. */
  readonly source: string;
  readonly outcome: Outcome;
  readonly format?: ImportFormat;
  /** The knowledge file written (or that would be), relative to the output folder. */
  readonly target?: string;
  readonly status?: 'open' | 'closed';
  readonly organisation?: string;
  /** Fields the page does not state. */
  readonly missing?: readonly MissingField[];
  /** Repairs and remarks. */
  readonly notes?: readonly string[];
  /** For `refused`: the kind of reason (stable, for programs). */
  readonly refusal?: Refusal['kind'] | 'unreadable' | 'invalid-output';
  /** For `refused`, `protected` and `ignored`: why, in French. */
  readonly reason?: string;
}

/** An organisation stub the import wrote (or would write). */
export interface StubReport {
  readonly id: string;
  readonly name: string;
  readonly target: string;
}

/** The figures of one run. */
export interface ImportSummary {
  /** Files examined that are pages (ignored files excluded). */
  readonly pages: number;
  /** Pages made knowledge files: created + updated + unchanged. */
  readonly imported: number;
  readonly created: number;
  readonly updated: number;
  readonly unchanged: number;
  /** Imported pages with at least one reported field missing. */
  readonly withMissing: number;
  /** Converted but not written: edited by hand (use --force). */
  readonly protected: number;
  readonly refused: number;
  readonly ignored: number;
  /** `imported / pages`, 0 to 1. */
  readonly rate: number;
  /** Refusals per kind, most frequent first. */
  readonly refusals: readonly { readonly kind: string; readonly count: number }[];
  /** Imported pages missing each field, most frequent first. */
  readonly missingFields: readonly { readonly field: ReportedField; readonly count: number }[];
}

/** The whole report. */
export interface ImportReport {
  readonly files: readonly FileReport[];
  readonly organisations: readonly StubReport[];
  readonly summary: ImportSummary;
  readonly dryRun: boolean;
  /** Problems `knowledge check` finds in the output folder after the import (`undefined` in a dry run). */
  readonly validationProblems?: readonly string[];
}

/** Counts the figures of `files`. */
export function summarise(files: readonly FileReport[]): ImportSummary {
  const count = (outcome: Outcome) => files.filter((f) => f.outcome === outcome).length;
  const imported = files.filter((f) => f.outcome === 'created' || f.outcome === 'updated' || f.outcome === 'unchanged');
  const pages = files.length - count('ignored');
  const refusals = new Map<string, number>();
  for (const f of files) if (f.outcome === 'refused') refusals.set(f.refusal ?? 'unreadable', (refusals.get(f.refusal ?? 'unreadable') ?? 0) + 1);
  const missing = new Map<ReportedField, number>();
  for (const f of imported) for (const m of f.missing ?? []) missing.set(m.field, (missing.get(m.field) ?? 0) + 1);
  const byCount = <K>(map: Map<K, number>) => [...map].sort((a, b) => b[1] - a[1] || String(a[0]).localeCompare(String(b[0])));
  return {
    pages,
    imported: imported.length,
    created: count('created'),
    updated: count('updated'),
    unchanged: count('unchanged'),
    withMissing: imported.filter((f) => (f.missing ?? []).length > 0).length,
    protected: count('protected'),
    refused: count('refused'),
    ignored: count('ignored'),
    rate: pages === 0 ? 0 : imported.length / pages,
    refusals: byCount(refusals).map(([kind, n]) => ({ kind, count: n })),
    missingFields: byCount(missing).map(([field, n]) => ({ field, count: n })),
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
  'daily-rate': 'taux journalier, gardé dans le texte',
  'no-basis': 'net ou brut non précisé, gardé dans le texte',
  'no-period': 'période non précisée, gardé dans le texte',
  ambiguous: 'phrase ambiguë, gardée dans le texte',
  'no-amount': 'pas de montant',
};

/** Labels of the refusal kinds in the summary. */
const REFUSAL_NAMES: Readonly<Record<string, string>> = {
  empty: 'fichier vide',
  yaml: 'en-tête YAML illisible',
  'no-title': 'pas de titre',
  'no-organisation': 'organisation non indiquée',
  test: 'fichier de test ou modèle',
  'press-or-event': 'communiqué ou événement',
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
  refused: 'refusée',
  ignored: 'ignoré',
};

/** `salaire (taux journalier, gardé dans le texte)`. */
export function missingText(missing: readonly MissingField[]): string {
  return missing.map((m) => (m.why ? `${FIELD_NAMES[m.field]} (${WHY[m.why]})` : FIELD_NAMES[m.field])).join(', ');
}

/** One file's line (and its remarks, indented), in French. */
export function fileLines(file: FileReport): string[] {
  const word = OUTCOME_WORDS[file.outcome].padEnd(12);
  if (file.outcome === 'refused' || file.outcome === 'ignored') return [`${word}${file.source} : ${file.reason ?? ''}`];
  const details: string[] = [];
  if (file.status === 'closed') details.push('fermée');
  if (file.outcome === 'protected') details.push(file.reason ?? importErrors.editedByHand);
  else if (file.missing && file.missing.length > 0) details.push(`manque : ${missingText(file.missing)}`);
  const line = `${word}${file.target} ← ${file.source}${details.length > 0 ? `  [${details.join(' ; ')}]` : ''}`;
  return [line, ...(file.notes ?? []).map((note) => `              · ${note}`)];
}

const percent = (rate: number) => `${(Math.floor(rate * 1000) / 10).toLocaleString('fr-FR')} %`;

/** `1 page lue`, `0 page lue`, `2 pages lues`: French counts 0 and 1 in the singular. */
const count = (n: number, singular: string, plural: string) => `${n} ${n <= 1 ? singular : plural}`;

/** The summary lines, in French. */
export function summaryLines(report: ImportReport): string[] {
  const s = report.summary;
  const lines = [
    `${report.dryRun ? 'Essai (--dry-run, rien n’est écrit) : ' : ''}${count(s.pages, 'page lue', 'pages lues')} : ${count(s.imported, 'importée', 'importées')} (${percent(s.rate)}), dont ${s.withMissing} avec des champs manquants ; ${count(s.refused, 'refusée', 'refusées')}${s.protected > 0 ? ` ; ${count(s.protected, 'protégée', 'protégées')} (modifiée à la main, --force pour remplacer)` : ''}${s.ignored > 0 ? ` ; ${count(s.ignored, 'fichier ignoré', 'fichiers ignorés')} (pas des pages)` : ''}.`,
    `  créées : ${s.created}, mises à jour : ${s.updated}, inchangées : ${s.unchanged}`,
  ];
  if (s.refusals.length > 0) lines.push(`  refus : ${s.refusals.map((r) => `${REFUSAL_NAMES[r.kind] ?? r.kind} ${r.count}`).join(', ')}`);
  if (s.missingFields.length > 0) lines.push(`  champs manquants : ${s.missingFields.map((m) => `${FIELD_NAMES[m.field]} ${m.count}`).join(', ')}`);
  for (const org of report.organisations) {
    lines.push(`  organisation ${report.dryRun ? 'à créer' : 'créée'} : ${org.target} (« ${org.name} », à compléter)`);
  }
  if (report.validationProblems) {
    lines.push(
      report.validationProblems.length === 0
        ? '  contrôle du dossier (knowledge check) : aucun problème.'
        : `  contrôle du dossier (knowledge check) : ${report.validationProblems.length} problème(s) :`,
      ...report.validationProblems.map((p) => `    ${p}`),
    );
  }
  return lines;
}

/** The whole report as French text. */
export function reportText(report: ImportReport): string {
  return `${[...report.files.flatMap(fileLines), '', ...summaryLines(report)].join('\n')}\n`;
}
