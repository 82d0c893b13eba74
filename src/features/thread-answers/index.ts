import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import { principleName } from '../../core/principles.js';
import { describeFeedbackChange } from '../../core/thread/feedback-change.js';
import { ackWhenStored } from '../../slack/durable-ack.js';
import type { LpSubcommand } from '../commands/subcommand.js';
import { buildFeedbackMessage } from './feedback-view.js';
import { readThreadMessage } from './message-event.js';
import { registerShowAll } from './show-all.js';
import { ThreadAnswerService, type SpokenTranscript, type ThreadAnswerDeps } from './service.js';
import type { OwedCallSpec } from './owed.js';
import type { PendingClip } from '../../store/spoken.js';
import type { ThreadSlack } from './slack-calls.js';
import { REFILE_STORY_ACTION, refiledNote } from './thread-views.js';

type SpokenArgs = [clip: PendingClip, transcript: SpokenTranscript, after: OwedCallSpec[]];

export interface ThreadAnswerFeatureDeps extends ThreadAnswerDeps {
  slack: ThreadSlack;
}

/**
 * Replies in prompt threads become answers with private feedback; `/lp feedback` shows the latest one again
 * (ephemerals vanish on reload).
 */
export function register(
  app: App,
  deps: ThreadAnswerFeatureDeps,
): { subcommands: LpSubcommand[]; resumeUnscored(): Promise<number>; scoreSpokenStory: (...args: SpokenArgs) => Promise<number | undefined> } {
  const service = new ThreadAnswerService(deps);
  registerShowAll(app, deps);
  app.event('message', async ({ event, context }) => {
    const message = readThreadMessage(event, {
      ...(context.botId === undefined ? {} : { botId: context.botId }),
      ...(context.botUserId === undefined ? {} : { botUserId: context.botUserId }),
    });
    if (message.kind === 'ignore') return;
    // The ack waits for this lookup (rare: a prompt whose post had an unknown outcome), then for the store: handle()
    // stores the answer before its first await, so the ack can go as soon as the call returns.
    await service.linkUnknownParent(message);
    const handling = service.handle(message, deps.slack);
    ackWhenStored(context);
    try {
      await handling;
    } catch (error) {
      // Whatever was stored stays stored; the event is acked already, so Slack will not resend it.
      deps.logger.error(`thread answer in ${message.channelId} (${message.kind} ${message.ts}) failed:`, error);
    }
  });
  // "This is a new story" under an unsure follow-up note: the reply becomes a story of its own.
  app.action<BlockAction<ButtonAction>>(REFILE_STORY_ACTION, async ({ ack, body, action, respond }) => {
    await ack();
    const answerId = Number(action.value);
    let outcome: Parameters<typeof refiledNote>[0] = 'not-found';
    try {
      if (Number.isSafeInteger(answerId)) outcome = await service.refileAsStory(body.user.id, answerId, deps.slack);
    } catch (error) {
      deps.logger.error(`Re-filing answer ${answerId} as a story failed:`, error);
    }
    await respond({ replace_original: true, response_type: 'ephemeral', text: refiledNote(outcome) }).catch((error: unknown) =>
      deps.logger.error('Answering "This is a new story" failed:', error),
    );
  });
  return {
    subcommands: [feedbackSubcommand(deps)],
    resumeUnscored: () => service.resumeUnscored(deps.slack),
    scoreSpokenStory: (clip, transcript, after) => service.scoreSpokenStory(clip, transcript, deps.slack, after),
  };
}

function feedbackSubcommand(deps: ThreadAnswerFeatureDeps): LpSubcommand {
  return {
    name: 'feedback',
    help: '`/lp feedback`: your latest feedback again (the private one vanishes when Slack reloads)',
    // SQLite only: the card goes back in the ack.
    answersInAck: true,
    async run({ userId }) {
      const answer = deps.answers.latestScoredByUser(userId);
      const latest = answer === undefined ? undefined : deps.feedback.latest(answer.id);
      if (answer === undefined || latest === undefined) {
        return {
          text:
            `No feedback yet. Reply to a daily prompt in its thread with a STAR-L story of ${deps.minAnswerWords}+ words ` +
            'and it arrives privately within a second.',
        };
      }
      const previous = deps.feedback.previous(answer.id);
      const change = previous === undefined || answer.parentAnswerId !== null ? undefined : describeFeedbackChange(previous.feedback, latest.feedback);
      const name = principleName(deps.content.principles, answer.principleId);
      const delivery = deps.spoken?.spokenOf(answer.id)?.delivery;
      return buildFeedbackMessage({
        feedback: latest.feedback,
        principleName: name,
        audience: 'private',
        answerId: answer.id,
        ...(change === undefined ? {} : { change }),
        ...(delivery === undefined ? {} : { delivery }),
      });
    },
  };
}
