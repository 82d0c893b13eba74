import type { App, BlockAction, ButtonAction, ViewOutput, ViewSubmitAction, webApi } from '@slack/bolt';
import { slackErrorCode, slackRefusalCode } from '../../slack/slack-errors.js';
import { PracticeStore } from '../../store/practice.js';
import { unknownPrincipleReply } from '../commands/replies.js';
import type { LpSubcommand } from '../commands/subcommand.js';
import type { HomeRefresher, PersonalFeatureDeps, PostOnceDeps } from '../personal-deps.js';
import {
  ANSWER_BLOCK,
  FOLLOW_UP_BLOCK,
  INPUT_ACTION,
  PRACTICE_IDS,
  STAR_BLOCKS,
  parseAnswerMetadata,
  parseStoryMetadata,
} from './ids.js';
import { buildOtherLanguageModal } from './other-language-modal.js';
import { appDmLink, askOutLoud } from './out-loud.js';
import { PROMPT_VALUE_PREFIX } from '../reminders/views.js';
import { answerProblem, countWords, PracticeService, type FeedbackResult, type Round } from './service.js';
import {
  buildAnswerModal,
  buildFeedbackModal,
  buildFollowUpModal,
  buildNoticeModal,
  buildOutLoudModal,
  buildSharedStoryMessage,
  joinStar,
  shareNotice,
  type ShareOutcome,
  type ModalView,
  type StarValues,
} from './views.js';

type ViewState = ViewOutput['state']['values'];

const GONE = buildNoticeModal('Practice', 'That story is no longer stored (it may have been deleted). Start again with `/lp practice`.');

/** The feedback modal, or the one kind note when the story is in a language the rubric cannot read. */
function feedbackModal(result: FeedbackResult, notice?: string): ModalView {
  return result.otherLanguage === true ? buildOtherLanguageModal(result, notice) : buildFeedbackModal(result, notice);
}

/** Opens the practice modal for a round; false when Slack refused (the trigger expired, for example). */
export async function openPracticeModal(client: webApi.WebClient, triggerId: string, round: Round, logger: PersonalFeatureDeps['logger']): Promise<boolean> {
  try {
    await client.views.open({ trigger_id: triggerId, view: buildAnswerModal(round, { star: false }) });
    return true;
  } catch (error) {
    logger.error(`Slack API views.open failed: ${slackErrorCode(error)}`);
    return false;
  }
}

export function createPracticeService(deps: PersonalFeatureDeps): PracticeService {
  return new PracticeService({
    practice: new PracticeStore(deps.db),
    feedback: deps.stores.feedback,
    stories: deps.stores.stories,
    content: deps.content,
    clock: deps.clock,
    random: deps.random,
    verified: (userId) => deps.stores.mockLoops.verifiedStories(userId),
    ...(deps.questionById === undefined ? {} : { questionById: deps.questionById }),
    ...(deps.questionPoolOf === undefined ? {} : { questionPoolOf: deps.questionPoolOf }),
  });
}

/**
 * `/lp practice`, the practice modals and their buttons, and the daily prompt's "Answer privately". `refreshHome`
 * runs after a story is scored or shared, so the App Home shows the new coverage.
 */
export function register(app: App, deps: PersonalFeatureDeps & PostOnceDeps, refreshHome: HomeRefresher): LpSubcommand[] {
  const { logger } = deps;
  const service = createPracticeService(deps);

  const updateView = async (client: webApi.WebClient, view: ViewOutput | undefined, next: ModalView): Promise<void> => {
    if (view === undefined) return;
    try {
      await client.views.update({ view_id: view.id, hash: view.hash, view: next });
    } catch (error) {
      logger.error(`Slack API views.update failed: ${slackErrorCode(error)}`);
    }
  };

  app.view<ViewSubmitAction>(PRACTICE_IDS.answerView, async ({ ack, body, view, client }) => {
    const metadata = parseAnswerMetadata(view.private_metadata);
    const round = metadata === undefined ? undefined : service.roundFor(metadata.p, metadata.q, metadata.r);
    if (metadata === undefined || round === undefined) {
      await ack({ response_action: 'update', view: GONE });
      return;
    }
    const text = metadata.star ? joinStar(readStar(view.state.values)) : readInput(view.state.values, ANSWER_BLOCK);
    const problem = answerProblem(text);
    if (problem !== undefined) {
      await ack({ response_action: 'errors', errors: { [metadata.star ? STAR_BLOCKS.action : ANSWER_BLOCK]: problem } });
      return;
    }
    const retry = metadata.a === null ? undefined : service.ownStory(body.user.id, metadata.a);
    const result = service.submit(body.user.id, retry === undefined ? round : { ...round, retry: { answerId: retry.id, text: retry.text } }, text);
    await ack({ response_action: 'update', view: feedbackModal(result) });
    // A shared story reworded with Try again: the post in the thread follows, as an edit by its author would.
    if (retry?.sharedPost) await updateSharedPost(client, retry.sharedPost, body.user.id, round.principle, text);
    await refreshHome(client, body.user.id);
  });

  app.view<ViewSubmitAction>(PRACTICE_IDS.followUpView, async ({ ack, body, view, client }) => {
    const metadata = parseStoryMetadata(view.private_metadata);
    const text = readInput(view.state.values, FOLLOW_UP_BLOCK);
    if (countWords(text) < 3) {
      await ack({ response_action: 'errors', errors: { [FOLLOW_UP_BLOCK]: 'Answer the question in a sentence or two first.' } });
      return;
    }
    const result = metadata === undefined ? undefined : service.submitFollowUp(body.user.id, metadata.a, text);
    await ack({ response_action: 'update', view: result === undefined ? GONE : feedbackModal(result) });
    if (result !== undefined) await refreshHome(client, body.user.id);
  });

  app.action<BlockAction<ButtonAction>>(PRACTICE_IDS.toggleStar, async ({ ack, body, client }) => {
    await ack();
    const metadata = body.view === undefined ? undefined : parseAnswerMetadata(body.view.private_metadata);
    const round = metadata === undefined ? undefined : service.roundFor(metadata.p, metadata.q, metadata.r);
    if (body.view === undefined || metadata === undefined || round === undefined) return;
    const values = body.view.state.values;
    // Carry over what was typed so switching layouts never loses text.
    const typed: StarValues | string = metadata.star ? readStar(values) : readInput(values, ANSWER_BLOCK);
    const retry = metadata.a === null ? {} : { retry: { answerId: metadata.a, text: '' } };
    await updateView(client, body.view, buildAnswerModal({ ...round, ...retry }, { star: !metadata.star, values: typed }));
  });

  app.action<BlockAction<ButtonAction>>(PRACTICE_IDS.outLoud, async ({ ack, body, client }) => {
    await ack();
    const metadata = body.view === undefined ? undefined : parseAnswerMetadata(body.view.private_metadata);
    const round = metadata === undefined ? undefined : service.roundFor(metadata.p, metadata.q, metadata.r);
    if (round === undefined) return updateView(client, body.view, GONE);
    const asked = await askOutLoud(client, { spoken: deps.stores.spoken, clock: deps.clock, logger }, body.user.id, round);
    await updateView(
      client,
      body.view,
      asked.ok
        ? buildOutLoudModal(round, appDmLink(body.team?.id, body.api_app_id))
        : buildNoticeModal('Practice', `I couldn't open our direct message just now (Slack said \`${asked.error}\`). Try again in a moment, or write your answer with \`/lp practice\`.`),
    );
  });

  app.action<BlockAction<ButtonAction>>(PRACTICE_IDS.followUp, async ({ ack, body, client, action }) => {
    await ack();
    const next = service.nextFollowUp(body.user.id, Number(action.value));
    try {
      await client.views.push({
        trigger_id: body.trigger_id,
        view: next === undefined ? GONE : buildFollowUpModal(Number(action.value), next.index, next.question),
      });
    } catch (error) {
      logger.error(`Slack API views.push failed: ${slackErrorCode(error)}`);
    }
  });

  app.action<BlockAction<ButtonAction>>(PRACTICE_IDS.retry, async ({ ack, body, client, action }) => {
    await ack();
    const round = service.retry(body.user.id, Number(action.value));
    await updateView(client, body.view, round === undefined ? GONE : buildAnswerModal(round, { star: false }));
  });

  app.action<BlockAction<ButtonAction>>(PRACTICE_IDS.another, async ({ ack, body, client, action }) => {
    await ack();
    const round = service.anotherQuestion(body.user.id, Number(action.value));
    await updateView(client, body.view, round === undefined ? GONE : buildAnswerModal(round, { star: false }));
  });

  // Slack shows the confirmation dialog before this arrives.
  app.action<BlockAction<ButtonAction>>(PRACTICE_IDS.share, async ({ ack, body, client, action }) => {
    await ack();
    const answerId = Number(action.value);
    const outcome = await share(body.user.id, answerId);
    const result = service.current(body.user.id, answerId);
    await updateView(client, body.view, result === undefined ? GONE : feedbackModal(result, shareNotice(outcome)));
    if (outcome.kind === 'shared' || outcome.kind === 'unconfirmed') await refreshHome(client, body.user.id);
  });

  /**
   * Claims the story, posts it in the prompt's thread, and records the post. Only a refusal (`ok:false`) proves
   * nothing was posted, so only then is the story private again; after a timeout or network error Slack may have
   * posted, and the claim stays so sharing again can never post it twice.
   */
  async function share(userId: string, answerId: number): Promise<ShareOutcome> {
    const plan = service.planShare(userId, answerId);
    if (!plan.ok) return { kind: plan.reason };
    if (!service.claimShare(plan)) return { kind: 'already-shared' };
    const message = buildSharedStoryMessage(userId, plan.principle, plan.story.text);
    const { channelId, prompt } = plan;
    try {
      // In the thread of today's open prompt of the same principle, else as a message of its own (its own thread).
      const posted = await deps.postOnce.chat.postMessage({
        channel: channelId,
        ...(prompt === undefined ? {} : { thread_ts: prompt.messageTs }),
        text: message.text,
        blocks: message.blocks,
        unfurl_links: false,
      });
      service.completeShare(plan, posted.ts as string);
      return { kind: 'shared', channelId, inThread: prompt !== undefined };
    } catch (error) {
      const refusal = slackRefusalCode(error);
      if (refusal === undefined) {
        logger.error(`Slack API chat.postMessage failed: ${slackErrorCode(error)} (outcome unknown; story ${plan.story.id} stays shared)`);
        return { kind: 'unconfirmed', channelId, inThread: prompt !== undefined };
      }
      service.releaseShare(plan);
      logger.error(`Slack API chat.postMessage failed: ${refusal}`);
      return { kind: refusal === 'not_in_channel' || refusal === 'channel_not_found' ? 'not-in-channel' : 'slack-error', channelId };
    }
  }

  app.action<BlockAction<ButtonAction>>(PRACTICE_IDS.answerPrivately, async ({ ack, body, client, action }) => {
    await ack();
    const messageTs = body.message?.ts ?? body.container.message_ts;
    const prompt = body.channel?.id !== undefined && typeof messageTs === 'string' ? service.promptOfMessage(body.channel.id, messageTs) : undefined;
    const round = prompt === undefined ? buttonRound(action.value) : service.startFromPrompt(prompt);
    if (round === undefined) return;
    await openPracticeModal(client, body.trigger_id, round, logger);
  });

  async function updateSharedPost(
    client: webApi.WebClient,
    post: { channelId: string; messageTs: string },
    userId: string,
    principle: Round['principle'],
    text: string,
  ): Promise<void> {
    const message = buildSharedStoryMessage(userId, principle, text);
    try {
      await client.chat.update({ channel: post.channelId, ts: post.messageTs, text: message.text, blocks: message.blocks });
    } catch (error) {
      logger.error(`Slack API chat.update failed: ${slackErrorCode(error)}`);
    }
  }

  /**
   * Away from the prompt's message the button's value says what to answer: `prompt:<id>` (a reminder's DM, so the answer
   * keeps the streak), else a question id (an old message whose prompt is not stored).
   */
  function buttonRound(value: string | undefined): Round | undefined {
    if (value?.startsWith(PROMPT_VALUE_PREFIX) === true) {
      const prompt = service.promptById(Number(value.slice(PROMPT_VALUE_PREFIX.length)));
      return prompt === undefined ? undefined : service.startFromPrompt(prompt);
    }
    return questionRound(value);
  }

  /** Without a stored prompt (an old message), the button's value still names the question. */
  function questionRound(questionId: string | undefined): Round | undefined {
    const question = questionId === undefined ? undefined : service.questionById(questionId);
    return question === undefined ? undefined : service.roundFor(question.principle, question.id, null);
  }

  const subcommand: LpSubcommand = {
    name: 'practice',
    help: '`/lp practice [principle]`: a private practice round with feedback (your least covered principle unless you name one)',
    async run(ctx) {
      const outcome = service.start(ctx.userId, ctx.args);
      if (!outcome.ok) return { text: unknownPrincipleReply(outcome.unknownPrinciple, deps.content.principles) };
      const opened = await openPracticeModal(ctx.client, ctx.triggerId, outcome.round, logger);
      return opened ? undefined : { text: "Slack didn't open the practice window in time. Please run `/lp practice` again." };
    },
  };
  return [subcommand];
}

function readInput(values: ViewState, blockId: string): string {
  return (values[blockId]?.[INPUT_ACTION]?.value ?? '').trim();
}

function readStar(values: ViewState): StarValues {
  return Object.fromEntries(Object.entries(STAR_BLOCKS).map(([id, block]) => [id, readInput(values, block)]));
}
