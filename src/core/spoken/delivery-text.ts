/**
 * The "Delivery" section of the private feedback on a spoken answer, as Slack mrkdwn lines: plain English a person
 * can act on before their next take. Pure text from a Delivery; no Slack imports.
 */
import { CLIP_CUT_SECONDS, LONG_PAUSE_MS, SPOKEN_TARGET_SECONDS, type Delivery, type FillerUse, type PaceTrend, type Pause } from './delivery.js';

/** A calm, easy-to-follow interview pace; faster reads as nerves, slower loses the listener. */
export const CALM_PACE_WPM = { min: 130, max: 160 } as const;

/** Fillers quoted with their times; beyond this the line stops being readable. */
const MAX_QUOTED_FILLERS = 8;
/** Pauses listed with their times. */
const MAX_LISTED_PAUSES = 5;
/** Slack shows long lines fine, but a feedback bullet longer than this stops being skimmable. */
const MAX_LINE_LENGTH = 299;

const TARGET_CLOCK = `${formatClock(SPOKEN_TARGET_SECONDS.min * 1000)}-${formatClock(SPOKEN_TARGET_SECONDS.max * 1000)}`;

export function deliveryLines(d: Delivery): string[] {
  const lines = [timeLine(d), paceLine(d.wordsPerMinute)];
  if (d.fillers.length === 0 && d.pauses.length === 0) {
    lines.push(`*Fillers and pauses:* none: no filler words and no silences over ${seconds(LONG_PAUSE_MS)} s. Nicely clean.`);
  } else {
    lines.push(fillersLine(d), pausesLine(d.pauses));
  }
  return lines.slice(0, 5).map(clampLine);
}

/** Clip time as a media player shows it ("1:47", "12:05"); seconds are floored so "0:12" is where to scrub to. */
export function formatClock(ms: number): string {
  const totalSeconds = Number.isFinite(ms) && ms > 0 ? Math.floor(ms / 1000) : 0;
  const minutes = Math.floor(totalSeconds / 60);
  const secs = totalSeconds % 60;
  return `${minutes}:${String(secs).padStart(2, '0')}`;
}

export function paceTrendLine(trend: PaceTrend): string {
  const head = `Pace over your spoken answers: ${trend.first} → ${trend.last} words a minute`;
  if (trend.change === 'steady') {
    return `${head} (steady${inCalmRange(trend.last) ? ', at a calm pace' : ''})`;
  }
  const before = distanceFromCalm(trend.first);
  const after = distanceFromCalm(trend.last);
  const direction =
    after < before ? 'closer to the target' : after > before ? 'further from the target' : after === 0 ? 'still at a calm pace' : undefined;
  return `${head} (${trend.change}${direction === undefined ? '' : `, ${direction}`})`;
}

function timeLine(d: Delivery): string {
  const spoken = `*Time:* ${formatClock(d.durationMs)} spoken`;
  // Whole seconds as the clock shows them, so "1:47" and "17 s over" agree; never "0 s" for a clip just past a limit.
  const wholeSeconds = Math.floor(Math.max(0, d.durationMs) / 1000);
  switch (d.verdict) {
    case 'cut':
      return (
        `${spoken}: that is over ${CLIP_CUT_SECONDS / 60} minutes, so it was scored on its transcript. ` +
        `Next time aim for ${SPOKEN_TARGET_SECONDS.min}-${SPOKEN_TARGET_SECONDS.max} s: a sentence of Situation, your own Actions, a measured Result.`
      );
    case 'long': {
      const over = Math.max(1, wholeSeconds - SPOKEN_TARGET_SECONDS.max);
      // A little over is usually a long set-up; well over usually means the Action lists the team's work too.
      const tip =
        over <= 30
          ? 'cut the Situation to two sentences.'
          : 'cut the Situation and Task to a sentence each and keep the Action to your own three key steps.';
      return `${spoken} (target ${TARGET_CLOCK}): about ${over} s over; ${tip}`;
    }
    case 'short': {
      const under = Math.max(1, SPOKEN_TARGET_SECONDS.min - wholeSeconds);
      return `${spoken} (target ${TARGET_CLOCK}): about ${under} s short; add the Result with a number and one line on what you learned.`;
    }
    case 'on-target':
      return `${spoken} (target ${TARGET_CLOCK}): right on target.`;
  }
}

function paceLine(wpm: number | null): string {
  if (wpm === null) return '*Pace:* not measured: there is too little timed speech to judge.';
  const range = `${CALM_PACE_WPM.min}-${CALM_PACE_WPM.max}`;
  if (wpm > CALM_PACE_WPM.max) {
    return `*Pace:* ${wpm} words a minute (a calm interview pace is about ${range}): slow down a little and pause between Situation, Action and Result.`;
  }
  if (wpm < CALM_PACE_WPM.min) {
    return `*Pace:* ${wpm} words a minute (a calm interview pace is about ${range}): a touch slow; keep the story moving.`;
  }
  return `*Pace:* ${wpm} words a minute, a calm interview pace (about ${range}).`;
}

function fillersLine(d: Delivery): string {
  if (d.fillers.length === 0) return '*Fillers:* none heard. Clean delivery.';
  const quoted = d.fillers.slice(0, MAX_QUOTED_FILLERS);
  // Grouped by filler in order of first use, times in clip order: “um” at 0:12, 0:48, “you know” at 1:05.
  const groups = new Map<string, FillerUse[]>();
  for (const use of quoted) groups.set(use.filler, [...(groups.get(use.filler) ?? []), use]);
  const parts = [...groups].map(([filler, uses]) => `“${filler}” at ${uses.map((use) => formatClock(use.atMs)).join(', ')}`);
  const rest = d.fillers.length - quoted.length;
  const list = parts.join(', ') + (rest > 0 ? ` … and ${rest} more` : '');
  const rate = `${d.fillers.length} (${d.fillersPerMinute} a minute)`;
  // Over about three a minute the fillers start to be what the interviewer remembers.
  const tip = d.fillersPerMinute > 3 ? ' A silent breath works better than a filler.' : '';
  return `*Fillers:* ${rate}: ${list}.${tip}`;
}

function pausesLine(pauses: readonly Pause[]): string {
  const limit = seconds(LONG_PAUSE_MS);
  if (pauses.length === 0) return `*Pauses:* none over ${limit} s; the story kept flowing.`;
  const listed = pauses.slice(0, MAX_LISTED_PAUSES).map((pause) => `${formatClock(pause.atMs)} (${seconds(pause.lengthMs)} s)`);
  const rest = pauses.length - listed.length;
  if (rest > 0) listed.push(`${rest} more`);
  return `*Pauses:* ${pauses.length} over ${limit} s, at ${englishList(listed)}.`;
}

/** Seconds for a pause: one decimal under ten ("3.4") so a 3.4 s pause does not read as "3 s over 3 s". */
function seconds(ms: number): string {
  if (ms >= 10_000) return String(Math.round(ms / 1000));
  return String(Math.round(ms / 100) / 10);
}

function englishList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;
}

function inCalmRange(wpm: number): boolean {
  return distanceFromCalm(wpm) === 0;
}

function distanceFromCalm(wpm: number): number {
  if (wpm < CALM_PACE_WPM.min) return CALM_PACE_WPM.min - wpm;
  if (wpm > CALM_PACE_WPM.max) return wpm - CALM_PACE_WPM.max;
  return 0;
}

function clampLine(line: string): string {
  return line.length <= MAX_LINE_LENGTH ? line : `${line.slice(0, MAX_LINE_LENGTH - 1)}…`;
}
