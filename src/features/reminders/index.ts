import { parseRemind, REMIND_HELP } from '../../core/reminders.js';
import { channelMention } from '../../slack/mrkdwn.js';
import type { ChannelStore } from '../../store/channels.js';
import type { ReminderStore } from '../../store/reminders.js';
import type { LpSubcommand } from '../commands/subcommand.js';

export { ReminderService } from './service.js';
export { PROMPT_VALUE_PREFIX } from './views.js';

/**
 * `/lp remind [on|off|HH:MM]`: opt-in, off by default. The reminder follows the channel it is typed in (it must have a
 * daily prompt); typed elsewhere, the channel whose prompts the person answers. SQLite only: answered in the ack.
 */
export function remindSubcommand(deps: {
  reminders: ReminderStore;
  channels: Pick<ChannelStore, 'get'>;
  /** The channel whose prompts the person answered last, if any. */
  answersIn: (userId: string) => string | undefined;
  clock: () => Date;
}): LpSubcommand {
  return {
    name: 'remind',
    aliases: ['reminder', 'reminders'],
    help: '`/lp remind [on|off|HH:MM]`: one DM on days you have not answered the prompt by then (off by default)',
    answersInAck: true,
    async run({ userId, channelId, args }) {
      const parsed = parseRemind(args);
      if (!parsed.ok) return { text: parsed.error };
      const command = parsed.value;
      if (command.kind === 'off') {
        return { text: deps.reminders.clear(userId) ? 'Reminders are off.' : `Reminders were already off. ${REMIND_HELP}` };
      }
      if (command.kind === 'show') {
        const current = deps.reminders.of(userId);
        if (current === undefined) return { text: `Reminders are off (the default). ${REMIND_HELP}` };
        return { text: `Reminders are on: ${channelMention(current.channelId)} at ${current.remindAt} (${current.timezone}). ${REMIND_HELP}` };
      }
      const here = deps.channels.get(channelId);
      const channel = here !== undefined ? channelId : deps.answersIn(userId);
      const settings = here ?? (channel === undefined ? undefined : deps.channels.get(channel));
      if (channel === undefined || settings === undefined) {
        return { text: 'Type `/lp remind` in your team’s channel (the one with the daily prompt), so I know which prompt to remind you of.' };
      }
      deps.reminders.set(userId, channel, command.time, deps.clock());
      return {
        text:
          `Reminders on: if you have not answered the day’s prompt in ${channelMention(channel)} by ${command.time} (${settings.timezone}), ` +
          'I send you one DM with the question. Never more than one a day, none on days you snooze or on holidays. `/lp remind off` stops them.',
      };
    },
  };
}
