/**
 * A local stand-in for Slack's Web API over HTTP, on node:http. Point Bolt's `clientOptions.slackApiUrl` (or a
 * WebClient's `slackApiUrl`) at `url`; every call is answered from the in-memory `Workspace` and recorded. Slash
 * command `response_url`s can point here too (`responseUrl(id)`), so what the app sends to them is recorded as well.
 */
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createConsoleLogger } from '../logger.js';
import type { AppLogger } from '../logger.js';
import { parseWebApiRequest } from './http-request.js';
import { ResponseUrlInbox } from './response-urls.js';
import type { RecordedResponse, ResponseUrlTarget } from './response-urls.js';
import { createSocketModeServer } from './socket-mode.js';
import type { SocketModeStandIn } from './socket-mode.js';
import { FILES_PATH, UPLOAD_PATH, VTT_PATH, fileIdInPath } from './file-urls.js';
import { uploadedBytes } from './methods/files.js';
import { answerWebApiCall } from './web-api.js';
import { rejectUpgrade } from './websocket.js';
import type { SlackArgs, SocketModeAccess } from './web-api.js';
import type { Workspace } from './workspace.js';

export type { RecordedResponse, ResponseUrlTarget } from './response-urls.js';

export interface LocalSlackApiOptions {
  workspace: Workspace;
  /** The only bot token this stand-in accepts (others get `invalid_auth`). */
  botToken: string;
  /**
   * The only app-level token (`xapp-…`) `apps.connections.open` accepts; with it the stand-in serves Socket Mode on its
   * own port. Without it every app token gets `invalid_auth`.
   */
  appToken?: string;
  port?: number;
  host?: string;
  /** Refused Block Kit and injected failures are logged at warn level; defaults to a console logger. */
  logger?: AppLogger;
  /** Told about every refusal for broken Block Kit limits as it happens (the playground shows them on the page). */
  onBlockKitRejection?: (rejection: BlockKitRejection) => void;
}

export interface RecordedCall {
  method: string;
  /** The parsed arguments without the token; `blocks`/`view` stay as sent (JSON strings from a WebClient). */
  args: SlackArgs;
  /** The JSON answered; `{}` for an injected HTTP error, which answers plain text, and for a hung call. */
  response: Record<string, unknown>;
  /** 0 for a hung call (`hangNext`, `hangDownloadNext`), which is never answered. */
  httpStatus: number;
  /** Workspace clock, milliseconds. */
  at: number;
}

export interface BlockKitRejection {
  method: string;
  problems: string[];
  at: number;
}

export interface LocalSlackApi {
  /** Base URL ending in `/api/`, exactly what `slackApiUrl` expects. */
  url: string;
  calls: RecordedCall[];
  callsTo(method: string): RecordedCall[];
  /** Calls refused for breaking Block Kit limits; an end-to-end test can assert this stays empty. */
  blockKitRejections: BlockKitRejection[];
  /** The next `times` calls to `method` answer `{ ok: false, error: errorCode }` and change nothing. */
  failNext(method: string, errorCode: string, times?: number): void;
  /** The next `times` calls to `method` answer HTTP 429 with `Retry-After`, as Slack does when rate limiting. */
  rateLimitNext(method: string, retryAfterSeconds: number, times?: number): void;
  /**
   * The next `times` calls to `method` answer HTTP `status` with a plain-text body, as a failing load balancer would;
   * web-api throws an HTTP error, not a refusal. With `applied` the call takes effect first (Slack did the work but
   * its answer was lost), else nothing changes.
   */
  failNextWithHttpStatus(method: string, status: number, options?: { times?: number; applied?: boolean }): void;
  /**
   * The next `times` calls to `method` are recorded (HTTP status 0) and never answered, as when Slack or the network
   * hangs: nothing changes, and the request stays open until the client gives up or `close()` destroys it.
   */
  hangNext(method: string, times?: number): void;
  /**
   * The next `times` file downloads (a clip's `vtt` transcript or a `url_private`) answer HTTP `status` with a
   * plain-text body, as a failing file host would, and serve nothing. Downloads are recorded as calls to `download`.
   */
  failDownloadNext(options: { status: number; times?: number }): void;
  /** The next `times` file downloads are recorded (HTTP status 0) and never answered, until `close()` destroys them. */
  hangDownloadNext(times?: number): void;
  /** A URL on this server that records what is POSTed to it, for a slash command's or action's `response_url`. */
  responseUrl(id: string, target?: ResponseUrlTarget): string;
  responses: RecordedResponse[];
  /** The app's Socket Mode connections, and envelopes pushed to it (needs `appToken`). */
  socketMode: SocketModeStandIn;
  close(): Promise<void>;
}

type InjectedOutcome =
  | { kind: 'fail'; error: string }
  | { kind: 'rate_limit'; retryAfterSeconds: number }
  | { kind: 'http_status'; status: number; applied: boolean }
  | { kind: 'hang' };

type InjectedDownloadOutcome = { kind: 'http_status'; status: number } | { kind: 'hang' };

const API_PREFIX = '/api/';
const RESPONSE_URL_PREFIX = '/response-url/';

export async function startLocalSlackApi(options: LocalSlackApiOptions): Promise<LocalSlackApi> {
  const { workspace, botToken, port = 0, host = '127.0.0.1' } = options;
  const logger = options.logger ?? createConsoleLogger('warn');
  const calls: RecordedCall[] = [];
  const blockKitRejections: BlockKitRejection[] = [];
  const injected = new Map<string, InjectedOutcome[]>();
  const injectedDownloads: InjectedDownloadOutcome[] = [];
  // Requests left hanging: their sockets are destroyed at close() (else it would wait for the client to give up).
  const hung = new Set<IncomingMessage['socket']>();
  const rejectBlockKit = (method: string, problems: string[]): void => {
    const rejection = { method, problems, at: workspace.now() };
    blockKitRejections.push(rejection);
    logger.warn(`local Slack: ${method} refused, Block Kit limits broken:\n  ${problems.join('\n  ')}`);
    options.onBlockKitRejection?.(rejection);
  };
  const inbox = new ResponseUrlInbox(workspace, (problems) => rejectBlockKit('response_url', problems));
  const sockets = createSocketModeServer({ appId: workspace.bot.appId, logger });
  // Set once the server listens: the WebSocket URLs point at its address.
  let socketMode: SocketModeAccess | undefined;
  // Set once the server listens: upload URLs and url_private point at it.
  let origin: string | undefined;

  const inject = (method: string, outcome: InjectedOutcome, times: number): void => {
    injected.set(method, [...(injected.get(method) ?? []), ...Array.from({ length: times }, () => outcome)]);
  };
  const injectDownload = (outcome: InjectedDownloadOutcome, times: number): void => {
    injectedDownloads.push(...Array.from({ length: times }, () => outcome));
  };
  /** An injected hang: the request is never answered, and its socket is kept for close() to destroy. */
  const holdOpen = (request: IncomingMessage): void => {
    const socket = request.socket;
    hung.add(socket);
    socket.once('close', () => hung.delete(socket));
  };

  /**
   * A GET of a file as Slack's file host serves it: `url_private` (the uploaded bytes) or a clip's `vtt` (its finished
   * transcript), only with the bot token; anything else (no or another token, unknown, deleted, not uploaded, no
   * transcript) is a plain 404, as for url_private. Injected failures come first, as the host fails before it looks.
   */
  const serveDownload = (kind: 'url_private' | 'vtt', rest: string, request: IncomingMessage, response: ServerResponse): void => {
    const fileId = fileIdInPath(rest);
    const record = (httpStatus: number): void => {
      calls.push({ method: 'download', args: { file_id: fileId ?? '', kind }, response: {}, httpStatus, at: workspace.now() });
    };
    const outcome = injectedDownloads.shift();
    if (outcome?.kind === 'hang') {
      logger.warn(`local Slack: download of ${rest} hangs (injected), never answered`);
      record(0);
      return holdOpen(request);
    }
    if (outcome?.kind === 'http_status') {
      logger.warn(`local Slack: download of ${rest} answers injected HTTP ${outcome.status}`);
      record(outcome.status);
      return sendText(response, outcome.status, 'upstream error');
    }
    const file = fileId === undefined ? undefined : workspace.files.get(fileId);
    const authorized = request.headers.authorization === `Bearer ${botToken}`;
    const body =
      file === undefined || file.deleted || !file.completed || !authorized
        ? undefined
        : kind === 'url_private'
          ? file.content
          : file.clip?.transcription.status === 'complete' && file.clip.transcription.vtt !== undefined
            ? Buffer.from(file.clip.transcription.vtt, 'utf8')
            : undefined;
    if (file === undefined || body === undefined) {
      record(404);
      return sendText(response, 404, 'Not Found');
    }
    record(200);
    response.writeHead(200, { 'Content-Type': kind === 'vtt' ? 'text/vtt; charset=utf-8' : file.mimetype, 'Content-Length': body.length });
    response.end(body);
  };

  const answerApi = async (method: string, request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const parsed = parseWebApiRequest(request.headers, await readBody(request), new URL(request.url ?? '/', 'http://local').searchParams);
    const record = (body: Record<string, unknown>, httpStatus: number): void => {
      calls.push({ method, args: parsed.args, response: body, httpStatus, at: workspace.now() });
    };
    if (parsed.error !== undefined) {
      const body = { ok: false, error: parsed.error };
      record(body, 200);
      return sendJson(response, 200, body);
    }
    const outcome = injected.get(method)?.shift();
    if (outcome?.kind === 'rate_limit') {
      const body = { ok: false, error: 'ratelimited' };
      record(body, 429);
      return sendJson(response, 429, body, { 'Retry-After': String(outcome.retryAfterSeconds) });
    }
    if (outcome?.kind === 'fail') {
      logger.warn(`local Slack: ${method} answers injected error ${outcome.error}`);
      const body = { ok: false, error: outcome.error };
      record(body, 200);
      return sendJson(response, 200, body);
    }
    if (outcome?.kind === 'hang') {
      logger.warn(`local Slack: ${method} hangs (injected), never answered`);
      record({}, 0);
      return holdOpen(request);
    }
    if (outcome?.kind === 'http_status') {
      logger.warn(`local Slack: ${method} answers injected HTTP ${outcome.status}${outcome.applied ? ' after applying the call' : ''}`);
      if (outcome.applied) answerWebApiCall(workspace, botToken, { method, args: parsed.args, token: parsed.token, ...(origin !== undefined ? { origin } : {}) });
      record({}, outcome.status);
      return sendText(response, outcome.status, 'upstream error');
    }
    const answer = answerWebApiCall(workspace, botToken, { method, args: parsed.args, token: parsed.token, ...(origin !== undefined ? { origin } : {}) }, socketMode);
    if (answer.blockKitProblems.length > 0) rejectBlockKit(method, answer.blockKitProblems);
    const body = parsed.warnings.length > 0 ? withWarnings(answer.body, parsed.warnings) : answer.body;
    record(body, 200);
    sendJson(response, 200, body);
  };

  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://local').pathname;
    const handle = async (): Promise<void> => {
      if (path.startsWith(API_PREFIX) && (request.method === 'POST' || request.method === 'GET')) {
        return answerApi(decodeURIComponent(path.slice(API_PREFIX.length)), request, response);
      }
      if (path.startsWith(RESPONSE_URL_PREFIX) && request.method === 'POST') {
        const id = decodeURIComponent(path.slice(RESPONSE_URL_PREFIX.length));
        const answer = inbox.receive(id, request.headers['content-type'], await readBody(request));
        response.writeHead(answer.status, { 'Content-Type': 'text/plain; charset=utf-8' });
        response.end(answer.text);
        return;
      }
      if (path.startsWith(UPLOAD_PATH) && request.method === 'POST') {
        // As Slack's upload host: 200 "OK - <bytes>" once the bytes are in, 404 for an id it never issued.
        const fileId = decodeURIComponent(path.slice(UPLOAD_PATH.length));
        const bytes = uploadedBytes(request.headers['content-type'], await readRawBody(request));
        const received = workspace.receiveFileContent(fileId, bytes);
        calls.push({ method: 'upload', args: { file_id: fileId, bytes: bytes.length }, response: {}, httpStatus: received ? 200 : 404, at: workspace.now() });
        return sendText(response, received ? 200 : 404, received ? `OK - ${bytes.length}` : 'Not Found');
      }
      if (path.startsWith(FILES_PATH) && request.method === 'GET') return serveDownload('url_private', path.slice(FILES_PATH.length), request, response);
      if (path.startsWith(VTT_PATH) && request.method === 'GET') return serveDownload('vtt', path.slice(VTT_PATH.length), request, response);
      sendJson(response, 404, { ok: false, error: 'not_found' });
    };
    handle().catch((error: unknown) => {
      logger.error('local Slack: request failed', error);
      if (!response.headersSent) sendJson(response, 500, { ok: false, error: 'fatal_error' });
    });
  });

  server.on('upgrade', (request, socket, head) => {
    if (socketMode === undefined) {
      rejectUpgrade(socket, 404, 'Not Found');
      return;
    }
    sockets.handleUpgrade(request, socket, head);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  const serverOrigin = `http://${address.family === 'IPv6' ? `[${address.address}]` : address.address}:${address.port}`;
  origin = serverOrigin;
  // Clips people record from now on are served here, like uploads (their url_private and vtt point at this server).
  workspace.filesOrigin = serverOrigin;
  const { appToken } = options;
  if (appToken !== undefined) socketMode = { appToken, issueUrl: () => sockets.issueUrl(serverOrigin) };

  return {
    url: `${serverOrigin}${API_PREFIX}`,
    calls,
    callsTo: (method) => calls.filter((call) => call.method === method),
    blockKitRejections,
    failNext: (method, errorCode, times = 1) => inject(method, { kind: 'fail', error: errorCode }, times),
    rateLimitNext: (method, retryAfterSeconds, times = 1) => inject(method, { kind: 'rate_limit', retryAfterSeconds }, times),
    failNextWithHttpStatus: (method, status, { times = 1, applied = false } = {}) => inject(method, { kind: 'http_status', status, applied }, times),
    hangNext: (method, times = 1) => inject(method, { kind: 'hang' }, times),
    failDownloadNext: ({ status, times = 1 }) => injectDownload({ kind: 'http_status', status }, times),
    hangDownloadNext: (times = 1) => injectDownload({ kind: 'hang' }, times),
    responseUrl: (id, target) => {
      inbox.expect(id, target);
      return `${serverOrigin}${RESPONSE_URL_PREFIX}${encodeURIComponent(id)}`;
    },
    responses: inbox.responses,
    socketMode: sockets.standIn,
    close: () =>
      new Promise<void>((resolve, reject) => {
        // Upgraded sockets are no longer the HTTP server's to close, but close() waits for them.
        sockets.closeAll();
        for (const socket of hung) socket.destroy();
        hung.clear();
        server.close((error) => (error ? reject(error) : resolve()));
        // Keep-alive connections from fetch would otherwise hold close() open.
        server.closeAllConnections();
      }),
  };
}

function withWarnings(body: Record<string, unknown>, warnings: string[]): Record<string, unknown> {
  const metadata = typeof body.response_metadata === 'object' && body.response_metadata !== null ? body.response_metadata : {};
  return { ...body, warning: warnings.join(','), response_metadata: { ...metadata, warnings } };
}

async function readRawBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function sendText(response: ServerResponse, status: number, text: string): void {
  response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': Buffer.byteLength(text) });
  response.end(text);
}

function sendJson(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(text), ...headers });
  response.end(text);
}
