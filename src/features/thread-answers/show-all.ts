import type { AllMiddlewareArgs, App, BlockAction, ButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { principleName } from '../../core/principles.js';
import { z } from 'zod';
import { leadingPart } from '../../core/excerpt.js';
import { describeFeedbackChange } from '../../core/thread/feedback-change.js';
import { slackErrorCode } from '../../slack/slack-errors.js';
import type { AnswerRecord } from '../../store/answers.js';
import { buildFeedbackMessage, FEEDBACK_ACTIONS } from './feedback-view.js';
import { MAX_SCORED_CHARS, type ThreadAnswerDeps } from './service.js';

const ValueSchema = z.object({ a: z.number().int().positive().optional(), u: z.string().regex(/^[UW][A-Z0-9]+$/).optional() });

type ShowAllArgs = SlackActionMiddlewareArgs<BlockAction<ButtonAction>> & AllMiddlewareArgs;

export const GONE_NOTE = 'That story is no longer stored (it was deleted or forgotten), so there is nothing more to show.';
export const NOT_YOURS_NOTE = 'That feedback belongs to someone else, so only they can open it.';

/**
 * "Show all criteria": the short card's button. On the author's private card the full card replaces it in place
 * (`replace_original` through the action's response_url: ephemerals cannot be edited with chat.update). On the visible
 * card in a `feedback thread` channel the full card goes privately to whoever pressed it, and the thread keeps the
 * short card. The full card is built from the stored feedback, so it is the current one after an edit.
 */
export function registerShowAll(app: App, deps: Pick<ThreadAnswerDeps, 'answers' | 'feedback' | 'content' | 'logger'>): void {
  const parse = (raw: string | undefined): z.infer<typeof ValueSchema> => {
    try {
      return ValueSchema.parse(JSON.parse(raw ?? '{}'));
    } catch {
      return {};
    }
  };
  const fullCard = (answer: AnswerRecord, audience: 'private' | 'thread') => {
    const latest = deps.feedback.latest(answer.id);
    if (latest === undefined) return undefined;
    const previous = deps.feedback.previous(answer.id);
    const change = previous === undefined || answer.parentAnswerId !== null ? undefined : describeFeedbackChange(previous.feedback, latest.feedback);
    const partRead = answer.text.length <= MAX_SCORED_CHARS ? undefined : { chars: answer.text.length, read: leadingPart(answer.text, MAX_SCORED_CHARS).length };
    return buildFeedbackMessage({
      feedback: latest.feedback,
      principleName: principleName(deps.content.principles, answer.principleId),
      answerId: answer.id,
      detail: 'full',
      ...(audience === 'thread' ? { audience: 'thread', authorId: answer.userId, privateCopy: true } : { audience: 'private' }),
      ...(change === undefined ? {} : { change }),
      ...(partRead === undefined ? {} : { partRead }),
    });
  };
  const note = async (respond: ShowAllArgs['respond'], text: string) =>
    respond({ response_type: 'ephemeral', replace_original: false, text }).catch((error: unknown) =>
      deps.logger.error(`Showing all criteria failed: ${slackErrorCode(error)}`),
    );

  app.action<BlockAction<ButtonAction>>(FEEDBACK_ACTIONS.showAllPrivate, async ({ ack, body, action, respond }) => {
    await ack();
    const value = parse(action.value);
    const clicker = body.user.id;
    const answer = value.a !== undefined ? deps.answers.byId(value.a) : deps.answers.latestScoredByUser(clicker);
    if (answer !== undefined && answer.userId !== clicker) return void (await note(respond, NOT_YOURS_NOTE));
    const card = answer === undefined ? undefined : fullCard(answer, 'private');
    if (card === undefined) return void (await note(respond, GONE_NOTE));
    await respond({ response_type: 'ephemeral', replace_original: true, ...card }).catch((error: unknown) =>
      deps.logger.error(`Showing all criteria failed: ${slackErrorCode(error)}`),
    );
  });

  app.action<BlockAction<ButtonAction>>(FEEDBACK_ACTIONS.showAllThread, async ({ ack, body, action, respond }) => {
    await ack();
    const value = parse(action.value);
    const channelId = body.channel?.id;
    const answer = value.a !== undefined ? deps.answers.byId(value.a) : value.u !== undefined ? deps.answers.latestScoredByUser(value.u) : undefined;
    // Only feedback that is already in the open: a thread story of this channel whose feedback was posted visibly.
    const visible = answer !== undefined && answer.kind === 'thread' && answer.channelId === channelId && deps.feedback.visibleReplyTs(answer.id) !== undefined;
    const card = visible ? fullCard(answer, 'thread') : undefined;
    if (card === undefined) return void (await note(respond, GONE_NOTE));
    await respond({ response_type: 'ephemeral', replace_original: false, ...card }).catch((error: unknown) =>
      deps.logger.error(`Showing all criteria failed: ${slackErrorCode(error)}`),
    );
  });
}
