import { canonicalTimeZone, parseDays, parsePromptTime, type Weekday } from '../../core/schedule.js';
import { excerpt } from '../../slack/mrkdwn.js';

/** What a person asked `/lp` for. Channel-scoped commands act on `channelId` when one was named, else where typed. */
export type LpCommand =
  | { kind: 'help' }
  | { kind: 'setup'; channelId?: string; promptTime?: string; timezone?: string; days?: Weekday[] }
  | { kind: 'schedule'; channelId?: string }
  | { kind: 'pause'; channelId?: string }
  | { kind: 'resume'; channelId?: string }
  | { kind: 'skip'; channelId?: string }
  | { kind: 'post'; channelId?: string; principle?: string }
  | { kind: 'today'; channelId?: string };

export type LpCommandKind = LpCommand['kind'];

/** A parse failure carries the reply (mrkdwn, user text escaped); `unknownSubcommand` replies also show the help. */
export type ParsedLpCommand =
  | { ok: true; command: LpCommand }
  | { ok: false; error: string; unknownSubcommand: boolean };

const SETUP_EXAMPLE = '`/lp setup #interview-prep 09:30 Europe/Berlin mon-fri`';

// Slack sends a picked channel as <#C123|name> (or <#C123> / <#C123|>) when the command escapes channels.
const CHANNEL_MENTION = /^<#([CG][A-Z0-9]+)(?:\|[^>]*)?>$/;

export function parseLpCommand(text: string): ParsedLpCommand {
  const [first = '', ...rest] = text.trim().split(/\s+/).filter((word) => word !== '');
  const name = first.toLowerCase();
  switch (name) {
    case '':
    case 'help':
      return ok({ kind: 'help' });
    case 'setup':
      return parseSetup(rest);
    case 'schedule':
    case 'pause':
    case 'resume':
    case 'skip':
    case 'today':
      return parseChannelOnly(name, rest);
    case 'post':
      return parsePost(rest);
    default:
      return {
        ok: false,
        unknownSubcommand: true,
        error: `I don't know \`/lp ${excerpt(first)}\`. Here is what I can do:`,
      };
  }
}

function ok(command: LpCommand): ParsedLpCommand {
  return { ok: true, command };
}

function fail(error: string): ParsedLpCommand {
  return { ok: false, unknownSubcommand: false, error };
}

function channelIdOf(word: string): string | undefined {
  return CHANNEL_MENTION.exec(word)?.[1];
}

/** A bare `#name` arrives when the person typed it instead of picking the channel from Slack's list. */
function unlinkedChannelError(word: string): ParsedLpCommand {
  return fail(UNLINKED_CHANNEL(word));
}

function parseChannelOnly(kind: 'schedule' | 'pause' | 'resume' | 'skip' | 'today', words: string[]): ParsedLpCommand {
  const [word, extra] = words;
  if (word === undefined) return ok({ kind });
  const channelId = channelIdOf(word);
  if (channelId !== undefined && extra === undefined) return ok({ kind, channelId });
  if (word.startsWith('#') && extra === undefined) return unlinkedChannelError(word);
  return fail(
    `\`/lp ${kind}\` takes at most a channel, not \`${excerpt(words.join(' '))}\`. ` +
      `Type \`/lp ${kind}\` in the channel, or \`/lp ${kind} #channel\`.`,
  );
}

function parsePost(words: string[]): ParsedLpCommand {
  const [first] = words;
  const channelId = first === undefined ? undefined : channelIdOf(first);
  const principleWords = channelId === undefined ? words : words.slice(1);
  const principle = principleWords.join(' ');
  const command: LpCommand = { kind: 'post' };
  if (channelId !== undefined) command.channelId = channelId;
  if (principle !== '') command.principle = principle;
  return ok(command);
}

/** A mistake in `/lp setup`: what is wrong, and whether the example command makes the fix clearer. */
interface SetupProblem {
  text: string;
  example: boolean;
}

const UNLINKED_CHANNEL = (word: string) =>
  `I can't tell which channel \`${excerpt(word)}\` is. Pick it from Slack's list as you type \`#\` so it ` +
  'turns into a link, or run the command inside that channel.';

/**
 * Channel, time, zone and days may come in any order; each is recognised by its shape. Every mistake is reported at
 * once (one line each, the example once), so a setup with three mistakes takes one more try, not three.
 */
function parseSetup(words: string[]): ParsedLpCommand {
  const command: Extract<LpCommand, { kind: 'setup' }> = { kind: 'setup' };
  const dayWords: string[] = [];
  const problems: SetupProblem[] = [];
  const unknown: string[] = [];
  const problem = (text: string, example = false) => {
    if (!problems.some((p) => p.text === text)) problems.push({ text, example });
  };
  for (const word of words) {
    const channelId = channelIdOf(word);
    if (channelId !== undefined) {
      if (command.channelId !== undefined && command.channelId !== channelId) problem('Name one channel at a time', true);
      command.channelId ??= channelId;
      continue;
    }
    if (word.startsWith('#')) {
      problem(UNLINKED_CHANNEL(word));
      continue;
    }
    if (/^\d{1,2}:\d{2}$/.test(word)) {
      const time = parsePromptTime(word);
      if (!time.ok) problem(time.error);
      else if (command.promptTime !== undefined && command.promptTime !== time.value) problem('Give one time of day', true);
      else command.promptTime = time.value;
      continue;
    }
    if (parseDays(word).ok) {
      dayWords.push(word);
      continue;
    }
    const zone = canonicalTimeZone(word);
    if (zone !== undefined) {
      if (command.timezone !== undefined && command.timezone !== zone) problem('Give one time zone', true);
      command.timezone ??= zone;
      continue;
    }
    unknown.push(`\`${excerpt(word)}\``);
  }
  if (unknown.length > 0) {
    const listed = unknown.length === 1 ? unknown[0] : `${unknown.slice(0, -1).join(', ')} or ${unknown[unknown.length - 1]}`;
    problem(
      `I didn't understand ${listed}. \`/lp setup\` takes a channel, a time (HH:MM, 24-hour), ` +
        'a time zone (like Europe/Berlin or America/New_York) and days (mon-fri, daily, tue-thu or mon,wed,fri), all optional',
      true,
    );
  }
  if (dayWords.length > 0) {
    const days = parseDays(dayWords.join(','));
    if (days.ok) command.days = days.value;
    else problem(days.error);
  }
  const [only] = problems;
  if (only === undefined) return ok(command);
  if (problems.length === 1) return fail(only.example ? `${only.text}, for example ${SETUP_EXAMPLE}.` : only.text);
  const lines = problems.map((p) => `• ${p.example ? `${p.text}.` : p.text}`);
  return fail([`\`/lp setup\` has ${problems.length} things to fix (nothing was changed):`, ...lines, `For example ${SETUP_EXAMPLE}.`].join('\n'));
}
