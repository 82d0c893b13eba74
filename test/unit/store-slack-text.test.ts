import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/core/content.js';
import { scoreAnswer } from '../../src/core/rubric/index.js';
import { PrivacyService } from '../../src/features/privacy/service.js';
import { AnswerStore } from '../../src/store/answers.js';
import { openDatabase, type Db } from '../../src/store/db.js';
import { FeedbackStore } from '../../src/store/feedback.js';
import { PracticeStore } from '../../src/store/practice.js';
import { PrivacyStore } from '../../src/store/privacy.js';
import { RescoreStore } from '../../src/store/rescore.js';
import { StoryStore } from '../../src/store/stories.js';

/**
 * Issue 11.1 in the stores: the original text stays in SQLite; what people read back (the story bank, the cheat sheet,
 * the App Home, `/lp export --all`) and what `lp-coach rescore` scores is Slack's markup read once, for stories told in
 * Slack only. A practice story came from a modal as plain text and is never read as markup, shared or not.
 */

const content = loadContent();
const SLACK = 'In R&amp;D I cut p95 to &lt; 300 ms with <@U0XXXX|sam>; <!channel> saw it.';
const READ = 'In R&D I cut p95 to < 300 ms with @sam; @channel saw it.';
// Typed in a modal: plain text, which happens to look like an entity.
const PLAIN = 'Practice: R&D, and I wrote &amp; literally, < 300 ms.';
const when = new Date('2026-11-30T10:00:00Z');

let db: Db;
let ids: { thread: number; practice: number; shared: number };
beforeEach(() => {
  db = openDatabase(':memory:');
  const answers = new AnswerStore(db);
  const practice = new PracticeStore(db);
  const feedback = new FeedbackStore(db);
  const thread = answers.insert({ userId: 'U1', channelId: 'C1', messageTs: '1.1', threadTs: '1.0', principleId: 'ownership', text: SLACK, kind: 'thread', at: when });
  const priv = practice.recordPractice({ userId: 'U1', principleId: 'ownership', questionId: null, text: PLAIN, promptId: null, at: when });
  const shared = practice.recordPractice({ userId: 'U1', principleId: 'ownership', questionId: null, text: PLAIN, promptId: null, at: when });
  db.prepare("INSERT INTO prompts (channel_id, principle_id, question_id, local_date, source, status, message_ts, posted_at, created_at) VALUES ('C1', 'ownership', 'q', '2026-11-30', 'manual', 'posted', '1.0', ?, ?)").run(when.toISOString(), when.toISOString());
  practice.claimShare(shared, { promptId: 1, channelId: 'C1', threadTs: '1.0' }, when);
  practice.completeShare(shared, '1.2');
  for (const id of [thread, priv, shared]) feedback.insert(id, scoreAnswer('x', { principle: 'ownership', content }), when);
  ids = { thread, practice: priv, shared };
});
afterEach(() => db.close());

describe('stories told in Slack read as the person sees them; the stored text is unchanged', () => {
  it('story bank, cheat sheet source and latest feedback', () => {
    const stories = new StoryStore(db);
    const page = stories.storyPage('U1', { offset: 0, limit: 10 });
    const textOf = (id: number) => page.items.find((i) => i.answerId === id)?.text;
    expect(textOf(ids.thread)).toBe(READ);
    expect(textOf(ids.practice)).toBe(PLAIN);
    expect(textOf(ids.shared)).toBe(PLAIN);
    expect(stories.withFeedback(ids.thread)?.text).toBe(READ);
    expect(stories.withFeedback(ids.shared)?.text).toBe(PLAIN);
    expect((db.prepare('SELECT text FROM answers WHERE id = ?').get(ids.thread) as { text: string }).text).toBe(SLACK);
  });

  it('the JSON export', () => {
    const exported = JSON.parse(new PrivacyService(new PrivacyStore(db), () => when).exportJson('U1')) as { answers: Array<{ id: number; text: string; from_slack?: unknown }> };
    const textOf = (id: number) => exported.answers.find((a) => a.id === id)?.text;
    expect(textOf(ids.thread)).toBe(READ);
    expect(textOf(ids.practice)).toBe(PLAIN);
    expect(textOf(ids.shared)).toBe(PLAIN);
    expect(exported.answers.every((a) => !('from_slack' in a))).toBe(true);
  });

  it('rescore scores what the live paths score', () => {
    db.prepare('UPDATE feedback SET rubric_version = 0').run();
    const batch = new RescoreStore(db).staleBatch(1_000_000, 0, 10);
    const textOf = (id: number) => batch.find((s) => s.answerId === id)?.text;
    expect(textOf(ids.thread)).toBe(READ);
    expect(textOf(ids.practice)).toBe(PLAIN);
    expect(textOf(ids.shared)).toBe(PLAIN);
  });
});
