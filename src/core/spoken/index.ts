/** Spoken answers (Slack audio/video clips): transcript parsing, delivery analysis and its feedback lines. */
export { parseTranscript, type Cue, type TranscriptParse } from './transcript.js';
export {
  analyseDelivery,
  paceTrend,
  CLIP_CUT_SECONDS,
  LONG_PAUSE_MS,
  SPOKEN_TARGET_SECONDS,
  type Delivery,
  type FillerUse,
  type PaceTrend,
  type Pause,
} from './delivery.js';
export { deliveryLines, formatClock, paceTrendLine, CALM_PACE_WPM } from './delivery-text.js';
