import type { App, BlockAction, ButtonAction, ViewSubmitAction, webApi } from '@slack/bolt';
import type { Content } from '../../core/content.js';
import { computeCoverage } from '../../core/coverage.js';
import { parseMockArgs } from '../../core/mock/mock-args.js';
import { withVerifiedOutLoud } from '../../core/mock/verified.js';
import { packetItems } from '../../core/mock/packet.js';
import { PRINCIPLE_IDS, type PrincipleId } from '../../core/principles.js';
import { CRITERION_IDS, type CriterionId } from '../../core/rubric/criteria/types.js';
import type { AppLogger } from '../../logger.js';
import { channelMention, userMention } from '../../slack/mrkdwn.js';
import { slackErrorCode } from '../../slack/slack-errors.js';
import type { ChannelStore } from '../../store/channels.js';
import type { MockLoopStore } from '../../store/mock-loops.js';
import { toScoredStories, type StoryStore } from '../../store/stories.js';
import type { LpSubcommand } from '../commands/subcommand.js';
import type { PracticeService } from '../practice/service.js';
import { MockLoopService } from './service.js';
import { registerSolo, startSolo } from './solo.js';
import {
  ATTACH_BLOCK,
  attachModal,
  historyReply,
  MOCK_ATTACH_ACTION,
  MOCK_ATTACH_VIEW,
  NO_WRITTEN_STORY,
  isRating,
  MOCK_MET_ACTION,
  MOCK_PACKET_ACTION,
  MOCK_SCORECARD_ACTION,
  MOCK_SCORECARD_VIEW,
  MOCK_SKIP_ACTION,
  MOCK_USAGE,
  packetMessage,
  pairOutcomeMessage,
  parseScorecardValue,
  SCORECARD_BLOCKS,
  SCORECARD_INPUT,
  scorecardModal,
  slotText,
} from './views.js';

export interface MockLoopFeatureDeps {
  store: MockLoopStore;
  channels: ChannelStore;
  postOnce: webApi.WebClient;
  clock: () => Date;
  random: () => number;
  logger: AppLogger;
  content: Content;
  /** Whose written stories give each candidate's weakest principles (the packet). */
  stories: StoryStore;
  /** The written bar-raiser mock runs as a practice round (stored, scored, in the story bank). */
  practice: PracticeService;
}

/** Loops listed by `/lp mock history`, newest first. */
const HISTORY_SHOWN = 12;

const NOT_YOURS = 'This is not your mock loop: only the people paired in it can use its buttons.';

/** `/lp mock`, the pair buttons, and the weekly pairing the minute tick runs. */
export function register(app: App, deps: MockLoopFeatureDeps): { subcommand: LpSubcommand; service: MockLoopService } {
  const { store } = deps;
  const { content, logger } = deps;
  const service = new MockLoopService({
    store,
    channels: deps.channels,
    client: deps.postOnce,
    clock: deps.clock,
    random: deps.random,
    logger,
    content,
    coverageOf: (userId) => withVerifiedOutLoud(computeCoverage(PRINCIPLE_IDS, toScoredStories(deps.stories.storyScores(userId))), store.verifiedStories(userId)),
  });
  const tellPrivately = async (respond: (message: object) => Promise<unknown>, message: { text: string; blocks?: unknown[] }) =>
    respond({ response_type: 'ephemeral', replace_original: false, ...message }).catch((error: unknown) =>
      logger.error(`Replying to a mock-loop button failed: ${slackErrorCode(error)}`),
    );

  // The debrief's "Which written story?": only the candidate's own stories of that principle are offered.
  app.action<BlockAction<ButtonAction>>(MOCK_ATTACH_ACTION, async ({ ack, body, action, client, respond }) => {
    await ack();
    const target = parseScorecardValue(action.value);
    const card = target === undefined ? undefined : store.scorecards(target.pairId, body.user.id, 'candidate').find((c) => c.principleId === target.principleId);
    const principle = content.principles.find((p) => p.id === card?.principleId);
    if (card === undefined || principle === undefined) return void (await tellPrivately(respond, { text: 'This debrief is not yours.' }));
    const stories = deps.stories.storyPage(body.user.id, { principleId: principle.id, offset: 0, limit: 99 }).items;
    await client.views
      .open({ trigger_id: body.trigger_id, view: attachModal(card.pairId, principle.name, principle.id, stories, card.attachedAnswerId ?? null) })
      .catch((error: unknown) => logger.error(`Slack API views.open failed: ${slackErrorCode(error)}`));
  });

  app.view<ViewSubmitAction>(MOCK_ATTACH_VIEW, async ({ ack, body, view }) => {
    const { pairId, principleId } = JSON.parse(view.private_metadata || '{}') as { pairId?: number; principleId?: PrincipleId };
    const chosen = view.state.values[ATTACH_BLOCK]?.[SCORECARD_INPUT]?.selected_option?.value;
    if (pairId === undefined || principleId === undefined || chosen === undefined) return void (await ack({ response_action: 'clear' }));
    const answerId = chosen === NO_WRITTEN_STORY ? null : Number(chosen);
    if (!store.attachStory({ pairId, candidateId: body.user.id, principleId }, answerId)) {
      return void (await ack({ response_action: 'errors', errors: { [ATTACH_BLOCK]: 'Pick one of your own stories of this principle, or "None".' } }));
    }
    await ack({ response_action: 'clear' });
  });

  app.action<BlockAction<ButtonAction>>(MOCK_PACKET_ACTION, async ({ ack, body, action, respond }) => {
    await ack();
    const packet = store.packetOf(Number(action.value), body.user.id);
    await tellPrivately(respond, packet === undefined ? { text: NOT_YOURS } : packetMessage(packet, content));
  });

  // One modal per principle of the packet; opening it again shows what was sent, to edit.
  app.action<BlockAction<ButtonAction>>(MOCK_SCORECARD_ACTION, async ({ ack, body, action, client, respond }) => {
    await ack();
    const target = parseScorecardValue(action.value);
    const packet = target === undefined ? undefined : store.packetOf(target.pairId, body.user.id);
    const item = packet === undefined ? undefined : packetItems(packet.assignments, content).find((i) => i.principle.id === target?.principleId);
    if (packet === undefined || item === undefined) return void (await tellPrivately(respond, { text: NOT_YOURS }));
    const before = store.scorecards(packet.pair.id, body.user.id, 'interviewer').find((card) => card.principleId === item.principle.id);
    await client.views
      .open({ trigger_id: body.trigger_id, view: scorecardModal(packet, item, before) })
      .catch((error: unknown) => logger.error(`Slack API views.open failed: ${slackErrorCode(error)}`));
  });

  app.view<ViewSubmitAction>(MOCK_SCORECARD_VIEW, async ({ ack, body, view }) => {
    const metadata = JSON.parse(view.private_metadata || '{}') as { pairId?: unknown; principleId?: unknown };
    const pairId = Number(metadata.pairId);
    const packet = store.packetOf(pairId, body.user.id);
    const item = packet === undefined ? undefined : packetItems(packet.assignments, content).find((i) => i.principle.id === metadata.principleId);
    if (packet === undefined || item === undefined) return void (await ack({ response_action: 'clear' }));
    const input = (block: string) => view.state.values[block]?.[SCORECARD_INPUT];
    const criteria = (block: string) =>
      (input(block)?.selected_options ?? []).map((o) => o.value).filter((id): id is CriterionId => (CRITERION_IDS as readonly string[]).includes(id));
    const text = (block: string) => input(block)?.value?.trim() || null;
    const rating = input(SCORECARD_BLOCKS.rating)?.selected_option?.value;
    if (!isRating(rating)) {
      return void (await ack({ response_action: 'errors', errors: { [SCORECARD_BLOCKS.rating]: 'Pick a rating, from Strongly inclined to Strongly not inclined.' } }));
    }
    // Stored before anything else can fail; the debrief goes out on its own once every scorecard is in.
    store.saveScorecard(
      {
        pairId,
        interviewerId: body.user.id,
        candidateId: packet.candidateId,
        principleId: item.principle.id,
        rating,
        strong: criteria(SCORECARD_BLOCKS.strong),
        missing: criteria(SCORECARD_BLOCKS.missing),
        note: text(SCORECARD_BLOCKS.note),
        storyTitle: text(SCORECARD_BLOCKS.title),
      },
      deps.clock(),
    );
    await ack({ response_action: 'clear' });
    await service.sendDebriefs();
  });

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

  registerSolo(app, deps.practice);

  const subcommand: LpSubcommand = {
    name: 'mock',
    help: '`/lp mock join|leave|avoid @x`: weekly mock loops, paired with a teammate who interviews you (and you them)',
    // Pool changes and looks are SQLite only; the solo mock opens a modal.
    answersInAck: (args) => parseMockArgs(args).kind !== 'solo',
    async run({ userId, channelId, args, triggerId, client }) {
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
        case 'packet': {
          const pair = store.latestPairOf(userId);
          const packet = pair === undefined ? undefined : store.packetOf(pair.id, userId);
          return packet === undefined
            ? { text: 'You have no mock loop yet. Join the pool with `/lp mock join` in your team channel; pairs are made once a week.' }
            : packetMessage(packet, content);
        }
        case 'solo':
          return startSolo(deps.practice, content, { userId, triggerId, client, logger }, command.principle);
        case 'history':
          return historyReply(
            store.pairsOf(userId, HISTORY_SHOWN).map((pair) => ({
              pair,
              userId,
              received: store.scorecards(pair.id, userId, 'candidate'),
              given: store.scorecards(pair.id, userId, 'interviewer'),
            })),
            content,
          );
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
