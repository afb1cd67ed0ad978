/**
 * The offers the freshness rule (open-status.ts) no longer serves as open, listed for HR by
 * `knowledge check` and by the import's summary: which file, since when, how old — so that
 * each one gets a closing date, `status: closed`, or `reviewed_on` when it is still open.
 */
import { FRESH_FOR_DAYS, offerState } from './open-status.js';
import type { Entry, Offer } from './schemas.js';

/** One offer past the freshness rule. */
export interface StaleOffer {
  /** Path relative to the knowledge folder. */
  readonly path: string;
  readonly title: string;
  /** The date its freshness counts from (publication or last review), `YYYY-MM-DD`; absent for an imported page that gave no date. */
  readonly from?: string;
  /** Whether `from` is the last review (`reviewed_on`) rather than the publication. */
  readonly reviewed: boolean;
  /** Days since `from`. */
  readonly ageDays?: number;
  /** For an offer with no publication or review date, aged by its start date: that date, `YYYY-MM-DD`. */
  readonly startedOn?: string;
}

/** What the freshness rule says of a folder's offers on one day. */
export interface FreshnessReport {
  /** Offers with `status: open` and no closing date, past `FRESH_FOR_DAYS`: oldest first. */
  readonly stale: readonly StaleOffer[];
  /** Open offers with no closing date and no publication or review date: they cannot be aged. */
  readonly undated: readonly string[];
}

/** Applies the freshness rule to `entries` on `today` (`YYYY-MM-DD`). */
export function freshnessReport(entries: readonly Entry[], today: string): FreshnessReport {
  const stale: StaleOffer[] = [];
  const undated: string[] = [];
  for (const entry of entries) {
    if (entry.kind !== 'offer') continue;
    const state = offerState(entry, today);
    if (state.state === 'stale') {
      const dated = state.from ? { from: state.from, ageDays: state.ageDays } : state.startedOn ? { startedOn: state.startedOn, ageDays: state.ageDays } : {};
      stale.push({ path: entry.path, title: entry.title, ...dated, reviewed: state.from !== undefined && isReviewDate(entry, state.from) });
    } else if (state.state === 'open' && state.from === undefined && entry.closes_on === undefined) {
      undated.push(entry.path);
    }
  }
  stale.sort((a, b) => (b.ageDays ?? Infinity) - (a.ageDays ?? Infinity) || (a.path < b.path ? -1 : 1));
  return { stale, undated };
}

const isReviewDate = (offer: Offer, from: string) => offer.reviewed_on === from && offer.published_on !== from;

/** `2 043 jours`, `1 jour`: French count with grouped thousands. */
function days(n: number): string {
  return `${n.toLocaleString('fr-FR').replace(/\u202f/g, ' ')} jour${n > 1 ? 's' : ''}`;
}

/** The report as French lines for HR (nothing when no offer is concerned). */
export function freshnessLines(report: FreshnessReport, indent = ''): string[] {
  const lines: string[] = [];
  if (report.stale.length > 0) {
    lines.push(
      `${indent}${report.stale.length} offre${report.stale.length > 1 ? 's' : ''} « ouverte${report.stale.length > 1 ? 's' : ''} » sans date de clôture, publiée${report.stale.length > 1 ? 's' : ''} ou revue${report.stale.length > 1 ? 's' : ''} il y a plus de ${FRESH_FOR_DAYS} jours (ou sans date de publication mais avec une date de début passée depuis plus de ${FRESH_FOR_DAYS} jours, ou importée${report.stale.length > 1 ? 's' : ''} sans date) : le bot les présente comme probablement plus ouvertes, sans les proposer.`,
      `${indent}  Pour chacune : closes_on, ou status: closed, ou reviewed_on: <date du jour> si elle est toujours ouverte.`,
    );
    for (const offer of report.stale) {
      lines.push(
        offer.from
          ? `${indent}  ${offer.path} : ${offer.reviewed ? 'revue' : 'publiée'} le ${offer.from}, il y a ${days(offer.ageDays!)}`
          : offer.startedOn
            ? `${indent}  ${offer.path} : sans date de publication, début prévu le ${offer.startedOn}, il y a ${days(offer.ageDays!)} (ajoutez published_on, ou reviewed_on si elle est ouverte)`
            : `${indent}  ${offer.path} : importée d'une page sans date (ajoutez published_on, ou reviewed_on si elle est ouverte)`,
      );
    }
  }
  if (report.undated.length > 0) {
    const many = report.undated.length > 1;
    lines.push(
      `${indent}${report.undated.length} offre${many ? 's' : ''} ouverte${many ? 's' : ''} sans date de publication ni de clôture : leur fraîcheur ne peut pas être vérifiée. Le bot ${many ? 'les liste' : 'la liste'} comme « annoncée${many ? 's' : ''} (non datée${many ? 's' : ''}) » et invite à vérifier sur l'annonce qu'${many ? 'elles sont' : 'elle est'} toujours ouverte${many ? 's' : ''}.`,
      `${indent}  Pour chacune : published_on, ou reviewed_on: <date du jour> si elle est toujours ouverte, ou closes_on.`,
      ...report.undated.map((path) => `${indent}  ${path} : ni published_on, ni reviewed_on, ni closes_on`),
    );
  }
  return lines;
}
