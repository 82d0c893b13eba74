import type { webApi } from '@slack/bolt';
import type { Content } from '../core/content.js';
import type { AppLogger } from '../logger.js';
import type { Db } from '../store/db.js';

/** What the private-side features (practice, coverage and stories, Home, privacy) are built from. */
export interface PersonalFeatureDeps {
  db: Db;
  content: Content;
  clock: () => Date;
  random: () => number;
  logger: AppLogger;
}

/** Posts that must not happen twice (sharing a story) go through `postOnce`, a client that never repeats a call. */
export interface PostOnceDeps {
  postOnce: webApi.WebClient;
}

/** Re-publishes a person's App Home after something on it changed (a new score, forgotten data). Never throws. */
export type HomeRefresher = (client: webApi.WebClient, userId: string) => Promise<void>;
