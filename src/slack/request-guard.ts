import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import { parse as parseQueryString } from 'node:querystring';
import { HTTPModuleFunctions, verifySlackRequest } from '@slack/bolt';
import type { AppLogger } from '../logger.js';

/**
 * The one place a request to POST /slack/events is read, verified and parsed, in front of Bolt. It exists because
 * Bolt's receiver answers some requests badly: a signed body that is not a JSON object gets no response at all (an
 * unhandled rejection inside the receiver), a payload without the fields a listener reads gets a 500 or a 3-second
 * timeout, and a timestamp far in the FUTURE is accepted (Bolt only refuses old ones).
 *
 * The guard buffers the body (over the limit: 413), checks the signature once (unsigned, forged or more than five
 * minutes old: 401, as Bolt answers them; more than five minutes ahead: 401 too), parses the body once, the way
 * Bolt does, and refuses with 400 a body that is not an object or a payload missing what its listener needs. What
 * passes goes on with its parsed body (see slack-receiver.ts), so no request is verified or parsed twice. Slack's
 * `ssl_check`, which Slack sends unsigned, passes as Bolt lets it pass: reduced to `ssl_check=1`, so nothing else in
 * such a body reaches a listener.
 */

/** Slack's window for timestamps, in both directions. */
export const MAX_CLOCK_SKEW_SECONDS = 5 * 60;
/** Bolt's own default (4 MB). */
export const DEFAULT_BODY_LIMIT_BYTES = HTTPModuleFunctions.defaultBodyLimit;

const FORM_CONTENT_TYPE = 'application/x-www-form-urlencoded';

/** A parsed Slack request body: a slash command's form fields, an interaction's `payload`, or an Events API JSON. */
export type SlackRequestBody = Record<string, unknown>;

export type GuardVerdict = { action: 'pass'; body: SlackRequestBody } | { action: 'reject'; status: 400 | 401; reason: string };

export interface InspectOptions {
  rawBody: Buffer;
  headers: IncomingHttpHeaders;
  signingSecret: string;
  /** Milliseconds since the epoch; Slack's timestamps are checked against the real clock. */
  nowMs: number;
}

/** Decides, from a fully buffered request, whether Bolt may have it (with its parsed body) or the guard answers. */
export function inspectSlackRequest({ rawBody, headers, signingSecret, nowMs }: InspectOptions): GuardVerdict {
  const text = rawBody.toString();
  // Bolt compares the content type exactly, and so does the guard: anything else is read as JSON.
  const form = headers['content-type'] === FORM_CONTENT_TYPE ? parseQueryString(text) : undefined;
  if (form?.ssl_check === '1') return { action: 'pass', body: { ssl_check: '1' } };

  const signature = headers['x-slack-signature'];
  const timestampHeader = headers['x-slack-request-timestamp'];
  if (typeof signature !== 'string' || typeof timestampHeader !== 'string') {
    return reject(401, 'no X-Slack-Signature or X-Slack-Request-Timestamp header');
  }
  const timestamp = Number(timestampHeader);
  try {
    verifySlackRequest({
      signingSecret,
      body: text,
      headers: { 'x-slack-signature': signature, 'x-slack-request-timestamp': timestamp },
      nowMilliseconds: nowMs,
    });
  } catch (error) {
    // Unsigned, forged or stale: 401 and nothing about the body, whatever it holds.
    return reject(401, String((error as Error).message).replace(/^Failed to verify authenticity: /, ''));
  }
  if (timestamp > Math.floor(nowMs / 1000) + MAX_CLOCK_SKEW_SECONDS) {
    return reject(401, `timestamp ${Math.round(timestamp - nowMs / 1000)} s in the future`);
  }

  let body: unknown;
  try {
    // Bolt's parsing: a form's `payload` field is JSON, other forms are their fields, anything else is JSON.
    body = form === undefined ? JSON.parse(text) : typeof form.payload === 'string' ? JSON.parse(form.payload) : form;
  } catch {
    return reject(400, 'body is not valid JSON or form data');
  }
  if (!isObject(body)) return reject(400, `body is ${kindOf(body)}, not an object`);
  if (body.ssl_check === '1' || body.type === 'url_verification') return { action: 'pass', body };
  const missing = missingFields(body);
  return missing === undefined ? { action: 'pass', body } : reject(400, missing);
}

/**
 * What a listener would miss in a parsed payload, routed the way Bolt routes it (event, command, options, action,
 * shortcut, view); undefined when nothing is missing. A body Bolt cannot route at all is refused too: Bolt would call
 * no listener, ack nothing and answer 404 only after three seconds.
 */
export function missingFields(body: Record<string, unknown>): string | undefined {
  const type = typeof body.type === 'string' ? body.type : undefined;
  if (body.event !== undefined || type === 'event_callback') {
    return isObject(body.event) ? undefined : `${type ?? 'event'} payload without an event object`;
  }
  if (body.command !== undefined) {
    const absent = ['command', 'user_id', 'trigger_id', 'channel_id'].filter((field) => !isNonEmptyString(body[field]));
    if (typeof body.text !== 'string') absent.push('text');
    return absent.length === 0 ? undefined : `slash command without ${absent.join(', ')}`;
  }
  if (body.name !== undefined || type === 'block_suggestion') return undefined;
  if (body.actions !== undefined || type === 'block_actions') {
    if (!Array.isArray(body.actions)) return `${type ?? 'action'} payload without an actions list`;
    return type === 'block_actions' ? missingUser(body, type) : undefined;
  }
  if (type === 'dialog_submission') return undefined;
  if (type === 'shortcut' || type === 'message_action') return missingUser(body, type);
  if (type === 'view_submission' || type === 'view_closed') {
    return missingUser(body, type) ?? (isObject(body.view) ? undefined : `${type} payload without a view object`);
  }
  return type === undefined ? 'payload without a type' : `payload of unknown type ${JSON.stringify(type.slice(0, 40))}`;
}

function missingUser(body: Record<string, unknown>, type: string): string | undefined {
  return isObject(body.user) && isNonEmptyString(body.user.id) ? undefined : `${type} payload without user.id`;
}

export interface RequestGuardOptions {
  signingSecret: string;
  /** The path Slack POSTs to; other paths and methods go straight to `listener`. */
  path: string;
  logger: AppLogger;
  bodyLimitBytes?: number;
  /** Milliseconds since the epoch; tests move it. */
  now?: () => number;
}

/** A request as the guard hands it on: for a Slack POST, buffered (`rawBody`) and with its verified, parsed body. */
export type GuardedListener = (request: IncomingMessage & { rawBody?: Buffer }, response: ServerResponse, body?: SlackRequestBody) => void;

/**
 * Wraps the listener that dispatches Slack's requests: POSTs to `options.path` are buffered and inspected first (see
 * inspectSlackRequest) and reach `listener` only when they pass, with their parsed body; a rejection is answered at
 * once with no body and logged once at warn with its reason (never the body). Other paths and methods reach
 * `listener` untouched, without a body.
 */
export function guardSlackRequests(listener: GuardedListener, options: RequestGuardOptions): (request: IncomingMessage, response: ServerResponse) => void {
  const limit = options.bodyLimitBytes ?? DEFAULT_BODY_LIMIT_BYTES;
  const now = options.now ?? Date.now;
  const refuse = (response: ServerResponse, status: number, reason: string, closeConnection = false): void => {
    options.logger.warn(`Refused a Slack request with ${status}: ${reason}`);
    if (response.headersSent) return;
    response.writeHead(status, closeConnection ? { connection: 'close' } : {});
    response.end();
  };

  return (request, response) => {
    if (request.method?.toUpperCase() !== 'POST' || pathOf(request.url) !== options.path) {
      listener(request, response);
      return;
    }
    bufferBody(request, limit).then(
      (rawBody) => {
        if (rawBody === 'too-large') {
          // The rest of the body is not read; closing the connection keeps Node from draining it.
          refuse(response, 413, `body over ${limit} bytes`, true);
          return;
        }
        const verdict = inspectSlackRequest({ rawBody, headers: request.headers, signingSecret: options.signingSecret, nowMs: now() });
        if (verdict.action === 'reject') {
          refuse(response, verdict.status, verdict.reason);
          return;
        }
        const buffered = request as IncomingMessage & { rawBody?: Buffer };
        buffered.rawBody = rawBody;
        try {
          listener(buffered, response, verdict.body);
        } catch (error) {
          options.logger.error('Bolt failed to take a Slack request:', error);
          if (!response.headersSent) response.writeHead(500).end();
        }
      },
      (error: unknown) => refuse(response, 400, `body could not be read (${error instanceof Error ? error.message : String(error)})`, true),
    );
  };
}

/** The path of a request URL, normalised as Bolt's receiver reads it (`/slack/./events?x=1` is `/slack/events`). */
export function pathOf(url: string | undefined): string {
  return new URL(url ?? '/', 'http://localhost').pathname;
}

/** Reads the whole body, or stops at `limit` bytes (also when Content-Length already says more). */
export function bufferBody(request: IncomingMessage, limit: number): Promise<Buffer | 'too-large'> {
  const declared = Number(request.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) return Promise.resolve('too-large');
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const cleanUp = () => {
      request.off('data', onData);
      request.off('end', onEnd);
      request.off('error', onError);
      request.off('aborted', onAborted);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        cleanUp();
        request.pause();
        resolve('too-large');
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => {
      cleanUp();
      resolve(Buffer.concat(chunks, size));
    };
    const onError = (error: Error) => {
      cleanUp();
      reject(error);
    };
    const onAborted = () => onError(new Error('request aborted'));
    request.on('data', onData);
    request.on('end', onEnd);
    request.on('error', onError);
    request.on('aborted', onAborted);
  });
}

function reject(status: 400 | 401, reason: string): GuardVerdict {
  return { action: 'reject', status, reason };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isNonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value !== '';
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return `a ${typeof value}`;
}
