/**
 * Replies as the website's Web Chat receives them over Direct Line, and as the terminal shows
 * them: offers presented once (a card list on the website, lines in the terminal), and the
 * rating of an answer with Web Chat's own like / dislike, which reaches the feedback report.
 */
import type { Activity } from 'botbuilder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { offersShown } from '../../src/cards/offer-card.js';
import { say } from '../../src/terminal-chat.js';
import { generateToken, pollReplies, postDirectLine, startHttpTremplin, type DirectLineGrant, type RunningTremplin } from '../support/tremplin-http.js';

let running: RunningTremplin;
beforeAll(async () => {
  running = await startHttpTremplin();
});
afterAll(() => running.close());

/** Posts an event as Web Chat does; its activity id. */
async function postEvent(grant: DirectLineGrant, event: Record<string, unknown>): Promise<string> {
  const res = await fetch(`${running.url}/v3/directline/conversations/${encodeURIComponent(grant.conversationId)}/activities`, {
    method: 'POST',
    headers: { authorization: `Bearer ${grant.token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ type: 'event', from: { id: 'me' }, locale: 'fr-FR', ...event }),
  });
  expect(res.status).toBe(200);
  return ((await res.json()) as { id: string }).id;
}

async function ask(grant: DirectLineGrant, text: string): Promise<Partial<Activity>> {
  return (await pollReplies(running.url, grant, await postDirectLine(running.url, grant, text))).at(-1)!;
}

const feedbackOf = (reply: Partial<Activity>) =>
  ((reply.entities ?? [])[0] as { potentialAction?: { '@type': string; '@id': string }[] } | undefined)?.potentialAction ?? [];

async function report() {
  await running.tremplin.bot.afterReply.idle();
  return running.tremplin.services.insights!.feedback({});
}

describe('the website’s replies', () => {
  it('presents a listing’s offers once: a summary, then one card list, sources pointing at it', async () => {
    const reply = await ask(await generateToken(running.url), 'Quelles offres sont ouvertes à la DINUM ?');
    // The DINUM's offers come from its page of May 2023: none open today, the latest shown as such.
    // The 8 beyond the cards are named, so the list is whole.
    expect(reply.text).toMatch(/^Je ne connais aucune offre ouverte à la DINUM\. 18 offres publiées plus tôt \(27 postes\) ne le sont plus \(ou probablement plus\)\. Les 8 plus anciennes\s:[^\n]+Responsable de recherche utilisateur\s»\. Les 10 plus récentes\s:\n\nSources\s:\sles 10 offres ci-dessous\.$/);
    expect(reply.attachmentLayout).toBe('list');
    expect(offersShown(reply.attachments)).toHaveLength(10);
    expect((reply.channelData as { sources: string[] }).sources).toHaveLength(10);
  });

  it('rates an answer with Web Chat’s like / dislike, once, and only its own answers', async () => {
    const grant = await generateToken(running.url);
    const answer = await ask(grant, 'Combien de jours de télétravail chez beta.gouv.fr ?');
    const actions = feedbackOf(answer);
    expect(actions.map((a) => a['@type'])).toEqual(['LikeAction', 'DislikeAction']);
    expect((answer.suggestedActions?.actions ?? []).map((a) => a.title)).not.toContain('Utile');
    const before = (await report()).find((r) => r.intent === 'remote_work')?.notHelpful ?? 0;

    const dislike = actions.find((a) => a['@type'] === 'DislikeAction')!;
    const thanks = await pollReplies(running.url, grant, await postEvent(grant, { name: 'webchat:activity-status/feedback', entities: [dislike] }));
    expect(thanks.at(-1)!.text).toContain('Merci de nous le dire');
    expect((thanks.at(-1)!.suggestedActions?.actions ?? []).map((a) => a.title)).toContain('Parler à un humain');
    expect((await report()).find((r) => r.intent === 'remote_work')).toMatchObject({ notHelpful: before + 1 });

    // Again, or for an answer this conversation never had: not counted.
    await postEvent(grant, { name: 'webchat:activity-status/feedback', entities: [dislike] });
    await postEvent(grant, { name: 'webchat:activity-status/feedback', entities: [{ '@type': 'DislikeAction', '@id': 'urn:tremplin:answer:999:dislike' }] });
    await postEvent(grant, { name: 'webchat:activity-status/feedback', entities: [{ '@type': 'DislikeAction', '@id': '<script>alert(1)</script>', extra: 'x'.repeat(10_000) }] });
    // Turns of a conversation run in order: once a later question is answered, those events were handled.
    await ask(grant, 'Merci');
    expect((await report()).find((r) => r.intent === 'remote_work')).toMatchObject({ notHelpful: before + 1 });
  });

  it('shows the offers as lines of text in the terminal, where cards are not shown', async () => {
    const [reply] = await say(running.tremplin, 'terminal-listing', 'Quelles offres sont ouvertes au PEReN ?', 'fr-FR');
    expect(reply!.cards).toEqual([]);
    // The PEReN's page gives no date: counted as announced, each line saying it is to be checked.
    expect(reply!.text).toMatch(/^3 offres annoncées \(non datées\) au PEReN\.\n\n.+vérifiez sur leur annonce \(liens ci-dessous\).+\n\n- \[.+\]\(https:[^)]+\) — PEReN, lieu non précisé, annoncée sans date, à vérifier$/m);
    expect(reply!.text).toContain("NLP data scientist");
    expect(reply!.text).toContain('Sources : [1]');
    expect(reply!.suggestions).toEqual(['Télétravail ?', 'Comment postuler', 'Utile', 'Pas utile']);
  });
});
