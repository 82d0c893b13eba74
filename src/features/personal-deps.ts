import type { webApi } from '@slack/bolt';
import type { Content } from '../core/content.js';
import type { QuestionById } from '../core/question-bank/resolve.js';
import type { Question } from '../core/questions.js';
import type { PrincipleId } from '../core/principles.js';
import type { AppLogger } from '../logger.js';
import type { Db } from '../store/db.js';
import { FeedbackStore } from '../store/feedback.js';
import { MockLoopStore } from '../store/mock-loops.js';
import { SpokenStore } from '../store/spoken.js';
import { StoryStore } from '../store/stories.js';
import { UserSettingsStore } from '../store/user-settings.js';
import { AvailabilityStore } from '../store/availability.js';

/** What the private-side features (practice, coverage and stories, Home, privacy) are built from. */
export interface PersonalFeatureDeps {
  db: Db;
  content: Content;
  clock: () => Date;
  random: () => number;
  logger: AppLogger;
  /** Built once and shared by every private-side feature (each prepares its statements when built). */
  stores: PersonalStores;
  /** Built-in and team questions by id: a prompt may have asked a team's own question. */
  questionById?: QuestionById;
  /** The questions of the channel the person answers in (its track's and its own); undefined: the built-in bank. */
  questionPoolOf?: (userId: string) => readonly Question[] | undefined;
  /** A channel's track (its name and principle weights), for the interview plan of the people who answer there. */
  trackOf?: (channelId: string) => { name: string; weights: Partial<Record<PrincipleId, number>> } | undefined;
}

export interface PersonalStores {
  stories: StoryStore;
  settings: UserSettingsStore;
  feedback: FeedbackStore;
  /** Mock-loop stories rated Inclined or better count toward coverage ("verified out loud"). */
  mockLoops: MockLoopStore;
  /** Stories told in a clip, and how they were said. */
  spoken: SpokenStore;
  /** Snoozes (and channel holidays): a snoozed day never breaks a streak; the Home shows the snooze. */
  availability: AvailabilityStore;
}

export function createPersonalStores(db: Db): PersonalStores {
  return { stories: new StoryStore(db), settings: new UserSettingsStore(db), feedback: new FeedbackStore(db), mockLoops: new MockLoopStore(db), spoken: new SpokenStore(db), availability: new AvailabilityStore(db) };
}

/** Posts that must not happen twice (sharing a story) go through `postOnce`, a client that never repeats a call. */
export interface PostOnceDeps {
  postOnce: webApi.WebClient;
}

/** Re-publishes a person's App Home after something on it changed (a new score, forgotten data). Never throws. */
export type HomeRefresher = (client: webApi.WebClient, userId: string) => Promise<void>;
