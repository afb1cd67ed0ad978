/**
 * What a Teams user sees of Tremplin's replies, at the activity level: HTML text Teams renders
 * (no raw markdown), offers as one Adaptive Card list (no carousel), short button labels, and
 * Teams' own like / dislike, which reaches the feedback report.
 */
import type { Activity } from 'botbuilder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { offersShown } from '../../src/cards/offer-card.js';
import { startHttpTremplin, type RunningTremplin } from '../support/tremplin-http.js';

let running: RunningTremplin;
beforeAll(async () => {
  running = await startHttpTremplin();
});
afterAll(() => running.close());

let conversations = 0;
const teams = (conversationId: string, fields: Record<string, unknown>) => ({
  channelId: 'msteams',
  serviceUrl: 'http://localhost:56150/',
  from: { id: '29:candidate', aadObjectId: 'candidate', name: 'Camille' },
  recipient: { id: '28:tremplin', name: 'Tremplin' },
  conversation: { id: conversationId, conversationType: 'personal', tenantId: 'tenant' },
  channelData: { tenant: { id: 'tenant' } },
  locale: 'fr-FR',
  ...fields,
});

async function post(body: unknown): Promise<{ status: number; body: any }> {
  const res = await fetch(`${running.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: res.status, body: await res.json().catch(() => undefined) };
}

/** A Teams conversation: says a message, returns the bot's message replies. */
function teamsChat(locale = 'fr-FR') {
  const id = `a:teams-replies-${++conversations}`;
  return {
    id,
    async say(text: string): Promise<Partial<Activity>[]> {
      const { status, body } = await post(teams(id, { type: 'message', text, deliveryMode: 'expectReplies', locale }));
      expect(status).toBe(200);
      return (body.activities as Partial<Activity>[]).filter((a) => a.type === 'message');
    },
    invoke: (name: string, value: unknown, fields: Record<string, unknown> = {}) => post(teams(id, { type: 'invoke', name, value, locale, ...fields })),
  };
}

const labels = (reply: Partial<Activity>) => (reply.suggestedActions?.actions ?? []).map((a) => String(a.title));

describe('replies in Teams', () => {
  it('lists offers in one Adaptive Card list, with HTML text, the offers said once', async () => {
    const [reply] = await teamsChat().say('Quelles offres sont ouvertes à la DINUM ?');
    expect(reply!.textFormat).toBe('xml');
    expect(reply!.text).toMatch(/^<p>Je ne connais aucune offre ouverte à la DINUM\. 18 offres publiées plus tôt \(27 postes\)/);
    expect(reply!.text).not.toMatch(/\*\*|^- |\n- /m);
    expect(reply!.text).toContain('Sources : les 10 offres ci-dessous.');
    expect(reply!.text).not.toContain('Data scientist');
    expect(reply!.attachmentLayout).toBe('list');
    expect(reply!.attachments).toHaveLength(1);
    expect(reply!.attachments![0]!.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(offersShown(reply!.attachments)).toHaveLength(10);
    expect(JSON.stringify(reply!.attachments)).toContain('Data scientist');
  });

  it('renders the welcome’s list and bold as HTML', async () => {
    const [reply] = await teamsChat().say('Aide');
    expect(reply!.text).toContain('<ul><li>les <strong>offres ouvertes</strong>');
    expect(reply!.text).not.toContain('**');
  });

  it('keeps button labels short and whole-worded, with the whole text as the value', async () => {
    const [reply] = await teamsChat().say('Quel est le salaire ?');
    const actions = reply!.suggestedActions!.actions;
    expect(actions.length).toBeGreaterThan(2);
    for (const action of actions) {
      const title = String(action.title);
      expect(title.length, title).toBeLessThanOrEqual(30);
      if (title.endsWith('…')) {
        expect(String(action.value).startsWith(title.slice(0, -1))).toBe(true);
        expect(String(action.value).charAt(title.length - 1)).toMatch(/[\s,;:·—(]/);
      }
    }
  });

  it('never passes a user’s markup through as HTML', async () => {
    const replies = await teamsChat().say('<img src=x onerror=alert(1)> <b>salaire</b> chez beta.gouv.fr ?');
    for (const reply of replies) expect(reply.text).not.toMatch(/<img|<b>/);
  });

  it('uses Teams’ like / dislike on answers, and the rating reaches the feedback report', async () => {
    const chat = teamsChat();
    const [answer] = await chat.say('Le télétravail est possible chez beta.gouv.fr ?');
    expect(answer!.channelData).toMatchObject({ intent: 'remote_work', feedbackLoopEnabled: true });
    expect(labels(answer!)).not.toContain('Utile');
    const rated = await chat.invoke('message/submitAction', { actionName: 'feedback', actionValue: { reaction: 'dislike', feedback: '{"feedbackText":"trop vague"}' } });
    expect(rated.status).toBe(200);
    await running.tremplin.bot.afterReply.idle();
    const report = await running.tremplin.services.insights!.feedback({});
    expect(report.find((r) => r.intent === 'remote_work' && r.sources.includes('beta-gouv-developpeurs'))).toMatchObject({ notHelpful: 1 });

    // The same answer rated again counts once.
    await chat.invoke('message/submitAction', { actionName: 'feedback', actionValue: { reaction: 'dislike' } });
    await running.tremplin.bot.afterReply.idle();
    const again = await running.tremplin.services.insights!.feedback({});
    expect(again.find((r) => r.intent === 'remote_work')).toMatchObject({ notHelpful: 1 });
  });

  it('offers no rating on a question back to the user or a greeting', async () => {
    const [greeting] = await teamsChat().say('Bonjour');
    expect(greeting!.channelData).not.toHaveProperty('feedbackLoopEnabled');
  });
});
