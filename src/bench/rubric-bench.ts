import { performance } from 'node:perf_hooks';
import { loadContent } from '../core/content.js';
import { scoreAnswer } from '../core/rubric/index.js';
import { countWordsInText } from '../core/words.js';
import { measure, medianMs, type Benchmark, type BenchmarkLine } from './bench.js';

/**
 * Sentences of a plausible answer, cycled to any length. Fixed text, so every run measures the same work; the mix of
 * numbers, "I"/"we", hedges and trade-off words exercises every criterion.
 */
const SENTENCES = [
  'Last spring our checkout service at a travel company had a p95 latency of 1.8s and about 120 support tickets a week.',
  'As the on-call lead I owned getting it under 400ms before the summer sale.',
  'I profiled the service and found that the pricing code called the currency API once per line item.',
  'I proposed batching those calls instead of adding a cache, because a cache would have shown stale prices to customers.',
  'We kind of agreed as a team, and I wrote the change myself behind a feature flag with a rollback trigger.',
  'The rollout went to 5% of traffic first and we watched the error dashboard for two days.',
  'p95 went from 1.8s to 280ms (-84%) and tickets dropped from 120 to 45 a week, keeping about $30K a month in bookings.',
  'I learned to measure before choosing a fix, and since then I start every performance task with a profile.',
];

export function syntheticAnswer(words: number): string {
  const out: string[] = [];
  let count = 0;
  for (let i = 0; count < words; i++) {
    const sentence = SENTENCES[i % SENTENCES.length] as string;
    const sentenceWords = sentence.split(' ');
    const take = sentenceWords.slice(0, Math.min(sentenceWords.length, words - count));
    out.push(take.join(' '));
    count += take.length;
  }
  return out.join(' ');
}

export interface RubricBenchOptions {
  /** Answers of a real set (the development set) to measure on, when available. */
  devAnswers?: readonly string[];
  /** The project's own suite (test/eval/suite), each answer timed one call at a time for its p99. */
  suiteAnswers?: readonly string[];
  budgetMs?: number;
}

/**
 * Scored as the app scores a story in a prompt's thread: with the loaded content (its learned fit and learned readings)
 * and a principle asked.
 */
function score(answer: string): void {
  scoreAnswer(answer, { content: loadContent(), principle: 'ownership' });
}

export function rubricBenchmark(options: RubricBenchOptions = {}): Benchmark {
  return { name: 'Rubric scoring (single thread)', run: () => runRubricBench(options) };
}

/**
 * Long enough for V8 to finish optimising the whole scoring path on varied answers. After 1.5 s it was still
 * re-optimising (hundreds of functions compiled again in the next 2,000 calls), and those calls, not the scorer's
 * steady cost, set the p99: 5 ms after 1.5 s against 1.8 ms after 5 s. The first answers after a start are measured
 * by the thread bench's first burst instead.
 */
const WARM_UP_MS = 5_000;

function warmUp(answers: readonly string[]): void {
  const until = performance.now() + WARM_UP_MS;
  for (let i = 0; performance.now() < until; i++) score(answers[i % answers.length] as string);
}

const ROUNDS = 5;
const CALLS_PER_ROUND = 1_000;

/** Milliseconds of each single call, sorted: p99 needs every call, not a mean. */
function callTimes(answers: readonly string[], rounds: number): number[] {
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const answer of answers) {
      const start = performance.now();
      score(answer);
      times.push(performance.now() - start);
    }
  }
  return times.sort((a, b) => a - b);
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

function runRubricBench({ devAnswers, suiteAnswers, budgetMs = 1_000 }: RubricBenchOptions): BenchmarkLine[] {
  const lines: BenchmarkLine[] = [];
  warmUp([...(devAnswers ?? []), ...(suiteAnswers ?? []), syntheticAnswer(100), syntheticAnswer(200), syntheticAnswer(1_000)]);
  // Five rounds of 1,000 calls: the p99 of all of them, and of each round, since on a shared machine one burst of
  // another process's work lands in one round and moves the overall figure more than the scorer's own cost does.
  const rounds = Array.from({ length: ROUNDS }, () => callTimes([syntheticAnswer(200)], CALLS_PER_ROUND));
  const twoHundred = rounds.flat().sort((a, b) => a - b);
  const perRound = rounds.map((round) => percentile(round, 99)).sort((a, b) => a - b);
  lines.push({
    label: '200-word answer, per call',
    value:
      `p50 ${percentile(twoHundred, 50).toFixed(2)} ms, p99 ${percentile(twoHundred, 99).toFixed(2)} ms over ${twoHundred.length.toLocaleString('en-US')} calls; ` +
      `p99 per round of ${CALLS_PER_ROUND.toLocaleString('en-US')}: median ${(perRound[ROUNDS >> 1] ?? 0).toFixed(2)} ms (${(perRound[0] ?? 0).toFixed(2)}-${(perRound.at(-1) ?? 0).toFixed(2)}) (target p99 <= 5 ms)`,
  });
  if (suiteAnswers !== undefined && suiteAnswers.length > 0) {
    const near200 = suiteAnswers.filter((answer) => Math.abs(countWordsInText(answer) - 200) <= 20);
    const real = callTimes(near200, Math.ceil((ROUNDS * CALLS_PER_ROUND) / Math.max(1, near200.length)));
    lines.push({
      label: `own suite's 180-220-word answers (${near200.length}), per call`,
      value: `p50 ${percentile(real, 50).toFixed(2)} ms, p99 ${percentile(real, 99).toFixed(2)} ms over ${real.length.toLocaleString('en-US')} calls (target p99 <= 5 ms)`,
    });
    const suite = callTimes(suiteAnswers, 5);
    lines.push({
      label: `own suite (${suiteAnswers.length} answers), per call`,
      value: `p50 ${percentile(suite, 50).toFixed(2)} ms, p99 ${percentile(suite, 99).toFixed(2)} ms`,
    });
  }
  if (devAnswers !== undefined && devAnswers.length > 0) {
    let i = 0;
    const dev = measure(() => score(devAnswers[i++ % devAnswers.length] as string), budgetMs);
    lines.push({ label: `dev set (${devAnswers.length} answers, cycled)`, value: `${Math.round(dev.perSecond)} answers/s, ${(dev.meanMs * 1000).toFixed(0)} µs each` });
  } else {
    lines.push({ label: 'dev set', value: 'not found; skipped' });
  }
  const typical = syntheticAnswer(200);
  const t = measure(() => score(typical), budgetMs);
  lines.push({ label: 'typical 200-word answer', value: `${Math.round(t.perSecond)} answers/s (target >= 2,000)` });
  const perWord: number[] = [];
  for (const words of [100, 1_000, 10_000]) {
    const answer = syntheticAnswer(words);
    const r = measure(() => score(answer), budgetMs);
    const usPerWord = (r.meanMs * 1000) / words;
    perWord.push(usPerWord);
    lines.push({ label: `${words.toLocaleString('en-US')} words`, value: `${r.meanMs.toFixed(3)} ms/answer, ${usPerWord.toFixed(2)} µs/word, ${Math.round(r.perSecond)} answers/s` });
  }
  const ratio = (perWord[2] ?? 0) / (perWord[0] || 1);
  lines.push({ label: 'cost per word, 10,000 vs 100 words', value: `${ratio.toFixed(2)}x (about 1 means linear)` });
  const huge = syntheticAnswer(10_000).slice(0, 40_000);
  const hugeMs = medianMs(() => score(huge), 21);
  lines.push({ label: `40,000-character answer`, value: `${hugeMs.toFixed(2)} ms median of 21 (target < 50 ms)` });
  const adversarial = [
    '<'.repeat(40_000),
    ':a'.repeat(20_000),
    '_a'.repeat(20_000),
    '```a'.repeat(10_000),
    'I '.repeat(20_000),
    '1.'.repeat(20_000),
    `${'.'.repeat(39_999)}x`,
    '\n\nx\nxx'.repeat(6_700),
  ];
  const worst = Math.max(...adversarial.map((text) => medianMs(() => score(text), 5)));
  lines.push({ label: '40,000 characters of markup, repeats or one-word lines (worst)', value: `${worst.toFixed(2)} ms` });
  return lines;
}
