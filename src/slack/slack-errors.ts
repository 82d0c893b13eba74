import { webApi } from '@slack/bolt';
import type { AppLogger } from '../logger.js';

/**
 * The short code Slack gives for a failed call: `channel_not_found` for an `ok:false` answer (web-api puts it in
 * `error.data.error`), else the web-api error class code (`slack_webapi_request_error` for network trouble).
 */
export function slackErrorCode(error: unknown): string {
  const withData = error as { data?: { error?: unknown }; code?: unknown; message?: unknown } | null;
  if (typeof withData?.data?.error === 'string') return withData.data.error;
  if (typeof withData?.code === 'string') return withData.code;
  return error instanceof Error ? error.message : String(error);
}

/**
 * Slack's error code when it answered `ok:false` (web-api's WebAPIPlatformError) or refused with a rate limit
 * (`ratelimited`, from a client with `rejectRateLimitedCalls`): proof that the call did nothing. Undefined for any
 * other failure (timeout, network, HTTP error), after which the call may or may not have happened.
 */
export function slackRefusalCode(error: unknown): string | undefined {
  const candidate = error as { code?: unknown; data?: { error?: unknown } } | null;
  if (candidate?.code === 'slack_webapi_rate_limited_error') return 'ratelimited';
  if (candidate?.code !== 'slack_webapi_platform_error') return undefined;
  return typeof candidate.data?.error === 'string' ? candidate.data.error : 'unknown_error';
}

/**
 * A client for posts that must not happen twice (the daily prompt, a shared story): it never repeats a call on its
 * own. The shared client retries a timeout or a 5xx, which is right for reads and idempotent calls, but after such a
 * failure Slack may already have posted. A rate limit is refused at once (nothing was posted), and the caller decides
 * when to try again.
 */
export function createPostOnceClient(token: string, options: webApi.WebClientOptions): webApi.WebClient {
  return new webApi.WebClient(token, { ...options, retryConfig: { retries: 0 }, rejectRateLimitedCalls: true });
}

/** One line a person can search for: which Web API method failed and why. */
export function logSlackError(logger: AppLogger, method: string, error: unknown): void {
  logger.error(`Slack API ${method} failed: ${slackErrorCode(error)}`);
}

/**
 * Runs a Web API call; on failure logs method and code and returns undefined, so a listener can carry on (tell the
 * user, skip a step) instead of crashing.
 */
export async function trySlack<T>(logger: AppLogger, method: string, call: () => Promise<T>): Promise<T | undefined> {
  try {
    return await call();
  } catch (error) {
    logSlackError(logger, method, error);
    return undefined;
  }
}

/** A start-up failure with a message meant for the person running the app (no stack trace needed). */
export class StartupError extends Error {
  override name = 'StartupError';
}
