import { describe, expect, it } from 'vitest';
import { parseLpCommand } from '../../src/features/commands/parse.js';

// Issue 11 part 6: `/lp setup` with several mistakes reported only the first, so fixing took one run per mistake.
function error(text: string): string {
  const parsed = parseLpCommand(text);
  if (parsed.ok) throw new Error(`parsed: ${JSON.stringify(parsed.command)}`);
  return parsed.error;
}

describe('/lp setup with several mistakes', () => {
  it('reports every mistake at once, one line each, and says nothing was changed', () => {
    const reply = error('setup #general 25:00 Mars/Olympus');
    expect(reply).toContain('nothing was changed');
    expect(reply).toContain("Pick it from Slack's list");
    expect(reply).toContain('"25:00" is not a time');
    expect(reply).toContain("I didn't understand `Mars/Olympus`");
    expect(reply.split('\n').filter((line) => line.startsWith('• '))).toHaveLength(3);
    // The example is given once, not once per mistake.
    expect(reply.match(/\/lp setup #interview-prep 09:30/g)).toHaveLength(1);
  });

  it('names all the words it did not understand in one line', () => {
    const reply = error('setup 09:30 Mars/Olympus sometimes');
    expect(reply).toContain("I didn't understand `Mars/Olympus` or `sometimes`");
  });

  it('reports repeated parts alongside other mistakes', () => {
    const reply = error('setup <#C1AAAAAA> <#C2BBBBBB> 09:30 10:30 UTC Europe/Berlin');
    expect(reply).toContain('one channel');
    expect(reply).toContain('one time of day');
    expect(reply).toContain('one time zone');
  });

  it('keeps the single-mistake reply as it was', () => {
    expect(error('setup 09:30 10:30')).toBe('Give one time of day, for example `/lp setup #interview-prep 09:30 Europe/Berlin mon-fri`.');
  });
});
