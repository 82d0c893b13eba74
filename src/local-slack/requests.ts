/**
 * What Slack sends TO the app, in Slack's documented shapes and signed the way Slack signs them, so tests and the
 * playground can drive the app's real HTTP endpoint.
 */
import { createHmac } from 'node:crypto';

export const FORM_CONTENT_TYPE = 'application/x-www-form-urlencoded';
export const JSON_CONTENT_TYPE = 'application/json';

export interface SignedHeaders {
  'Content-Type': string;
  'X-Slack-Request-Timestamp': string;
  'X-Slack-Signature': string;
}

/** Slack's v0 signature: `v0=` + hex HMAC-SHA256 of `v0:<timestamp>:<raw body>` keyed by the signing secret. */
export function signSlackRequest(
  signingSecret: string,
  rawBody: string,
  timestampSeconds: number,
  contentType: string = FORM_CONTENT_TYPE,
): SignedHeaders {
  const signature = createHmac('sha256', signingSecret).update(`v0:${timestampSeconds}:${rawBody}`).digest('hex');
  return {
    'Content-Type': contentType,
    'X-Slack-Request-Timestamp': String(timestampSeconds),
    'X-Slack-Signature': `v0=${signature}`,
  };
}

export interface SlashCommandFields {
  command: string;
  text: string;
  user_id: string;
  user_name?: string;
  channel_id: string;
  channel_name?: string;
  team_id: string;
  team_domain?: string;
  trigger_id: string;
  response_url: string;
  api_app_id: string;
}

/** A slash command as Slack POSTs it: form-encoded, fields in Slack's order, with the legacy verification token. */
export function slashCommandBody(fields: SlashCommandFields): string {
  return new URLSearchParams({
    token: 'local-verification-token',
    team_id: fields.team_id,
    team_domain: fields.team_domain ?? 'local',
    channel_id: fields.channel_id,
    channel_name: fields.channel_name ?? 'general',
    user_id: fields.user_id,
    user_name: fields.user_name ?? fields.user_id.toLowerCase(),
    command: fields.command,
    text: fields.text,
    api_app_id: fields.api_app_id,
    is_enterprise_install: 'false',
    response_url: fields.response_url,
    trigger_id: fields.trigger_id,
  }).toString();
}

export interface EventCallbackFields {
  team_id: string;
  api_app_id: string;
  /** The inner event (`message`, `reaction_added`, `app_home_opened`, …) exactly as Slack documents it. */
  event: Record<string, unknown>;
  event_id: string;
  /** Seconds since the epoch. */
  event_time: number;
  /** The bot's user id; when given, the envelope carries `authorizations` as Slack's does. */
  bot_user_id?: string;
}

/** An Events API delivery: the `event_callback` envelope around one event, JSON-encoded. */
export function eventCallbackBody(fields: EventCallbackFields): string {
  return JSON.stringify({
    token: 'local-verification-token',
    team_id: fields.team_id,
    api_app_id: fields.api_app_id,
    event: fields.event,
    type: 'event_callback',
    event_id: fields.event_id,
    event_time: fields.event_time,
    ...(fields.bot_user_id !== undefined
      ? {
          authorizations: [
            { enterprise_id: null, team_id: fields.team_id, user_id: fields.bot_user_id, is_bot: true, is_enterprise_install: false },
          ],
        }
      : {}),
    is_ext_shared_channel: false,
    event_context: `local-${fields.event_id}`,
  });
}

/** A `block_actions` interaction: Slack form-encodes the JSON payload as the single field `payload`. */
export function blockActionsBody(payload: Record<string, unknown>): string {
  return interactionBody({ type: 'block_actions', ...payload });
}

/** A `view_submission` interaction, encoded like every interaction payload. */
export function viewSubmissionBody(payload: Record<string, unknown>): string {
  return interactionBody({ type: 'view_submission', ...payload });
}

/** A `view_closed` interaction: sent when a person closes a modal that asked for it with `notify_on_close`. */
export function viewClosedBody(payload: Record<string, unknown>): string {
  return interactionBody({ type: 'view_closed', ...payload });
}

/** The challenge Slack sends once when a request URL is saved; the app must echo `challenge`. */
export function urlVerificationBody(challenge: string): string {
  return JSON.stringify({ token: 'local-verification-token', challenge, type: 'url_verification' });
}

function interactionBody(payload: Record<string, unknown>): string {
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

export interface SignedRequestOptions {
  body: string;
  contentType: string;
  signingSecret: string;
  /** Defaults to now; pass an old value to test the app's replay protection. */
  timestampSeconds?: number;
  /** Marks a redelivery, as Slack does when the first delivery was not acknowledged in time. */
  retryNum?: number;
  retryReason?: string;
  /** Replaces the computed signature, to test that the app refuses a bad one. */
  signatureOverride?: string;
}

export interface SignedRequestResult {
  status: number;
  body: string;
  headers: Headers;
}

/** POSTs `body` to the app as Slack would: signed, with Slack's retry headers when `retryNum` is given. */
export async function sendSignedRequest(appUrl: string, options: SignedRequestOptions): Promise<SignedRequestResult> {
  const timestamp = options.timestampSeconds ?? Math.floor(Date.now() / 1000);
  const headers: Record<string, string> = { ...signSlackRequest(options.signingSecret, options.body, timestamp, options.contentType) };
  if (options.signatureOverride !== undefined) headers['X-Slack-Signature'] = options.signatureOverride;
  if (options.retryNum !== undefined) {
    headers['X-Slack-Retry-Num'] = String(options.retryNum);
    headers['X-Slack-Retry-Reason'] = options.retryReason ?? 'http_timeout';
  }
  const response = await fetch(appUrl, { method: 'POST', headers, body: options.body });
  return { status: response.status, body: await response.text(), headers: response.headers };
}
