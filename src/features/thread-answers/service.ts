import type { Content } from '../../core/content.js';
import { principleName } from '../../core/principles.js';
import { leadingPart } from '../../core/excerpt.js';
import { readSlackText } from '../../core/slack-text.js';
import { scoreAnswer, type Feedback } from '../../core/rubric/index.js';
import { classifyReply, countWords, type ReplyAsStory } from '../../core/thread/classify.js';
import { describeFeedbackChange } from '../../core/thread/feedback-change.js';
import { chooseFollowUp, followUpOutcome } from '../../core/thread/follow-up.js';
import type { AppLogger } from '../../logger.js';
import type { AnswerRecord, AnswerStore } from '../../store/answers.js';
import type { ChannelStore } from '../../store/channels.js';
import type { FeedbackStore } from '../../store/feedback.js';
import type { FollowUpRecord, FollowUpStore } from '../../store/followups.js';
import type { PromptRecord, PromptStore } from '../../store/prompts.js';
import type { Outbox } from '../../slack/outbox.js';
import type { ParentLinker } from '../daily-prompt/reconcile.js';
import { FeedbackFirst } from './feedback-first.js';
import { SECONDARY_GRACE_MS, ephemeralArgs, oweToAuthor, type OwedCallSpec, type StoredMessage } from './owed.js';
import { buildFeedbackMessage } from './feedback-view.js';
import type { ThreadMessage } from './message-event.js';
import type { ThreadSlack } from './slack-calls.js';
import { becameCommentNote, followUpNote, followUpPost } from './thread-views.js';
import { isOtherLanguage } from '../../core/language.js';
import { buildOtherLanguageReply } from '../other-language-reply.js';
import type { Delivery } from '../../core/spoken/index.js';
import type { QuestionById } from '../../core/question-bank/resolve.js';
import type { ClipQuestion, PendingClip, SpokenStore } from '../../store/spoken.js';

export interface ThreadAnswerDeps {
  answers: AnswerStore;
  feedback: FeedbackStore;
  followUps: FollowUpStore;
  prompts: PromptStore;
  channels: ChannelStore;
  content: Content;
  /** Finds a prompt whose post had an unknown outcome, from the parent message's metadata. */
  parentLinker?: ParentLinker;
  /** Where the Slack calls owed to authors are recorded and delivered from. */
  outbox: Outbox;
  clock: () => Date;
  logger: AppLogger;
  /** LP_MIN_ANSWER_WORDS: shorter replies are comments. */
  minAnswerWords: number;
  /** How spoken stories were said (their feedback shows it privately). */
  spoken?: SpokenStore;
  /** Where a reply carrying a clip goes to wait for Slack's transcript. */
  clips?: ClipIntake;
  /** Built-in and team questions by id (see questionResolver); without it, built-in ones only. */
  questionById?: QuestionById;
  /** A message typed in a person's DM with LP Coach goes here (the written mock); without it, such DMs are ignored. */
  directText?: (message: { channelId: string; ts: string; userId: string; text: string }) => Promise<'taken' | 'ignored' | 'duplicate'>;
}

/** A clip answer: where it was posted, by whom, and what it answers. */
export interface ClipReply extends ClipQuestion {
  channelId: string;
  ts: string;
  threadTs: string | null;
  userId: string;
  fileId: string;
}

/** Takes clip answers in: each is stored to wait for its transcript, then scored as a story (scoreSpokenStory). */
export interface ClipIntake {
  /** Stores the clip before returning (the event may be acked then) and starts looking for its transcript. */
  receive(reply: ClipReply): 'waiting' | 'duplicate';
  /**
   * A clip in the person's DM with LP Coach answers their latest /lp practice question asked out loud (or the one
   * whose thread it is in); 'no-question' (they are told how to get one) when there is none.
   */
  receiveInDm(clip: Omit<ClipReply, keyof ClipQuestion>): 'waiting' | 'duplicate' | 'no-question';
  /** Stops waiting for a clip whose message was deleted; true when one was waiting. */
  dropMessage(channelId: string, ts: string): boolean;
  isWaiting(channelId: string, ts: string): boolean;
}

/** What the clip's sound became: its transcript, and how it was said. */
export interface SpokenTranscript {
  text: string;
  delivery: Delivery;
}

/**
 * Answers longer than this are stored whole but scored on their first part (the author is told): already about ten
 * times the longest sane spoken answer, and the rubric's time stays in milliseconds.
 */
export const MAX_SCORED_CHARS = 20_000;

/** A reply after a follow-up, scored alone, and the story before and with it. */
interface ReplyScorings {
  alone: Feedback;
  before: Feedback;
  after: Feedback;
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
  | 'clip-waiting'
  /** A typed DM taken by the written mock. */
  | 'direct-message'
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

  /**
   * Stores, scores and sends the feedback; the reaction and follow-up wait until no other feedback is pending. What
   * the message changes is written before the first await, so when this call returns the event may be acked.
   */
  async handle(message: ThreadMessage, slack: ThreadSlack): Promise<ThreadOutcome> {
    const { outcome, afterFeedback } = await this.order.feedback(() => this.route(message, slack));
    if (afterFeedback !== undefined) await this.order.secondary(afterFeedback);
    return outcome;
  }

  /**
   * After a restart: answers stored but never scored (the process stopped between the two) are scored now, and what
   * they are owed goes out like any other; feedback past OWED_LIFETIME_MS is only stored (`/lp feedback` shows it).
   */
  async resumeUnscored(slack: ThreadSlack): Promise<number> {
    const { answers, clock } = this.deps;
    const pending = answers.unscoredThreadAnswers();
    const secondary: Promise<void>[] = [];
    for (const answer of pending) {
      if (answer.channelId === null || answer.messageTs === null || answer.threadTs === null) continue;
      const message = { channelId: answer.channelId, ts: answer.messageTs, threadTs: answer.threadTs, userId: answer.userId, text: answer.text };
      const ageMs = Math.max(0, clock().getTime() - Date.parse(answer.createdAt));
      if (answer.parentAnswerId === null) {
        const after = await this.order.feedback(() => this.scoreStory(answer.id, answer, message, slack, ageMs));
        secondary.push(this.order.secondary(after));
        continue;
      }
      const parent = answers.byId(answer.parentAnswerId);
      if (parent !== undefined) await this.order.feedback(() => this.scoreFollowUpReply(answer.id, parent, message, ageMs));
    }
    await Promise.all(secondary);
    return pending.length;
  }

  private async route(message: ThreadMessage, slack: ThreadSlack): Promise<Handled> {
    switch (message.kind) {
      case 'reply':
        return this.onReply(message, slack);
      case 'edit':
        return this.onEdit(message, slack);
      case 'dm-clip': {
        const { channelId, ts, threadTs, userId, clip } = message;
        const received = this.deps.clips?.receiveInDm({ channelId, ts, threadTs, userId, fileId: clip.fileId }) ?? 'duplicate';
        return { outcome: received === 'waiting' ? 'clip-waiting' : received === 'duplicate' ? 'duplicate' : 'ignored' };
      }
      case 'dm-text': {
        const { channelId, ts, userId, text } = message;
        const taken = (await this.deps.directText?.({ channelId, ts, userId, text })) ?? 'ignored';
        return { outcome: taken === 'taken' ? 'direct-message' : taken };
      }
      case 'delete':
        return this.onDelete(message, slack);
      case 'ignore':
        return { outcome: 'ignored' };
    }
  }

  /**
   * A reply under a parent that is no known prompt may be under a prompt whose post had an unknown outcome (a timeout,
   * a crash after Slack posted it): its metadata is read once per parent and the prompt linked, so handle() finds it.
   */
  async linkUnknownParent(message: ThreadMessage): Promise<void> {
    if (message.kind !== 'reply' || this.deps.parentLinker === undefined) return;
    if (this.promptOf(message.channelId, message.threadTs) === undefined) await this.deps.parentLinker.linkUnknownParent(message.channelId, message.threadTs);
  }

  private promptOf(channelId: string, threadTs: string): PromptRecord | undefined {
    const prompt = this.deps.prompts.findByMessage(channelId, threadTs);
    return prompt?.status === 'posted' ? prompt : undefined;
  }

  /** Past MAX_SCORED_CHARS only the start is read: a 1 MB answer would hold the event loop for seconds. */
  private score(text: string, prompt: { principleId: string; questionId: string | null }): Feedback {
    // The rubric reads what people see ("R&D", "@sam", a link's label), not Slack's markup; SQLite keeps the original.
    return scoreAnswer(leadingPart(readSlackText(text), MAX_SCORED_CHARS), {
      principle: prompt.principleId,
      // A team's own question (`team-<n>`) is read with its text and probes, like a built-in one.
      ...(prompt.questionId === null ? {} : { question: this.deps.questionById?.(prompt.questionId) ?? prompt.questionId }),
      content: this.deps.content,
    });
  }

  private principleName(id: string): string {
    return principleName(this.deps.content.principles, id);
  }

  private async onReply(message: Extract<ThreadMessage, { kind: 'reply' | 'edit' }>, slack: ThreadSlack): Promise<Handled> {
    const { answers, followUps, clock, minAnswerWords, clips } = this.deps;
    const prompt = this.promptOf(message.channelId, message.threadTs);
    if (prompt === undefined) return { outcome: 'not-a-prompt-thread' };
    // A clip is a story told out loud, whatever text came with it: it waits for Slack's transcript.
    if (message.kind === 'reply' && message.clip !== undefined && clips !== undefined) {
      if (answers.findByMessage(message.channelId, message.ts) !== undefined) return { outcome: 'duplicate' };
      const received = clips.receive({
        kind: 'thread',
        channelId: message.channelId,
        ts: message.ts,
        threadTs: message.threadTs,
        userId: message.userId,
        fileId: message.clip.fileId,
        principleId: prompt.principleId,
        questionId: prompt.questionId,
        promptId: prompt.id,
      });
      return { outcome: received === 'waiting' ? 'clip-waiting' : 'duplicate' };
    }
    const open = followUps.findOpen(message.channelId, message.threadTs, message.userId);
    const words = countWords(message.text);
    const asked = open === undefined ? undefined : answers.byId(open.answerId);
    // A long reply after a follow-up may be a new story: read on its own (rare, and synchronous, so still stored
    // before the first await).
    const read = open === undefined || asked === undefined || words < minAnswerWords ? undefined : this.readAsStory(message.text, asked, open.criterion);
    const kind = classifyReply({ words, minAnswerWords, hasOpenFollowUp: open !== undefined, ...(read === undefined ? {} : { asStory: read.asStory }) });
    if (kind === 'comment') return { outcome: 'comment' };

    const parent = kind === 'follow-up-reply' || kind === 'unsure-follow-up-reply' ? asked : undefined;
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
      await this.scoreFollowUpReply(id, parent, message, 0, kind === 'unsure-follow-up-reply', read?.scored);
      return { outcome: 'follow-up-reply' };
    }
    // The reply alone was read against the earlier story's question; reused only when that is the prompt's.
    const sameQuestion = asked?.principleId === prompt.principleId && asked.questionId === prompt.questionId;
    return { outcome: 'story', afterFeedback: await this.scoreStory(id, prompt, message, slack, 0, sameQuestion ? read?.scored.alone : undefined) };
  }

  /**
   * How a reply after a follow-up reads alone: its own Situation and Action, and whether it closes the asked gap. The
   * scorings it took are kept, so whichever way the reply is filed it is not scored again.
   */
  private readAsStory(text: string, story: AnswerRecord, criterion: FollowUpRecord['criterion']): { asStory: ReplyAsStory; scored: ReplyScorings } {
    const alone = this.score(text, story);
    const before = this.deps.feedback.latest(story.id)?.feedback ?? this.score(story.text, story);
    const after = this.score(`${story.text}\n\n${text}`, story);
    return {
      asStory: {
        situationAndAction: alone.sections.situation !== null && alone.sections.action !== null,
        storyWords: countWords(story.text),
        answersQuestion: followUpOutcome(criterion, before, after).closed,
      },
      scored: { alone, before, after },
    };
  }

  /**
   * A clip's transcript arrived: the story is stored in the transaction that ends the clip's wait (so a second look at
   * the transcript, or a late file_change, scores nothing twice), then scored and sent like a typed story, with how it
   * was said on the private card. Undefined when the wait was ended already (by another path, or the message deleted).
   */
  async scoreSpokenStory(clip: PendingClip, transcript: SpokenTranscript, slack: ThreadSlack, after: OwedCallSpec[] = []): Promise<number | undefined> {
    const { answers, prompts, outbox, clock, spoken } = this.deps;
    const prompt = clip.promptId === null ? undefined : prompts.findById(clip.promptId);
    if (spoken === undefined || prompt === undefined || clip.threadTs === null) return undefined;
    const threadTs = clip.threadTs;
    const ageMs = Math.max(0, clock().getTime() - clip.createdAt.getTime());
    const stored = outbox.transaction(() => {
      if (!spoken.removePending(clip.id)) return undefined;
      const id = answers.insertIfNew({
        userId: clip.userId,
        principleId: prompt.principleId,
        questionId: prompt.questionId,
        text: transcript.text,
        kind: 'thread',
        promptId: prompt.id,
        channelId: clip.channelId,
        messageTs: clip.messageTs,
        threadTs,
        parentAnswerId: null,
        at: clock(),
      });
      if (id === undefined) return undefined;
      spoken.recordSpoken(id, clip.fileId, transcript.delivery);
      const calls = after.map((call) => oweToAuthor(this.deps.outbox, { ...call, answerId: id, userId: clip.userId, ageMs, graceMs: 0 }));
      return { id, calls };
    });
    if (stored === undefined) return undefined;
    for (const call of stored.calls) if (call !== undefined) await outbox.deliver(call);
    const message = { channelId: clip.channelId, ts: clip.messageTs, threadTs, userId: clip.userId, text: transcript.text };
    const secondary = await this.order.feedback(() => this.scoreStory(stored.id, prompt, message, slack, ageMs));
    await this.order.secondary(secondary);
    return stored.id;
  }

  /**
   * "This is a new story" under an unsure follow-up note: the author's reply leaves the story it was linked to (whose
   * follow-up is open again) and becomes a story of its own, scored, counted in the wrap-up and voteable, with the
   * feedback, :memo: and follow-up any story gets. Its score as a follow-up stays in its feedback history; the newest
   * row (the story's own) is its current score.
   */
  async refileAsStory(userId: string, answerId: number, slack: ThreadSlack): Promise<'refiled' | 'not-found' | 'already-story'> {
    const { answers, followUps, outbox } = this.deps;
    const answer = answers.byId(answerId);
    if (answer === undefined || answer.userId !== userId || answer.kind !== 'thread') return 'not-found';
    const { channelId, messageTs, threadTs } = answer;
    if (channelId === null || messageTs === null || threadTs === null) return 'not-found';
    const refiled = outbox.transaction(() => {
      if (!answers.detachFromStory(answerId)) return false;
      followUps.reopenAnsweredBy(answerId);
      return true;
    });
    if (!refiled) return 'already-story';
    const message = { channelId, ts: messageTs, threadTs, userId, text: answer.text };
    const after = await this.order.feedback(() => this.scoreStory(answer.id, answer, message, slack));
    await this.order.secondary(after);
    return 'refiled';
  }

  /**
   * Scores the story and sends its feedback; returns the reaction and follow-up, which the channel can wait for. The
   * feedback, and the calls it owes the author, are written in one transaction: a crash or a long rate limit delays
   * them (the outbox worker sends them later) but cannot lose them.
   */
  private async scoreStory(
    answerId: number,
    principle: { principleId: string; questionId: string | null },
    message: StoredMessage,
    slack: ThreadSlack,
    ageMs = 0,
    /** The story's scoring, when readAsStory already did it. */
    scored?: Feedback,
  ): Promise<() => Promise<void>> {
    const { feedback: feedbackStore, followUps, channels, outbox, clock } = this.deps;
    const feedback = scored ?? this.score(message.text, principle);
    const settings = channels.threadSettings(message.channelId);
    const principleName = this.principleName(principle.principleId);
    // An answer in a language the rubric cannot read gets one kind private note instead of nine "not scored" lines.
    const otherLanguage = isOtherLanguage(readSlackText(message.text));
    const chosen = settings.followUpMode === 'off' || otherLanguage ? undefined : chooseFollowUp(feedback);
    const owed = (kind: OwedCallSpec['kind'], method: string, args: Record<string, unknown>, graceMs = 0): number | undefined =>
      oweToAuthor(this.deps.outbox, { kind, answerId, userId: message.userId, method, args, ageMs, graceMs, sinceTs: message.ts });

    const { feedbackCall, reactionCall, followUpCall } = outbox.transaction(() => {
      // `feedback thread` channels see it as a visible reply in the thread; elsewhere only the author sees it.
      const inThread = settings.feedbackMode === 'thread' && !otherLanguage;
      const delivery = this.deps.spoken?.spokenOf(answerId)?.delivery;
      const view = otherLanguage
        ? buildOtherLanguageReply({ principleName, where: 'thread' })
        : buildFeedbackMessage({
            feedback,
            principleName,
            answerId,
            ...partRead(message.text),
            ...(delivery === undefined ? {} : { delivery }),
            ...(inThread ? { audience: 'thread', authorId: message.userId } : { audience: 'private' }),
          });
      const followUp = chosen === undefined || !followUps.insert(answerId, chosen.criterion, chosen.question, clock()) ? undefined : followUpPost(message.userId, chosen.question);
      feedbackStore.insert(answerId, feedback, clock());
      return {
        feedbackCall: inThread
          ? owed('feedback', 'chat.postMessage', { channel: message.channelId, thread_ts: message.threadTs, ...view })
          : owed('feedback', 'chat.postEphemeral', ephemeralArgs(message, view)),
        reactionCall: owed('reaction', 'reactions.add', { channel: message.channelId, timestamp: message.ts, name: READ_REACTION }, SECONDARY_GRACE_MS),
        followUpCall:
          followUp === undefined
            ? undefined
            : settings.followUpMode === 'thread'
              ? owed('follow-up', 'chat.postMessage', { channel: message.channelId, thread_ts: message.threadTs, ...followUp }, SECONDARY_GRACE_MS)
              : owed('follow-up', 'chat.postEphemeral', ephemeralArgs(message, followUp), SECONDARY_GRACE_MS),
      };
    });

    if (feedbackCall !== undefined) await outbox.deliver(feedbackCall);
    return async () => {
      if (reactionCall !== undefined) await outbox.deliver(reactionCall);
      if (followUpCall !== undefined) await outbox.deliver(followUpCall);
    };
  }

  /** The reply is judged by what it adds: the story alone against the story with the reply. */
  private async scoreFollowUpReply(
    replyId: number,
    parent: AnswerRecord,
    message: StoredMessage,
    ageMs = 0,
    /** The reply is long enough to be a story of its own: the note offers "This is a new story". */
    offerNewStory = false,
    /** The story alone and with the reply, when readAsStory already scored them. */
    scored?: Pick<ReplyScorings, 'before' | 'after'>,
  ): Promise<void> {
    const { feedback: feedbackStore, followUps, clock } = this.deps;
    const followUp = followUps.ofAnswer(parent.id);
    const before = scored?.before ?? feedbackStore.latest(parent.id)?.feedback ?? this.score(parent.text, parent);
    const after = scored?.after ?? this.score(`${parent.text}\n\n${message.text}`, parent);
    const outcome = followUpOutcome(followUp?.criterion ?? null, before, after);
    const note = this.deps.outbox.transaction(() => {
      feedbackStore.insert(replyId, after, clock());
      return oweToAuthor(this.deps.outbox, { kind: 'follow-up-note', answerId: replyId, userId: message.userId, method: 'chat.postEphemeral', args: ephemeralArgs(message, followUpNote(outcome, offerNewStory ? replyId : undefined)), ageMs, graceMs: 0 });
    });
    if (note !== undefined) await this.deps.outbox.deliver(note);
  }

  private async onEdit(message: Extract<ThreadMessage, { kind: 'edit' }>, slack: ThreadSlack): Promise<Handled> {
    const { answers, feedback: feedbackStore, channels, clock, minAnswerWords } = this.deps;
    const existing = answers.findByMessage(message.channelId, message.ts);
    // A clip's story is its transcript: editing the words typed with it changes nothing.
    if (existing === undefined ? this.deps.clips?.isWaiting(message.channelId, message.ts) : this.deps.spoken?.spokenOf(existing.id) !== undefined) {
      return { outcome: 'unchanged' };
    }
    // A comment edited into a story (or an edit of a message we never stored) is a new reply.
    if (existing === undefined) return this.onReply(message, slack);
    // Unfurls and re-deliveries of the same edit change nothing.
    if (existing.text === message.text) return { outcome: 'unchanged' };

    if (existing.parentAnswerId !== null) {
      const parent = answers.byId(existing.parentAnswerId);
      answers.updateText(existing.id, message.text, clock());
      if (parent !== undefined) await this.scoreFollowUpReply(existing.id, parent, message);
      return { outcome: 'rescored' };
    }
    if (countWords(message.text) < minAnswerWords) {
      const replies = this.visibleRepliesOf(existing.id);
      const note = this.deps.outbox.transaction(() => {
        answers.delete(existing.id);
        // Not tied to the story (just deleted): the note outlives it.
        return oweToAuthor(this.deps.outbox, { kind: 'comment-note', answerId: null, userId: message.userId, method: 'chat.postEphemeral', args: ephemeralArgs(message, becameCommentNote(minAnswerWords)), ageMs: 0, graceMs: 0 });
      });
      await slack.removeReaction(message.channelId, message.ts, READ_REACTION);
      if (note !== undefined) await this.deps.outbox.deliver(note);
      return { outcome: 'became-comment', afterFeedback: () => this.deleteReplies(message.channelId, replies, slack) };
    }
    const previous = feedbackStore.latest(existing.id)?.feedback;
    const earlierReply = feedbackStore.visibleReplyTs(existing.id);
    const feedback = this.score(message.text, existing);
    const change = previous === undefined ? undefined : describeFeedbackChange(previous, feedback);
    const shown = {
      feedback,
      answerId: existing.id,
      ...partRead(message.text),
      principleName: this.principleName(existing.principleId),
      ...(change === undefined ? {} : { change }),
    };
    // Same audience as the first feedback: the channel's mode now.
    const otherLanguage = isOtherLanguage(readSlackText(message.text));
    const inThread = !otherLanguage && channels.threadSettings(message.channelId).feedbackMode === 'thread';
    const { feedbackId, call } = this.deps.outbox.transaction(() => {
      answers.updateText(existing.id, message.text, clock());
      return {
        feedbackId: feedbackStore.insert(existing.id, feedback, clock()),
        call: inThread
          ? undefined
          : oweToAuthor(this.deps.outbox, {
              kind: 'feedback',
              answerId: existing.id,
              userId: message.userId,
              method: 'chat.postEphemeral',
              args: ephemeralArgs(
                message,
                otherLanguage ? buildOtherLanguageReply({ principleName: shown.principleName, where: 'thread' }) : buildFeedbackMessage({ ...shown, audience: 'private' }),
              ),
              ageMs: 0,
              graceMs: 0,
            }),
      };
    });
    if (inThread) await this.showInThread(existing.id, feedbackId, earlierReply, message, buildFeedbackMessage({ ...shown, audience: 'thread', authorId: message.userId }), slack);
    else if (call !== undefined) await this.deps.outbox.deliver(call);
    return { outcome: 'rescored' };
  }

  /**
   * Feedback as a visible reply (`feedback thread`) after an edit: the earlier reply is updated in place, so the
   * thread keeps one feedback per story; a new reply is owed (the outbox posts it) when there is none or it was deleted.
   */
  private async showInThread(
    answerId: number,
    feedbackId: number,
    earlierTs: string | undefined,
    message: StoredMessage,
    view: ReturnType<typeof buildFeedbackMessage>,
    slack: ThreadSlack,
  ): Promise<void> {
    const { feedback: feedbackStore } = this.deps;
    if (earlierTs !== undefined) {
      const updated = await slack.updateMessage({ channel: message.channelId, ts: earlierTs, ...view });
      // A failure is logged; the feedback is stored and `/lp feedback` shows it.
      if (updated === 'failed') return;
      if (updated === 'updated') {
        // The story was deleted while its feedback was on its way: the reply goes too.
        if (!feedbackStore.setMessageTs(feedbackId, earlierTs)) await slack.deleteMessage(message.channelId, earlierTs);
        return;
      }
    }
    const call = oweToAuthor(this.deps.outbox, {
      kind: 'feedback',
      answerId,
      userId: message.userId,
      method: 'chat.postMessage',
      args: { channel: message.channelId, thread_ts: message.threadTs, ...view },
      ageMs: 0,
      graceMs: 0,
      sinceTs: message.ts,
    });
    if (call !== undefined) await this.deps.outbox.deliver(call);
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
    if (existing === undefined) return { outcome: this.deps.clips?.dropMessage(message.channelId, message.ts) === true ? 'deleted' : 'ignored' };
    const replies = this.visibleRepliesOf(existing.id);
    this.deps.answers.delete(existing.id);
    if (replies.length === 0) return { outcome: 'deleted' };
    return { outcome: 'deleted', afterFeedback: () => this.deleteReplies(message.channelId, replies, slack) };
  }
}

/** For the feedback view: how much of an answer longer than MAX_SCORED_CHARS was read. */
function partRead(text: string): { partRead?: { chars: number; read: number } } {
  return text.length <= MAX_SCORED_CHARS ? {} : { partRead: { chars: text.length, read: leadingPart(text, MAX_SCORED_CHARS).length } };
}
