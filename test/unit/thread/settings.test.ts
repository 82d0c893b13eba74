import { describe, expect, it } from 'vitest';
import { parseConfigArgs } from '../../../src/core/thread/settings.js';

describe('parseConfigArgs', () => {
  it('reads each setting in any case', () => {
    expect(parseConfigArgs('')).toEqual({ ok: true, change: null });
    expect(parseConfigArgs('Feedback THREAD')).toEqual({ ok: true, change: { setting: 'feedback', value: 'thread' } });
    expect(parseConfigArgs('followups off')).toEqual({ ok: true, change: { setting: 'followups', value: 'off' } });
    expect(parseConfigArgs('vote :fire:')).toEqual({ ok: true, change: { setting: 'vote', value: 'fire' } });
    expect(parseConfigArgs('digest friday 9:00')).toEqual({ ok: true, change: { setting: 'digest', value: { day: 'fri', time: '09:00' } } });
    expect(parseConfigArgs('digest off')).toEqual({ ok: true, change: { setting: 'digest', value: null } });
    expect(parseConfigArgs('close 17:30')).toEqual({ ok: true, change: { setting: 'close', value: '17:30' } });
  });

  it('says what to type instead', () => {
    const bad = ['feedback public', 'vote two words', 'digest someday', 'close 25:00', 'colour blue'];
    for (const args of bad) {
      const parsed = parseConfigArgs(args);
      expect(parsed.ok).toBe(false);
      expect(!parsed.ok && parsed.error).toContain('`/lp config feedback private|thread`');
    }
  });
});
