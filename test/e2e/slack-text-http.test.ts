import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventCallbackBody, JSON_CONTENT_TYPE, sendSignedRequest, Workspace, type LocalSlackApi, type StoredMessage } from '../../src/local-slack/index.js';
import type { RunningLpCoach } from '../../src/startup.js';
import { setUpE2e, waitFor, type E2eSetup } from './e2e-app.js';

/**
 * Issue 11.1, through the real HTTP receiver: Slack sends an answer's text with `&`, `<`, `>` escaped and with
 * mentions as markup. The private feedback must quote the person's words escaped exactly once (Slack shows "R&D",
 * not "R&amp;D"), must not ping anyone (`<!channel>`, `<@U…>` never live), and the stored answer stays as Slack sent it.
 */

const BOT_TOKEN = 'xoxb-slack-text-e2e';
const SIGNING_SECRET = 'slack-text-e2e-signing-secret-0123456789';
const CHANNEL = 'C0SLACKTXT';
const [ANA, SAM] = ['U0ANA0011', 'U0XXXX'] as const;

/**
 * Every sentence carries one of the escaped characters, so whatever sentence the feedback quotes shows them. No measured
 * result and no learning: the two weakest criteria quote the story's own sentences.
 */
export const SLACK_TEXT =
  'Last spring I ran the R&amp;D budget review for our P&amp;L owner, <@U0XXXX|sam>, because R&amp;D spend had grown for two years. ' +
  'I pulled every R&amp;D invoice and the P&amp;L lines behind them, and I found that the p95 latency target of &lt; 300 ms drove most of the cost. ' +
  'I told <!channel> in our R&amp;D channel that I would cut the caching tier that kept responses &lt; 300 ms for internal tools, and the P&amp;L owner agreed. ' +
  'I moved those R&amp;D tools to a cheaper tier where &lt; 300 ms was not needed and kept the customer paths on the fast tier, as <@U0XXXX|sam> and <!channel> heard in the P&amp;L review.';

const clock = { now: new Date('2026-11-30T11:00:00Z') };
let setup: E2eSetup;
let api: LocalSlackApi;
let workspace: Workspace;
let app: RunningLpCoach;

async function send(event: Record<string, unknown>, eventId: string): Promise<number> {
  const body = eventCallbackBody({
    team_id: workspace.team.id,
    api_app_id: workspace.bot.appId,
    event,
    event_id: eventId,
    event_time: Math.floor(clock.now.getTime() / 1000),
    bot_user_id: workspace.bot.userId,
  });
  return (await sendSignedRequest(setup.eventsUrl(app), { body, contentType: JSON_CONTENT_TYPE, signingSecret: SIGNING_SECRET })).status;
}

const replyEvent = (m: StoredMessage) => ({ type: 'message', channel: CHANNEL, user: m.user, text: m.text, ts: m.ts, thread_ts: m.thread_ts, event_ts: m.ts, channel_type: 'channel' });
const ephemeralsTo = (user: string) => api.callsTo('chat.postEphemeral').filter((c) => c.args.user === user);

/** Every mrkdwn string of a message: its fallback text and each text object in its blocks. */
function mrkdwnOf(args: Record<string, unknown>): string[] {
  const texts: string[] = [String(args.text ?? '')];
  const blocks = typeof args.blocks === 'string' ? (JSON.parse(args.blocks) as unknown[]) : ((args.blocks as unknown[] | undefined) ?? []);
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value !== null && typeof value === 'object') {
      const object = value as Record<string, unknown>;
      if (typeof object.text === 'string') texts.push(object.text);
      Object.values(object).forEach(walk);
    }
  };
  walk(blocks);
  return texts;
}

beforeAll(async () => {
  workspace = new Workspace({ now: () => clock.now.getTime() });
  workspace.addUser({ id: ANA, name: 'ana' });
  workspace.addUser({ id: SAM, name: 'sam' });
  workspace.addChannel({ id: CHANNEL, name: 'interview-prep', members: [ANA, SAM], botIsMember: true });
  setup = await setUpE2e({ workspace, botToken: BOT_TOKEN, signingSecret: SIGNING_SECRET, clock, env: { LP_CHANNEL: CHANNEL, LP_PROMPT_TIME: '09:30', LP_TIMEZONE: 'UTC' } });
  api = setup.api;
  app = await setup.start();
});

afterAll(async () => {
  await app?.stop();
  await setup?.close();
});

describe("Slack's text escaping, end to end over signed HTTP", () => {
  it('quotes an answer with R&D, P&L, < 300 ms, <!channel> and a mention escaped once, pinging no one; stores what Slack sent', async () => {
    await waitFor(() => api.callsTo('chat.postMessage').some((c) => c.args.channel === CHANNEL), 'the catch-up prompt');
    const promptTs = String(api.callsTo('chat.postMessage')[0]?.response.ts);

    const answer = workspace.postMessage({ channel: CHANNEL, thread_ts: promptTs, user: ANA, text: SLACK_TEXT });
    expect(await send(replyEvent(answer), 'Ev0SLACKTEXT1')).toBe(200);
    const feedback = await waitFor(() => ephemeralsTo(ANA)[0], 'the private feedback');
    const shown = mrkdwnOf(feedback.args);
    const all = shown.join('\n');

    // The person's words are quoted, escaped exactly once: Slack shows "R&D", "P&L" and "< 300 ms".
    expect(all).toContain('R&amp;D');
    expect(all).not.toContain('&amp;amp;');
    expect(all).not.toContain('&amp;lt;');
    expect(all).not.toContain('&amp;gt;');
    // Nothing pings and no markup is live: only the app's own mention of the author could be, and private feedback has none.
    expect(all).not.toMatch(/<!(channel|here|everyone)/);
    expect(all).not.toMatch(/<@U0XXXX/);
    expect(all).not.toMatch(/<@/);
    expect(all).not.toContain('&lt;!channel&gt;');
    // The quote is the story's last sentence, as the person wrote it and reads it in Slack: the mention as the name,
    // the special mention as a plain word (which pings no one), "< 300 ms" escaped once.
    const quote = all.split('\n').find((line) => line.startsWith('> I moved those'));
    expect(quote).toBe(
      '> I moved those R&amp;D tools to a cheaper tier where &lt; 300 ms was not needed and kept the customer paths on the fast tier, as @sam and @channel heard in the P&amp;L review.',
    );

    // Stored as Slack sent it.
    const stored = app.db.prepare('SELECT text FROM answers WHERE message_ts = ?').get(answer.ts) as { text: string };
    expect(stored.text).toBe(SLACK_TEXT);
  });
});
