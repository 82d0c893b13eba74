/**
 * A WebVTT transcript as Slack makes one for a clip: the words in cues of a few seconds, at a given pace, with
 * optional silences after some cues. The playground turns a typed or pasted transcript into a clip with it; tests
 * build their clips with it.
 */
export function vttOf(text: string, options: { wordsPerMinute?: number; wordsPerCue?: number; pausesAfterCue?: Record<number, number> } = {}): { vtt: string; durationMs: number } {
  const { wordsPerMinute = 150, wordsPerCue = 10, pausesAfterCue = {} } = options;
  const words = text.split(/\s+/).filter((w) => w !== '');
  const msPerWord = 60_000 / wordsPerMinute;
  const cues: string[] = [];
  let at = 500;
  for (let index = 0, cue = 0; index < words.length; index += wordsPerCue, cue++) {
    const chunk = words.slice(index, index + wordsPerCue);
    const end = at + chunk.length * msPerWord;
    cues.push(`${stamp(at)} --> ${stamp(end)}\n${chunk.join(' ')}`);
    at = end + (pausesAfterCue[cue] ?? 0);
  }
  return { vtt: `WEBVTT\n\n${cues.join('\n\n')}\n`, durationMs: Math.round(at + 700) };
}

function stamp(ms: number): string {
  const total = Math.round(ms);
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(Math.floor(total / 3_600_000))}:${pad(Math.floor(total / 60_000) % 60)}:${pad(Math.floor(total / 1000) % 60)}.${pad(total % 1000, 3)}`;
}
