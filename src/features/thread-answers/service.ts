import type { Content } from '../../core/content.js';
import { scoreAnswer, type Feedback } from '../../core/rubric/index.js';
import { classifyReply, countWords } from '../../core/thread/classify.js';
import { describeFeedbackChange } from '../../core/thread/feedback-change.js';
import { chooseFollowUp, followUpOutcome } from '../../core/thread/follow-up.js';
import type { AppLogger } from '../../logger.js';
import type { AnswerRecord, AnswerStore } from '../../store/answers.js';
import type { ChannelStore } from '../../store/channels.js';
import type { FeedbackStore } from '../../store/feedback.js';
import type { FollowUpStore } from '../../store/followups.js';
import type { PromptRecord, PromptStore } from '../../store/prompts.js';
import { FeedbackFirst } from './feedback-first.js';
import { buildFeedbackMessage } from './feedback-view.js';
import type { ThreadMessage } from './message-event.js';
import type { ThreadSlack } from './slack-calls.js';
import { becameCommentNote, followUpNote, followUpPost } from './thread-views.js';

export interface ThreadAnswerDeps {
  answers: AnswerStore;
  feedback: FeedbackStore;
  followUps: FollowUpStore;
  prompts: PromptStore;
  channels: ChannelStore;
  content: Content;
  clock: () => Date;
  logger: AppLogger;
  /** LP_MIN_ANSWER_WORDS: shorter replies are comments. */
  minAnswerWords: number;
}

/** The reaction that tells the channel an answer was read and scored. */
export const READ_REACTION = 'memo';

/** What a message event did; tests and the benchmark read it, users see its effects. */
export type ThreadOutcome =
  | 'story'
  | 'follow-up-reply'
  | 'comment'
  | 'duplicate'
  | 'not-a-prompt-thread'
  | 'rescored'
  | 'unchanged'
  | 'became-comment'
  | 'deleted'
  | 'ignored';

/** What a path did, and the Slack calls it leaves for after every pending feedback is sent. */
interface Handled {
  outcome: ThreadOutcome;
  afterFeedback?: () => Promise<void>;
}

/**
 * Answers in a prompt's thread. Every path stores first (the answer, then its feedback), then calls Slack, so a
 * Slack failure never loses what a person wrote; duplicates stop at the UNIQUE (channel_id, message_ts) of answers
 * and (answer_id) of follow-ups, so a retry or a concurrent copy of an event sends nothing twice.
 */
export class ThreadAnswerService {
  private readonly order = new FeedbackFirst();

  constructor(private readonly deps: ThreadAnswerDeps) {}

  /** Stores, scores and sends the feedback; the reaction and follow-up wait until no other feedback is pending. */
  async handle(message: ThreadMessage, slack: ThreadSlack): Promise<ThreadOutcome> {
    const { outcome, afterFeedback } = await this.order.feedback(() => this.route(message, slack));
    if (afterFeedback !== undefined) await this.order.secondary(afterFeedback);
    return outcome;
  }

  private async route(message: ThreadMessage, slack: ThreadSlack): Promise<Handled> {
    switch (message.kind) {
      case 'reply':
        return this.onReply(message, slack);
      case 'edit':
        return this.onEdit(message, slack);
      case 'delete':
        return this.onDelete(message, slack);
      case 'ignore':
        return { outcome: 'ignored' };
    }
  }

  private promptOf(channelId: string, threadTs: string): PromptRecord | undefined {
    const prompt = this.deps.prompts.findByMessage(channelId, threadTs);
    return prompt?.status === 'posted' ? prompt : undefined;
  }

  private score(text: string, prompt: { principleId: string; questionId: string | null }): Feedback {
    return scoreAnswer(text, {
      principle: prompt.principleId,
      ...(prompt.questionId === null ? {} : { question: prompt.questionId }),
      content: this.deps.content,
    });
  }

  private principleName(id: string): string {
    return this.deps.content.principles.find((p) => p.id === id)?.name ?? id;
  }

  private async onReply(message: Extract<ThreadMessage, { kind: 'reply' | 'edit' }>, slack: ThreadSlack): Promise<Handled> {
    const { answers, followUps, clock, minAnswerWords } = this.deps;
    const prompt = this.promptOf(message.channelId, message.threadTs);
    if (prompt === undefined) return { outcome: 'not-a-prompt-thread' };
    const open = followUps.findOpen(message.channelId, message.threadTs, message.userId);
    const kind = classifyReply({ words: countWords(message.text), minAnswerWords, hasOpenFollowUp: open !== undefined });
    if (kind === 'comment') return { outcome: 'comment' };

    const parent = open === undefined || kind !== 'follow-up-reply' ? undefined : answers.byId(open.answerId);
    const id = answers.insertIfNew({
      userId: message.userId,
      principleId: prompt.principleId,
      questionId: prompt.questionId,
      text: message.text,
      kind: 'thread',
      promptId: prompt.id,
      channelId: message.channelId,
      messageTs: message.ts,
      threadTs: message.threadTs,
      parentAnswerId: parent?.id ?? null,
      at: clock(),
    });
    if (id === undefined) return { outcome: 'duplicate' };
    // Stored at once (a crash loses nothing); scoring waits its turn so earlier answers' feedback is not held up.
    await this.order.scoringTurn();
    if (parent !== undefined && open !== undefined) {
      followUps.markAnswered(open.id, id);
      await this.scoreFollowUpReply(id, parent, message, slack);
      return { outcome: 'follow-up-reply' };
    }
    return { outcome: 'story', afterFeedback: await this.scoreStory(id, prompt, message, slack) };
  }

  /** Sends the feedback; returns the reaction and follow-up, which the channel can wait for. */
  private async scoreStory(
    answerId: number,
    prompt: PromptRecord,
    message: Extract<ThreadMessage, { kind: 'reply' | 'edit' }>,
    slack: ThreadSlack,
  ): Promise<() => Promise<void>> {
    const { answers, feedback: feedbackStore, followUps, channels, clock } = this.deps;
    const feedback = this.score(message.text, prompt);
    const feedbackId = feedbackStore.insert(answerId, feedback, clock());
    const settings = channels.threadSettings(message.channelId);
    const principleName = this.principleName(prompt.principleId);

    if (settings.feedbackMode === 'thread') {
      const view = buildFeedbackMessage({ feedback, principleName, audience: 'thread', authorId: message.userId });
      await this.showInThread(feedbackId, undefined, message, view, slack);
    } else {
      const view = buildFeedbackMessage({ feedback, principleName, audience: 'private' });
      await slack.postEphemeral({ channel: message.channelId, user: message.userId, threadTs: message.threadTs, ...view });
    }
    return async () => {
      await slack.addReaction(message.channelId, message.ts, READ_REACTION);

      // A story deleted (or edited into a comment) while this waited gets no follow-up.
      if (settings.followUpMode === 'off' || answers.byId(answerId) === undefined) return;
      const chosen = chooseFollowUp(feedback);
      if (!followUps.insert(answerId, chosen.criterion, chosen.question, clock())) return;
      const post = followUpPost(message.userId, chosen.question);
      if (settings.followUpMode === 'thread') {
        const posted = await slack.postMessage({ channel: message.channelId, threadTs: message.threadTs, ...post });
        // The story went while the question was on its way: it goes too.
        if ('ts' in posted && !followUps.setMessageTs(answerId, posted.ts)) await slack.deleteMessage(message.channelId, posted.ts);
      } else {
        await slack.postEphemeral({ channel: message.channelId, user: message.userId, threadTs: message.threadTs, ...post });
      }
    };
  }

  /** The reply is judged by what it adds: the story alone against the story with the reply. */
  private async scoreFollowUpReply(
    replyId: number,
    parent: AnswerRecord,
    message: Extract<ThreadMessage, { kind: 'reply' | 'edit' }>,
    slack: ThreadSlack,
  ): Promise<void> {
    const { feedback: feedbackStore, followUps, clock } = this.deps;
    const followUp = followUps.ofAnswer(parent.id);
    const before = feedbackStore.latest(parent.id)?.feedback ?? this.score(parent.text, parent);
    const after = this.score(`${parent.text}\n\n${message.text}`, parent);
    feedbackStore.insert(replyId, after, clock());
    const outcome = followUpOutcome(followUp?.criterion ?? null, before, after);
    await slack.postEphemeral({ channel: message.channelId, user: message.userId, threadTs: message.threadTs, ...followUpNote(outcome) });
  }

  private async onEdit(message: Extract<ThreadMessage, { kind: 'edit' }>, slack: ThreadSlack): Promise<Handled> {
    const { answers, feedback: feedbackStore, channels, clock, minAnswerWords } = this.deps;
    const existing = answers.findByMessage(message.channelId, message.ts);
    // A comment edited into a story (or an edit of a message we never stored) is a new reply.
    if (existing === undefined) return this.onReply(message, slack);
    // Unfurls and re-deliveries of the same edit change nothing.
    if (existing.text === message.text) return { outcome: 'unchanged' };

    if (existing.parentAnswerId !== null) {
      const parent = answers.byId(existing.parentAnswerId);
      answers.updateText(existing.id, message.text, clock());
      if (parent !== undefined) await this.scoreFollowUpReply(existing.id, parent, message, slack);
      return { outcome: 'rescored' };
    }
    if (countWords(message.text) < minAnswerWords) {
      const replies = this.visibleRepliesOf(existing.id);
      answers.delete(existing.id);
      await slack.removeReaction(message.channelId, message.ts, READ_REACTION);
      await slack.postEphemeral({
        channel: message.channelId,
        user: message.userId,
        threadTs: message.threadTs,
        ...becameCommentNote(minAnswerWords),
      });
      return { outcome: 'became-comment', afterFeedback: () => this.deleteReplies(message.channelId, replies, slack) };
    }
    answers.updateText(existing.id, message.text, clock());
    const previous = feedbackStore.latest(existing.id)?.feedback;
    const earlierReply = feedbackStore.visibleReplyTs(existing.id);
    const feedback = this.score(message.text, existing);
    const feedbackId = feedbackStore.insert(existing.id, feedback, clock());
    const change = previous === undefined ? undefined : describeFeedbackChange(previous, feedback);
    const shown = {
      feedback,
      principleName: this.principleName(existing.principleId),
      ...(change === undefined ? {} : { change }),
    };
    // Same audience as the first feedback: the channel's mode now.
    if (channels.threadSettings(message.channelId).feedbackMode === 'thread') {
      const view = buildFeedbackMessage({ ...shown, audience: 'thread', authorId: message.userId });
      await this.showInThread(feedbackId, earlierReply, message, view, slack);
    } else {
      const view = buildFeedbackMessage({ ...shown, audience: 'private' });
      await slack.postEphemeral({ channel: message.channelId, user: message.userId, threadTs: message.threadTs, ...view });
    }
    return { outcome: 'rescored' };
  }

  /**
   * Feedback as a visible reply (`feedback thread`): after an edit the earlier reply is updated in place, so the
   * thread keeps one feedback per story; a new reply is posted when there is none or it was deleted.
   */
  private async showInThread(
    feedbackId: number,
    earlierTs: string | undefined,
    message: { channelId: string; threadTs: string },
    view: ReturnType<typeof buildFeedbackMessage>,
    slack: ThreadSlack,
  ): Promise<void> {
    const { feedback: feedbackStore } = this.deps;
    let ts = earlierTs;
    if (ts !== undefined) {
      const updated = await slack.updateMessage({ channel: message.channelId, ts, ...view });
      // A failure is logged; the feedback is stored and `/lp feedback` shows it.
      if (updated === 'failed') return;
      if (updated === 'gone') ts = undefined;
    }
    if (ts === undefined) {
      const posted = await slack.postMessage({ channel: message.channelId, threadTs: message.threadTs, ...view });
      if (!('ts' in posted)) return;
      ts = posted.ts;
    }
    // The story was deleted while its feedback was on its way: the reply goes too.
    if (!feedbackStore.setMessageTs(feedbackId, ts)) await slack.deleteMessage(message.channelId, ts);
  }

  /** The app's visible replies about a story: its follow-up question and its feedback in `feedback thread` channels. */
  private visibleRepliesOf(answerId: number): string[] {
    const followUpTs = this.deps.followUps.ofAnswer(answerId)?.messageTs ?? undefined;
    const feedbackTs = this.deps.feedback.visibleReplyTs(answerId);
    return [followUpTs, feedbackTs].filter((ts): ts is string => ts !== undefined);
  }

  private async deleteReplies(channelId: string, replies: readonly string[], slack: ThreadSlack): Promise<void> {
    for (const ts of replies) await slack.deleteMessage(channelId, ts);
  }

  /**
   * The answer goes with its feedback, votes, follow-up and follow-up replies (foreign keys cascade), and the app's
   * visible replies about it leave the thread. Private ones (ephemerals) cannot be deleted and need not be.
   */
  private onDelete(message: Extract<ThreadMessage, { kind: 'delete' }>, slack: ThreadSlack): Handled {
    const existing = this.deps.answers.findByMessage(message.channelId, message.ts);
    if (existing === undefined) return { outcome: 'ignored' };
    const replies = this.visibleRepliesOf(existing.id);
    this.deps.answers.delete(existing.id);
    if (replies.length === 0) return { outcome: 'deleted' };
    return { outcome: 'deleted', afterFeedback: () => this.deleteReplies(message.channelId, replies, slack) };
  }
}
