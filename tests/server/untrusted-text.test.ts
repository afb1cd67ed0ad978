/**
 * Someone else's words shown as text: a visitor's question in the recruiters' report of
 * unanswered questions (Teams, the command line), a recruiter's note in the candidate's status
 * reply. Every form of link issue 13 found alive — markdown, HTML, `https:/x`, entities,
 * `javascript:`, protocol-relative — is rendered as Web Chat and Teams render markdown
 * (markdown-it, raw HTML and linkify on: the most permissive) and must come out as text.
 */
import MarkdownIt from 'markdown-it';
import type { Activity } from 'botbuilder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { markdownText, plainText } from '../../src/text/untrusted.js';
import { formatUnanswered } from '../../src/insights/cli.js';
import { check } from '../support/conversation.js';
import { botFrameworkMessage, generateToken, pollReplies, postDirectLine, postMessage, startHttpTremplin, type RunningTremplin } from '../support/tremplin-http.js';

/** Every form of link and markup issue 13 saw survive, and a few more. */
const HOSTILE = [
  '[cliquez](//phish.example/x)',
  '<a href="//phish.example/x">cliquez</a>',
  'voir https:/phish.example/login',
  'voir &#104;ttps://phish.example/a et &lt;a href=x&gt;',
  'java&#115;cript&#58;alert(document.cookie)',
  '[x](javascript:alert(1))',
  '![pixel](https://phish.example/p.png)',
  '<img src=x onerror=alert(1)>',
  'www.phish.example/login',
  'phish.example/login?next=1',
  'ｈｔｔｐｓ：／／phish．example',
  '<https://phish.example>',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  '\u202eelpmaxe.hsihp\u202c \u001b[31mrouge\u0007',
];

const render = new MarkdownIt({ html: true, linkify: true });

/** What a renderer would make live of `markdown` that the knowledge did not put there: images, markup, the attacker's host. */
function live(markdown: string): string[] {
  const html = render.render(markdown);
  const tags = [...html.matchAll(/<(a|img|script|iframe|svg)\b[^>]*>/gi)].map((m) => m[0]).filter((tag) => !/^<a href="https?:\/\/[a-z.-]+\.gouv\.fr[^"]*">$/.test(tag));
  return tags.concat(/phish\.example/i.test(html) ? ['phish.example'] : []);
}

describe('markdownText and plainText', () => {
  it.each(HOSTILE)('shows %j as text: no link, no markup, no host a renderer would link', (text) => {
    expect(live(markdownText(text))).toEqual([]);
    expect(plainText(text)).not.toMatch(/phish\.example|[\u0000-\u001f\u007f\u202a-\u202e]/i);
  });

  it('keeps what people write readable', () => {
    expect(plainText('Le télétravail est possible chez beta.gouv.fr ? 8 ans, à 10:30')).toBe('Le télétravail est possible chez beta[.]gouv[.]fr ? 8 ans, à 10:30');
    expect(render.renderInline(markdownText('Entretien *mardi* à 10 h (salle 2) — [email]'))).toBe('Entretien *mardi* à 10 h (salle 2) — [email]');
  });
});

describe('in the product', () => {
  let instance: RunningTremplin;
  const TENANT = '22222222-aaaa-bbbb-cccc-000000000002';
  beforeAll(async () => {
    instance = await startHttpTremplin({ ALLOW_UNAUTHENTICATED_RECRUITERS: 'true', RECRUITER_TENANT_IDS: TENANT, RATE_LIMIT_DIRECTLINE_STARTS_PER_MINUTE: '1000' });
    await instance.tremplin.services.applications!.store.upsert([
      { reference: '20240001', email: 'alice@example.org', offerId: 'beta-gouv-developpeurs', status: 'received', updatedAt: new Date('2026-11-02T09:00:00Z') },
    ]);
  });
  afterAll(() => instance?.close());

  /** A recruiter's message in Teams (Agents Playground style: no app id, the development flag on). */
  async function asRecruiter(text: string): Promise<Partial<Activity>> {
    const res = await postMessage(
      instance.url,
      botFrameworkMessage(`a:teams-${Math.random()}`, text, {
        channelId: 'msteams',
        from: { id: '29:recruiter', aadObjectId: 'recruiter', name: 'Camille' },
        conversation: { id: `a:teams-${Math.random()}`, conversationType: 'personal', tenantId: TENANT },
        channelData: { tenant: { id: TENANT } },
      }),
    );
    expect(res.status).toBe(200);
    return ((await res.json()) as { activities: Partial<Activity>[] }).activities.filter((a) => a.type === 'message').at(-1)!;
  }

  it('the Teams report of unanswered questions shows visitors’ links as text', async () => {
    for (const text of HOSTILE) {
      const grant = await generateToken(instance.url);
      await pollReplies(instance.url, grant, await postDirectLine(instance.url, grant, `${text} zorglub quantique`));
    }
    await instance.tremplin.bot.afterReply.idle();
    const report = await asRecruiter('questions sans réponse');
    expect((report.channelData as { intent?: string }).intent).toBe('unanswered_report');
    // Teams gets HTML (textFormat xml) made from the reply's markdown: nothing live in either.
    expect(report.text).toMatch(/zorglub/);
    expect(live(report.text ?? '')).toEqual([]);
    const groups = await instance.tremplin.services.insights!.unanswered({ limit: 100 });
    expect(formatUnanswered(groups, new Date(0), 'tout')).not.toMatch(/phish\.example|[\u0000-\u0008\u000b-\u001f\u007f\u202a-\u202e]/i);
  });

  it('a recruiter’s note reaches the candidate as text: no image fetched, no link', async () => {
    const note = '![suivi](https://phish.example/pixel.png) [votre dossier](//phish.example/x) <img src=https://phish.example/y>';
    const updated = await asRecruiter(`passer 20240001 en entretien note : ${note}`);
    expect((updated.channelData as { intent?: string }).intent).toBe('recruiter_application');
    expect(live(updated.text ?? '')).toEqual([]);
    const grant = await generateToken(instance.url);
    const asked = 'Où en est ma candidature 20240001 ? alice@example.org';
    const replies = await pollReplies(instance.url, grant, await postDirectLine(instance.url, grant, asked));
    check(asked, replies, { intent: 'application_status', say: ['entretien', 'suivi'] });
    expect(live(replies.map((r) => r.text ?? '').join('\n'))).toEqual([]);
  });
});
