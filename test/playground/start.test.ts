import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/logger.js';
import { DEMO_CHANNEL } from '../../src/playground/demo-team.js';
import { savedWorkspacePath } from '../../src/playground/saved-workspace.js';
import { startPlayground, type RunningPlayground } from '../../src/playground/start.js';
import type { PlaygroundState } from '../../src/playground/state-types.js';
import { applyStateDiff, type LiveUpdate } from '../../src/playground/web/state-diff.js';

/** The playground process pieces without a browser: start-up, its HTTP API and live updates, restarts, the clock. */

const SAM = 'U0PLAYSAM';
const dirs: string[] = [];
const running: RunningPlayground[] = [];

afterEach(async () => {
  for (const playground of running.splice(0)) await playground.stop();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function newDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'lp-playground-'));
  dirs.push(dir);
  return dir;
}

async function start(databasePath: string, startAt: Date, reset = false): Promise<RunningPlayground> {
  const playground = await startPlayground({
    port: 0,
    databasePath,
    reset,
    env: {},
    logger: silentLogger,
    logLevel: 'error',
    version: 'test',
    startAt,
  });
  running.push(playground);
  return playground;
}

async function stop(playground: RunningPlayground): Promise<void> {
  running.splice(running.indexOf(playground), 1);
  await playground.stop();
}

async function state(playground: RunningPlayground, user = SAM): Promise<PlaygroundState> {
  return (await (await fetch(`${playground.url}/api/state?user=${user}`)).json()) as PlaygroundState;
}

const post = (playground: RunningPlayground, path: string, body: unknown) =>
  fetch(`${playground.url}${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });

const headers = (s: PlaygroundState) => s.channel.messages.filter((m) => m.isBot).map((m) => m.ts);

// Wednesday 2 Dec 2026, 08:00 UTC.
const WEDNESDAY = new Date('2026-12-02T08:00:00Z');

describe('startPlayground', () => {
  it('starts with one prompt in the channel and pushes each person their state as server-sent events', async () => {
    const playground = await start(join(newDir(), 'playground.db'), WEDNESDAY);
    expect(playground.url).toMatch(/^http:\/\/localhost:\d+$/);
    const first = await state(playground);
    expect(headers(first)).toHaveLength(1);
    expect(first).toMatchObject({ me: SAM, channel: { id: DEMO_CHANNEL.id, name: 'lp-practice' }, problems: [], modal: null });
    expect(first.people.map((p) => p.name)).toEqual(['alex', 'priya', 'sam', 'mei', 'jordan']);

    const controller = new AbortController();
    const stream = await fetch(`${playground.url}/events?user=${SAM}`, { signal: controller.signal });
    expect(stream.headers.get('content-type')).toBe('text/event-stream');
    const reader = stream.body!.getReader();
    const decoder = new TextDecoder();
    let buffered = '';
    const nextEvent = async (): Promise<LiveUpdate> => {
      for (;;) {
        const end = buffered.indexOf('\n\n');
        if (end >= 0) {
          const event = buffered.slice(0, end);
          buffered = buffered.slice(end + 2);
          if (event.startsWith('data: ')) return JSON.parse(event.slice(6)) as LiveUpdate;
          continue;
        }
        const { value } = await reader.read();
        buffered += decoder.decode(value);
      }
    };
    // The stream starts with the whole state; every later message is the change from the one before.
    const opening = await nextEvent();
    if (!('state' in opening)) throw new Error('the stream did not start with the whole state');
    let current = opening.state;
    let seq = opening.seq;
    expect(current.ephemerals).toHaveLength(0);
    expect(await (await post(playground, '/api/message', { user: SAM, channel: DEMO_CHANNEL.id, text: '/lp help' })).json()).toEqual({ ok: true });
    while (current.ephemerals.length === 0) {
      const update = await nextEvent();
      if ('state' in update) throw new Error('a live update came as the whole state');
      expect(update.base).toBe(seq);
      expect(JSON.stringify(update).length).toBeLessThan(JSON.stringify(current).length);
      current = applyStateDiff(current, update.diff);
      seq = update.seq;
    }
    expect(current.ephemerals[0]?.text).toContain('/lp setup');
    // What the page put together from the changes is what the server holds (the clock aside, which keeps moving).
    expect({ ...current, clock: undefined }).toEqual({ ...(await state(playground)), clock: undefined });
    controller.abort();
  });

  it('refuses unknown people and malformed requests with 400, and unknown paths with 404', async () => {
    const playground = await start(join(newDir(), 'playground.db'), WEDNESDAY);
    expect((await post(playground, '/api/message', { user: 'U0NOBODY1', channel: DEMO_CHANNEL.id, text: 'hi' })).status).toBe(400);
    expect((await post(playground, '/api/reaction', { user: SAM, channel: DEMO_CHANNEL.id, ts: 'not-a-ts', name: 'star' })).status).toBe(400);
    expect((await fetch(`${playground.url}/api/message`, { method: 'POST', body: '{oops' })).status).toBe(400);
    expect((await fetch(`${playground.url}/nothing-here`)).status).toBe(404);
    expect((await fetch(`${playground.url}/app/../../package.json`)).status).toBe(404);
  });

  it('keeps the channel and the clock across a restart; --reset starts clean', async () => {
    const databasePath = join(newDir(), 'playground.db');
    const first = await start(databasePath, WEDNESDAY);
    const [promptTs] = headers(await state(first));
    await post(first, '/api/reaction', { user: SAM, channel: DEMO_CHANNEL.id, ts: promptTs, name: 'tada' });
    expect(await (await post(first, '/api/clock/next', {})).json()).toMatchObject({ ok: true });
    const movedTo = first.clock.nowMs();
    await stop(first);
    expect(JSON.parse(readFileSync(savedWorkspacePath(databasePath), 'utf8'))).toMatchObject({ clockMs: expect.any(Number) });

    // A restart "earlier" than where the clock was moved: the clock stays ahead, nothing is posted twice.
    const second = await start(databasePath, WEDNESDAY);
    const after = await state(second);
    expect(headers(after)).toHaveLength(2);
    expect(after.channel.messages[0]?.reactions).toEqual([expect.objectContaining({ name: 'tada', count: 1, mine: true })]);
    expect(second.clock.nowMs()).toBeGreaterThanOrEqual(movedTo);
    await stop(second);

    const clean = await start(databasePath, WEDNESDAY, true);
    expect(headers(await state(clean))).toHaveLength(1);
    expect(clean.clock.nowMs()).toBeLessThan(movedTo);
  });

  it('ignores a saved channel file that is not one, with a fresh channel instead', async () => {
    const databasePath = join(newDir(), 'playground.db');
    writeFileSync(savedWorkspacePath(databasePath), '{"clockMs": "soon"}');
    const playground = await start(databasePath, WEDNESDAY);
    expect(headers(await state(playground))).toHaveLength(1);
  });

  it('the clock control jumps to whichever comes first, the next prompt or the weekly digest', async () => {
    // Friday 4 Dec 2026, 10:00 UTC: the digest (Friday 16:00) comes before Monday's prompt.
    const playground = await start(join(newDir(), 'playground.db'), new Date('2026-12-04T10:00:00Z'));
    expect((await state(playground)).clock.next).toEqual({ at: '2026-12-04T16:00:00.000Z', what: 'weekly digest' });
    expect(await (await post(playground, '/api/clock/next', {})).json()).toEqual({
      ok: true,
      notice: 'Moved the clock to Fri 4 Dec, 16:00 UTC: weekly digest.',
    });
    const afterDigest = await state(playground);
    expect(afterDigest.channel.messages.at(-1)?.blocks?.[0]).toMatchObject({ type: 'header', text: { text: expect.stringContaining('Weekly LP digest') } });
    expect(afterDigest.clock.next).toEqual({ at: '2026-12-07T09:30:00.000Z', what: 'daily prompt' });
    await post(playground, '/api/clock/next', {});
    expect(headers(await state(playground))).toHaveLength(3);
  });

  it('the clock control stops at the mock-loop pairing once two people are in the pool, and at next week\'s once paired', async () => {
    // Monday 30 Nov 2026, 08:00 UTC: today's prompt is posted at start; the pairing is at 10:00 (channel time).
    const playground = await start(join(newDir(), 'playground.db'), new Date('2026-11-30T08:00:00Z'));
    const joinPool = (user: string) => post(playground, '/api/message', { user, channel: DEMO_CHANNEL.id, text: '/lp mock join' });
    await joinPool(SAM);
    expect((await state(playground)).clock.next).toEqual({ at: '2026-12-01T09:30:00.000Z', what: 'daily prompt' });
    await joinPool('U0PLAYPRIYA');
    expect((await state(playground)).clock.next).toEqual({ at: '2026-11-30T10:00:00.000Z', what: 'mock-loop pairing' });
    expect(await (await post(playground, '/api/clock/next', {})).json()).toEqual({ ok: true, notice: 'Moved the clock to Mon 30 Nov, 10:00 UTC: mock-loop pairing.' });
    const paired = await state(playground);
    expect(paired.groupDirectMessages.map((g) => g.name)).toEqual(['Priya Natarajan']);
    expect(paired.groupDirectMessages[0]?.messages[0]?.text).toContain('Mock loop this week');
    expect((await state(playground, 'U0PLAYMEI')).groupDirectMessages).toEqual([]);
    // This week is paired: the prompts and Friday's digest come first, then next Monday's pairing.
    const stops: string[] = [];
    for (let i = 0; i < 7; i++) {
      const next = (await state(playground)).clock.next;
      stops.push(`${next?.at.slice(5, 16)} ${next?.what}`);
      await post(playground, '/api/clock/next', {});
    }
    expect(stops).toEqual([
      '12-01T09:30 daily prompt',
      '12-02T09:30 daily prompt',
      '12-03T09:30 daily prompt',
      '12-04T09:30 daily prompt',
      '12-04T16:00 weekly digest',
      '12-07T09:30 daily prompt',
      '12-07T10:00 mock-loop pairing',
    ]);
    expect((await state(playground)).groupDirectMessages).toHaveLength(1); // the same two again: the same group DM
  });

  it('"post a prompt now" posts another prompt at once', async () => {
    const playground = await start(join(newDir(), 'playground.db'), WEDNESDAY);
    expect(await (await post(playground, '/api/clock/post-now', {})).json()).toEqual({ ok: true, notice: 'Posted a prompt.' });
    expect(headers(await state(playground))).toHaveLength(2);
  });
});

describe('startPlayground on a port in use', () => {
  it('fails with a message that says what to do', async () => {
    const first = await start(join(newDir(), 'playground.db'), WEDNESDAY);
    await expect(
      startPlayground({
        port: first.port,
        databasePath: join(newDir(), 'playground.db'),
        reset: false,
        env: {},
        logger: silentLogger,
        logLevel: 'error',
        version: 'test',
      }),
    ).rejects.toThrow(`Cannot serve the playground on port ${first.port}: listen EADDRINUSE`);
  });
});
