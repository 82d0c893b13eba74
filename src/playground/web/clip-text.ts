/**
 * How a clip's typed text marks a silence, shared by the server (the transcript it builds, user-actions.ts) and the
 * page (its length estimate): `[pause]` is DEFAULT_PAUSE_MS, `[pause 6s]` as long as given. Pure: no Node or DOM.
 */
export const PAUSE_MARK = /\[pause(?:\s+(\d+(?:\.\d+)?)\s*s(?:ec(?:onds?)?)?)?\]/gi;
/** A bare `[pause]`. */
export const DEFAULT_PAUSE_MS = 4000;
/** A clip's pace when none is given, in words a minute. */
export const DEFAULT_CLIP_WPM = 150;
