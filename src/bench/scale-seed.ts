import { existsSync, rmSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import { loadContent, type Content } from '../core/content.js';
import { PRINCIPLE_IDS, type PrincipleId } from '../core/principles.js';
import { RUBRIC_VERSION, scoreAnswer, type Feedback } from '../core/rubric/index.js';
import { addDays, zonedInstant } from '../core/schedule.js';
import { openDatabase } from '../store/db.js';
import { newPersonKey, seal } from '../store/sealing.js';

/**
 * A year of a large company in one SQLite file, for the scale benchmark (`npm run seed:scale`): by default 10,000
 * people in 200 channels, a prompt per channel per working day, 1,000,000 answers (stories told in threads, private
 * practice rounds, follow-up replies), each with its rubric feedback, and 3,000,000 votes.
 *
 * Fast and deterministic: a seeded PRNG (mulberry32), prepared statements in one transaction, journal and fsync off
 * and the secondary indexes dropped while loading (rebuilt at the end), WAL switched back on before anyone measures.
 * Feedback is the real rubric's: a pool of about 200 varied answers is scored once and each stored answer reuses one
 * of them (its text and the JSON that scored it), so the rows look like production rows without scoring a million.
 */

/** Bumped whenever the generated data changes, so the benchmark regenerates a file an older generator made. */
export const SCALE_SEED_VERSION = 3;

/** The instant the generated year ends: the Saturday after the last working day, noon UTC. */
export const SCALE_NOW = new Date('2026-11-28T12:00:00Z');
/** The first local date with a prompt (a Monday); 52 weeks of working days follow. */
const FIRST_DAY = '2025-12-01';
const WEEKS = 52;

const ZONES = ['Europe/Berlin', 'America/New_York', 'Europe/London', 'Asia/Kolkata', 'America/Los_Angeles', 'Asia/Tokyo', 'UTC', 'Europe/Paris'] as const;

export interface ScaleSeedOptions {
  /** Where to write; an existing file (and its -wal/-shm) is replaced. */
  out: string;
  /** Total answers (stories, practice rounds and follow-up replies); 1,000,000 by default. */
  answers?: number;
  /** Defaults scale with `answers`: 10,000 people and 200 channels at a million. */
  people?: number;
  channels?: number;
  /** Votes in total; three per answer by default. */
  votes?: number;
  seed?: number;
  /** Progress lines. */
  log?: (line: string) => void;
}

/** What the generator wrote, stored in the file (table `scale_seed`) and read back by the benchmark. */
export interface ScaleSeedInfo {
  version: number;
  /** The rubric that scored the feedback: a file scored by an older one is made again (as if rescored). */
  rubricVersion: number;
  seed: number;
  answers: number;
  votes: number;
  feedback: number;
  prompts: number;
  people: number;
  channels: number;
  practiceRounds: number;
  followUpReplies: number;
  /** The person with the most stories, and the channel with the most thread stories. */
  busiestUser: string;
  busiestChannel: string;
  /** The generated year ends here (ISO): the clock the benchmark runs at. */
  now: string;
  generatedAt: string;
  generationSeconds: number;
}

/** A tiny seeded PRNG (mulberry32): the same seed gives the same file. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const userId = (i: number) => `U${(0x100000 + i).toString(36).toUpperCase()}`;
const channelId = (i: number) => `C${(0x10000 + i).toString(36).toUpperCase()}SCALE`;

/** Story sentences in STAR-L order; each pool answer keeps some of them, so the rubric sees complete and thin stories. */
const STORY_PARTS: readonly (readonly string[])[] = [
  [
    'Last spring our checkout service at a travel company had a p95 latency of 1.8s and about 120 support tickets a week.',
    'In my second year on the payments team, our monthly invoice run failed for 3 of 40 enterprise customers.',
    'When I joined the onboarding squad, new hires waited 9 days on average before their first commit.',
    'Two weeks before a product launch our warehouse scanner app crashed on older Android devices.',
  ],
  [
    'As the on-call lead I owned getting it under 400ms before the summer sale.',
    'I was asked to find the cause and make sure it never happened again.',
    'My task was to cut that wait to 2 days without adding headcount.',
    'I had to decide whether to delay the launch or ship with a workaround.',
  ],
  [
    'I profiled the service and found that the pricing code called the currency API once per line item.',
    'I read the failed job logs myself and traced the failures to a time zone bug in the billing cutoff.',
    'I interviewed six recent hires and mapped every step, which showed that access requests took 6 of the 9 days.',
    'I reproduced the crash on three borrowed phones and found a memory leak in the image cache.',
  ],
  [
    'I proposed batching those calls instead of adding a cache, because a cache would have shown stale prices to customers.',
    'I chose to fix the cutoff logic rather than re-run invoices by hand, although it meant a week of extra testing.',
    'I automated the access requests with a pre-approved template instead of hiring a coordinator, which saved budget.',
    'I disagreed with my manager about delaying, explained the data, and we agreed to ship to newer devices first.',
  ],
  [
    'We kind of agreed as a team, and I wrote the change myself behind a feature flag with a rollback trigger.',
    'I wrote the fix, added tests for every time zone we bill in, and walked the finance team through the change.',
    'I built the template with the security team and rolled it out to two teams first.',
    'I wrote a smaller cache, and we tested it on the oldest devices in the warehouse for a week.',
  ],
  [
    'The rollout went to 5% of traffic first and we watched the error dashboard for two days.',
    'The next three invoice runs had zero failures, and support tickets about billing fell by 70%.',
    'Time to first commit dropped from 9 days to 2, and the template is now used by 14 teams.',
    'Crashes fell from 300 a day to 4, and the launch went out on time for 92% of devices.',
  ],
  [
    'p95 went from 1.8s to 280ms (-84%) and tickets dropped from 120 to 45 a week, keeping about $30K a month in bookings.',
    'Finance estimated that we kept $200K of revenue that would have been delayed.',
    'New hires rated onboarding 4.6 out of 5, up from 3.1.',
    'The warehouse team processed 15% more orders that quarter.',
  ],
  [
    'I learned to measure before choosing a fix, and since then I start every performance task with a profile.',
    'I learned to test against the calendar, and I now add time zone cases to every billing review.',
    'I learned that asking the people affected is faster than guessing, and I do it at the start of every project.',
    'I learned to set a clear fallback before disagreeing, and I used the same approach in our next launch.',
  ],
];

interface PoolItem {
  text: string;
  json: string;
  /** The detected principles as the feedback `detected` column holds them. */
  detected: string;
  score: number;
  level: string;
  followUp: string;
  criterion: string | null;
}

/** About 200 answers (13 per principle) of varied length and completeness, each scored by the real rubric. */
function feedbackPool(content: Content, random: () => number): Map<PrincipleId, PoolItem[]> {
  const pool = new Map<PrincipleId, PoolItem[]>();
  for (const principle of PRINCIPLE_IDS) {
    const items: PoolItem[] = [];
    for (let i = 0; i < 13; i++) {
      const variant = Math.floor(random() * 4);
      // Thin stories drop more parts; the first few of each principle keep everything.
      const keep = i < 4 ? 1 : 0.35 + random() * 0.6;
      const parts = STORY_PARTS.flatMap((options, index) => (index === 0 || random() < keep ? [options[(variant + index) % options.length] as string] : []));
      const text = parts.join(' ');
      const feedback: Feedback = scoreAnswer(text, { principle, content });
      const firstFollowUp = feedback.followUps[0];
      items.push({
        text,
        json: JSON.stringify(feedback),
        detected: JSON.stringify(feedback.principle.detected),
        score: feedback.score,
        level: feedback.level,
        followUp: typeof firstFollowUp === 'string' ? firstFollowUp : 'What was the measurable result, and how did you know?',
        criterion: 'structure',
      });
    }
    items.sort((a, b) => a.score - b.score);
    pool.set(principle, items);
  }
  return pool;
}

/** Picks an index from cumulative weights (binary search). */
function pickWeighted(cumulative: Float64Array, random: () => number): number {
  const total = cumulative[cumulative.length - 1] as number;
  const target = random() * total;
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((cumulative[mid] as number) > target) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function cumulativeOf(weights: readonly number[]): Float64Array {
  const out = new Float64Array(weights.length);
  let sum = 0;
  weights.forEach((w, i) => {
    sum += w;
    out[i] = sum;
  });
  return out;
}

const iso = (ms: number) => new Date(ms).toISOString();

/** Generates the file and returns what it holds. */
export function generateScaleDatabase(options: ScaleSeedOptions): ScaleSeedInfo {
  const started = performance.now();
  const log = options.log ?? (() => {});
  const totalAnswers = Math.max(100, Math.round(options.answers ?? 1_000_000));
  const peopleCount = options.people ?? Math.min(10_000, Math.max(20, Math.round(totalAnswers / 100)));
  const channelCount = options.channels ?? Math.min(200, Math.max(2, Math.round(totalAnswers / 5_000)));
  const totalVotes = options.votes ?? totalAnswers * 3;
  const seed = options.seed ?? 20261128;
  const random = mulberry32(seed);
  const content = loadContent();
  const principleIds = content.principles.map((p) => p.id);
  const questionsOf = new Map<PrincipleId, string[]>();
  for (const q of content.questions) questionsOf.set(q.principle, [...(questionsOf.get(q.principle) ?? []), q.id]);
  const askable = principleIds.filter((p) => (questionsOf.get(p)?.length ?? 0) > 0);

  for (const suffix of ['', '-wal', '-shm']) if (existsSync(options.out + suffix)) rmSync(options.out + suffix);
  // The app's own migrations make the schema (and the indexes the app relies on).
  openDatabase(options.out).close();
  const db = new Database(options.out);
  // WAL cannot go straight to OFF: through DELETE first. better-sqlite3's defensive mode refuses OFF unless unsafe.
  db.unsafeMode(true);
  db.pragma('journal_mode = DELETE');
  const mode = db.pragma('journal_mode = OFF', { simple: true });
  if (mode !== 'off') throw new Error(`could not turn the journal off (journal_mode is ${String(mode)})`);
  db.pragma('synchronous = OFF');
  db.pragma('foreign_keys = OFF');
  db.pragma('cache_size = -524288');
  db.pragma('temp_store = MEMORY');
  db.pragma('locking_mode = EXCLUSIVE');

  // Secondary indexes are rebuilt after the load: sorting once is far cheaper than a million random inserts each.
  // Feedback rows arrive in answer order, so its indexes grow at their end and stay (rebuilding them would read
  // gigabytes of JSON again).
  const indexes = db
    .prepare<[], { name: string; sql: string }>(
      `SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL
       AND tbl_name IN ('answer_rows', 'votes', 'prompts', 'followups', 'practice_rounds', 'wrap_ups', 'digests', 'personal_summaries', 'user_settings')`,
    )
    .all();
  for (const index of indexes) db.exec(`DROP INDEX ${index.name}`);

  const poolStart = performance.now();
  const pool = feedbackPool(content, random);
  log(`feedback pool: ${[...pool.values()].reduce((n, items) => n + items.length, 0)} answers scored in ${Math.round(performance.now() - poolStart)} ms`);

  // People: a home channel each, a few in three channels; how often they answer a prompt is skewed (a few answer
  // nearly every day, most now and then), as is how much they practise privately.
  const homeChannel = new Int32Array(peopleCount);
  const extraChannels: number[][] = [];
  const appetite = new Float64Array(peopleCount);
  const skill = new Float64Array(peopleCount);
  for (let p = 0; p < peopleCount; p++) {
    homeChannel[p] = p % channelCount;
    extraChannels.push(p < Math.max(1, peopleCount / 100) ? [(p + 1) % channelCount, (p + 7) % channelCount].filter((c) => c !== p % channelCount) : []);
    // Pareto-like: p = 0 is the keenest.
    appetite[p] = 1 / Math.pow(p + 3, 0.6) * (0.6 + 0.8 * random());
    skill[p] = random();
  }
  appetite[0] = Math.max(...appetite) * 1.5;
  const members: number[][] = Array.from({ length: channelCount }, () => []);
  for (let p = 0; p < peopleCount; p++) {
    members[homeChannel[p] as number]?.push(p);
    for (const c of extraChannels[p] ?? []) members[c]?.push(p);
  }

  // Working days, and when each channel's 09:30 is in UTC on each of them.
  const days: string[] = [];
  for (let week = 0; week < WEEKS; week++) for (let d = 0; d < 5; d++) days.push(addDays(FIRST_DAY, week * 7 + d));
  const zoneOfChannel = (c: number) => ZONES[c % ZONES.length] as string;
  const postedAt = new Map<string, number>();
  for (const zone of ZONES) for (const day of days) postedAt.set(`${zone} ${day}`, zonedInstant(day, '09:30', zone).getTime());

  // Targets: about 4% follow-up replies, 7% practice rounds, the rest stories in threads (with practice filling up to
  // the exact total). Participation per prompt is scaled so the expected thread stories hit their target.
  const replyShare = 0.04;
  const threadTarget = totalAnswers * (1 - 0.07 - replyShare);
  let participations = 0;
  for (let p = 0; p < peopleCount; p++) participations += appetite[p] as number * (1 + (extraChannels[p]?.length ?? 0));
  let scale = threadTarget / (days.length * participations);
  // Chance per prompt is capped at 0.97; rescale until the capped sum meets the target.
  for (let i = 0; i < 20; i++) {
    let expected = 0;
    for (let p = 0; p < peopleCount; p++) expected += Math.min(0.97, (appetite[p] as number) * scale) * (1 + (extraChannels[p]?.length ?? 0)) * days.length;
    scale *= threadTarget / expected;
  }
  const chance = Float64Array.from(appetite, (a) => Math.min(0.97, a * scale));

  const insertChannel = db.prepare(
    `INSERT INTO channels (channel_id, team_id, enabled, paused, prompt_time, timezone, days, created_at, updated_at, followups_mode, close_time)
     VALUES (?, 'T0SCALE', 1, 0, '09:30', ?, 'mon,tue,wed,thu,fri', ?, ?, ?, ?)`,
  );
  const insertPrompt = db.prepare(
    `INSERT INTO prompts (id, channel_id, local_date, slot_date, principle_id, question_id, source, status, message_ts, created_at, posted_at)
     VALUES (?, ?, ?, ?, ?, ?, 'scheduled', 'posted', ?, ?, ?)`,
  );
  const insertAnswer = db.prepare(
    `INSERT INTO answer_rows (id, person_id, prompt_id, channel_id, message_ts, thread_ts, principle_id, question_id, text, kind, parent_answer_id, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertFeedback = db.prepare(
    `INSERT INTO feedback (answer_id, score, level, feedback_json, detected, created_at, rubric_version) VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertFollowUp = db.prepare(
    'INSERT INTO followups (answer_id, criterion, question, reply_answer_id, created_at) VALUES (?, ?, ?, ?, ?)',
  );
  const insertRound = db.prepare('INSERT INTO practice_rounds (answer_id, prompt_id, created_at) VALUES (?, ?, ?)');
  const insertVote = db.prepare('INSERT INTO votes (answer_id, voter_person_id, prompt_id, created_at) VALUES (?, ?, ?, ?)');
  // People as the app records them (migration 020): person p is number p + 1, with a key of their own that seals
  // their stories and feedback.
  const keys = Array.from({ length: peopleCount }, () => newPersonKey());
  const personNumber = (p: number) => p + 1;
  const insertPerson = db.prepare('INSERT INTO people (id, user_id, key) VALUES (?, ?, ?)');
  db.transaction(() => keys.forEach((key, p) => insertPerson.run(personNumber(p), userId(p), key)))();
  const sealFor = (person: number, text: string) => seal(keys[person] as Buffer, text);
  const insertWrapUp = db.prepare(
    `INSERT INTO wrap_ups (prompt_id, channel_id, reason, status, message_ts, created_at) VALUES (?, ?, 'next-prompt', 'posted', ?, ?)`,
  );
  const insertDigest = db.prepare(`INSERT INTO digests (channel_id, week_start, status, message_ts, created_at) VALUES (?, ?, 'posted', ?, ?)`);
  const insertSettings = db.prepare(
    'INSERT INTO user_settings (user_id, leaderboard_optout, weekly_summary, interview_date, updated_at) VALUES (?, ?, ?, ?, ?)',
  );
  const insertSummary = db.prepare(`INSERT INTO personal_summaries (user_id, week_start, status, created_at) VALUES (?, ?, 'sent', ?)`);
  const rubricVersion = (JSON.parse((pool.get('ownership') as PoolItem[])[0]?.json ?? '{}') as { rubricVersion: number }).rubricVersion;

  // Per thread story: what a vote needs later (votes come after all answers, weighted by score and luck).
  const storyIds: number[] = [];
  const storyChannel: number[] = [];
  const storyAuthor: number[] = [];
  const storyPrompt: number[] = [];
  const storyAt: number[] = [];
  const storyWeight: number[] = [];
  const storiesPerUser = new Int32Array(peopleCount);
  const storiesPerChannel = new Int32Array(channelCount);

  let answerId = 0;
  let promptId = 0;
  let feedbackRows = 0;
  let replies = 0;
  let rounds = 0;
  const lastDay = days[days.length - 1] as string;

  const addFeedback = (id: number, person: number, item: PoolItem, at: number) => {
    insertFeedback.run(id, item.score, item.level, sealFor(person, item.json), item.detected, iso(at + 1_000), rubricVersion);
    feedbackRows++;
  };
  const pickItem = (principle: PrincipleId, person: number): PoolItem => {
    const items = pool.get(principle) as PoolItem[];
    // Skilled people tend to tell the better-scored stories.
    const r = Math.pow(random(), 1.6 - (skill[person] as number) * 1.2);
    return items[Math.min(items.length - 1, Math.floor(r * items.length))] as PoolItem;
  };
  const tsOf = (ms: number, id: number) => `${Math.floor(ms / 1000)}.${String(id % 1_000_000).padStart(6, '0')}`;

  const load = db.transaction(() => {
    for (let c = 0; c < channelCount; c++) {
      insertChannel.run(channelId(c), zoneOfChannel(c), iso(Date.parse(`${FIRST_DAY}T00:00:00Z`) - 86_400_000), iso(Date.parse(`${FIRST_DAY}T00:00:00Z`)), c % 5 === 0 ? 'off' : 'thread', c % 4 === 0 ? '17:00' : null);
    }
    // The prompts of a channel rotate over the principles, least recently asked first, as the daily prompt does.
    const rotation = Array.from({ length: channelCount }, (_, c) => askable.map((_, i) => askable[(i + c) % askable.length] as PrincipleId));
    const questionTurn = new Map<string, number>();
    const promptsByDay: Int32Array[] = [];

    let threadStories = 0;
    days.forEach((day, dayIndex) => {
      const dayPrompts = new Int32Array(channelCount);
      for (let c = 0; c < channelCount; c++) {
        const channel = channelId(c);
        const zone = zoneOfChannel(c);
        const principle = (rotation[c] as PrincipleId[])[dayIndex % askable.length] as PrincipleId;
        const questions = questionsOf.get(principle) as string[];
        const turn = questionTurn.get(`${c} ${principle}`) ?? 0;
        questionTurn.set(`${c} ${principle}`, turn + 1);
        const posted = postedAt.get(`${zone} ${day}`) as number;
        const promptTs = `${Math.floor(posted / 1000)}.${String(c).padStart(6, '0')}`;
        promptId++;
        dayPrompts[c] = promptId;
        insertPrompt.run(promptId, channel, day, day, principle, questions[turn % questions.length] as string, promptTs, iso(posted - 2_000), iso(posted));
        let stories = 0;
        let lastAt = posted;
        for (const person of members[c] as number[]) {
          // The total is exact: thread stories never take the last few answers (practice rounds fill them).
          if (answerId >= totalAnswers - 2 || random() >= (chance[person] as number)) continue;
          threadStories++;
          const at = posted + 120_000 + Math.floor(-Math.log(1 - random()) * 90 * 60_000) % (10 * 3_600_000);
          lastAt = Math.max(lastAt, at);
          const item = pickItem(principle, person);
          const id = ++answerId;
          const who = personNumber(person);
          insertAnswer.run(id, who, promptId, channel, tsOf(at, id), promptTs, principle, questions[turn % questions.length], sealFor(person, item.text), 'thread', null, iso(at), iso(at));
          addFeedback(id, person, item, at);
          // About 2% were edited: a second scoring, the newest is current.
          if (random() < 0.02) addFeedback(id, person, pickItem(principle, person), at + 600_000);
          stories++;
          storiesPerUser[person] = (storiesPerUser[person] as number) + 1;
          storiesPerChannel[c] = (storiesPerChannel[c] as number) + 1;
          storyIds.push(id);
          storyChannel.push(c);
          storyAuthor.push(person);
          storyPrompt.push(promptId);
          storyAt.push(at);
          storyWeight.push((0.3 + item.score / 100) * -Math.log(1 - random()));
          // A follow-up question on about one story in eight; about a third of those get a reply (a child answer).
          if (random() < 0.125) {
            const asked = at + 2_000;
            let replyId: number | null = null;
            if (random() < 0.32) {
              const replyAt = asked + 20 * 60_000 + Math.floor(random() * 3_600_000);
              replyId = ++answerId;
              const reply = pickItem(principle, person);
              insertAnswer.run(replyId, who, promptId, channel, tsOf(replyAt, replyId), promptTs, principle, questions[turn % questions.length], sealFor(person, reply.text), 'thread', id, iso(replyAt), iso(replyAt));
              addFeedback(replyId, person, reply, replyAt);
              replies++;
            }
            insertFollowUp.run(id, item.criterion, sealFor(person, item.followUp), replyId, iso(asked));
          }
        }
        // Every prompt with stories got its wrap-up when the next one was posted (the last day's are still open).
        if (stories > 0 && day !== lastDay) insertWrapUp.run(promptId, channel, `${Math.floor(lastAt / 1000) + 86_400}.${String(c).padStart(6, '0')}`, iso(posted + 86_400_000));
      }
      promptsByDay.push(dayPrompts);
      // Weekly digests, Fridays, except the last week (the benchmark posts that one).
      if (dayIndex % 5 === 4 && day !== lastDay) {
        const weekStart = addDays(day, -4);
        for (let c = 0; c < channelCount; c++) insertDigest.run(channelId(c), weekStart, `${Math.floor(Date.parse(`${day}T16:00:00Z`) / 1000)}.${String(c).padStart(6, '0')}`, `${day}T16:00:00.000Z`);
      }
      if (dayIndex % 52 === 51) log(`answers: ${answerId.toLocaleString('en-US')} after ${dayIndex + 1} of ${days.length} days (${Math.round((performance.now() - started) / 1000)} s)`);
    });

    // Practice rounds fill up to the exact total: private stories on any day, more for the keen, some from a daily
    // prompt answered privately.
    const practiceCumulative = cumulativeOf(Array.from(appetite));
    const firstMs = Date.parse(`${FIRST_DAY}T06:00:00Z`);
    const spanMs = SCALE_NOW.getTime() - 86_400_000 - firstMs;
    const principleWeights = cumulativeOf(principleIds.map((_, i) => 1 + ((i * 7) % 5) / 2));
    while (answerId < totalAnswers) {
      const person = pickWeighted(practiceCumulative, random);
      const at = firstMs + Math.floor(random() * spanMs);
      const fromPrompt = random() < 0.3;
      const dayIndex = Math.min(days.length - 1, Math.floor(((at - firstMs) / spanMs) * days.length));
      const promptOf = fromPrompt ? ((promptsByDay[dayIndex] as Int32Array)[homeChannel[person] as number] as number) : null;
      const principle = principleIds[pickWeighted(principleWeights, random)] as PrincipleId;
      const item = pickItem(principle, person);
      const id = ++answerId;
      insertAnswer.run(id, personNumber(person), null, null, null, null, principle, null, sealFor(person, item.text), 'practice', null, iso(at), iso(at));
      addFeedback(id, person, item, at);
      insertRound.run(id, promptOf, iso(at));
      storiesPerUser[person] = (storiesPerUser[person] as number) + 1;
      rounds++;
    }
    log(`answers: ${answerId.toLocaleString('en-US')} (${threadStories.toLocaleString('en-US')} thread stories, ${replies.toLocaleString('en-US')} follow-up replies, ${rounds.toLocaleString('en-US')} practice rounds) in ${Math.round((performance.now() - started) / 1000)} s`);
  });
  load();

  // Votes: each story's share of the total by its weight (score and luck), voters from its channel, never its
  // author, one vote per voter and story. Inserted in story order, so the UNIQUE (answer_id, voter_person_id) index grows
  // at its end.
  let votes = 0;
  const castVotes = db.transaction(() => {
    const weightSum = storyWeight.reduce((a, b) => a + b, 0);
    const perWeight = totalVotes / weightSum;
    let carry = 0;
    const chosen = new Set<number>();
    for (let s = 0; s < storyIds.length; s++) {
      const want = (storyWeight[s] as number) * perWeight + carry;
      const pool = members[storyChannel[s] as number] as number[];
      const k = Math.min(Math.floor(want), pool.length - 1, totalVotes - votes);
      carry = want - k;
      chosen.clear();
      const author = storyAuthor[s] as number;
      let tries = 0;
      while (chosen.size < k && tries < k * 4) {
        tries++;
        const voter = pool[Math.floor(random() * pool.length)] as number;
        if (voter !== author) chosen.add(voter);
      }
      const at = storyAt[s] as number;
      for (const voter of chosen) {
        insertVote.run(storyIds[s], personNumber(voter), storyPrompt[s], iso(at + 60_000 + Math.floor(random() * 6 * 3_600_000)));
        votes++;
      }
      // Votes a story could not take (a small channel) go to the next.
      carry += k - chosen.size;
      if (s % 200_000 === 199_999) log(`votes: ${votes.toLocaleString('en-US')} (${Math.round((performance.now() - started) / 1000)} s)`);
    }
  });
  castVotes();

  // Settings: some people set an interview date, some get the weekly summary by DM, a few keep off leaderboards.
  const settingsAt = iso(Date.parse(`${FIRST_DAY}T08:00:00Z`));
  db.transaction(() => {
    for (let p = 0; p < peopleCount; p++) {
      if (p !== 0 && random() >= 0.15) continue;
      const weekly = p === 0 || random() < 0.4;
      const optout = p !== 0 && random() < 0.1;
      const interview = p === 0 || random() < 0.3 ? addDays('2026-12-01', Math.floor(random() * 60)) : null;
      insertSettings.run(userId(p), optout ? 1 : 0, weekly ? 1 : 0, interview, settingsAt);
      if (weekly) for (let w = 1; w < WEEKS; w++) insertSummary.run(userId(p), addDays(FIRST_DAY, w * 7), `${addDays(FIRST_DAY, w * 7)}T08:00:00.000Z`);
    }
  })();

  const indexStart = performance.now();
  for (const index of indexes) db.exec(index.sql);
  // No ANALYZE: the app never runs it, so the query planner sees this file as it sees a production one.
  log(`indexes rebuilt in ${Math.round((performance.now() - indexStart) / 1000)} s`);

  let busiestUser = 0;
  for (let p = 1; p < peopleCount; p++) if ((storiesPerUser[p] as number) > (storiesPerUser[busiestUser] as number)) busiestUser = p;
  let busiestChannel = 0;
  for (let c = 1; c < channelCount; c++) if ((storiesPerChannel[c] as number) > (storiesPerChannel[busiestChannel] as number)) busiestChannel = c;
  const info: ScaleSeedInfo = {
    version: SCALE_SEED_VERSION,
    rubricVersion: RUBRIC_VERSION,
    seed,
    answers: answerId,
    votes,
    feedback: feedbackRows,
    prompts: promptId,
    people: peopleCount,
    channels: channelCount,
    practiceRounds: rounds,
    followUpReplies: replies,
    busiestUser: userId(busiestUser),
    busiestChannel: channelId(busiestChannel),
    now: SCALE_NOW.toISOString(),
    generatedAt: new Date().toISOString(),
    generationSeconds: 0,
  };
  info.generationSeconds = Math.round((performance.now() - started) / 100) / 10;
  db.exec('CREATE TABLE scale_seed (key TEXT PRIMARY KEY, value TEXT NOT NULL)');
  db.prepare('INSERT INTO scale_seed (key, value) VALUES (?, ?)').run('info', JSON.stringify(info));
  db.pragma('locking_mode = NORMAL');
  db.unsafeMode(false);
  db.close();
  // Back to the app's own settings (WAL) for whoever opens it next.
  openDatabase(options.out).close();
  log(`done in ${info.generationSeconds} s`);
  return info;
}

/** What the generator stored in the file; undefined for a file it did not make (or a broken one). */
export function readScaleSeedInfo(path: string): ScaleSeedInfo | undefined {
  if (!existsSync(path)) return undefined;
  let db: Database.Database | undefined;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
    const row = db.prepare<[], { value: string }>("SELECT value FROM scale_seed WHERE key = 'info'").get();
    return row === undefined ? undefined : (JSON.parse(row.value) as ScaleSeedInfo);
  } catch {
    return undefined;
  } finally {
    db?.close();
  }
}
