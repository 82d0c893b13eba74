import { isCalendarDate } from '../countdown.js';
import { USER_MENTION } from '../slack-text.js';

/** What `/lp mock ...` asks for; errors say what to type instead. */
export type MockCommand =
  | { kind: 'status' }
  | { kind: 'join'; note: string | null; targetDate: string | null }
  | { kind: 'leave' }
  | { kind: 'packet' }
  | { kind: 'history' }
  | { kind: 'solo'; principle: string }
  | { kind: 'avoid'; userId: string }
  /** `skip <principle>` / `unskip <principle>`; an empty principle lists what is skipped. */
  | { kind: 'skip' | 'unskip'; principle: string }
  | { kind: 'error'; message: string };

const NOTE_MAX = 200;

export function parseMockArgs(args: string): MockCommand {
  const [verb = '', ...rest] = args.trim().split(/\s+/).filter((word) => word !== '');
  switch (verb.toLowerCase()) {
    case '':
    case 'status':
      return { kind: 'status' };
    case 'join': {
      // A date anywhere is the interview date; the other words are when the person is free.
      const date = rest.find((word) => /^\d{4}-\d{2}-\d{2}$/.test(word));
      if (date !== undefined && !isCalendarDate(date)) return { kind: 'error', message: `\`${date}\` is not a date. Type it as YYYY-MM-DD, like \`2027-01-20\`.` };
      const note = rest.filter((word) => word !== date).join(' ');
      if (note.length > NOTE_MAX) return { kind: 'error', message: `Keep the note on when you are free under ${NOTE_MAX} characters, like \`Tue/Thu after 4pm\`.` };
      return { kind: 'join', note: note === '' ? null : note, targetDate: date ?? null };
    }
    case 'leave':
      return { kind: 'leave' };
    case 'packet':
    case 'scorecard':
      return { kind: 'packet' };
    case 'history':
      return { kind: 'history' };
    case 'solo':
      return { kind: 'solo', principle: rest.join(' ') };
    case 'skip':
    case 'unskip':
      return { kind: verb.toLowerCase() as 'skip' | 'unskip', principle: rest.join(' ') };
    case 'avoid': {
      const userId = rest.length === 1 ? USER_MENTION.exec(rest[0] as string)?.[1] : undefined;
      return userId === undefined ? { kind: 'error', message: 'Name one person with an @-mention, like `/lp mock avoid @alex`.' } : { kind: 'avoid', userId };
    }
    default:
      return { kind: 'error', message: `There is no \`/lp mock ${verb.replace(/[&<>`]/g, '').slice(0, 30)}\`.` };
  }
}
