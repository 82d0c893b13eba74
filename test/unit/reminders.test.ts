import { describe, expect, it } from 'vitest';
import { decideNudge, parseRemind } from '../../src/core/reminders.js';

const base = {
  now: new Date('2026-12-01T15:05:00Z'),
  localDate: '2026-12-01',
  timezone: 'Europe/London',
  remindAt: '15:00',
  prompt: { postedAt: new Date('2026-12-01T09:30:00Z') },
  answered: false,
  snoozed: false,
  holiday: false,
};

describe('reminders', () => {
  it('reads on, off, a time, and names what to type otherwise', () => {
    expect(parseRemind('')).toEqual({ ok: true, value: { kind: 'show' } });
    expect(parseRemind('ON')).toEqual({ ok: true, value: { kind: 'at', time: '16:00' } });
    expect(parseRemind('9:15')).toEqual({ ok: true, value: { kind: 'at', time: '09:15' } });
    expect(parseRemind('at 17:45')).toEqual({ ok: true, value: { kind: 'at', time: '17:45' } });
    expect(parseRemind('off')).toEqual({ ok: true, value: { kind: 'off' } });
    const bad = parseRemind('tomorrow morning');
    expect(bad.ok).toBe(false);
    expect(bad.ok ? '' : bad.error).toMatch(/couldn't read `tomorrow morning`\. Type `\/lp remind on`/);
    expect(parseRemind('25:00').ok).toBe(false);
  });

  it('sends once the time has come on a day the person has not answered', () => {
    expect(decideNudge(base)).toBe('send');
    expect(decideNudge({ ...base, now: new Date('2026-12-01T14:59:00Z') })).toBe('not-yet');
    expect(decideNudge({ ...base, answered: true })).toBe('answered');
  });

  it('never on a snoozed day, a holiday, a day without a prompt, or hours after the time', () => {
    expect(decideNudge({ ...base, snoozed: true })).toBe('snoozed');
    expect(decideNudge({ ...base, holiday: true })).toBe('holiday');
    expect(decideNudge({ ...base, prompt: undefined })).toBe('no-prompt');
    expect(decideNudge({ ...base, prompt: { postedAt: new Date('2026-12-01T15:01:00Z') } })).toBe('prompt-after-reminder');
    expect(decideNudge({ ...base, now: new Date('2026-12-01T19:00:00Z') })).toBe('too-late');
  });

  it('reads the time in the channel zone, across a daylight-saving change', () => {
    // 15:00 in New York on a winter day is 20:00 UTC.
    expect(decideNudge({ ...base, timezone: 'America/New_York', now: new Date('2026-12-01T19:59:00Z') })).toBe('not-yet');
    expect(decideNudge({ ...base, timezone: 'America/New_York', now: new Date('2026-12-01T20:00:00Z') })).toBe('send');
  });
});
