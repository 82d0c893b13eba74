import { afterEach, beforeEach, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness.js';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h.lp.stop();
  await h.api.close();
});

it('GET /healthz reports the database, and answers 503 once it is unreachable', async () => {
  const { port } = await h.lp.start();
  const healthy = await fetch(`http://127.0.0.1:${port}/healthz`);
  expect(healthy.status).toBe(200);
  expect(healthy.headers.get('content-type')).toBe('application/json');
  expect(await healthy.json()).toEqual({ ok: true, database: 'ok', mode: 'http', version: 'test', outbox: { pending: 0, oldestAgeMs: null } });

  h.db.close();
  const broken = await fetch(`http://127.0.0.1:${port}/healthz`);
  expect(broken.status).toBe(503);
  expect(await broken.json()).toEqual({ ok: false, database: 'unreachable', mode: 'http', version: 'test' });
});

it('an unknown path gets a 404 and the server keeps serving', async () => {
  const { port } = await h.lp.start();
  expect((await fetch(`http://127.0.0.1:${port}/nope`)).status).toBe(404);
  expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
  h.db.close();
});

it('stop() waits for a listener still working after its ack', async () => {
  await h.lp.start();
  let finished = false;
  h.lp.app.event('app_home_opened', async () => {
    await new Promise((resolve) => setTimeout(resolve, 150));
    finished = true;
  });
  const body = {
    type: 'event_callback',
    team_id: h.workspace.team.id,
    api_app_id: h.workspace.bot.appId,
    event_id: 'Ev0SLOWWORK',
    event_time: 1_764_486_000,
    event: { type: 'app_home_opened', user: 'U0MEMBER1', channel: 'D0MEMBER1', tab: 'home', event_ts: '1764486000.000100' },
  };
  const processing = h.lp.app.processEvent({ body, ack: async () => {} });
  await new Promise((resolve) => setTimeout(resolve, 20));
  await h.lp.stop();
  expect(finished).toBe(true);
  await processing;
  h.db.close();
});
