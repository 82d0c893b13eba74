/**
 * The part of W3C's `webvtt-parser` (CommonJS, ships no types) that LP Coach uses: parse a WebVTT file into cues.
 * Times are in seconds. In 'metadata' mode `text` is the raw cue payload (tags and entities left as written).
 * Kept as an ambient script (no top-level import/export) so `declare module` applies project-wide.
 */
declare module 'webvtt-parser' {
  interface WebVTTCue {
    id: string;
    startTime: number;
    endTime: number;
    text: string;
  }

  interface WebVTTError {
    message: string;
    line: number;
    col?: number;
  }

  interface WebVTTParseResult {
    cues: WebVTTCue[];
    errors: WebVTTError[];
  }

  class WebVTTParser {
    constructor(entities?: Record<string, string>);
    parse(input: string, mode?: 'metadata' | 'chapters'): WebVTTParseResult;
  }

  // CommonJS `exports.WebVTTParser = ...`; Node hands the whole exports object to an ESM default import.
  const webvtt: { WebVTTParser: typeof WebVTTParser };
  export = webvtt;
}
