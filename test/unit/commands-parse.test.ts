import { describe, expect, it } from 'vitest';
import { parseLpCommand } from '../../src/features/commands/parse.js';

const command = (text: string) => {
  const parsed = parseLpCommand(text);
  if (!parsed.ok) throw new Error(`expected a command for "${text}", got: ${parsed.error}`);
  return parsed.command;
};
const error = (text: string) => {
  const parsed = parseLpCommand(text);
  if (parsed.ok) throw new Error(`expected an error for "${text}"`);
  return parsed;
};

describe('parseLpCommand', () => {
  it('treats an empty command and "help" as help, in any case', () => {
    expect(command('')).toEqual({ kind: 'help' });
    expect(command('   ')).toEqual({ kind: 'help' });
    expect(command('HELP')).toEqual({ kind: 'help' });
  });

  it('reads setup with every part, in any order, channel as Slack escapes it', () => {
    expect(command('setup <#C0123ABCD|interview-prep> 9:05 europe/berlin tue-thu')).toEqual({
      kind: 'setup',
      channelId: 'C0123ABCD',
      promptTime: '09:05',
      timezone: 'Europe/Berlin',
      days: ['tue', 'wed', 'thu'],
    });
    expect(command('setup daily America/New_York 14:00 <#G0PRIVATE>')).toEqual({
      kind: 'setup',
      channelId: 'G0PRIVATE',
      promptTime: '14:00',
      timezone: 'America/New_York',
      days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'],
    });
  });

  it('reads setup with nothing, or only some parts', () => {
    expect(command('setup')).toEqual({ kind: 'setup' });
    expect(command('Setup <#C0123ABCD|> mon,wed,fri')).toEqual({ kind: 'setup', channelId: 'C0123ABCD', days: ['mon', 'wed', 'fri'] });
    expect(command('setup mon wed fri')).toEqual({ kind: 'setup', days: ['mon', 'wed', 'fri'] });
    expect(command('setup UTC')).toEqual({ kind: 'setup', timezone: 'UTC' });
  });

  it('explains a setup it cannot read, saying what to type instead', () => {
    expect(error('setup 25:00').error).toContain('24-hour HH:MM');
    expect(error('setup 09:30 10:30').error).toContain('one time of day');
    expect(error('setup Mars/Olympus').error).toMatch(/I didn't understand `Mars\/Olympus`.*\/lp setup #interview-prep 09:30/);
    expect(error('setup #general').error).toContain("Pick it from Slack's list");
    expect(error('setup <#C1AAAAAA> <#C2BBBBBB>').error).toContain('one channel');
    expect(error('setup 9:75').unknownSubcommand).toBe(false);
  });

  it('escapes what the person typed when echoing it back', () => {
    const reply = error('setup <!channel>').error;
    expect(reply).toContain('&lt;!channel&gt;');
    expect(reply).not.toContain('<!channel>');
    expect(error('<!here> now').error).toContain('`/lp &lt;!here&gt;`');
  });

  it('reads the channel-scoped commands with an optional channel', () => {
    for (const kind of ['schedule', 'pause', 'resume', 'skip', 'today'] as const) {
      expect(command(kind)).toEqual({ kind });
      expect(command(`${kind.toUpperCase()} <#C0123ABCD|team>`)).toEqual({ kind, channelId: 'C0123ABCD' });
    }
    expect(error('pause now please').error).toContain('`/lp pause` takes at most a channel');
    expect(error('today #general').error).toContain("Pick it from Slack's list");
  });

  it('reads post with an optional principle of several words', () => {
    expect(command('post')).toEqual({ kind: 'post' });
    expect(command('post dive deep')).toEqual({ kind: 'post', principle: 'dive deep' });
    expect(command('post <#C0123ABCD|team> Customer Obsession')).toEqual({
      kind: 'post',
      channelId: 'C0123ABCD',
      principle: 'Customer Obsession',
    });
  });

  it('marks an unknown subcommand so the reply can add the help', () => {
    const parsed = error('dance');
    expect(parsed.unknownSubcommand).toBe(true);
    expect(parsed.error).toContain("I don't know `/lp dance`");
  });
});
