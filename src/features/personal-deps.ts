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
