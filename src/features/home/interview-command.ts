import { isCalendarDate } from '../../core/countdown.js';
import type { LpSubcommand } from '../commands/subcommand.js';
import { escapeMrkdwn } from '../../slack/mrkdwn.js';
import type { HomeService } from './service.js';
import { countdownText, planText } from './views.js';

const USAGE = 'Type your interview date as `/lp interview 2027-01-20` (year-month-day), or `/lp interview off` to clear it.';

/**
 * `/lp interview [YYYY-MM-DD|off]`: the person's interview date, and the plan to it (what to cover, what is due this
 * week). Private like every reply; the App Home shows the same plan. SQLite only, so it answers in the ack.
 */
export function interviewSubcommand(home: HomeService, principleName: (id: string) => string): LpSubcommand {
  const nameOf = (id: string) => escapeMrkdwn(principleName(id));
  const show = (userId: string, lead?: string) => {
    const model = home.model(userId);
    const parts = [lead, countdownText(model.countdown, nameOf), model.plan === undefined ? undefined : planText(model.plan, nameOf, model.trackName)];
    const text = parts.filter((part): part is string => part !== undefined).join('\n');
    return { text, blocks: [{ type: 'section' as const, block_id: 'lp_interview', text: { type: 'mrkdwn' as const, text } }] };
  };
  return {
    name: 'interview',
    help: '`/lp interview [YYYY-MM-DD|off]`: your interview date and the plan to it (private)',
    answersInAck: true,
    async run({ userId, args }) {
      const value = args.trim().toLowerCase();
      if (value === '') return show(userId);
      if (value === 'off' || value === 'clear') {
        home.updateSettings(userId, { interviewDate: null });
        return { text: 'Your interview date is cleared.' };
      }
      if (!isCalendarDate(value)) return { text: `I couldn't read \`${escapeMrkdwn(args.trim())}\` as a date. ${USAGE}` };
      const today = home.today(userId);
      if (value < today) return { text: `${value} has passed (today is ${today} in your time zone). ${USAGE}` };
      home.updateSettings(userId, { interviewDate: value });
      return show(userId, 'Saved: only you see your interview date and plan.');
    },
  };
}
