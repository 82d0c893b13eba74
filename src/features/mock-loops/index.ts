import type { App, BlockAction, ButtonAction, webApi } from '@slack/bolt';
import { parseMockArgs } from '../../core/mock/mock-args.js';
import type { AppLogger } from '../../logger.js';
import { channelMention, userMention } from '../../slack/mrkdwn.js';
import { slackErrorCode } from '../../slack/slack-errors.js';
import type { ChannelStore } from '../../store/channels.js';
import { MockLoopStore } from '../../store/mock-loops.js';
import type { Db } from '../../store/db.js';
import type { LpSubcommand } from '../commands/subcommand.js';
import { MockLoopService } from './service.js';
import { MOCK_MET_ACTION, MOCK_SKIP_ACTION, MOCK_USAGE, pairOutcomeMessage, slotText } from './views.js';

export interface MockLoopFeatureDeps {
  db: Db;
  channels: ChannelStore;
  postOnce: webApi.WebClient;
  clock: () => Date;
  random: () => number;
  logger: AppLogger;
}

/** `/lp mock`, the pair buttons, and the weekly pairing the minute tick runs. */
export function register(app: App, deps: MockLoopFeatureDeps): { subcommand: LpSubcommand; service: MockLoopService } {
  const store = new MockLoopStore(deps.db);
  const service = new MockLoopService({ store, channels: deps.channels, client: deps.postOnce, clock: deps.clock, random: deps.random, logger: deps.logger });

  for (const [actionId, outcome] of [
    [MOCK_MET_ACTION, 'met'],
    [MOCK_SKIP_ACTION, 'skipped'],
  ] as const) {
    app.action<BlockAction<ButtonAction>>(actionId, async ({ ack, body, action, client, respond }) => {
      await ack();
      const pair = store.pair(Number(action.value));
      if (pair === undefined || !pair.members.includes(body.user.id)) {
        await respond({ response_type: 'ephemeral', replace_original: false, text: 'This is not your mock loop: only the people paired in it can mark it.' }).catch(
          (error: unknown) => deps.logger.error(`Replying to a mock-loop button failed: ${slackErrorCode(error)}`),
        );
        return;
      }
      store.setOutcome(pair.id, outcome, deps.clock());
      const channel = body.channel?.id ?? pair.dmChannel;
      const ts = body.message?.ts ?? pair.messageTs;
      if (channel === undefined || channel === null || ts === undefined || ts === null) return;
      await client.chat
        .update({ channel, ts, ...pairOutcomeMessage(pair, outcome, body.user.id) })
        .catch((error: unknown) => deps.logger.error(`Slack API chat.update failed: ${slackErrorCode(error)}`));
    });
  }

  const subcommand: LpSubcommand = {
    name: 'mock',
    help: '`/lp mock join|leave|avoid @x`: weekly mock loops, paired with a teammate who interviews you (and you them)',
    // Pool changes and looks are SQLite only.
    answersInAck: true,
    async run({ userId, channelId, args }) {
      const command = parseMockArgs(args);
      const where = channelMention(channelId);
      const slot = deps.channels.threadSettings(channelId).mock;
      switch (command.kind) {
        case 'error':
          return { text: `${command.message}\n${MOCK_USAGE}` };
        case 'status': {
          const pool = store.pool(channelId);
          const mine = pool.some((member) => member.userId === userId);
          return {
            text: [
              mine ? `You are in the mock-loop pool of ${where} (${pool.length} people).` : `You are not in the mock-loop pool of ${where} (${pool.length} people). Join with \`/lp mock join\`.`,
              slotText(slot),
              MOCK_USAGE,
            ].join('\n'),
          };
        }
        case 'join': {
          if (deps.channels.get(channelId) === undefined) {
            return { text: `${where} has no daily prompt yet, so it has no mock loops either. Start one with \`/lp setup\` first, or run \`/lp mock join\` in your team's prompt channel.` };
          }
          const before = store.member(channelId, userId);
          store.join(channelId, userId, command, deps.clock());
          const details = [command.note ? `free: ${command.note}` : undefined, command.targetDate ? `interview on ${command.targetDate}` : undefined].filter(Boolean);
          return {
            text: [
              `${before === undefined ? "You're in" : 'Updated'}: the mock-loop pool of ${where}${details.length > 0 ? ` (${details.join('; ')})` : ''}.`,
              slotText(slot),
              'You and your partner get a group DM with each other. `/lp mock leave` takes you out.',
            ].join('\n'),
          };
        }
        case 'leave':
          return { text: store.leave(channelId, userId) ? `You left the mock-loop pool of ${where}.` : `You were not in the mock-loop pool of ${where}.` };
        case 'avoid':
          if (command.userId === userId) return { text: 'You are never paired with yourself. Name someone else, like `/lp mock avoid @alex`.' };
          store.avoid(userId, command.userId, deps.clock());
          return { text: `Done: you will never be paired with ${userMention(command.userId)}. Only you can see this; they are not told.` };
      }
    },
  };
  return { subcommand, service };
}
