import { loadContent, type Content } from '../core/content.js';
import { PRINCIPLE_IDS } from '../core/principles.js';
import { scoreAnswer } from '../core/rubric/index.js';
import { createHomeService } from '../features/home/index.js';
import { createPersonalStores } from '../features/personal-deps.js';
import { buildHomeView } from '../features/home/views.js';
import { silentLogger } from '../logger.js';
import { AnswerStore } from '../store/answers.js';
import { openDatabase, type Db } from '../store/db.js';
import { FeedbackStore } from '../store/feedback.js';
import { UserSettingsStore } from '../store/user-settings.js';
import { measure, medianMs, type Benchmark, type BenchmarkLine } from './bench.js';
import { syntheticAnswer } from './rubric-bench.js';
import { personRecorder } from '../store/people.js';

const USER = 'U0BENCH01';
const STORY_COUNT = 1_000;

/**
 * The App Home for a person with 1,000 scored stories (and a teammate with as many, so indexes matter): reading
 * SQLite, computing coverage, streak, trend and countdown, building the Block Kit view and serialising it.
 */
export function homeBenchmark(options: { budgetMs?: number } = {}): Benchmark {
  return { name: `App Home for a person with ${STORY_COUNT.toLocaleString('en-US')} stories (database + rendering)`, run: () => runHomeBench(options.budgetMs ?? 1_000) };
}

function runHomeBench(budgetMs: number): BenchmarkLine[] {
  const content = loadContent();
  const db = openDatabase(':memory:');
  try {
    const seedStart = performance.now();
    seed(db, content);
    const seedMs = performance.now() - seedStart;
    const clock = () => new Date('2026-11-30T10:00:00Z');
    const home = createHomeService({ db, content, clock, random: () => 0.5, logger: silentLogger, stores: createPersonalStores(db) });
    const build = () => JSON.stringify(buildHomeView(home.model(USER), content.principles));
    const view = buildHomeView(home.model(USER), content.principles);
    const median = medianMs(build, 51);
    const loop = measure(build, budgetMs);
    const modelOnly = medianMs(() => home.model(USER), 51);
    return [
      { label: 'seed (2,000 stories with feedback, 500 votes)', value: `${(seedMs / 1000).toFixed(1)} s` },
      { label: 'build + serialise the Home view', value: `${median.toFixed(2)} ms median of 51 (target < 50 ms)` },
      { label: 'same, in a loop', value: `${loop.meanMs.toFixed(2)} ms mean, ${Math.round(loop.perSecond)} views/s` },
      { label: 'database and model only', value: `${modelOnly.toFixed(2)} ms median` },
      { label: 'Home view size', value: `${view.blocks.length} blocks (limit 100), ${JSON.stringify(view).length.toLocaleString('en-US')} characters` },
    ];
  } finally {
    db.close();
  }
}

/** 1,000 stories for USER and 1,000 for a teammate across all principles, each with feedback, some with votes. */
function seed(db: Db, content: Content): void {
  const answers = new AnswerStore(db);
  const feedback = new FeedbackStore(db);
  new UserSettingsStore(db).update(USER, { interviewDate: '2026-12-20' }, new Date('2026-11-01T00:00:00Z'));
  // Scoring every story would time the rubric, not the Home: a few lengths give realistic, varied feedback JSON.
  const samples = [60, 120, 180, 240, 320].map((words) => syntheticAnswer(words));
  const scored = PRINCIPLE_IDS.map((principle) => samples.map((text) => scoreAnswer(text, { principle, content })));
  const vote = db.prepare('INSERT INTO votes (answer_id, voter_person_id, created_at) VALUES (?, (SELECT id FROM people WHERE user_id = ?), ?)');
  const recordPerson = personRecorder(db);
  for (const user of [USER, 'U0TEAMMATE']) recordPerson(user);
  db.transaction(() => {
    for (const user of [USER, 'U0TEAMMATE']) {
      for (let i = 0; i < STORY_COUNT; i++) {
        const principleIndex = i % PRINCIPLE_IDS.length;
        const principle = PRINCIPLE_IDS[principleIndex] as (typeof PRINCIPLE_IDS)[number];
        const sample = i % samples.length;
        const at = new Date(Date.UTC(2024, 0, 1) + i * 3_600_000 * 17);
        const id = answers.insert({
          userId: user,
          principleId: principle,
          text: samples[sample] as string,
          kind: i % 3 === 0 ? 'practice' : 'thread',
          ...(i % 3 === 0 ? {} : { channelId: 'C0BENCH', messageTs: `${1_700_000_000 + i}.${user === USER ? '000100' : '000200'}` }),
          at,
        });
        feedback.insert(id, scored[principleIndex]?.[sample] as ReturnType<typeof scoreAnswer>, at);
        if (i % 4 === 0) vote.run(id, user === USER ? 'U0TEAMMATE' : USER, at.toISOString());
      }
    }
  })();
}
