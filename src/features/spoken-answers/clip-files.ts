import type { webApi } from '@slack/bolt';
import { z } from 'zod';
import { slackErrorCode, slackRefusalCode } from '../../slack/slack-errors.js';

/** Where Slack's transcript of a clip stands (the file object's `transcription.status`). */
export type TranscriptStatus = 'processing' | 'complete' | 'failed' | 'none';

/** What LP Coach reads of a clip's file object. */
export interface ClipFile {
  durationMs: number;
  status: TranscriptStatus;
  /** The full WebVTT transcript's address, once it is complete. */
  vttUrl?: string;
}

/** Slack's answer, reduced to what the watcher does next. */
export type Lookup<T> =
  | { kind: 'ok'; value: T }
  /** Nothing to wait for: the clip (or its transcript) is gone or refused; `reason` is Slack's code or the HTTP status. */
  | { kind: 'gone'; reason: string }
  /** Worth another look later: a rate limit (with Slack's Retry-After), a 5xx, a timeout, the network. */
  | { kind: 'retry'; reason: string; retryAfterMs?: number };

export interface ClipFiles {
  info(fileId: string): Promise<Lookup<ClipFile>>;
  transcript(url: string): Promise<Lookup<string>>;
}

const FileSchema = z.object({
  duration_ms: z.number().nonnegative().optional(),
  transcription: z.object({ status: z.string() }).partial().optional(),
  vtt: z.string().optional(),
});

/** Refusals that mean the file will never have a transcript for us. */
const GONE_CODES = new Set(['file_not_found', 'file_deleted', 'not_authed', 'invalid_auth', 'missing_scope', 'no_permission', 'access_denied']);
const DOWNLOAD_TIMEOUT_MS = 15_000;
/** A transcript of a ten-minute clip is about 20 KB; far more is not a transcript. */
const MAX_TRANSCRIPT_BYTES = 2_000_000;

/**
 * `files.info` and the transcript download. `client` must not retry on its own (see createPostOnceClient): the watcher
 * decides when to look again, honouring Retry-After. The bot token goes only to Slack's own hosts (or the configured
 * API's origin, for a local stand-in): a transcript address is data from an API answer, never trusted blindly.
 */
export function clipFiles(client: webApi.WebClient, options: { botToken: string; apiUrl: string; fetch?: typeof fetch }): ClipFiles {
  const fetcher = options.fetch ?? fetch;
  const apiOrigin = new URL(options.apiUrl).origin;
  const trusted = (url: URL) => url.origin === apiOrigin || (url.protocol === 'https:' && /(^|\.)slack(-edge)?\.com$/.test(url.hostname));
  return {
    async info(fileId) {
      try {
        const answer = await client.files.info({ file: fileId });
        const file = FileSchema.safeParse(answer.file);
        if (!file.success) return { kind: 'gone', reason: 'no file object' };
        const status = file.data.transcription?.status;
        return {
          kind: 'ok',
          value: {
            durationMs: file.data.duration_ms ?? 0,
            status: status === 'processing' || status === 'complete' || status === 'failed' ? status : 'none',
            ...(file.data.vtt === undefined ? {} : { vttUrl: file.data.vtt }),
          },
        };
      } catch (error) {
        const refusal = slackRefusalCode(error);
        if (refusal !== undefined && GONE_CODES.has(refusal)) return { kind: 'gone', reason: refusal };
        const retryAfter = (error as { retryAfter?: unknown }).retryAfter;
        return { kind: 'retry', reason: refusal ?? slackErrorCode(error), ...(typeof retryAfter === 'number' ? { retryAfterMs: retryAfter * 1000 } : {}) };
      }
    },
    async transcript(address) {
      let url: URL;
      try {
        url = new URL(address);
      } catch {
        return { kind: 'gone', reason: 'not a URL' };
      }
      if (!trusted(url)) return { kind: 'gone', reason: `not a Slack address (${url.hostname})` };
      try {
        // Slack answers a download without a valid token with a redirect to its sign-in page, never the file.
        const response = await fetcher(url, { headers: { Authorization: `Bearer ${options.botToken}` }, redirect: 'manual', signal: AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS) });
        if (response.status === 429 || response.status >= 500) {
          const seconds = Number(response.headers.get('retry-after'));
          return { kind: 'retry', reason: `HTTP ${response.status}`, ...(Number.isFinite(seconds) && seconds > 0 ? { retryAfterMs: seconds * 1000 } : {}) };
        }
        if (response.status !== 200) return { kind: 'gone', reason: `HTTP ${response.status}` };
        const length = Number(response.headers.get('content-length'));
        if (Number.isFinite(length) && length > MAX_TRANSCRIPT_BYTES) return { kind: 'gone', reason: 'too large' };
        const text = await response.text();
        return text.length > MAX_TRANSCRIPT_BYTES ? { kind: 'gone', reason: 'too large' } : { kind: 'ok', value: text };
      } catch (error) {
        return { kind: 'retry', reason: error instanceof Error ? error.name : String(error) };
      }
    },
  };
}
