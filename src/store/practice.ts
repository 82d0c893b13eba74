import type { PrincipleId } from '../core/principles.js';
import { AnswerStore } from './answers.js';
import type { Db } from './db.js';

/** A practice story (or a story that started in practice and was shared) as the practice flow needs it. */
export interface PracticeAnswer {
  id: number;
  userId: string;
  principleId: PrincipleId;
  questionId: string | null;
  text: string;
  kind: 'thread' | 'practice';
  /** The daily prompt it answers: "Answer privately", or the prompt it was shared into. */
  promptId: number | null;
  /** The bot's post of a practice story shared into a prompt's thread (null while private, or for a story told in Slack). */
  sharedPost: { channelId: string; messageTs: string } | null;
  /**
   * Shared from practice but without the bot's post: being posted right now, or Slack never confirmed the post (a
   * timeout), so it may be in the thread. Nothing can follow it there (Try again, votes) without its ts.
   */
  shareUnconfirmed: boolean;
  createdAt: string;
}

/** A posted daily prompt, as far as practice needs it. */
export interface PostedPrompt {
  id: number;
  channelId: string;
  principleId: PrincipleId;
  questionId: string;
  messageTs: string;
}

export interface ShareTarget {
  /** The prompt whose thread it goes to; null when it is posted as its own message (and starts its own thread). */
  promptId: number | null;
  channelId: string;
  /** The prompt message (the thread's parent); null for a message of its own. */
  threadTs: string | null;
}

interface AnswerRow {
  id: number;
  user_id: string;
  principle_id: string;
  question_id: string | null;
  text: string;
  kind: 'thread' | 'practice';
  prompt_id: number | null;
  channel_id: string | null;
  message_ts: string | null;
  from_practice: number;
  created_at: string;
}

interface PromptRow {
  id: number;
  channel_id: string;
  principle_id: string;
  question_id: string;
  message_ts: string;
}

/** Practice rounds: practice answers, their follow-ups and retries, and sharing one into a prompt's thread. */
export class PracticeStore {
  private readonly answers: AnswerStore;
  private readonly insertRound;
  private readonly selectAnswer;
  private readonly selectFollowUps;
  private readonly updateClaim;
  private readonly updateShareTs;
  private readonly updateRelease;
  private readonly selectPractisedQuestions;
  private readonly selectPromptByMessage;
  private readonly selectPromptById;
  private readonly selectLatestTeamPrompt;
  private readonly selectOpenPrompt;
  private readonly selectChannelZone;
  private readonly recordRound;

  constructor(db: Db) {
    this.answers = new AnswerStore(db);
    this.insertRound = db.prepare('INSERT INTO practice_rounds (answer_id, prompt_id, created_at) VALUES (?, ?, ?)');
    this.selectAnswer = db.prepare<[number], AnswerRow>(
      `SELECT a.id, a.user_id, a.principle_id, a.question_id, a.text, a.kind, COALESCE(a.prompt_id, r.prompt_id) AS prompt_id,
         a.channel_id, a.message_ts, r.answer_id IS NOT NULL AS from_practice, a.created_at
       FROM answers a LEFT JOIN practice_rounds r ON r.answer_id = a.id WHERE a.id = ?`,
    );
    this.selectFollowUps = db.prepare<[number], { text: string }>('SELECT text FROM answers WHERE parent_answer_id = ? ORDER BY id');
    this.updateClaim = db.prepare(
      `UPDATE answer_rows SET kind = 'thread', prompt_id = @promptId, channel_id = @channelId, thread_ts = @threadTs,
         message_ts = NULL, updated_at = @at
       WHERE id = @id AND kind = 'practice'`,
    );
    // A story posted as its own message is the parent of its own thread.
    this.updateShareTs = db.prepare('UPDATE answer_rows SET message_ts = @ts, thread_ts = COALESCE(thread_ts, @ts) WHERE id = @id');
    this.updateRelease = db.prepare(
      `UPDATE answer_rows SET kind = 'practice', prompt_id = NULL, channel_id = NULL, thread_ts = NULL, message_ts = NULL
       WHERE id = ? AND message_ts IS NULL`,
    );
    this.selectPractisedQuestions = db.prepare<[string, string], { question_id: string }>(
      `SELECT question_id FROM answers WHERE user_id = ? AND principle_id = ? AND question_id IS NOT NULL
       GROUP BY question_id ORDER BY MAX(created_at) DESC`,
    );
    const promptColumns = 'SELECT p.id, p.channel_id, p.principle_id, p.question_id, p.message_ts FROM prompts p';
    this.selectPromptByMessage = db.prepare<[string, string], PromptRow>(
      `${promptColumns} WHERE p.channel_id = ? AND p.message_ts = ? AND p.status = 'posted'`,
    );
    this.selectPromptById = db.prepare<[number], PromptRow>(`${promptColumns} WHERE p.id = ? AND p.status = 'posted'`);
    this.selectLatestTeamPrompt = db.prepare<[], PromptRow>(
      `${promptColumns} JOIN channels c ON c.channel_id = p.channel_id
       WHERE c.enabled = 1 AND p.status = 'posted' ORDER BY p.posted_at DESC, p.id DESC LIMIT 1`,
    );
    // Open: posted on that local day and not wrapped up yet; the newest if `/lp post` asked the principle twice.
    this.selectOpenPrompt = db.prepare<[string, string, string], PromptRow>(
      `${promptColumns} WHERE p.channel_id = ? AND p.principle_id = ? AND p.local_date = ? AND p.status = 'posted'
         AND p.message_ts IS NOT NULL AND NOT EXISTS (SELECT 1 FROM wrap_ups w WHERE w.prompt_id = p.id)
       ORDER BY p.posted_at DESC, p.id DESC LIMIT 1`,
    );
    this.selectChannelZone = db.prepare<[string], { timezone: string }>('SELECT timezone FROM channels WHERE channel_id = ?');
    this.recordRound = db.transaction(
      (round: { userId: string; principleId: PrincipleId; questionId: string | null; text: string; promptId: number | null; at: Date }) => {
        const id = this.answers.insert({ ...round, kind: 'practice', promptId: null });
        this.insertRound.run(id, round.promptId, round.at.toISOString());
        return id;
      },
    );
  }

  /** Stores a new practice story; `promptId` when it answers a daily prompt privately. */
  recordPractice(round: { userId: string; principleId: PrincipleId; questionId: string | null; text: string; promptId: number | null; at: Date }): number {
    return this.recordRound(round);
  }

  /** Stores an answer to a follow-up question as part of the story `parent`. */
  recordFollowUp(parent: PracticeAnswer, text: string, at: Date): number {
    return this.answers.insert({ userId: parent.userId, principleId: parent.principleId, text, kind: 'practice', parentAnswerId: parent.id, at });
  }

  get(answerId: number): PracticeAnswer | undefined {
    const row = this.selectAnswer.get(answerId);
    if (row === undefined) return undefined;
    return {
      id: row.id,
      userId: row.user_id,
      principleId: row.principle_id as PrincipleId,
      questionId: row.question_id,
      text: row.text,
      kind: row.kind,
      promptId: row.prompt_id,
      sharedPost:
        row.from_practice === 1 && row.kind === 'thread' && row.channel_id !== null && row.message_ts !== null
          ? { channelId: row.channel_id, messageTs: row.message_ts }
          : null,
      shareUnconfirmed: row.from_practice === 1 && row.kind === 'thread' && row.message_ts === null,
      createdAt: row.created_at,
    };
  }

  /** Follow-up answers given so far, oldest first. */
  followUpTexts(answerId: number): string[] {
    return this.selectFollowUps.all(answerId).map((row) => row.text);
  }

  /** "Try again": the story's new wording replaces the old one; the feedback rows keep the history. */
  replaceText(answerId: number, text: string, at: Date): void {
    this.answers.updateText(answerId, text, at);
  }

  /**
   * Sharing, step 1, before Slack is called: the story becomes the person's thread answer for the prompt (kind
   * 'thread', keeping its feedback history). False when it is already shared or being shared, so a double click
   * posts once.
   */
  claimShare(answerId: number, target: ShareTarget, at: Date): boolean {
    return this.updateClaim.run({ id: answerId, ...target, at: at.toISOString() }).changes === 1;
  }

  /** Step 2: the bot's post in the thread, which votes are matched against. */
  completeShare(answerId: number, messageTs: string): void {
    this.updateShareTs.run({ ts: messageTs, id: answerId });
  }

  /** Slack refused the post (nothing was posted): the story is private again and can be shared later. */
  releaseShare(answerId: number): void {
    this.updateRelease.run(answerId);
  }

  /** Questions of a principle the person has answered, most recent first. */
  practisedQuestionIds(userId: string, principleId: PrincipleId): string[] {
    return this.selectPractisedQuestions.all(userId, principleId).map((row) => row.question_id);
  }

  /** The posted prompt behind a message (the "Answer privately" button sits on it). */
  promptByMessage(channelId: string, messageTs: string): PostedPrompt | undefined {
    return toPrompt(this.selectPromptByMessage.get(channelId, messageTs));
  }

  promptById(promptId: number): PostedPrompt | undefined {
    return toPrompt(this.selectPromptById.get(promptId));
  }

  /** A prompt for `principleId` posted in the channel on `localDate` and not wrapped up yet: a shared story joins its thread. */
  openPromptOn(channelId: string, principleId: PrincipleId, localDate: string): PostedPrompt | undefined {
    return toPrompt(this.selectOpenPrompt.get(channelId, principleId, localDate));
  }

  /** The channel's time zone (UTC when it has no schedule). */
  zoneOf(channelId: string): string {
    return this.selectChannelZone.get(channelId)?.timezone ?? 'UTC';
  }

  /** The newest prompt posted in any channel with a daily prompt: the channel a story from a free practice is shared to. */
  latestTeamPrompt(): PostedPrompt | undefined {
    return toPrompt(this.selectLatestTeamPrompt.get());
  }
}

function toPrompt(row: PromptRow | undefined): PostedPrompt | undefined {
  if (row === undefined) return undefined;
  return {
    id: row.id,
    channelId: row.channel_id,
    principleId: row.principle_id as PrincipleId,
    questionId: row.question_id,
    messageTs: row.message_ts,
  };
}
