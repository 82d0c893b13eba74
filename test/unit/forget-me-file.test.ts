import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { scoreAnswer } from '../../src/core/rubric/index.js';
import { PrivacyService } from '../../src/features/privacy/service.js';
import { AnswerStore } from '../../src/store/answers.js';
import { ChannelStore } from '../../src/store/channels.js';
import { openDatabase, type Db } from '../../src/store/db.js';
import { MIGRATIONS } from '../../src/store/migrations/index.js';
import { FeedbackStore } from '../../src/store/feedback.js';
import { FollowUpStore } from '../../src/store/followups.js';
import { OutboxStore } from '../../src/store/outbox.js';
import { PersonalSummaryStore } from '../../src/store/personal-summaries.js';
import { PracticeStore } from '../../src/store/practice.js';
import { PrivacyStore } from '../../src/store/privacy.js';
import { PromptStore } from '../../src/store/prompts.js';
import { UserSettingsStore } from '../../src/store/user-settings.js';
import { VoteStore } from '../../src/store/votes.js';

/*
 * `/lp forget-me` must leave no trace of the person in the database FILE, not only in the rows a query can see:
 * SQLite keeps deleted cells in free space inside pages, on freelist pages and in old WAL frames unless told not to,
 * and copies of moved cells and index keys even then. What the person wrote is sealed with their key (migration 020),
 * so the tests look for their id, their key and their words.
 * These tests write a real file, run the same forget path the confirm button uses (PrivacyService.forget), close the
 * database as a clean stop does, and scan the raw bytes of the .db file (and -wal/-shm when present).
 */

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'lp-forget-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** A word that cannot occur anywhere by chance. */
const uniqueWord = (prefix: string) => `${prefix}${randomBytes(8).toString('hex')}`;

const CHANNEL = 'C0TEAM';
let tick = Date.parse('2026-03-02T08:00:00.000Z');
const nextTime = () => new Date((tick += 1_000));

function story(word: string, extra = ''): string {
  return (
    `Situation: at my last job the ${word} deploys failed every Friday and customers noticed. ` +
    `Task: I owned making them boring. Action: I wrote a pre-deploy check for ${word}, added a canary stage and ` +
    `paired with the on-call team. Result: failures fell from 6 to 1 a month. Learning: automate the checks people forget. ${extra}`
  );
}

interface Person {
  userId: string;
  words: string[];
}

/** Fills the file with everything a person can leave: stories (edited, long, with follow-ups), feedback, votes, practice, settings, summaries. */
/** Two people's rows in one channel (a second call needs another channel: one prompt per channel and day). */
function fill(db: Db, me: Person, other: Person, channel = CHANNEL): void {
  const channels = new ChannelStore(db, nextTime);
  channels.upsertSchedule({ channelId: channel, teamId: 'T0TEAM', promptTime: '09:30', timezone: 'UTC', days: ['mon', 'tue', 'wed', 'thu', 'fri'] });
  const prompts = new PromptStore(db);
  const answers = new AnswerStore(db);
  const feedback = new FeedbackStore(db);
  const followups = new FollowUpStore(db);
  const votes = new VoteStore(db);
  const practice = new PracticeStore(db);
  const settings = new UserSettingsStore(db);
  const summaries = new PersonalSummaryStore(db);

  const storyIds = new Map<string, number[]>([
    [me.userId, []],
    [other.userId, []],
  ]);
  // Enough rows that tables and indexes span many pages (interior pages, splits, merges on delete).
  for (let day = 0; day < 40; day++) {
    const prompt = prompts.reserveSlot({
      channelId: channel,
      localDate: new Date(Date.UTC(2026, 2, 1 + day)).toISOString().slice(0, 10),
      principleId: 'ownership',
      questionId: `own-${(day % 5) + 1}`,
      source: 'scheduled',
      at: nextTime(),
    });
    if (prompt === null) throw new Error('slot taken');
    prompts.markPosted(prompt.id, `1772000${day}.000100`, nextTime());
    for (const person of [me, other]) {
      const [word] = person.words;
      const text = story(word!, `day ${day}`);
      const id = answers.insert({
        userId: person.userId,
        principleId: 'ownership',
        text,
        kind: 'thread',
        promptId: prompt.id,
        channelId: channel,
        messageTs: `1772100${day}.${person === me ? '000200' : '000300'}`,
        threadTs: `1772000${day}.000100`,
        questionId: prompt.questionId,
        at: nextTime(),
      });
      storyIds.get(person.userId)!.push(id);
      feedback.insert(id, scoreAnswer(text), nextTime());
    }
  }

  for (const person of [me, other]) {
    const [word, editedWord, longWord, followWord, practiceWord] = person.words as [string, string, string, string, string];
    const otherPerson = person === me ? other : me;
    const ids = storyIds.get(person.userId)!;

    // An edit: the old text is freed inside its page, the new one written; the edit is scored again.
    answers.updateText(ids[0]!, story(editedWord, 'edited'), nextTime());
    feedback.insert(ids[0]!, scoreAnswer(story(editedWord, 'edited')), nextTime());

    // A story longer than a page, so it lives on overflow pages.
    const longText = story(longWord, `${longWord} `.repeat(900));
    const longId = answers.insert({ userId: person.userId, principleId: 'ownership', text: longText, kind: 'thread', channelId: channel, messageTs: `1779000000.${person === me ? '1' : '2'}`, at: nextTime() });
    feedback.insert(longId, scoreAnswer(longText), nextTime());

    // A follow-up question that quotes the story, and the author's reply to it.
    followups.insert(ids[1]!, 'metrics', `You said "${word}": what changed, in numbers? (${followWord})`, nextTime());
    followups.setMessageTs(ids[1]!, '1779100000.000001');
    const open = followups.ofAnswer(ids[1]!)!;
    const replyId = answers.insert({ userId: person.userId, principleId: 'ownership', text: `The reply: ${followWord} went from 6 to 1.`, kind: 'thread', channelId: channel, messageTs: `1779200000.${person === me ? '1' : '2'}`, threadTs: '17720001.000100', parentAnswerId: ids[1]!, at: nextTime() });
    followups.markAnswered(open.id, replyId);

    // A private practice round with its own follow-up answer.
    const roundId = practice.recordPractice({ userId: person.userId, principleId: 'ownership', questionId: 'own-1', text: story(practiceWord, 'practice'), promptId: null, at: nextTime() });
    feedback.insert(roundId, scoreAnswer(story(practiceWord, 'practice')), nextTime());
    practice.recordFollowUp(practice.get(roundId)!, `More on ${practiceWord}.`, nextTime());

    // Votes both ways: on the other person's stories, and received from them.
    for (const answerId of storyIds.get(otherPerson.userId)!.slice(0, 10)) {
      votes.cast({ answerId, voterId: person.userId, promptId: null, cap: 100, at: nextTime() });
    }

    settings.update(person.userId, { weeklySummary: true, interviewDate: '2026-05-01', leaderboardOptout: true }, nextTime());
    summaries.reserve(person.userId, '2026-03-02', nextTime());
    summaries.markSent(person.userId, '2026-03-02');
    summaries.reserve(person.userId, '2026-03-09', nextTime());
  }
}

/** The .db file and, when present, its -wal and -shm, concatenated. */
function rawBytes(path: string): Buffer {
  return Buffer.concat([path, `${path}-wal`, `${path}-shm`].filter((p) => existsSync(p)).map((p) => readFileSync(p)));
}

function occurrences(haystack: Buffer, needle: string | Buffer): number {
  const bytes = typeof needle === 'string' ? Buffer.from(needle, 'utf8') : needle;
  let n = 0;
  for (let at = haystack.indexOf(bytes); at !== -1; at = haystack.indexOf(bytes, at + 1)) n++;
  return n;
}

function person(prefix: string): Person {
  return {
    userId: uniqueWord(`U${prefix}`).toUpperCase(),
    words: ['story', 'edited', 'long', 'followup', 'practice'].map((kind) => uniqueWord(`${prefix}${kind}`)),
  };
}

/** The person's key (migration 020): what opens their sealed stories, feedback and follow-ups. */
function keyOf(db: Db, userId: string): Buffer {
  return db.prepare<[string], Buffer>('SELECT key FROM people WHERE user_id = ?').pluck().get(userId) as Buffer;
}

/** Everything the person wrote, as the app reads it (opened with their key). */
function textsOf(db: Db, userId: string): string {
  return db.prepare<[string], string>('SELECT text FROM answers WHERE user_id = ?').pluck().all(userId).join(' ');
}

describe('/lp forget-me leaves nothing in the file', () => {
  it('after forget-me and a clean stop, the raw file holds neither the user id nor their text; the other person is intact', () => {
    const path = join(dir, 'lp.db');
    const me = person('forget');
    const other = person('keep');
    const db = openDatabase(path);
    fill(db, me, other);
    // As in the app: the store and service are built once at start-up, then used for any number of people.
    const service = new PrivacyService(new PrivacyStore(db), () => new Date());

    const [myKey, otherKey] = [keyOf(db, me.userId), keyOf(db, other.userId)];
    // Sanity: before, both people's ids and keys are in the file (or its WAL), and what they wrote reads back; at
    // rest it is sealed, so no word of it is in the file as written.
    const before = rawBytes(path);
    expect(occurrences(before, me.userId)).toBeGreaterThan(0);
    expect(occurrences(before, myKey)).toBeGreaterThan(0);
    for (const word of me.words) expect(textsOf(db, me.userId)).toContain(word);
    for (const word of [...me.words, ...other.words]) expect(occurrences(before, word), word).toBe(0);

    const counts = service.forget(me.userId);
    expect(counts).toMatchObject({ answers: 40 + 1 + 1 + 2, votesCast: 10, votesReceived: 10, practiceRounds: 1, settings: 1 });
    db.close();

    const after = rawBytes(path);
    const left = Object.fromEntries([me.userId, ...me.words].map((needle) => [needle, occurrences(after, needle)]));
    expect(left).toEqual(Object.fromEntries([me.userId, ...me.words].map((needle) => [needle, 0])));
    expect(occurrences(after, myKey), 'the key that opens their sealed text').toBe(0);
    expect(occurrences(after, other.userId)).toBeGreaterThan(0);
    expect(occurrences(after, otherKey)).toBeGreaterThan(0);

    // And the other person's data is still readable, the file sound.
    const reopened = openDatabase(path);
    for (const word of other.words) expect(textsOf(reopened, other.userId)).toContain(word);
    expect(reopened.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(new PrivacyStore(reopened).counts(other.userId)).toMatchObject({ answers: 44, votesCast: 0, practiceRounds: 1, settings: 1 });
    expect(new PrivacyStore(reopened).counts(me.userId)).toEqual({ answers: 0, feedback: 0, votesCast: 0, votesReceived: 0, practiceRounds: 0, settings: 0 });
    reopened.close();
  });

  it('also leaves nothing while the app keeps running: the WAL holds no old frames after forget-me', () => {
    const path = join(dir, 'lp.db');
    const me = person('forget');
    const other = person('keep');
    const db = openDatabase(path);
    fill(db, me, other);
    const myKey = keyOf(db, me.userId);
    new PrivacyService(new PrivacyStore(db), () => new Date()).forget(me.userId);

    // Still open (no close-time checkpoint): what is on disk now must already be clean.
    const now = rawBytes(path);
    for (const needle of [me.userId, myKey, ...me.words]) expect(occurrences(now, needle)).toBe(0);
    expect(occurrences(now, other.userId)).toBeGreaterThan(0);
    for (const word of other.words) expect(textsOf(db, other.userId)).toContain(word);
    db.close();
  });

  it('a second forget-me on the same file leaves nothing either, not even a key kept in an index page', () => {
    const path = join(dir, 'lp.db');
    const [first, keep, second, stay] = [person('first'), person('keep'), person('second'), person('stay')];
    const db = openDatabase(path);
    const service = new PrivacyService(new PrivacyStore(db), () => new Date());
    fill(db, first, keep);
    const firstKey = keyOf(db, first.userId);
    service.forget(first.userId);
    fill(db, second, stay, 'C0OTHER');
    const secondKey = keyOf(db, second.userId);
    service.forget(second.userId);
    const now = rawBytes(path);
    for (const needle of [second.userId, secondKey, ...second.words, first.userId, firstKey, ...first.words]) expect(occurrences(now, needle)).toBe(0);
    for (const word of keep.words) expect(textsOf(db, keep.userId)).toContain(word);
    for (const word of stay.words) expect(textsOf(db, stay.userId)).toContain(word);
    db.close();
  });

  it('also scrubs a file an older LP Coach wrote in the clear, before secure_delete was on: the upgrade seals it and rebuilds the file once', () => {
    const path = join(dir, 'lp.db');
    const me = person('forget');
    const other = person('keep');
    const old = openDatabase(path, MIGRATIONS.filter((m) => m.version < 20));
    old.pragma('secure_delete = OFF'); // as LP Coach wrote files before forget-me scrubbed them
    const at = '2026-03-02T08:00:00.000Z';
    const insert = old.prepare(`INSERT INTO answers (user_id, principle_id, text, kind, created_at, updated_at) VALUES (?, 'ownership', ?, 'practice', ?, ?)`);
    const edit = old.prepare('UPDATE answers SET text = ? WHERE id = ?');
    for (let i = 0; i < 60; i++) {
      for (const someone of [me, other]) {
        const id = insert.run(someone.userId, story(someone.words[0]!, `day ${i}`), at, at).lastInsertRowid;
        if (i % 3 === 0) edit.run(story(someone.words[1]!, `edited ${i}`), id);
      }
    }
    old.prepare('DELETE FROM answers WHERE id % 7 = 0').run();
    old.close();
    expect(occurrences(rawBytes(path), other.words[0]!), 'in the clear before the upgrade').toBeGreaterThan(0);

    const db = openDatabase(path);
    expect(db.prepare('SELECT COUNT(*) AS n FROM file_maintenance').get(), 'the one VACUUM ran').toEqual({ n: 0 });
    new PrivacyService(new PrivacyStore(db), () => new Date()).forget(me.userId);
    db.close();
    const after = rawBytes(path);
    // Nobody's old plaintext survives in free space, the forgotten person's id neither.
    for (const needle of [me.userId, ...me.words, ...other.words]) expect(occurrences(after, needle)).toBe(0);
    const reopened = openDatabase(path);
    expect(textsOf(reopened, other.userId)).toContain(other.words[1]!);
    expect(textsOf(reopened, me.userId)).toBe('');
    reopened.close();
  });

  it('deletes the Slack calls still owed to the person (the outbox), and nobody else\'s', () => {
    const path = join(dir, 'outbox.db');
    const me = person('forget');
    const other = person('keep');
    const db = openDatabase(path);
    const outbox = new OutboxStore(db);
    const owed = (userId: string | null, text: string) =>
      outbox.add(
        { kind: 'feedback', answerId: null, userId, method: 'chat.postEphemeral', args: { text }, expiresAt: new Date(Date.now() + 3_600_000), notBefore: new Date() },
        new Date(),
      );
    owed(me.userId, `Feedback on ${me.words[0]}`);
    const kept = owed(other.userId, `Feedback on ${other.words[0]}`);
    const prompt = owed(null, 'The daily prompt');
    new PrivacyService(new PrivacyStore(db), () => new Date()).forget(me.userId);
    expect(db.prepare('SELECT id FROM outbox ORDER BY id').pluck().all()).toEqual([kept, prompt]);
    db.close();
    const after = rawBytes(path);
    expect(occurrences(after, me.userId)).toBe(0);
    expect(occurrences(after, me.words[0]!)).toBe(0);
    expect(occurrences(after, other.words[0]!)).toBeGreaterThan(0);
  });
});
