/**
 * A spoken answer's WebVTT transcript (as Slack attaches to an audio/video clip) turned into timed plain-text cues.
 * Pure: no I/O. The W3C parser does the file structure (signature, NOTE/STYLE/REGION blocks, cue timings and
 * settings); the cue text itself is cleaned here because the parser's default entity table decodes "&amp;" as "&;".
 */
import webvtt from 'webvtt-parser';

/** One caption cue: milliseconds from the start of the clip, and the words as plain text. */
export interface Cue {
  startMs: number;
  endMs: number;
  /** Plain text: tags stripped, entities decoded, whitespace collapsed to single spaces. */
  text: string;
}

export type TranscriptParse =
  | { ok: true; cues: Cue[]; text: string }
  | { ok: false; problem: 'empty' | 'malformed' };

/** The parser reports this (among recoverable cue-level errors) when the file does not start with "WEBVTT". */
const NO_SIGNATURE = /^No valid signature/;

/**
 * Parses a WebVTT transcript. Never throws: anything the parser cannot read as WebVTT (no "WEBVTT" signature, or no
 * cue with valid timings) is 'malformed'; a well-formed file whose cues hold no words is 'empty'. Cue-level slips
 * (a stray setting, a missing blank line) are tolerated, as a media player would, since transcripts come from
 * machines we do not control.
 */
export function parseTranscript(vtt: string): TranscriptParse {
  if (typeof vtt !== 'string') return { ok: false, problem: 'malformed' };
  let parsed: { cues: readonly { startTime: number; endTime: number; text: string }[]; errors: readonly { message: string }[] };
  try {
    // A new parser each call: it is cheap and keeps calls independent.
    parsed = new webvtt.WebVTTParser().parse(vtt, 'metadata');
  } catch {
    return { ok: false, problem: 'malformed' };
  }
  if (parsed.errors.some((error) => NO_SIGNATURE.test(error.message))) return { ok: false, problem: 'malformed' };

  const timed: Cue[] = [];
  for (const cue of parsed.cues) {
    const startMs = Math.round(cue.startTime * 1000);
    const endMs = Math.round(cue.endTime * 1000);
    // A cue ending before it starts has no place on the timeline (the parser keeps it, with an error).
    if (!Number.isFinite(startMs) || !Number.isFinite(endMs) || endMs < startMs) continue;
    timed.push({ startMs, endMs, text: plainCueText(cue.text) });
  }
  if (timed.length === 0) return { ok: false, problem: 'malformed' };

  // Stable sort by start (then end), so cues written out of order read in spoken order.
  timed.sort((a, b) => a.startMs - b.startMs || a.endMs - b.endMs);
  const cues = timed.filter((cue) => cue.text !== '');
  if (cues.length === 0) return { ok: false, problem: 'empty' };
  return { ok: true, cues, text: cues.map((cue) => cue.text).join(' ') };
}

/**
 * Cue payload to plain text. Tags (`<v Ann>`, `<c.yellow>`, `</i>`, karaoke timestamps `<00:00:01.000>`) go with no
 * space, as a player renders them; `[^<>]` rather than `[^>]` keeps the scan linear on a stray "<" in a huge cue.
 * Entities are decoded after tags are gone, so an escaped "&lt;v&gt;" stays visible text.
 */
function plainCueText(raw: string): string {
  return raw
    .replace(/<[^<>]*>/g, '')
    .replace(/&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]{2,8});/g, decodeEntity)
    .replace(/\s+/g, ' ')
    .trim();
}

/** The entities WebVTT defines, plus the HTML ones caption tools commonly emit. */
const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  nbsp: ' ',
  quot: '"',
  apos: "'",
  // Direction marks are invisible; dropping them keeps word matching ("um\u200e") simple.
  lrm: '',
  rlm: '',
};

function decodeEntity(whole: string, body: string): string {
  if (body.startsWith('#')) {
    const hex = body[1] === 'x' || body[1] === 'X';
    const codePoint = Number.parseInt(body.slice(hex ? 2 : 1), hex ? 16 : 10);
    const valid = codePoint > 0 && codePoint <= 0x10ffff && (codePoint < 0xd800 || codePoint > 0xdfff);
    return valid ? String.fromCodePoint(codePoint) : whole;
  }
  // Unknown names stay as written rather than vanishing: the speaker's words matter more than tidy markup.
  return NAMED_ENTITIES[body] ?? whole;
}
