import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AnswerStore } from '../../src/store/answers.js';
import { ChannelStore } from '../../src/store/channels.js';
import { openDatabase, type Db } from '../../src/store/db.js';
import { EventStore } from '../../src/store/events.js';
import { PromptStore, type NewPrompt } from '../../src/store/prompts.js';

let db: Db;
beforeEach(() => {
  db = openDatabase(':memory:');
});
afterEach(() => {
  db.close();
});

const at = (iso: string) => new Date(iso);

describe('ChannelStore', () => {
  it('creates, reads, changes and lists channel schedules', () => {
    let now = at('2026-03-01T10:00:00.000Z');
    const channels = new ChannelStore(db, () => now);
    expect(channels.get('C1')).toBeUndefined();

    const created = channels.upsertSchedule({ channelId: 'C1', teamId: 'T1', promptTime: '09:30', timezone: 'Europe/Berlin', days: ['mon', 'wed', 'fri'] });
    expect(created).toMatchObject({ channelId: 'C1', teamId: 'T1', enabled: true, paused: false, promptTime: '09:30', timezone: 'Europe/Berlin', days: ['mon', 'wed', 'fri'], skipDate: null, createdAt: '2026-03-01T10:00:00.000Z' });

    expect(channels.setPaused('C1', true)).toBe(true);
    expect(channels.setSkipDate('C1', '2026-03-04')).toBe(true);
    expect(channels.get('C1')).toMatchObject({ paused: true, skipDate: '2026-03-04' });
    expect(channels.setPaused('C-unknown', true)).toBe(false);

    now = at('2026-03-02T10:00:00.000Z');
    const changed = channels.upsertSchedule({ channelId: 'C1', promptTime: '10:00', timezone: 'UTC', days: ['tue'] });
    expect(changed).toMatchObject({ teamId: 'T1', paused: false, promptTime: '10:00', timezone: 'UTC', days: ['tue'], skipDate: '2026-03-04', createdAt: '2026-03-01T10:00:00.000Z', updatedAt: '2026-03-02T10:00:00.000Z' });

    channels.upsertSchedule({ channelId: 'C0', promptTime: '08:00', timezone: 'UTC', days: ['mon'] });
    expect(channels.listEnabled().map((c) => c.channelId)).toEqual(['C0', 'C1']);
  });

  it('createIfMissing never overwrites a schedule an admin set', () => {
    const channels = new ChannelStore(db);
    channels.upsertSchedule({ channelId: 'C1', promptTime: '11:00', timezone: 'Asia/Tokyo', days: ['mon'] });
    expect(channels.createIfMissing({ channelId: 'C1', promptTime: '09:30', timezone: 'UTC', days: ['mon', 'tue'] })).toBe(false);
    expect(channels.get('C1')).toMatchObject({ promptTime: '11:00', timezone: 'Asia/Tokyo' });
    expect(channels.createIfMissing({ channelId: 'C2', promptTime: '09:30', timezone: 'UTC', days: ['mon', 'tue'] })).toBe(true);
    expect(channels.get('C2')).toMatchObject({ promptTime: '09:30', days: ['mon', 'tue'] });
  });
});

describe('PromptStore', () => {
  const base: NewPrompt = { channelId: 'C1', localDate: '2026-03-02', principleId: 'ownership', questionId: 'own-1', source: 'scheduled', at: at('2026-03-02T08:30:00.000Z') };

  it('reserves a day once; a second reservation for the same channel and date gets null', () => {
    const prompts = new PromptStore(db);
    const first = prompts.reserveSlot(base);
    expect(first).toMatchObject({ channelId: 'C1', localDate: '2026-03-02', slotDate: '2026-03-02', status: 'reserved', messageTs: null, source: 'scheduled' });
    expect(prompts.reserveSlot({ ...base, questionId: 'own-2' })).toBeNull();
    expect(prompts.reserveSlot({ ...base, channelId: 'C2' })).not.toBeNull();
    expect(prompts.reserveSlot({ ...base, localDate: '2026-03-03' })).not.toBeNull();
    expect(prompts.findSlot('C1', '2026-03-02')?.id).toBe(first?.id);
  });

  it('records the ts, failures and releases', () => {
    const prompts = new PromptStore(db);
    const slot = prompts.reserveSlot(base)!;
    prompts.markPosted(slot.id, '111.222', at('2026-03-02T08:30:01.000Z'));
    expect(prompts.findSlot('C1', '2026-03-02')).toMatchObject({ status: 'posted', messageTs: '111.222', postedAt: '2026-03-02T08:30:01.000Z' });

    const extra = prompts.insertExtra({ ...base, at: at('2026-03-02T12:00:00.000Z') });
    expect(extra).toMatchObject({ slotDate: null, source: 'manual', status: 'reserved' });
    prompts.markFailed(extra.id, 'timeout');
    expect(prompts.recent('C1', 5)[0]).toMatchObject({ id: extra.id, status: 'failed', error: 'timeout' });

    const next = prompts.reserveSlot({ ...base, localDate: '2026-03-03' })!;
    prompts.release(next.id);
    expect(prompts.findSlot('C1', '2026-03-03')).toBeUndefined();
    expect(prompts.reserveSlot({ ...base, localDate: '2026-03-03' })).not.toBeNull();
  });

  it('finds the latest posted prompt, recent prompts and used questions newest first', () => {
    const prompts = new PromptStore(db);
    const post = (localDate: string, questionId: string, ts: string, hour: string) => {
      const p = prompts.reserveSlot({ ...base, localDate, questionId, at: at(`${localDate}T${hour}:00:00.000Z`) })!;
      prompts.markPosted(p.id, ts, at(`${localDate}T${hour}:00:01.000Z`));
      return p;
    };
    post('2026-03-02', 'own-1', '1.0', '08');
    post('2026-03-03', 'own-2', '2.0', '08');
    post('2026-03-04', 'own-1', '3.0', '08');
    prompts.reserveSlot({ ...base, localDate: '2026-03-05', questionId: 'own-3', at: at('2026-03-05T08:00:00.000Z') });

    expect(prompts.latestPosted('C1')?.messageTs).toBe('3.0');
    expect(prompts.latestPosted('C1', '2026-03-03')?.messageTs).toBe('2.0');
    expect(prompts.latestPosted('C1', '2026-03-05')).toBeUndefined();
    expect(prompts.latestPosted('C2')).toBeUndefined();
    expect(prompts.recent('C1', 2).map((p) => p.localDate)).toEqual(['2026-03-05', '2026-03-04']);
    expect(prompts.usedQuestionIds('C1')).toEqual(['own-3', 'own-1', 'own-2']);
    expect(prompts.usedQuestionIds('C2')).toEqual([]);
  });
});

describe('EventStore', () => {
  it('says false for an event id it has seen', () => {
    const events = new EventStore(db);
    expect(events.markProcessed('Ev1', at('2026-03-02T08:30:00.000Z'))).toBe(true);
    expect(events.markProcessed('Ev1', at('2026-03-02T08:31:00.000Z'))).toBe(false);
    expect(events.markProcessed('Ev2', at('2026-03-02T08:31:00.000Z'))).toBe(true);
  });
});

describe('AnswerStore', () => {
  it('keeps one answer per Slack message (channel, ts)', () => {
    const answers = new AnswerStore(db);
    const when = at('2026-03-02T09:00:00.000Z');
    answers.insert({ userId: 'U1', channelId: 'C1', messageTs: '1.1', principleId: 'ownership', text: 'a', kind: 'thread', at: when });
    answers.insert({ userId: 'U1', channelId: 'C2', messageTs: '1.1', principleId: 'ownership', text: 'other channel', kind: 'thread', at: when });
    expect(() => answers.insert({ userId: 'U1', channelId: 'C1', messageTs: '1.1', principleId: 'ownership', text: 'dup', kind: 'thread', at: when })).toThrow(/UNIQUE/);
  });
});
