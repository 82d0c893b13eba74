import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/core/content.js';
import { eventCallbackBody, JSON_CONTENT_TYPE, sendSignedRequest, Workspace } from '../../src/local-slack/index.js';
import type { RunningLpCoach } from '../../src/startup.js';
import { MAX_SCORED_CHARS } from '../../src/features/thread-answers/service.js';
import { PromptStore } from '../../src/store/prompts.js';
import { STRONG_UNLABELLED } from '../unit/rubric/answers.js';
import { setUpE2e, waitFor, type E2eSetup } from './e2e-app.js';

/** A megabyte-long answer is stored whole, scored on its first part with a note saying so, and never stalls the app. */

const BOT_TOKEN = 'xoxb-long-answer';
const SIGNING_SECRET = 'long-answer-signing-secret-0123456789';
const CHANNEL = 'C0LONGANS1';
const AUTHOR = 'U0LONGANS1';
const clock = { now: new Date('2026-11-30T11:00:00Z') };

let setup: E2eSetup;
let workspace: Workspace;
let app: RunningLpCoach;

beforeAll(async () => {
  workspace = new Workspace({ now: () => clock.now.getTime() });
  workspace.addUser({ id: AUTHOR, name: 'Lee' });
  workspace.addChannel({ id: CHANNEL, name: 'interview-prep', members: [AUTHOR], botIsMember: true });
  setup = await setUpE2e({ workspace, botToken: BOT_TOKEN, signingSecret: SIGNING_SECRET, clock });
  app = await setup.start();
});

afterAll(async () => {
  await app?.stop();
  await setup?.close();
});

describe('a 1 MB answer', () => {
  it('is stored whole, scored on its first part with a note, and /healthz keeps answering', async () => {
    const parent = workspace.postMessage({ channel: CHANNEL, user: workspace.bot.userId, bot_id: workspace.bot.botId, text: 'Today: Ownership' });
    const prompts = new PromptStore(app.db);
    const questionId = loadContent().questions.find((q) => q.principle === 'ownership')?.id ?? 'ownership-01';
    const prompt = prompts.insertExtra({ channelId: CHANNEL, localDate: '2026-11-30', principleId: 'ownership', questionId, at: clock.now });
    prompts.markPosted(prompt.id, parent.ts, clock.now);

    const text = `${STRONG_UNLABELLED}\n\n${'And then I checked the numbers again. '.repeat(27_000)}`;
    expect(text.length).toBeGreaterThan(1_000_000);
    const message = workspace.postMessage({ channel: CHANNEL, user: AUTHOR, text, thread_ts: parent.ts });
    const body = eventCallbackBody({
      team_id: workspace.team.id,
      api_app_id: workspace.bot.appId,
      event: { type: 'message', channel: CHANNEL, user: AUTHOR, text, ts: message.ts, thread_ts: parent.ts, event_ts: message.ts, channel_type: 'channel' },
      event_id: 'Ev0LONGANSWER1',
      event_time: Math.floor(clock.now.getTime() / 1000),
      bot_user_id: workspace.bot.userId,
    });
    const url = setup.eventsUrl(app);
    const sent = sendSignedRequest(url, { body, contentType: JSON_CONTENT_TYPE, signingSecret: SIGNING_SECRET });
    // While the answer is read and scored, the health check is answered as usual.
    const healthTimes: number[] = [];
    const probing = (async () => {
      for (let i = 0; i < 10; i++) {
        const started = performance.now();
        await fetch(`http://127.0.0.1:${app.port}/healthz`);
        healthTimes.push(performance.now() - started);
      }
    })();
    expect((await sent).status).toBe(200);
    await probing;

    const feedback = await waitFor(() => workspace.ephemerals.find((e) => e.user === AUTHOR), 'the feedback');
    const stored = app.db.prepare('SELECT length(text) AS n FROM answers WHERE message_ts = ?').get(message.ts) as { n: number };
    expect(stored.n).toBe(text.length);
    const shown = JSON.stringify(feedback.blocks);
    expect(shown).toContain(`${text.length.toLocaleString('en-US')} characters long; this feedback reads its first`);
    // Far too long to tell, whatever else it has.
    expect(shown).toMatch(/\*(Not yet|Almost there)\*/);
    console.log(`1 MB answer: slowest /healthz while it was handled ${Math.max(...healthTimes).toFixed(0)} ms; scored on its first ${MAX_SCORED_CHARS.toLocaleString('en-US')} characters`);
    expect(Math.max(...healthTimes)).toBeLessThan(1000);
  });
});
