import type { App, BlockAction, ButtonAction, RespondFn, ViewSubmitAction, types } from '@slack/bolt';
import { packetItems } from '../../core/mock/packet.js';
import type { PrincipleId } from '../../core/principles.js';
import { CRITERION_IDS, type CriterionId } from '../../core/rubric/criteria/types.js';
import { CRITERION_LABELS } from '../../core/rubric/labels.js';
import { slackErrorCode, trySlack } from '../../slack/slack-errors.js';
import type { MockLoopFeatureDeps } from './index.js';
import type { MockLoopService } from './service.js';
import {
  ATTACH_BLOCK,
  attachModal,
  isRating,
  MOCK_ATTACH_ACTION,
  MOCK_ATTACH_VIEW,
  MOCK_MET_ACTION,
  MOCK_PACKET_ACTION,
  MOCK_SCORECARD_ACTION,
  MOCK_SCORECARD_VIEW,
  MOCK_SKIP_ACTION,
  NO_WRITTEN_STORY,
  packetMessage,
  pairOutcomeMessage,
  parseScorecardValue,
  SCORECARD_BLOCKS,
  SCORECARD_INPUT,
  scorecardModal,
} from './views.js';

const NOT_YOURS = 'This is not your mock loop: only the people paired in it can use its buttons.';

/**
 * The buttons and modals of a loop: the group DM's packet, We met and Skip this week; the packet's scorecards; the
 * debrief's "Which written story?". Each checks that the clicker belongs to the loop (or is its candidate).
 */
export function registerLoopInteractions(app: App, deps: MockLoopFeatureDeps, service: MockLoopService): void {
  const { store, content, logger } = deps;
  const tellPrivately = async (respond: RespondFn, message: { text: string; blocks?: types.KnownBlock[] }) =>
    respond({ response_type: 'ephemeral', replace_original: false, ...message }).catch((error: unknown) =>
      logger.error(`Replying to a mock-loop button failed: ${slackErrorCode(error)}`),
    );

  // The interviewer's packet in the pair and its item for one principle (a scorecard button or modal); none when not theirs.
  const packetItemOf = (pairId: number, interviewerId: string, principleId: unknown) => {
    const packet = store.packetOf(pairId, interviewerId);
    const item = packet === undefined ? undefined : packetItems(packet.assignments, content).find((i) => i.principle.id === principleId);
    return { packet, item };
  };

  // The debrief's "Which written story?": only the candidate's own stories of that principle are offered.
  app.action<BlockAction<ButtonAction>>(MOCK_ATTACH_ACTION, async ({ ack, body, action, client, respond }) => {
    await ack();
    const target = parseScorecardValue(action.value);
    const card = target === undefined ? undefined : store.scorecards(target.pairId, body.user.id, 'candidate').find((c) => c.principleId === target.principleId);
    const principle = content.principles.find((p) => p.id === card?.principleId);
    if (card === undefined || principle === undefined) return void (await tellPrivately(respond, { text: 'This debrief is not yours.' }));
    const stories = deps.stories.storyPage(body.user.id, { principleId: principle.id, offset: 0, limit: 99 }).items;
    const view = attachModal(card.pairId, principle.name, principle.id, stories, card.attachedAnswerId ?? null);
    await trySlack(logger, 'views.open', () => client.views.open({ trigger_id: body.trigger_id, view }));
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
    const { packet, item } = target === undefined ? {} : packetItemOf(target.pairId, body.user.id, target.principleId);
    if (packet === undefined || item === undefined) return void (await tellPrivately(respond, { text: NOT_YOURS }));
    const before = store.scorecards(packet.pair.id, body.user.id, 'interviewer').find((card) => card.principleId === item.principle.id);
    await trySlack(logger, 'views.open', () => client.views.open({ trigger_id: body.trigger_id, view: scorecardModal(packet, item, before) }));
  });

  app.view<ViewSubmitAction>(MOCK_SCORECARD_VIEW, async ({ ack, body, view }) => {
    const metadata = JSON.parse(view.private_metadata || '{}') as { pairId?: unknown; principleId?: unknown };
    const pairId = Number(metadata.pairId);
    const { packet, item } = packetItemOf(pairId, body.user.id, metadata.principleId);
    if (packet === undefined || item === undefined) return void (await ack({ response_action: 'clear' }));
    const input = (block: string) => view.state.values[block]?.[SCORECARD_INPUT];
    const criteria = (block: string) =>
      (input(block)?.selected_options ?? []).map((o) => o.value).filter((id): id is CriterionId => (CRITERION_IDS as readonly string[]).includes(id));
    const text = (block: string) => input(block)?.value?.trim() || null;
    const rating = input(SCORECARD_BLOCKS.rating)?.selected_option?.value;
    if (!isRating(rating)) {
      return void (await ack({ response_action: 'errors', errors: { [SCORECARD_BLOCKS.rating]: 'Pick a rating, from Strongly inclined to Strongly not inclined.' } }));
    }
    const both = criteria(SCORECARD_BLOCKS.strong).filter((id) => criteria(SCORECARD_BLOCKS.missing).includes(id));
    if (both.length > 0) {
      const names = both.map((id) => CRITERION_LABELS[id]).join(', ');
      return void (await ack({ response_action: 'errors', errors: { [SCORECARD_BLOCKS.missing]: `${names} cannot be both strong and missing: untick it in one of the two.` } }));
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
      if (pair === undefined || !pair.members.includes(body.user.id)) return void (await tellPrivately(respond, { text: NOT_YOURS }));
      store.setOutcome(pair.id, outcome, deps.clock());
      const channel = body.channel?.id ?? pair.dmChannel;
      const ts = body.message?.ts ?? pair.messageTs;
      if (channel === undefined || channel === null || ts === undefined || ts === null) return;
      await trySlack(logger, 'chat.update', () => client.chat.update({ channel, ts, ...pairOutcomeMessage(pair, outcome, body.user.id) }));
    });
  }
}
