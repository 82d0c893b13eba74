import { describe, expect, it } from 'vitest';
import { decideDue, type DueInput } from '../../src/core/due.js';

const schedule: DueInput['schedule'] = {
  promptTime: '09:30',
  timezone: 'Europe/Berlin',
  days: ['mon', 'tue', 'wed', 'thu', 'fri'],
  paused: false,
  skipDate: null,
};
const free = () => false;
const decide = (iso: string, overrides: Partial<DueInput> = {}) =>
  decideDue({ schedule, now: new Date(iso), slotTaken: free, ...overrides });

describe('decideDue', () => {
  it('is not yet before the scheduled time and due from it (Monday 2 March 2026, 09:30 Berlin = 08:30 UTC)', () => {
    expect(decide('2026-03-02T08:29:00Z').status).toBe('not-yet');
    expect(decide('2026-03-02T08:30:00Z')).toEqual({
      status: 'due',
      localDate: '2026-03-02',
      scheduledAt: new Date('2026-03-02T08:30:00Z'),
    });
  });

  it('catches up later the same day until the cut-off, then gives up', () => {
    expect(decide('2026-03-02T14:29:00Z').status).toBe('due');
    expect(decide('2026-03-02T14:30:00Z').status).toBe('missed-cutoff');
    expect(decide('2026-03-02T10:30:00Z', { catchUpHours: 2 }).status).toBe('missed-cutoff');
    expect(decide('2026-03-02T10:29:00Z', { catchUpHours: 2 }).status).toBe('due');
  });

  it('never carries a missed prompt over midnight into the next local day', () => {
    const late = { ...schedule, promptTime: '23:00' };
    // 23:30 Monday in Berlin: due. 00:30 Tuesday: Tuesday's own 23:00 prompt is not yet due.
    expect(decide('2026-03-02T22:30:00Z', { schedule: late }).status).toBe('due');
    expect(decide('2026-03-02T23:30:00Z', { schedule: late })).toMatchObject({ status: 'not-yet', localDate: '2026-03-03' });
  });

  it('uses the weekday in the channel zone near midnight', () => {
    // Friday 23:30 UTC is Saturday 00:30 in Berlin: not a prompt day, even though it is Friday in UTC.
    const daily = { ...schedule, promptTime: '00:15' };
    expect(decide('2026-03-06T23:30:00Z', { schedule: daily })).toMatchObject({ status: 'not-a-prompt-day', localDate: '2026-03-07' });
    // Sunday 23:30 UTC is Monday 00:30 in Berlin.
    expect(decide('2026-03-01T23:30:00Z', { schedule: daily })).toMatchObject({ status: 'due', localDate: '2026-03-02' });
  });

  it('reports paused, skipped and already-posted', () => {
    expect(decide('2026-03-02T09:00:00Z', { schedule: { ...schedule, paused: true } }).status).toBe('paused');
    expect(decide('2026-03-02T09:00:00Z', { schedule: { ...schedule, skipDate: '2026-03-02' } }).status).toBe('skipped');
    expect(decide('2026-03-02T09:00:00Z', { schedule: { ...schedule, skipDate: '2026-03-03' } }).status).toBe('due');
    const asked: string[] = [];
    const taken = (date: string) => {
      asked.push(date);
      return date === '2026-03-02';
    };
    expect(decide('2026-03-02T09:00:00Z', { slotTaken: taken }).status).toBe('already-posted');
    expect(asked).toEqual(['2026-03-02']);
  });

  it('is due at the local time on the day summer time starts', () => {
    // Sunday 29 March 2026: Berlin moves to UTC+2, so 09:30 local is 07:30 UTC.
    const daily = { ...schedule, days: ['sun' as const] };
    expect(decide('2026-03-29T07:29:00Z', { schedule: daily }).status).toBe('not-yet');
    expect(decide('2026-03-29T07:30:00Z', { schedule: daily }).status).toBe('due');
  });
});
