import type { Migration } from './index.js';

/*
 * A story's own title, when its author renamed it (`/lp stories rename <n> <title>`); NULL means the title is drawn
 * from the story's situation at read time, so it follows edits.
 */
export const storyTitles: Migration = {
  version: 10,
  name: 'story-titles',
  up(db) {
    db.exec('ALTER TABLE answers ADD COLUMN title TEXT');
  },
};
