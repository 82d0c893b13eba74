import type { Content } from '../../core/content.js';
import { computeCoverage, leastCoveredPrinciple, reachesBar, STORIES_PER_PRINCIPLE } from '../../core/coverage.js';
import { withVerifiedOutLoud, type VerifiedStory } from '../../core/mock/verified.js';
import { PRINCIPLE_IDS, resolvePrinciple, type Principle, type PrincipleId } from '../../core/principles.js';
import { questionsFor, type Question } from '../../core/questions.js';
import type { QuestionById } from '../../core/question-bank/resolve.js';
import { scoreAnswer, type Feedback } from '../../core/rubric/index.js';
import { localDateOf } from '../../core/schedule.js';
import type { FeedbackStore } from '../../store/feedback.js';
import type { PostedPrompt, PracticeAnswer, PracticeStore } from '../../store/practice.js';
import { toScoredStories, type StoryStore } from '../../store/stories.js';
import { countWordsInText } from '../../core/words.js';
import { isOtherLanguage } from '../../core/language.js';

/** Fewer words than this cannot be scored meaningfully; the modal asks for more instead. */
export const MIN_PRACTICE_WORDS = 30;
/** One answer box (Slack's plain_text_input maximum). */
export const ANSWER_MAX_CHARS = 3000;
/** Each STAR box; five of them stay within one answer box. */
export const STAR_BOX_MAX_CHARS = 600;

export interface PracticeDeps {
  practice: PracticeStore;
  feedback: FeedbackStore;
  stories: StoryStore;
  content: Content;
  clock: () => Date;
  random: () => number;
  /** The person's mock-loop stories rated Inclined or better ("verified out loud"). */
  verified?: (userId: string) => readonly VerifiedStory[];
  /** Built-in and team questions by id (see questionResolver); without it, built-in ones only. */
  questionById?: QuestionById;
  /** The questions of the person's channel (its track and its own), when it has any; else the built-in bank. */
  questionPoolOf?: (userId: string) => readonly Question[] | undefined;
}

/** A question to answer in the modal. */
export interface Round {
  principle: Principle;
  question: Question;
  /** The daily prompt answered privately. */
  promptId: number | null;
  /** "Try again": the story being reworded, and its current text for pre-filling. */
  retry?: { answerId: number; text: string };
}

/** Everything the feedback modal shows. */
export interface FeedbackResult {
  answerId: number;
  principle: Principle;
  question: Question;
  feedback: Feedback;
  /** The feedback before this one (a retry or a follow-up), to show what changed. */
  previous?: Feedback;
  /** Stories at the bar for this principle (0, 1, 2), after this one. */
  covered: number;
  /** Other principles the rubric saw in the story, when it reaches the bar. */
  alsoFits: Principle[];
  shared: boolean;
  /** Shared, but Slack never confirmed the post (no message ts): it may be in the thread, and votes cannot be matched. */
  shareUnconfirmed: boolean;
  /** How many follow-ups were answered already (the next button opens the next one). */
  followUpsAnswered: number;
  /**
   * The story is in a language the rubric cannot read (src/core/language.ts): the modal says so once instead of
   * showing criteria. It is stored, stays below the bar (no coverage) and, when it answers a prompt, keeps the streak.
   */
  otherLanguage?: boolean;
  /** It answers a daily prompt ("Answer privately"), so it counts toward the streak. */
  answersPrompt?: boolean;
}

export type StartOutcome = { ok: true; round: Round } | { ok: false; unknownPrinciple: string };

/** Words as a person would count them, in any script (see countWordsInText). */
export function countWords(text: string): number {
  return countWordsInText(text);
}

/** Why an answer cannot be scored yet (shown as the input's error), or undefined when it can. */
export function answerProblem(text: string): string | undefined {
  const words = countWords(text);
  if (words === 0) return 'Write your story here first.';
  if (words < MIN_PRACTICE_WORDS) {
    return `That is ${words} word${words === 1 ? '' : 's'}. Tell the whole story (at least ${MIN_PRACTICE_WORDS} words; 150-225 is ideal).`;
  }
  return undefined;
}

/** The private practice round: choosing questions, scoring, retries, follow-ups and coverage. No Slack in here. */
export class PracticeService {
  constructor(private readonly deps: PracticeDeps) {}

  /** `/lp practice [principle]`: the named principle, or the person's least covered one. */
  start(userId: string, principleInput: string): StartOutcome {
    const { content } = this.deps;
    let principle: Principle | undefined;
    if (principleInput.trim() !== '') {
      principle = resolvePrinciple(principleInput, content.principles);
      if (principle === undefined) return { ok: false, unknownPrinciple: principleInput.trim() };
    } else {
      const coverage = this.coverageOf(userId);
      const id = leastCoveredPrinciple(coverage, this.deps.random);
      principle = content.principles.find((p) => p.id === id) ?? content.principles[0];
    }
    if (principle === undefined) throw new Error('no principles loaded');
    return { ok: true, round: { principle, question: this.pickQuestion(userId, principle.id, undefined), promptId: null } };
  }

  /** Built-in or a team's own question (a prompt may have asked either). */
  questionById(id: string): Question | undefined {
    return this.deps.questionById?.(id) ?? this.deps.content.questions.find((q) => q.id === id);
  }

  promptById(promptId: number): PostedPrompt | undefined {
    return Number.isSafeInteger(promptId) ? this.deps.practice.promptById(promptId) : undefined;
  }

  /** "Answer privately" on a daily prompt: that prompt's question. */
  startFromPrompt(prompt: PostedPrompt): Round | undefined {
    const question = this.questionById(prompt.questionId);
    const principle = this.principle(prompt.principleId);
    if (question === undefined || principle === undefined) return undefined;
    return { principle, question, promptId: prompt.id };
  }

  /** A round for the modal's metadata (principle and question ids); the question falls back when content changed. */
  roundFor(principleId: PrincipleId, questionId: string, promptId: number | null): Round | undefined {
    const principle = this.principle(principleId);
    if (principle === undefined) return undefined;
    const question =
      this.questionById(questionId) ?? questionsFor(principle.id, this.deps.content.questions)[0];
    return question === undefined ? undefined : { principle, question, promptId };
  }

  /** "Another question": same principle, a question the person has not answered lately. */
  anotherQuestion(userId: string, answerId: number): Round | undefined {
    const story = this.ownStory(userId, answerId);
    const principle = story === undefined ? undefined : this.principle(story.principleId);
    if (story === undefined || principle === undefined) return undefined;
    return { principle, question: this.pickQuestion(userId, principle.id, story.questionId ?? undefined), promptId: null };
  }

  /** "Try again": the same question, the current wording pre-filled. */
  retry(userId: string, answerId: number): Round | undefined {
    const story = this.ownStory(userId, answerId);
    if (story === undefined) return undefined;
    const round = this.roundFor(story.principleId, story.questionId ?? '', story.promptId);
    return round === undefined ? undefined : { ...round, retry: { answerId: story.id, text: story.text } };
  }

  /** Stores the story (or its new wording) first, then its feedback, and returns what the modal shows. */
  submit(userId: string, round: Round, text: string): FeedbackResult {
    const at = this.deps.clock();
    let answerId: number;
    const existing = round.retry === undefined ? undefined : this.ownStory(userId, round.retry.answerId);
    if (existing !== undefined) {
      this.deps.practice.replaceText(existing.id, text, at);
      answerId = existing.id;
    } else {
      answerId = this.deps.practice.recordPractice({
        userId,
        principleId: round.principle.id,
        questionId: round.question.id,
        text,
        promptId: round.promptId,
        at,
      });
    }
    return this.score(userId, answerId, round);
  }

  /** An answer to a follow-up question: stored with the story and scored as part of it. */
  submitFollowUp(userId: string, answerId: number, text: string): FeedbackResult | undefined {
    const story = this.ownStory(userId, answerId);
    const round = story === undefined ? undefined : this.roundFor(story.principleId, story.questionId ?? '', story.promptId);
    if (story === undefined || round === undefined) return undefined;
    this.deps.practice.recordFollowUp(story, text, this.deps.clock());
    return this.score(userId, answerId, round);
  }

  /** The follow-up question to answer next, or undefined when the story or its feedback is gone. */
  nextFollowUp(userId: string, answerId: number): { question: string; index: number } | undefined {
    const result = this.current(userId, answerId);
    if (result === undefined) return undefined;
    const index = result.followUpsAnswered % result.feedback.followUps.length;
    const question = result.feedback.followUps[index];
    return question === undefined ? undefined : { question, index };
  }

  /** The story's current feedback, as the feedback modal shows it. */
  current(userId: string, answerId: number): FeedbackResult | undefined {
    const story = this.ownStory(userId, answerId);
    const round = story === undefined ? undefined : this.roundFor(story.principleId, story.questionId ?? '', story.promptId);
    const stored = story === undefined ? undefined : this.deps.feedback.latest(story.id);
    if (story === undefined || round === undefined || stored === undefined) return undefined;
    return this.result(userId, story, round, stored.feedback, undefined);
  }

  /**
   * Where "Share to channel" posts. The channel: that of the prompt the practice came from ("Answer privately"), else
   * that of the newest prompt in a channel with a daily prompt. In it, the thread of a prompt of the story's principle
   * that is open today (posted today in the channel's zone, not wrapped up yet), else a message of its own that starts
   * its own thread: a story is never counted in (or voted within the cap of) an unrelated prompt's thread.
   */
  planShare(userId: string, answerId: number): SharePlan {
    const { practice } = this.deps;
    const story = this.ownStory(userId, answerId);
    if (story === undefined) return { ok: false, reason: 'not-found' };
    if (story.kind !== 'practice') return { ok: false, reason: 'already-shared' };
    const origin = (story.promptId === null ? undefined : practice.promptById(story.promptId)) ?? practice.latestTeamPrompt();
    if (origin === undefined) return { ok: false, reason: 'no-prompt' };
    const principle = this.principle(story.principleId);
    if (principle === undefined) return { ok: false, reason: 'not-found' };
    const channelId = origin.channelId;
    const today = localDateOf(this.deps.clock(), practice.zoneOf(channelId));
    const prompt = practice.openPromptOn(channelId, story.principleId, today);
    return { ok: true, story, channelId, prompt, principle };
  }

  /** Takes the story for sharing before Slack is called; false when it is already shared (a double click). */
  claimShare(plan: Extract<SharePlan, { ok: true }>): boolean {
    const { prompt, channelId } = plan;
    return this.deps.practice.claimShare(plan.story.id, { promptId: prompt?.id ?? null, channelId, threadTs: prompt?.messageTs ?? null }, this.deps.clock());
  }

  /** The bot's post (`messageTs`) is in the channel: votes on it now count for the author. */
  completeShare(plan: Extract<SharePlan, { ok: true }>, messageTs: string): void {
    this.deps.practice.completeShare(plan.story.id, messageTs);
  }

  releaseShare(plan: Extract<SharePlan, { ok: true }>): void {
    this.deps.practice.releaseShare(plan.story.id);
  }

  /** "Answer privately" on a message: the prompt posted as that message, if it is one of ours. */
  promptOfMessage(channelId: string, messageTs: string): PostedPrompt | undefined {
    return this.deps.practice.promptByMessage(channelId, messageTs);
  }

  /** The person's own story, or undefined (a stale or foreign id from a modal). */
  ownStory(userId: string, answerId: number): PracticeAnswer | undefined {
    const story = this.deps.practice.get(answerId);
    return story?.userId === userId ? story : undefined;
  }

  private score(userId: string, answerId: number, round: Round): FeedbackResult {
    const story = this.deps.practice.get(answerId) as PracticeAnswer;
    const full = [story.text, ...this.deps.practice.followUpTexts(answerId)].join('\n\n');
    const previous = this.deps.feedback.latest(answerId)?.feedback;
    const feedback = scoreAnswer(full, { principle: round.principle.id, question: round.question, content: this.deps.content });
    this.deps.feedback.insert(answerId, feedback, this.deps.clock());
    return this.result(userId, story, round, feedback, previous);
  }

  private result(userId: string, story: PracticeAnswer, round: Round, feedback: Feedback, previous: Feedback | undefined): FeedbackResult {
    const coverage = this.coverageOf(userId).find((c) => c.principleId === round.principle.id);
    const alsoFits = reachesBar(feedback.level)
      ? feedback.principle.detected
          .filter((id) => id !== round.principle.id)
          .flatMap((id) => this.principle(id) ?? [])
      : [];
    return {
      answerId: story.id,
      principle: round.principle,
      question: round.question,
      feedback,
      ...(previous === undefined ? {} : { previous }),
      covered: Math.min(coverage?.covered ?? 0, STORIES_PER_PRINCIPLE),
      alsoFits,
      shared: story.kind === 'thread',
      shareUnconfirmed: story.shareUnconfirmed,
      followUpsAnswered: this.deps.practice.followUpTexts(story.id).length,
      otherLanguage: isOtherLanguage(story.text),
      answersPrompt: story.promptId !== null,
    };
  }

  private coverageOf(userId: string) {
    return withVerifiedOutLoud(computeCoverage(PRINCIPLE_IDS, toScoredStories(this.deps.stories.storyScores(userId))), this.deps.verified?.(userId) ?? []);
  }

  private principle(id: PrincipleId): Principle | undefined {
    return this.deps.content.principles.find((p) => p.id === id);
  }

  /** A question of the principle: one never answered by this person, else the one answered longest ago. */
  private pickQuestion(userId: string, principleId: PrincipleId, avoid: string | undefined): Question {
    // The person's team's questions, in its track's wording, when their channel has a track or questions of its own.
    const pool = this.deps.questionPoolOf?.(userId) ?? this.deps.content.questions;
    const questions = questionsFor(principleId, pool).length > 0 ? questionsFor(principleId, pool) : questionsFor(principleId, this.deps.content.questions);
    const practised = this.deps.practice.practisedQuestionIds(userId, principleId);
    const fresh = questions.filter((q) => !practised.includes(q.id) && q.id !== avoid);
    if (fresh.length > 0) return fresh[Math.min(fresh.length - 1, Math.floor(this.deps.random() * fresh.length))] as Question;
    const oldest = [...questions].filter((q) => q.id !== avoid).sort((a, b) => practised.indexOf(b.id) - practised.indexOf(a.id))[0];
    return oldest ?? (questions[0] as Question);
  }
}

export type SharePlan =
  | {
      ok: true;
      story: PracticeAnswer;
      /** Where it is posted. */
      channelId: string;
      /** The open prompt of the same principle whose thread it joins; undefined: a message of its own. */
      prompt: PostedPrompt | undefined;
      principle: Principle;
    }
  | { ok: false; reason: 'not-found' | 'already-shared' | 'no-prompt' };
