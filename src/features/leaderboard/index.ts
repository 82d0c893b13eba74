import type { Content } from '../../core/content.js';
import { principleName } from '../../core/principles.js';
import { localDateOf } from '../../core/schedule.js';
import { computeStreak } from '../../core/streak.js';
import { countedPromptDays } from '../../core/availability.js';
import { periodStart, type LeaderboardPeriod } from '../../core/thread/summaries.js';
import type { AnswerStore } from '../../store/answers.js';
import type { ChannelStore } from '../../store/channels.js';
import type { PromptStore } from '../../store/prompts.js';
import type { UserSettingsStore } from '../../store/user-settings.js';
import type { LpSubcommand } from '../commands/subcommand.js';
import type { ThreadSlack } from '../thread-answers/slack-calls.js';
import { leaderboardReply, meReply } from './views.js';

export interface LeaderboardDeps {
  answers: AnswerStore;
  prompts: PromptStore;
  channels: ChannelStore;
  userSettings: UserSettingsStore;
  content: Content;
  clock: () => Date;
  slack: ThreadSlack;
  /** Snoozes (AvailabilityStore): a prompt day a person was snoozed on and did not answer never breaks their streak. */
  snoozes?: { snoozeCheck(userId: string): (localDate: string) => boolean };
}

const SHOWN = 5;
const PERIODS: readonly LeaderboardPeriod[] = ['week', 'month', 'all'];

/** `/lp leaderboard`, `/lp optout leaderboard`, `/lp optin leaderboard`, `/lp me`. */
export function leaderboardSubcommands(deps: LeaderboardDeps): LpSubcommand[] {
  const zoneOf = (channelId: string) => deps.channels.get(channelId)?.timezone ?? 'UTC';
  const optedOut = (userId: string) => deps.userSettings.get(userId).leaderboardOptout;

  const leaderboard: LpSubcommand = {
    name: 'leaderboard',
    help: '`/lp leaderboard [week|month|all]`: top stories and contributors by votes in this channel',
    // Not in the ack: each top story's link comes from `chat.getPermalink` (one Web API call per story).
    async run({ channelId, args }) {
      const word = args.trim().toLowerCase() || 'week';
      const period = PERIODS.find((p) => p === word);
      if (period === undefined) return { text: 'Use `/lp leaderboard week`, `/lp leaderboard month` or `/lp leaderboard all`.' };
      const since = periodStart(period, deps.clock(), zoneOf(channelId));
      const stories = await Promise.all(
        deps.answers.topStories(channelId, since, SHOWN).map(async (s) => ({
          permalink: await deps.slack.permalink(s.channelId, s.messageTs),
          authorId: optedOut(s.userId) ? undefined : s.userId,
          votes: s.votes,
          principleName: principleName(deps.content.principles, s.principleId),
          title: s.title,
        })),
      );
      // Ask for more than shown, since opted-out people are dropped from the list.
      const contributors = deps.answers.topContributors(channelId, since, SHOWN * 4).filter((c) => !optedOut(c.userId)).slice(0, SHOWN);
      return { text: leaderboardReply({ channelId, period, stories, contributors }) };
    },
  };

  const setOptout = (value: boolean): LpSubcommand => ({
    name: value ? 'optout' : 'optin',
    help: value
      ? '`/lp optout leaderboard`: keep your name off leaderboards, wrap-ups and digests'
      : '`/lp optin leaderboard`: show your name on them again',
    answersInAck: true,
    async run({ userId, args }) {
      if (args.trim().toLowerCase() !== 'leaderboard') return { text: `Type \`/lp ${value ? 'optout' : 'optin'} leaderboard\`.` };
      deps.userSettings.update(userId, { leaderboardOptout: value }, deps.clock());
      return {
        text: value
          ? 'Done: your name stays off leaderboards, wrap-ups and digests. Your stories and votes still count. `/lp optin leaderboard` undoes it.'
          : 'Done: your name can appear on leaderboards, wrap-ups and digests again.',
      };
    },
  });

  const me: LpSubcommand = {
    name: 'me',
    help: '`/lp me`: your stories, average score, streak and votes received',
    answersInAck: true,
    async run({ userId, channelId }) {
      const summary = deps.answers.summaryOf(userId);
      const promptDays = deps.prompts.postedDates(channelId);
      const answeredDays = deps.answers.answeredPromptDates(channelId, userId);
      const snoozed = deps.snoozes?.snoozeCheck(userId);
      const streak =
        promptDays.length === 0
          ? undefined
          : computeStreak({
              promptDays: snoozed === undefined ? promptDays : countedPromptDays(promptDays, answeredDays, snoozed),
              answeredDays,
              today: localDateOf(deps.clock(), zoneOf(channelId)),
            });
      return { text: meReply({ ...summary, channelId, streak, optedOut: optedOut(userId) }) };
    },
  };

  return [leaderboard, setOptout(true), setOptout(false), me];
}
