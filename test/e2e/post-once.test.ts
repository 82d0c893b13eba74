import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Workspace } from '../../src/local-slack/index.js';
import type { RunningLpCoach } from '../../src/startup.js';
import { setUpE2e, type E2eSetup } from './e2e-app.js';

/**
 * Posts that must not happen twice go through a client that never repeats a call: after a lost answer Slack may
 * already have posted, and only a refusal (ok:false or a rate limit) proves it did not.
 */

const BOT_TOKEN = 'xoxb-post-once';
const SIGNING_SECRET = 'post-once-signing-secret-0123456789';
const [LOST_ANSWER, RATE_LIMITED] = ['C0LOSTANS1', 'C0RATELIM1'] as const;
// Monday 30 Nov 2026, 08:00 UTC: before the 09:30 prompt, so nothing is posted at start-up.
const clock = { now: new Date('2026-11-30T08:00:00Z') };

let setup: E2eSetup;
let workspace: Workspace;
let app: RunningLpCoach;

const postsIn = (channel: string) => workspace.messages.get(channel) ?? [];

beforeAll(async () => {
  workspace = new Workspace({ now: () => clock.now.getTime() });
  workspace.addUser({ id: 'U0ADMIN01', name: 'Ada' });
  for (const id of [LOST_ANSWER, RATE_LIMITED]) workspace.addChannel({ id, name: id.toLowerCase(), members: ['U0ADMIN01'], botIsMember: true });
  setup = await setUpE2e({ workspace, botToken: BOT_TOKEN, signingSecret: SIGNING_SECRET, clock });
  app = await setup.start();
  for (const channelId of [LOST_ANSWER, RATE_LIMITED]) {
    // Both channels get a 09:30 UTC weekday schedule, as /lp setup would store it.
    app.db
      .prepare(
        `INSERT INTO channels (channel_id, prompt_time, timezone, days, created_at, updated_at)
         VALUES (?, '09:30', 'UTC', 'mon,tue,wed,thu,fri', ?, ?)`,
      )
      .run(channelId, clock.now.toISOString(), clock.now.toISOString());
  }
});

afterAll(async () => {
  await app?.stop();
  await setup?.close();
});

describe('posts that must not happen twice', () => {
  it('does not repeat a daily prompt whose answer was lost, and posts nothing more that day', async () => {
    // Slack posts, then its answer is lost (HTTP 500): the shared client would retry and post a second time.
    setup.api.failNextWithHttpStatus('chat.postMessage', 500, { applied: true });
    const outcome = await app.lp.dailyPrompts.postNow(LOST_ANSWER);
    expect(outcome).toMatchObject({ status: 'failed', released: false });
    expect(postsIn(LOST_ANSWER)).toHaveLength(1);

    clock.now = new Date('2026-11-30T09:31:00Z');
    const outcomes = await app.lp.dailyPrompts.runDue();
    expect(outcomes.find((o) => o.channelId === LOST_ANSWER)?.status).toBe('already-posted');
    expect(postsIn(LOST_ANSWER)).toHaveLength(1);
  });

  it('treats a rate limit as a refusal: the slot is freed and the next tick posts', async () => {
    clock.now = new Date('2026-12-01T09:00:00Z');
    const before = postsIn(RATE_LIMITED).length;
    setup.api.rateLimitNext('chat.postMessage', 1);
    const refused = await app.lp.dailyPrompts.postNow(RATE_LIMITED);
    expect(refused).toMatchObject({ status: 'failed', error: 'ratelimited', released: true });
    expect(postsIn(RATE_LIMITED)).toHaveLength(before);

    clock.now = new Date('2026-12-01T09:31:00Z');
    const outcomes = await app.lp.dailyPrompts.runDue();
    expect(outcomes.find((o) => o.channelId === RATE_LIMITED)?.status).toBe('posted');
    expect(postsIn(RATE_LIMITED)).toHaveLength(before + 1);
  });
});
