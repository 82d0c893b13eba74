import { cutText } from '../excerpt.js';
import { parsePromptTime, WEEKDAYS, type Weekday } from '../schedule.js';

/** How a channel runs its practice threads (`/lp config`). */
export const FEEDBACK_MODES = ['private', 'thread'] as const;
export type FeedbackMode = (typeof FEEDBACK_MODES)[number];
export const FOLLOWUP_MODES = ['thread', 'private', 'off'] as const;
export type FollowUpMode = (typeof FOLLOWUP_MODES)[number];

export interface WeeklySlot {
  day: Weekday;
  /** 'HH:MM' in the channel's zone. */
  time: string;
}

export interface ThreadSettings {
  /** private: ephemeral to the author; thread: a visible reply, for teams that review in the open. */
  feedbackMode: FeedbackMode;
  followUpMode: FollowUpMode;
  /** Reaction name without colons. */
  voteEmoji: string;
  /** null: no weekly digest. */
  digest: WeeklySlot | null;
  /** 'HH:MM' local: wrap the day's prompt up then; null: only when the next prompt is posted. */
  closeTime: string | null;
  /** When the mock-loop pool is paired each week; null: no mock loops. */
  mock: WeeklySlot | null;
}

export const DEFAULT_THREAD_SETTINGS: ThreadSettings = {
  feedbackMode: 'private',
  followUpMode: 'thread',
  voteEmoji: 'star',
  digest: { day: 'fri', time: '16:00' },
  closeTime: null,
  mock: { day: 'mon', time: '10:00' },
};

/** One `/lp config` change. */
export type SettingChange =
  | { setting: 'feedback'; value: FeedbackMode }
  | { setting: 'followups'; value: FollowUpMode }
  | { setting: 'vote'; value: string }
  | { setting: 'digest'; value: WeeklySlot | null }
  | { setting: 'close'; value: string | null }
  | { setting: 'mock'; value: WeeklySlot | null };

export type ParsedConfig = { ok: true; change: SettingChange | null } | { ok: false; error: string };

export const CONFIG_USAGE = [
  '`/lp config`: show the settings of this channel',
  '`/lp config feedback private|thread`',
  '`/lp config followups thread|private|off`',
  '`/lp config vote <emoji>` (e.g. `star` or `:fire:`)',
  '`/lp config digest <day> <HH:MM>|off` (e.g. `fri 16:00`)',
  '`/lp config close <HH:MM>|off`',
  '`/lp config mock <day> <HH:MM>|off` (mock-loop pairing, e.g. `mon 10:00`)',
].join('\n');

/** Parses the words after `/lp config`; `change: null` means "show the settings". Errors say what to type. */
export function parseConfigArgs(args: string): ParsedConfig {
  const [name = '', ...values] = args.trim().toLowerCase().split(/\s+/).filter((w) => w !== '');
  const value = values.join(' ');
  const fail = (what: string): ParsedConfig => ({ ok: false, error: `${what}\n${CONFIG_USAGE}` });
  switch (name) {
    case '':
      return { ok: true, change: null };
    case 'feedback':
      return isOneOf(value, FEEDBACK_MODES) ? { ok: true, change: { setting: 'feedback', value } } : fail('Feedback is `private` or `thread`.');
    case 'followups':
    case 'followup':
    case 'follow-ups':
      return isOneOf(value, FOLLOWUP_MODES)
        ? { ok: true, change: { setting: 'followups', value } }
        : fail('Follow-ups are `thread`, `private` or `off`.');
    case 'vote':
    case 'votes': {
      const emoji = value.replace(/^:|:$/g, '');
      return /^[a-z0-9_+'-]{1,80}$/.test(emoji) ? { ok: true, change: { setting: 'vote', value: emoji } } : fail('Give one emoji name, like `star`.');
    }
    case 'digest':
    case 'mock': {
      if (value === 'off') return { ok: true, change: { setting: name, value: null } };
      const example = name === 'digest' ? 'fri 16:00' : 'mon 10:00';
      const [dayWord = '', timeWord = example.slice(4)] = values;
      const day = WEEKDAYS.find((d) => dayWord.startsWith(d));
      const time = parsePromptTime(timeWord);
      const what = name === 'digest' ? 'The digest' : 'Mock-loop pairing';
      if (day === undefined || !time.ok || values.length > 2) return fail(`${what} takes a weekday and a time, like \`${example}\`, or \`off\`.`);
      return { ok: true, change: { setting: name, value: { day, time: time.value } } };
    }
    case 'close': {
      if (value === 'off') return { ok: true, change: { setting: 'close', value: null } };
      const time = parsePromptTime(value);
      return time.ok ? { ok: true, change: { setting: 'close', value: time.value } } : fail('The close time is `HH:MM` (24-hour) or `off`.');
    }
    default:
      return fail(`There is no setting \`${cutText(name.replace(/[&<>`]/g, ''))}\`.`);
  }
}

function isOneOf<T extends string>(value: string, options: readonly T[]): value is T {
  return (options as readonly string[]).includes(value);
}

/** The settings as one line each, for `/lp config`. */
export function describeSettings(settings: ThreadSettings): string[] {
  return [
    `feedback: *${settings.feedbackMode}*`,
    `followups: *${settings.followUpMode}*`,
    `vote: :${settings.voteEmoji}: (\`${settings.voteEmoji}\`)`,
    `digest: *${settings.digest === null ? 'off' : `${settings.digest.day} ${settings.digest.time}`}*`,
    `close: *${settings.closeTime ?? 'off'}*`,
    `mock: *${settings.mock === null ? 'off' : `${settings.mock.day} ${settings.mock.time}`}*`,
  ];
}
