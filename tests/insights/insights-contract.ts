/**
 * The behaviour the insights owe the bot and HR, run against each database
 * (sqlite-insights.test.ts, postgres-insights.test.ts) through a factory of empty databases.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { openApplicationStore } from '../../src/applications/open.js';
import { MIGRATIONS } from '../../src/applications/migrations.js';
import type { Config } from '../../src/config.js';
import { insightsErrors } from '../../src/errors.js';
import { openInsights, type FeedbackEvent, type Insights, type QuestionEvent } from '../../src/insights/index.js';
import { createLogger } from '../../src/logger.js';
import { capturingLogger } from '../applications/store-contract.js';

/** Where one empty database is: a data folder, and a PostgreSQL URL or none. */
export type NewDatabase = () => Promise<Pick<Config, 'dataDir' | 'databaseUrl'>>;

const DAY = 86_400_000;
const NOW = new Date('2024-06-15T12:00:00Z');
const daysAgo = (n: number) => new Date(NOW.getTime() - n * DAY);

const question = (text: string, over: Partial<QuestionEvent> = {}): QuestionEvent => ({
  kind: 'unanswered',
  question: text,
  lang: 'fr',
  channel: 'webchat',
  at: daysAgo(1),
  ...over,
});
const feedback = (helpful: boolean, intent: string, sources: string[], over: Partial<FeedbackEvent> = {}): FeedbackEvent => ({
  helpful,
  intent,
  sources,
  lang: 'fr',
  channel: 'webchat',
  at: daysAgo(1),
  ...over,
});

/** Runs the contract against databases made by `newDatabase`. */
export function describeInsights(name: string, newDatabase: NewDatabase): void {
  describe(`insights contract (${name})`, () => {
    const opened: Array<{ close(): Promise<void> }> = [];
    afterEach(async () => {
      await Promise.all(opened.splice(0).map((s) => s.close()));
    });
    async function open(config?: Pick<Config, 'dataDir' | 'databaseUrl'>, logger = createLogger('silent')): Promise<Insights> {
      const insights = await openInsights(config ?? (await newDatabase()), logger, { now: () => NOW });
      opened.push(insights);
      return insights;
    }

    it('groups similar unanswered questions, most frequent first, with a representative and examples', async () => {
      const insights = await open();
      for (const text of [
        'Y a-t-il une cantine ?',
        'Y a-t-il une cantine ?',
        'Il y a une cantine ?',
        "est-ce qu'il y a une cantine sur place",
        'cantinne au bureau ?',
      ]) {
        await insights.recordQuestion(question(text));
      }
      await insights.recordQuestion(question('les tickets restaurant ?', { channel: 'msteams', at: daysAgo(3) }));
      await insights.recordQuestion(question('Avez-vous des tickets restaurant ?', { kind: 'escalation', at: daysAgo(2) }));

      const groups = await insights.unanswered({});
      expect(groups.map((g) => g.count)).toEqual([5, 2]);
      expect(groups[0]).toMatchObject({ representative: 'Y a-t-il une cantine ?', langs: { fr: 5 }, channels: { webchat: 5 }, escalations: 0 });
      expect(groups[0]!.examples).toHaveLength(3);
      expect(groups[0]!.examples).not.toContain('Y a-t-il une cantine ?');
      expect(groups[1]).toMatchObject({
        representative: 'les tickets restaurant ?',
        examples: ['Avez-vous des tickets restaurant ?'],
        channels: { msteams: 1, webchat: 1 },
        escalations: 1,
      });
      expect(groups[1]!.firstAt).toEqual(daysAgo(3));
      expect(groups[1]!.lastAt).toEqual(daysAgo(2));
    });

    it('reads only the period asked, and at most `limit` groups', async () => {
      const insights = await open();
      await insights.recordQuestion(question('Y a-t-il une crèche ?', { at: daysAgo(30) }));
      await insights.recordQuestion(question('Y a-t-il une crèche ?', { at: daysAgo(30) }));
      await insights.recordQuestion(question('Y a-t-il une salle de sport ?', { at: daysAgo(2) }));
      await insights.recordQuestion(question('Faut-il parler allemand ?', { lang: 'fr', at: daysAgo(1) }));
      await insights.recordQuestion(question('Do I need to speak German?', { lang: 'en', at: daysAgo(1) }));

      const lastWeek = await insights.unanswered({ since: daysAgo(7) });
      expect(lastWeek.map((g) => g.representative).sort()).toEqual(['Do I need to speak German?', 'Faut-il parler allemand ?', 'Y a-t-il une salle de sport ?']);
      expect((await insights.unanswered({})).map((g) => g.representative)[0]).toBe('Y a-t-il une crèche ?');
      expect(await insights.unanswered({ limit: 1 })).toHaveLength(1);
    });

    it('stores questions masked: no address, phone or dossier number comes back', async () => {
      const insights = await open();
      await insights.recordQuestion(question('Où en est mon dossier DS-2024-00123 ? camille.petit@example.fr 06 12 34 56 78'));
      await insights.recordFeedback(feedback(false, 'application_status', ['suivi'], { question: 'appelez le +33 6 12 34 56 78' }));
      const [group] = await insights.unanswered({});
      expect(group!.representative).toBe('Où en est mon dossier [référence] ? [email] [téléphone]');
      const [summary] = await insights.feedback({});
      expect(summary!.questions).toEqual(['appelez le [téléphone]']);
    });

    it('keeps the language, defaulting to French, and ignores empty questions', async () => {
      const insights = await open();
      await insights.recordQuestion(question('   '));
      await insights.recordQuestion(question('Quid des mutuelles ?', { lang: 'de' as 'fr' }));
      await insights.recordQuestion(question('What about health insurance?', { lang: 'en' }));
      const groups = await insights.unanswered({});
      expect(groups).toHaveLength(2);
      expect(groups.map((g) => g.langs).sort((a, b) => Object.keys(a)[0]!.localeCompare(Object.keys(b)[0]!))).toEqual([{ en: 1 }, { fr: 1 }]);
    });

    it('ranks answers least helpful first, with their sources and the questions of the "Pas utile"', async () => {
      const insights = await open();
      const clicks: FeedbackEvent[] = [
        ...Array.from({ length: 30 }, (_, i) => feedback(false, 'salary', ['beta-gouv-developpeurs', 'salaires'], { question: `salaire junior ${i % 2 ? '?' : ''}` })),
        ...Array.from({ length: 10 }, () => feedback(true, 'salary', ['salaires', 'beta-gouv-developpeurs'])),
        feedback(false, 'remote_work', ['teletravail'], { question: 'télétravail le lundi ?' }),
        ...Array.from({ length: 5 }, () => feedback(true, 'contract', ['contrat-dinum'])),
      ];
      for (const click of clicks) await insights.recordFeedback(click);

      const summaries = await insights.feedback({});
      expect(summaries.map((s) => [s.intent, s.sources, s.notHelpful, s.helpful])).toEqual([
        ['salary', ['beta-gouv-developpeurs', 'salaires'], 30, 10],
        ['remote_work', ['teletravail'], 1, 0],
        ['contract', ['contrat-dinum'], 0, 5],
      ]);
      expect(summaries[0]!.questions.sort()).toEqual(['salaire junior', 'salaire junior ?']);
      expect(summaries[1]!.questions).toEqual(['télétravail le lundi ?']);
      expect(summaries[2]!.questions).toEqual([]);
      expect(await insights.feedback({ limit: 1 })).toHaveLength(1);
      expect(await insights.feedback({ since: NOW })).toEqual([]);
    });

    it('purges what is older than the date, questions and feedback alike', async () => {
      const insights = await open();
      await insights.recordQuestion(question('vieille question', { at: daysAgo(400) }));
      await insights.recordFeedback(feedback(false, 'salary', ['s'], { at: daysAgo(400) }));
      await insights.recordQuestion(question('question récente', { at: daysAgo(1) }));
      expect(await insights.purge({ olderThan: daysAgo(365) })).toBe(2);
      expect((await insights.unanswered({})).map((g) => g.representative)).toEqual(['question récente']);
      expect(await insights.feedback({})).toEqual([]);
    });

    it('never throws into the bot: a storage failure is logged without the question', async () => {
      const { logger, lines } = capturingLogger('warn');
      const insights = await open(undefined, logger);
      await insights.close();
      await expect(insights.recordQuestion(question('camille@example.fr veut une cantine'))).resolves.toBeUndefined();
      await expect(insights.recordFeedback(feedback(true, 'salary', ['s'], { question: 'camille@example.fr' }))).resolves.toBeUndefined();
      expect(lines.filter((l) => l.msg === insightsErrors.recordFailed)).toHaveLength(2);
      expect(JSON.stringify(lines)).not.toContain('camille');
    });

    it('counts visitors, not repeats, and keeps the offer and team a question was about', async () => {
      const insights = await open();
      for (let i = 0; i < 5; i += 1) await insights.recordQuestion(question('Y a-t-il une piscine ?', { visitor: 'user-1' }));
      await insights.recordQuestion(question('Y a-t-il une piscine ?', { visitor: 'user-2' }));
      await insights.recordQuestion(question('Quel TJM pour le dev Dora ?', { intent: 'salary', offerId: 'dora-dev', teamId: 'dora', visitor: 'user-3' }));
      await insights.recordQuestion(question('Quel TJM pour le dev Dora ?', { intent: 'salary', offerId: 'dora-dev', teamId: 'dora', visitor: 'user-4' }));
      await insights.recordQuestion(question('Quel TJM pour le dev Dora ?', { intent: 'salary', offerId: 'dora-dev', teamId: 'dora', visitor: 'user-5' }));
      const groups = await insights.unanswered({});
      expect(groups.map((g) => [g.representative, g.visitors, g.count])).toEqual([
        ['Quel TJM pour le dev Dora ?', 3, 3],
        ['Y a-t-il une piscine ?', 2, 6],
      ]);
      expect(groups[0]).toMatchObject({ intent: 'salary', offerIds: ['dora-dev'], teamId: 'dora' });
      expect(JSON.stringify(groups)).not.toContain('user-1');
    });

    it('shares the database with the application store, whichever opens it first', async () => {
      const first = await newDatabase();
      const insights = await open(first);
      await insights.recordQuestion(question('Y a-t-il une cantine ?'));
      const store = await openApplicationStore(first, createLogger('silent'));
      opened.push(store);
      await store.upsert([{ reference: 'DS-1', email: 'a@b.fr', offerId: 'o', status: 'received', updatedAt: daysAgo(1) }]);
      expect(await store.count()).toBe(1);

      // A database the application store filled before migration 3 existed.
      const older = await newDatabase();
      const oldStore = await openApplicationStore(older, createLogger('silent'), { migrations: MIGRATIONS.filter((m) => m.version < 3) });
      await oldStore.upsert([{ reference: 'DS-2', email: 'a@b.fr', offerId: 'o', status: 'received', updatedAt: daysAgo(1) }]);
      await oldStore.close();
      const migrating = capturingLogger();
      const upgraded = await open(older, migrating.logger);
      expect(migrating.lines.filter((l) => l.msg === 'applications: database schema updated').map((l) => l.versions)).toEqual([[3, 4]]);
      await upgraded.recordQuestion(question('Y a-t-il une crèche ?'));
      expect((await upgraded.unanswered({})).map((g) => g.count)).toEqual([1]);
      const reopened = await openApplicationStore(older, createLogger('silent'));
      opened.push(reopened);
      expect((await reopened.show('DS-2'))?.status).toBe('received');
    });
  });
}
