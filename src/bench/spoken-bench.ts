import { performance } from 'node:perf_hooks';
import { analyseDelivery, parseTranscript } from '../core/spoken/index.js';
import { scoreAnswer } from '../core/rubric/index.js';
import { vttOf } from '../local-slack/spoken-vtt.js';
import type { Benchmark, BenchmarkLine } from './bench.js';
import { syntheticAnswer } from './rubric-bench.js';

/**
 * What a clip answer costs the app once Slack's transcript is downloaded: parsing the WebVTT, the delivery analysis
 * and the rubric, for a three-minute clip (450 words at 150 a minute, with filler words and two long pauses).
 */
export function spokenBenchmark(): Benchmark {
  return { name: 'Clip answers (single thread)', run: runSpokenBench };
}

const ROUNDS = 300;

function threeMinuteTranscript(): string {
  const words = syntheticAnswer(450).split(' ');
  // A filler every 25 words or so, as people say them.
  const spoken = words.map((word, i) => (i % 25 === 12 ? `um, ${word}` : i % 40 === 30 ? `you know, ${word}` : word)).join(' ');
  return vttOf(spoken, { wordsPerMinute: 150, pausesAfterCue: { 5: 3500, 20: 4200 } }).vtt;
}

function timesOf(work: () => void): number[] {
  for (let i = 0; i < 30; i++) work();
  const times: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const start = performance.now();
    work();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b);
}

const at = (sorted: readonly number[], p: number) => (sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0).toFixed(2);

function runSpokenBench(): BenchmarkLine[] {
  const vtt = threeMinuteTranscript();
  const parse = timesOf(() => void parseTranscript(vtt));
  const whole = timesOf(() => {
    const parsed = parseTranscript(vtt);
    if (!parsed.ok) throw new Error('the benchmark transcript did not parse');
    analyseDelivery(parsed.cues, 180_000);
    scoreAnswer(parsed.text);
  });
  return [
    { label: `3-minute transcript (${Math.round(vtt.length / 1024)} KB WebVTT), parse`, value: `p50 ${at(parse, 50)} ms, p99 ${at(parse, 99)} ms` },
    { label: '3-minute transcript, parse + delivery + score', value: `p50 ${at(whole, 50)} ms, p99 ${at(whole, 99)} ms` },
  ];
}
