import { WEEKDAYS } from '../../src/core/schedule.js';
import { ChannelStore } from '../../src/store/channels.js';
import { openDatabase } from '../../src/store/db.js';
import { MockLoopStore } from '../../src/store/mock-loops.js';

/**
 * What `/lp setup`, `/lp config mock` and a `/lp mock join` by each person leave in the file. The daily prompt is
 * paused, so a start-up run has only the pairing to do; the mock time is today at 00:00 UTC, so it is due at once.
 */
export function seedPoolDueNow(databasePath: string, teamId: string, channelId: string, people: readonly string[]): void {
  const now = new Date();
  const db = openDatabase(databasePath);
  const channels = new ChannelStore(db, () => now);
  channels.upsertSchedule({ channelId, teamId, promptTime: '09:30', timezone: 'UTC', days: ['mon', 'tue', 'wed', 'thu', 'fri'] });
  channels.setPaused(channelId, true);
  channels.updateThreadSetting(channelId, { setting: 'mock', value: { day: WEEKDAYS[(now.getUTCDay() + 6) % 7] as (typeof WEEKDAYS)[number], time: '00:00' } });
  const store = new MockLoopStore(db);
  for (const id of people) store.join(channelId, id, { note: null, targetDate: null }, now);
  db.close();
}
