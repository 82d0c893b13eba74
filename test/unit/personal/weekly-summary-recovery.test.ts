import { describe, expect, it } from 'vitest';
import { DirectMessageNotSent, PersonalSummaryService } from '../../../src/features/home/weekly-summary.js';
import { openDatabase } from '../../../src/store/db.js';
import { PersonalSummaryStore } from '../../../src/store/personal-summaries.js';
import { UserSettingsStore } from '../../../src/store/user-settings.js';
import { RecordingLogger } from '../recording-logger.js';

/**
 * The weekly personal summary DM when a send's outcome is unknown or a crash left the week reserved: sent once more
 * on a later tick (never lost to one failure, at most two copies), never a third time, the give-up logged once; a
 * refusal frees the week as before.
 */

const ANA = 'U0ANA0003';
const WEEK = '2026-11-30';
const HTTP_500 = Object.assign(new Error('An HTTP protocol error occurred: statusCode = 500'), { code: 'slack_webapi_http_error' });
const REFUSED = Object.assign(new Error('An API error occurred: user_not_found'), { code: 'slack_webapi_platform_error', data: { ok: false, error: 'user_not_found' } });

function setUp(start = '2026-11-30T09:00:30Z', snoozedUntil?: string) {
  const db = openDatabase(':memory:');
  const clock = { now: new Date(start) };
  new UserSettingsStore(db).update(ANA, { weeklySummary: true }, clock.now);
  const store = new PersonalSummaryStore(db);
  const logger = new RecordingLogger();
  const sends: string[] = [];
  const plan: Error[] = [];
  const service = new PersonalSummaryService({
    store,
    stories: { zoneOf: () => 'UTC' } as never,
    home: {} as never,
    clock: () => clock.now,
    logger,
    ...(snoozedUntil === undefined ? {} : { isSnoozed: (_userId: string, localDate: string) => localDate <= snoozedUntil }),
    async sendDirectMessage(userId) {
      sends.push(userId);
      const error = plan.shift();
      if (error !== undefined) throw error;
    },
  });
  // The text itself is covered elsewhere; here only whether and how often it is sent.
  service.summaryText = () => 'Your week';
  const tick = async (iso: string) => {
    clock.now = new Date(iso);
    return service.runDue();
  };
  return { db, store, logger, sends, plan, service, tick };
}

describe('weekly summary DM and snooze', () => {
  it('is not sent while the person is snoozed, and goes once the snooze is over', async () => {
    const { sends, tick } = setUp('2026-11-30T09:00:30Z', '2026-11-30');
    expect(await tick('2026-11-30T09:00:30Z')).toBe(0);
    expect(await tick('2026-11-30T12:00:30Z')).toBe(0);
    expect(sends).toHaveLength(0);
    expect(await tick('2026-12-01T09:00:30Z')).toBe(1);
    expect(sends).toEqual([ANA]);
  });
});

describe('weekly summary DM of unknown outcome', () => {
  it('an HTTP 500 is followed by one more send on the next tick, then nothing', async () => {
    const { store, sends, plan, tick } = setUp();
    plan.push(HTTP_500);
    expect(await tick('2026-11-30T09:00:30Z')).toBe(0);
    expect(store.find(ANA, WEEK)).toMatchObject({ status: 'reserved', attempts: 1, error: 'slack_webapi_http_error' });
    expect(await tick('2026-11-30T09:01:30Z')).toBe(1);
    expect(store.find(ANA, WEEK)).toMatchObject({ status: 'sent', attempts: 2 });
    await tick('2026-11-30T09:02:30Z');
    await tick('2026-12-01T09:02:30Z');
    expect(sends).toHaveLength(2);
  });

  it('a reservation left by a crash is sent once more after 2 minutes (it may arrive twice), not before', async () => {
    const { store, sends, tick } = setUp();
    store.reserve(ANA, WEEK, new Date('2026-11-30T09:00:10Z'), new Date('2026-11-30T09:02:10Z'));
    await tick('2026-11-30T09:01:30Z');
    expect(sends).toHaveLength(0);
    expect(await tick('2026-11-30T09:02:30Z')).toBe(1);
    expect(store.find(ANA, WEEK)).toMatchObject({ status: 'sent', attempts: 2 });
    await tick('2026-11-30T09:05:30Z');
    expect(sends).toHaveLength(1);
  });

  it('after two sends of unknown outcome it is given up, logged once, and never sent a third time', async () => {
    const { store, sends, plan, logger, tick } = setUp();
    plan.push(HTTP_500, HTTP_500);
    await tick('2026-11-30T09:00:30Z');
    await tick('2026-11-30T09:01:30Z');
    await tick('2026-11-30T09:03:30Z');
    await tick('2026-11-30T09:10:30Z');
    expect(sends).toHaveLength(2);
    expect(store.find(ANA, WEEK)?.gaveUpAt).not.toBeNull();
    expect(logger.lines.filter((line) => line.includes('not sent again'))).toHaveLength(1);

    // A send made again that was itself interrupted (a crash) is given up the same way, once.
    const other = setUp();
    other.store.reserve(ANA, WEEK, new Date('2026-11-30T09:00:00Z'), new Date('2026-11-30T09:00:00Z'));
    other.store.claimRetry(ANA, WEEK, 1, new Date('2026-11-30T09:02:00Z'));
    await other.tick('2026-11-30T09:03:30Z');
    await other.tick('2026-11-30T09:04:30Z');
    expect(other.sends).toHaveLength(0);
    expect(other.logger.lines.filter((line) => line.includes('not sent again'))).toHaveLength(1);
  });

  it('a refusal, or a DM that could not be opened, frees the week as before; one owed after an unknown outcome stays owed', async () => {
    const { store, sends, plan, tick } = setUp();
    plan.push(REFUSED);
    await tick('2026-11-30T09:00:30Z');
    expect(store.find(ANA, WEEK)).toBeUndefined();
    plan.push(new DirectMessageNotSent('ratelimited'));
    await tick('2026-11-30T09:01:30Z');
    expect(store.find(ANA, WEEK)).toBeUndefined();
    await tick('2026-11-30T09:02:30Z');
    expect(store.find(ANA, WEEK)?.status).toBe('sent');
    expect(sends).toHaveLength(3);

    const owed = setUp();
    owed.plan.push(HTTP_500, REFUSED);
    await owed.tick('2026-11-30T09:00:30Z');
    await owed.tick('2026-11-30T09:01:30Z');
    expect(owed.store.find(ANA, WEEK)).toMatchObject({ status: 'reserved', attempts: 1 });
    await owed.tick('2026-11-30T09:02:30Z');
    expect(owed.store.find(ANA, WEEK)).toMatchObject({ status: 'sent', attempts: 2 });
    expect(owed.sends).toHaveLength(3);
  });

  it('two processes never both send the one more copy', async () => {
    const { db, store, sends, plan, tick, service } = setUp();
    plan.push(HTTP_500);
    await tick('2026-11-30T09:00:30Z');
    const second = new PersonalSummaryService({
      store: new PersonalSummaryStore(db),
      stories: { zoneOf: () => 'UTC' } as never,
      home: {} as never,
      clock: () => new Date('2026-11-30T09:01:30Z'),
      logger: new RecordingLogger(),
      async sendDirectMessage(userId) {
        sends.push(userId);
      },
    });
    second.summaryText = () => 'Your week';
    await Promise.all([tick('2026-11-30T09:01:30Z'), second.runDue(), service.runDue()]);
    expect(sends).toHaveLength(2);
    expect(store.find(ANA, WEEK)?.status).toBe('sent');
  });
});
