/**
 * What a group of unanswered questions is about, named for HR from the knowledge folder — the
 * offer (with its team), the team or the organisation — and where its fix belongs: a question
 * about one offer's salary is answered by completing that offer's file, not by a new FAQ entry.
 */
import { loadKnowledge } from '../knowledge/load.js';
import type { Entry, Offer, Organisation, Team } from '../knowledge/schemas.js';
import type { UnansweredGroup } from './insights.js';

/** How a group is named, and where to fix it when an offer file is the place. */
export interface GroupSubject {
  /** The offer, team or organisation the questions are about, in words. */
  subject?: string;
  /** "offers/x.md : champ salary (rémunération)" when the answer belongs in offer files. */
  fix?: string;
}

/** Names groups from one knowledge folder. */
export interface SubjectNames {
  describe(group: UnansweredGroup): GroupSubject;
  /** The organisation an FAQ draft for the group applies to: the one its questions name, if the folder has it. */
  organisationOf(group: UnansweredGroup): string | undefined;
}

/** The front-matter field that answers each kind of question about an offer. */
const FIELD_OF_INTENT: Readonly<Record<string, string>> = {
  salary: 'salary (rémunération)',
  remote_work: 'remote (télétravail)',
  contract: 'contract, duration, start_date (contrat, durée, début)',
  application_process: 'apply (où postuler)',
  contact: 'contact',
  positions: 'status, closes_on, published_on (ouverte ou non, dates)',
};

/** At most this many offer files are named per group. */
const MAX_FILES = 3;

/**
 * Reads `knowledgeDir` once and names the subjects of groups from it. A folder that cannot be
 * read names nothing (the report still prints the ids).
 */
export async function loadSubjectNames(knowledgeDir: string): Promise<SubjectNames> {
  let entries: readonly Entry[] = [];
  try {
    entries = (await loadKnowledge(knowledgeDir)).entries;
  } catch {
    entries = [];
  }
  return subjectNames(entries);
}

/** Names groups from the entries of a knowledge snapshot (the bot's, live). */
export function subjectNames(entries: readonly Entry[]): SubjectNames {
  const offers = new Map(entries.filter((e): e is Offer => e.kind === 'offer').map((e) => [e.id, e]));
  const teams = new Map(entries.filter((e): e is Team => e.kind === 'team').map((e) => [e.id, e]));
  const organisations = new Map(entries.filter((e): e is Organisation => e.kind === 'organisation').map((e) => [e.id, e]));
  const orgName = (id: string) => organisations.get(id)?.name ?? id;
  return {
    describe(group) {
      const named = group.offerIds.map((id) => offers.get(id)).filter((o): o is Offer => o !== undefined);
      if (named.length > 0) {
        const first = named[0]!;
        const subject = `« ${first.title} » (${first.team ? (teams.get(first.team)?.name ?? first.team) : orgName(first.organisation)})${named.length > 1 ? ` et ${named.length - 1} autre${named.length > 2 ? 's' : ''}` : ''}`;
        const field = FIELD_OF_INTENT[group.intent ?? ''] ?? 'l’information demandée';
        const files = named.slice(0, MAX_FILES).map((o) => o.path);
        return { subject, fix: `${files.join(', ')}${named.length > MAX_FILES ? '…' : ''} : ${field}` };
      }
      if (group.teamId) {
        const team = teams.get(group.teamId);
        return { subject: team ? `${team.name} (${orgName(team.organisation)})` : group.teamId };
      }
      return group.organisationId ? { subject: orgName(group.organisationId) } : {};
    },
    organisationOf(group) {
      const id = group.teamId ? (teams.get(group.teamId)?.organisation ?? group.organisationId) : group.organisationId;
      return id && organisations.has(id) ? id : undefined;
    },
  };
}
