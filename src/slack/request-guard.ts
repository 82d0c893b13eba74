import type { IncomingHttpHeaders, IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { HTTPModuleFunctions, verifySlackRequest } from '@slack/bolt';
import type { AppLogger } from '../logger.js';

/**
 * A guard in front of Bolt's HTTPReceiver for what Bolt answers badly: a signed body that is not a JSON object gets no
 * response at all (an unhandled rejection inside the receiver), a payload without the fields a listener reads gets a
 * 500 or a 3-second timeout, and a timestamp far in the FUTURE is accepted (Bolt only refuses old ones).
 *
 * The guard buffers the body itself (over the limit: 413), and only when the signature is valid does it answer on its
 * own: 401 for a timestamp more than five minutes ahead, 400 for a body Bolt could not parse or route and for a
 * payload missing what its listener needs. Everything else, including every request whose signature does not check
 * out, goes on to Bolt with the buffered body (`rawBody`, which Bolt reuses instead of reading the stream again), so
 * Bolt's own signature and staleness checks still answer unsigned or forged requests with 401, and `ssl_check` and
 * `url_verification` reach it untouched.
 */

/** Slack's window for timestamps; Bolt enforces it for old ones, the guard for ones ahead of the clock. */
export const MAX_CLOCK_SKEW_SECONDS = 5 * 60;
/** Bolt's own default (4 MB), which the guard now enforces instead of Bolt (Bolt reuses the buffered body). */
export const DEFAULT_BODY_LIMIT_BYTES = HTTPModuleFunctions.defaultBodyLimit;

export type GuardVerdict = { action: 'pass' } | { action: 'reject'; status: 400 | 401; reason: string };

export interface InspectOptions {
  rawBody: Buffer;
  headers: IncomingHttpHeaders;
  signingSecret: string;
  /** Milliseconds since the epoch; Slack's timestamps are checked against the real clock. */
  nowMs: number;
}

const PASS: GuardVerdict = { action: 'pass' };

/** Decides, from a fully buffered request, whether Bolt may have it or the guard answers (pure: no I/O). */
export function inspectSlackRequest({ rawBody, headers, signingSecret, nowMs }: InspectOptions): GuardVerdict {
  const signature = headers['x-slack-signature'];
  const timestampHeader = headers['x-slack-request-timestamp'];
  if (typeof signature !== 'string' || typeof timestampHeader !== 'string') return PASS;
  const timestamp = Number(timestampHeader);
  try {
    verifySlackRequest({
      signingSecret,
      body: rawBody.toString(),
      headers: { 'x-slack-signature': signature, 'x-slack-request-timestamp': timestamp },
      nowMilliseconds: nowMs,
    });
  } catch {
    // Unsigned, forged or stale (or an unsigned ssl_check): Bolt answers those itself, 401 or 200 for ssl_check.
    return PASS;
  }
  if (timestamp > Math.floor(nowMs / 1000) + MAX_CLOCK_SKEW_SECONDS) {
    return reject(401, `timestamp ${Math.round(timestamp - nowMs / 1000)} s in the future`);
  }

  let body: unknown;
  try {
    // Exactly Bolt's parsing (form-encoded `payload=` JSON, other form fields, or JSON), so the guard sees what Bolt would.
    body = HTTPModuleFunctions.parseHTTPRequestBody({ rawBody, headers } as unknown as Parameters<typeof HTTPModuleFunctions.parseHTTPRequestBody>[0]);
  } catch {
    return reject(400, 'body is not valid JSON or form data');
  }
  if (!isObject(body)) return reject(400, `body is ${kindOf(body)}, not an object`);
  if (body.ssl_check === '1' || body.type === 'url_verification') return PASS;
  const missing = missingFields(body);
  return missing === undefined ? PASS : reject(400, missing);
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

/**
 * Wraps Bolt's request listener: POSTs to `options.path` are buffered and inspected first (see inspectSlackRequest);
 * a rejection is answered at once with no body and logged once at warn with its reason (never the body).
 */
export function guardSlackRequests(listener: RequestListener, options: RequestGuardOptions): RequestListener {
  const limit = options.bodyLimitBytes ?? DEFAULT_BODY_LIMIT_BYTES;
  const now = options.now ?? Date.now;
  const refuse = (response: ServerResponse, status: number, reason: string, closeConnection = false): void => {
    options.logger.warn(`Refused a Slack request with ${status}: ${reason}`);
    if (response.headersSent) return;
    response.writeHead(status, closeConnection ? { connection: 'close' } : {});
    response.end();
  };

  return (request, response) => {
    if (request.method?.toUpperCase() !== 'POST' || new URL(request.url ?? '/', 'http://localhost').pathname !== options.path) {
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
        (request as IncomingMessage & { rawBody?: Buffer }).rawBody = rawBody;
        try {
          listener(request, response);
        } catch (error) {
          options.logger.error('Bolt failed to take a Slack request:', error);
          if (!response.headersSent) response.writeHead(500).end();
        }
      },
      (error: unknown) => refuse(response, 400, `body could not be read (${error instanceof Error ? error.message : String(error)})`, true),
    );
  };
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
