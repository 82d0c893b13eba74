import type { ScoredStory } from '../core/coverage.js';
import { PRINCIPLE_IDS, type PrincipleId } from '../core/principles.js';
import { LEVELS, parseFeedback, type Feedback, type Level } from '../core/rubric/index.js';
import { readSlackText } from '../core/slack-text.js';
import { titleOfStory } from '../core/story-title.js';
import type { Db } from './db.js';
import { keyOfUser, openFeedback, personOf } from './people.js';

/** A person's story with its current score; `score`/`level` are null while it has no feedback. */
export interface StoryScore {
  answerId: number;
  principleId: PrincipleId;
  kind: 'thread' | 'practice';
  createdAt: string;
  score: number | null;
  level: Level | null;
  detected: PrincipleId[];
}

/** One line of the story bank. */
export interface StoryListItem {
  answerId: number;
  principleId: PrincipleId;
  kind: 'thread' | 'practice';
  /** As the person reads it (see readableText); the stored text is what Slack or the modal sent. */
  text: string;
  /** The title the author gave it, else one drawn from its situation (see titleOfStory); not escaped. */
  title: string;
  /** Its place in the person's whole story bank, newest first (1 = newest): `/lp stories rename <n>` names it. */
  number?: number;
  score: number | null;
  level: Level | null;
  votes: number;
  createdAt: string;
  /** Told in a clip: its pace (null when the transcript was too short to tell). */
  spoken?: { wordsPerMinute: number | null };
}

/** A story with its full current feedback (cheat sheet, latest feedback on the Home). */
export interface StoryWithFeedback {
  answerId: number;
  principleId: PrincipleId;
  /** As the person reads it (see readableText). */
  text: string;
  /** See StoryListItem.title (always set by this store). */
  title?: string;
  createdAt: string;
  feedback: Feedback;
  feedbackAt: string;
}

export interface StreakDays {
  promptDays: string[];
  answeredDays: Set<string>;
}

// The current feedback of an answer is its newest row.
const LATEST_FEEDBACK = 'f.id = (SELECT MAX(id) FROM feedback WHERE answer_id = a.id)';
/**
 * 1 when the answer's text is a Slack message's (told in a thread: `&amp;`, `<@U123>` markup); 0 when a modal sent it
 * (a practice story, shared or not, and its follow-ups: plain text).
 */
export const FROM_SLACK_SQL = "(a.kind = 'thread' AND NOT EXISTS (SELECT 1 FROM practice_rounds r WHERE r.answer_id = a.id))";
const LEVEL_SET: ReadonlySet<string> = new Set(LEVELS);
const PRINCIPLE_SET: ReadonlySet<string> = new Set(PRINCIPLE_IDS);

/**
 * Read queries over a person's stories: coverage, the story bank, the cheat sheet, the Home. A story is a root answer
 * (not a follow-up reply), told in a thread or in practice; its score is its newest feedback.
 */
export class StoryStore {
  private readonly selectScores;
  private readonly selectBank;
  private readonly selectListItem;
  private readonly updateTitle;
  private readonly selectWithFeedback;
  private readonly selectLatestFeedback;
  private readonly selectStreakChannel;
  private readonly selectPromptDays;
  private readonly selectAnsweredDays;
  private readonly selectTeamCoverage;

  constructor(db: Db) {
    // The current score, level and detected principles come from the feedback_current index (migration 011), not
    // from each story's feedback row and JSON; no feedback gives NULLs, as the LEFT JOIN of the latest row did.
    const current = (column: string) => `(SELECT ${column} FROM feedback f WHERE f.answer_id = a.id ORDER BY f.id DESC LIMIT 1)`;
    this.selectScores = db.prepare<[string], ScoreRow>(
      `SELECT a.id, a.principle_id, a.kind, a.created_at, ${current('f.score')} AS score, ${current('f.level')} AS level,
         ${current('f.detected')} AS detected
       FROM answers a WHERE a.user_id = ? AND a.parent_answer_id IS NULL`,
    );
    // The whole bank's ids, newest first, from the answers_user_stories index (only the tie on created_at, by id, is
    // sorted in memory), as [id, principle_id] arrays. Numbering, the principle filter, the page and the totals are done
    // on these in JS. This replaced a ROW_NUMBER() window over a materialized subquery, which made SQLite open a
    // temporary file on every `/lp stories` (0.2 to 1.5 ms however small the bank); a LIMIT/OFFSET page here instead
    // costs a top-N table per call, several times this whole read for the banks people have.
    this.selectBank = db
      .prepare<[string], [number, string]>(
        'SELECT id, principle_id FROM answers WHERE user_id = ? AND parent_answer_id IS NULL ORDER BY created_at DESC, id DESC',
      )
      .raw();
    // Then only the page's stories read whole: text, feedback, votes.
    this.selectListItem = db.prepare<[number], PageRow>(
      `SELECT a.id, a.principle_id, a.kind, a.text, a.title, ${FROM_SLACK_SQL} AS from_slack, a.created_at, f.score, f.level,
         json_extract(${openFeedback('f')}, '$.sections.situation') AS situation,
         (SELECT COUNT(*) FROM votes v WHERE v.answer_id = a.id) AS votes,
         s.answer_id IS NOT NULL AS spoken, s.words_per_minute
       FROM answers a LEFT JOIN feedback f ON ${LATEST_FEEDBACK} LEFT JOIN spoken_answers s ON s.answer_id = a.id
       WHERE a.id = ?`,
    );
    this.updateTitle = db.prepare(
      `UPDATE answer_rows SET title = lp_seal(${keyOfUser('@userId')}, @title)
       WHERE id = @id AND person_id = ${personOf('@userId')} AND parent_answer_id IS NULL`,
    );
    this.selectWithFeedback = db.prepare<[number], FeedbackRow>(
      `SELECT a.id, a.principle_id, a.text, a.title, ${FROM_SLACK_SQL} AS from_slack, a.created_at, ${openFeedback('f')} AS feedback_json, f.created_at AS feedback_at
       FROM answers a JOIN feedback f ON ${LATEST_FEEDBACK} WHERE a.id = ?`,
    );
    this.selectLatestFeedback = db.prepare<[string], FeedbackRow>(
      // The newest feedback id first (from indexes), then that one row: sorting every scored story with its JSON
      // to keep one cost a page per story.
      `SELECT a.id, a.principle_id, a.text, a.title, ${FROM_SLACK_SQL} AS from_slack, a.created_at, ${openFeedback('f')} AS feedback_json, f.created_at AS feedback_at
       FROM feedback f JOIN answers a ON a.id = f.answer_id
       WHERE f.id = (SELECT MAX(g.id) FROM answers b JOIN feedback g ON g.answer_id = b.id WHERE b.user_id = ? AND b.parent_answer_id IS NULL)`,
    );
    // The channel whose prompts the person answered last, in a thread or privately.
    this.selectStreakChannel = db.prepare<[string, string], { channel_id: string; timezone: string }>(
      `SELECT p.channel_id, COALESCE(c.timezone, 'UTC') AS timezone
       FROM prompts p LEFT JOIN channels c ON c.channel_id = p.channel_id
       WHERE p.id IN (SELECT prompt_id FROM answers WHERE user_id = ? AND prompt_id IS NOT NULL
                      UNION SELECT r.prompt_id FROM practice_rounds r JOIN answers a ON a.id = r.answer_id
                            WHERE a.user_id = ? AND r.prompt_id IS NOT NULL)
       ORDER BY p.posted_at DESC, p.id DESC LIMIT 1`,
    );
    this.selectPromptDays = db.prepare<[string], { local_date: string }>(
      `SELECT DISTINCT local_date FROM prompts WHERE channel_id = ? AND status = 'posted'`,
    );
    this.selectAnsweredDays = db.prepare<[string, string, string], { local_date: string }>(
      `SELECT DISTINCT p.local_date FROM prompts p
       WHERE p.channel_id = ? AND p.id IN (
         SELECT prompt_id FROM answers WHERE user_id = ? AND prompt_id IS NOT NULL
         UNION SELECT r.prompt_id FROM practice_rounds r JOIN answers a ON a.id = r.answer_id WHERE a.user_id = ?)`,
    );
    this.selectTeamCoverage = db.prepare<[string], { principle_id: string; people: number }>(
      // The current level from the feedback_current index (no feedback row read); no feedback: NULL, not counted.
      `SELECT a.principle_id, COUNT(DISTINCT a.person_id) AS people
       FROM answers a
       WHERE a.channel_id = ? AND a.kind = 'thread' AND a.parent_answer_id IS NULL
         AND (SELECT f.level FROM feedback f WHERE f.answer_id = a.id ORDER BY f.id DESC LIMIT 1) IN ('Raises the bar', 'Meets the bar')
       GROUP BY a.principle_id`,
    );
  }

  /** Every story of the person with its current score (one query; the Home and coverage start here). */
  storyScores(userId: string): StoryScore[] {
    return this.selectScores.all(userId).map((row) => ({
      answerId: row.id,
      principleId: row.principle_id as PrincipleId,
      kind: row.kind,
      createdAt: row.created_at,
      score: row.score,
      level: row.level !== null && LEVEL_SET.has(row.level) ? (row.level as Level) : null,
      detected: parseDetected(row.detected),
    }));
  }

  /** The story bank, newest first, optionally for one principle. */
  storyPage(userId: string, options: { principleId?: PrincipleId; offset: number; limit: number }): { items: StoryListItem[]; total: number } {
    const { principleId, offset, limit } = options;
    const from = Math.max(0, offset);
    const items: StoryListItem[] = [];
    let total = 0;
    // Numbers are places in the whole bank (1 = newest), so a number means the same story with or without a filter.
    const bank = this.selectBank.all(userId);
    for (let index = 0; index < bank.length; index++) {
      const [id, storyPrinciple] = bank[index] as [number, string];
      if (principleId !== undefined && storyPrinciple !== principleId) continue;
      if (total >= from && total - from < limit) {
        const row = this.selectListItem.get(id);
        if (row !== undefined) items.push(toListItem(row, index + 1));
      }
      total++;
    }
    return { total, items };
  }

  /**
   * Gives the person's story number `number` (as `/lp stories` numbers them) its own title; an empty title goes back to
   * the one drawn from its situation. Undefined when there is no such story, else its answer id.
   */
  renameStory(userId: string, number: number, title: string): number | undefined {
    const id = number >= 1 ? this.selectBank.all(userId)[number - 1]?.[0] : undefined;
    if (id === undefined) return undefined;
    return this.updateTitle.run({ title: title === '' ? null : title, id, userId }).changes === 1 ? id : undefined;
  }

  /** A story with its current feedback; undefined when it has none (or the stored JSON no longer parses). */
  withFeedback(answerId: number): StoryWithFeedback | undefined {
    return toWithFeedback(this.selectWithFeedback.get(answerId));
  }

  /** The person's most recently scored story. */
  latestFeedback(userId: string): StoryWithFeedback | undefined {
    return toWithFeedback(this.selectLatestFeedback.get(userId));
  }

  /**
   * The person's time zone: that of the channel whose prompts they answered most recently (in a thread or
   * privately); UTC until they answer one. Their dates (Home, weekly summary, cheat sheet) are in it.
   */
  zoneOf(userId: string): string {
    return this.selectStreakChannel.get(userId, userId)?.timezone ?? 'UTC';
  }

  /** The channel whose prompts the person answered most recently (in a thread or privately), if any: their team's. */
  channelOf(userId: string): string | undefined {
    return this.selectStreakChannel.get(userId, userId)?.channel_id;
  }

  /**
   * Streak inputs for the channel whose prompts the person answered most recently (thread or "Answer privately"):
   * the days that channel had a prompt and the days the person answered one. Undefined when they never answered one.
   */
  streakDays(userId: string): (StreakDays & { channelId: string; timezone: string }) | undefined {
    const channel = this.selectStreakChannel.get(userId, userId);
    if (channel === undefined) return undefined;
    return {
      channelId: channel.channel_id,
      timezone: channel.timezone,
      promptDays: this.selectPromptDays.all(channel.channel_id).map((r) => r.local_date),
      answeredDays: new Set(this.selectAnsweredDays.all(channel.channel_id, userId, userId).map((r) => r.local_date)),
    };
  }

  /**
   * Team coverage in a channel: for each principle, how many people told a story there that reaches the bar.
   * Practice stories are private and count only once shared.
   */
  teamCoverage(channelId: string): Map<PrincipleId, number> {
    return new Map(this.selectTeamCoverage.all(channelId).map((row) => [row.principle_id as PrincipleId, row.people]));
  }
}

/** An answer's text as the person reads it: Slack's markup read once (readSlackText) when a Slack message sent it. */
export function readableText(text: string, fromSlack: boolean): string {
  return fromSlack ? readSlackText(text) : text;
}

function toListItem(row: PageRow, number: number): StoryListItem {
  const text = readableText(row.text, row.from_slack === 1);
  return {
    answerId: row.id,
    principleId: row.principle_id as PrincipleId,
    kind: row.kind,
    text,
    title: titleOfStory({ title: row.title, text, situation: row.situation }),
    number,
    score: row.score,
    level: row.level !== null && LEVEL_SET.has(row.level) ? (row.level as Level) : null,
    votes: row.votes,
    createdAt: row.created_at,
    ...(row.spoken === 1 ? { spoken: { wordsPerMinute: row.words_per_minute } } : {}),
  };
}

/** Converts rows into the pure coverage input; stories without feedback cover nothing and are left out. */
export function toScoredStories(scores: readonly StoryScore[]): ScoredStory[] {
  const scored: ScoredStory[] = [];
  for (const s of scores) {
    if (s.score === null || s.level === null) continue;
    scored.push({ answerId: s.answerId, principleId: s.principleId, score: s.score, level: s.level, detected: s.detected, createdAt: s.createdAt });
  }
  return scored;
}

function parseDetected(json: string | null): PrincipleId[] {
  if (json === null) return [];
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((id): id is PrincipleId => typeof id === 'string' && PRINCIPLE_SET.has(id)) : [];
  } catch {
    return [];
  }
}

function toWithFeedback(row: FeedbackRow | undefined): StoryWithFeedback | undefined {
  if (row === undefined) return undefined;
  try {
    const feedback = parseFeedback(JSON.parse(row.feedback_json));
    const text = readableText(row.text, row.from_slack === 1);
    return {
      answerId: row.id,
      principleId: row.principle_id as PrincipleId,
      text,
      title: titleOfStory({ title: row.title, text, situation: feedback.sections.situation }),
      createdAt: row.created_at,
      feedback,
      feedbackAt: row.feedback_at,
    };
  } catch {
    return undefined;
  }
}

interface ScoreRow {
  id: number;
  principle_id: string;
  kind: 'thread' | 'practice';
  created_at: string;
  score: number | null;
  level: string | null;
  detected: string | null;
}

interface PageRow {
  id: number;
  principle_id: string;
  kind: 'thread' | 'practice';
  text: string;
  title: string | null;
  situation: string | null;
  from_slack: number;
  created_at: string;
  score: number | null;
  level: string | null;
  votes: number;
  spoken: number;
  words_per_minute: number | null;
}

interface FeedbackRow {
  id: number;
  principle_id: string;
  text: string;
  title: string | null;
  from_slack: number;
  created_at: string;
  feedback_json: string;
  feedback_at: string;
}
