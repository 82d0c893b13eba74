/**
 * The playground's web server: the page (plain HTML and CSS, plus our browser TypeScript as compiled by tsc into
 * dist/), live updates as server-sent events, and a small JSON API the page calls for each thing a person does.
 */
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { z } from 'zod';
import type { BlockKitRejection, Workspace } from '../local-slack/index.js';
import type { AppLogger } from '../logger.js';
import { StartupError } from '../slack/slack-errors.js';
import type { ClockControl } from './clock-control.js';
import { snapshotFor } from './snapshot.js';
import type { PlaygroundState } from './state-types.js';
import type { UserActions } from './user-actions.js';
import { diffState, type LiveUpdate } from './web/state-diff.js';

export interface PlaygroundServerOptions {
  port: number;
  workspace: Workspace;
  channelId: string;
  actions: UserActions;
  clockControl: ClockControl;
  /** Every Block Kit refusal so far (the stand-in appends to it). */
  problems: readonly BlockKitRejection[];
  /** Registers the listener told about each new refusal. */
  onProblem: (listener: (rejection: BlockKitRejection) => void) => void;
  logger: AppLogger;
  /** Where the compiled page scripts are; defaults to dist/playground/web/ (what `npm run build` writes). */
  browserScriptsDir?: URL;
}

export interface PlaygroundServer {
  port: number;
  close(): Promise<void>;
}

// Both resolve from src/playground/ (tests) and dist/playground/ (npm run playground), which sit at the same depth.
const STATIC_DIR = new URL('../../src/playground/static/', import.meta.url);
const BROWSER_JS_DIR = new URL('../../dist/playground/web/', import.meta.url);

const STATIC_FILES: Record<string, { file: string; type: string }> = {
  '/': { file: 'index.html', type: 'text/html; charset=utf-8' },
  '/style.css': { file: 'style.css', type: 'text/css; charset=utf-8' },
};

/** Coalesces a burst of workspace changes (a prompt plus its reactions) into one update per page. */
const PUSH_DELAY_MS = 15;
const KEEP_ALIVE_MS = 15_000;
/**
 * A page's first state carries the channel's newest messages only, so it is drawn quickly; the older ones follow as
 * one change a moment later, so that building and sending them does not hold up the page's own files and first draw.
 */
const FIRST_STATE_MESSAGES = 30;
const OLDER_MESSAGES_DELAY_MS = 150;

const UserId = z.string().regex(/^[UW][A-Z0-9]+$/);
const Ts = z.string().regex(/^\d+\.\d+$/);
const RawValues = z.record(z.string(), z.record(z.string(), z.union([z.string(), z.array(z.string()), z.null()])));
const Requests = {
  message: z.object({ user: UserId, channel: z.string(), text: z.string().max(40_000), threadTs: Ts.optional() }),
  clip: z.object({
    user: UserId,
    channel: z.string(),
    threadTs: Ts,
    text: z.string().max(40_000),
    wordsPerMinute: z.number().int().min(40).max(400).optional(),
    transcript: z.enum(['now', 'later', 'never']),
    afterSeconds: z.number().min(0.5).max(60).optional(),
  }),
  edit: z.object({ user: UserId, channel: z.string(), ts: Ts, text: z.string().max(40_000) }),
  remove: z.object({ user: UserId, channel: z.string(), ts: Ts }),
  reaction: z.object({ user: UserId, channel: z.string(), ts: Ts, name: z.string().regex(/^[a-z0-9_+'-]+$/) }),
  action: z.object({
    user: UserId,
    source: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('message'), channel: z.string(), ts: Ts }),
      z.object({ kind: z.literal('ephemeral'), channel: z.string(), ts: Ts }),
      z.object({ kind: z.literal('view'), viewId: z.string() }),
    ]),
    blockId: z.string(),
    actionId: z.string(),
    selected: z.union([z.string(), z.array(z.string())]).optional(),
    values: RawValues.optional(),
  }),
  viewSubmit: z.object({ user: UserId, viewId: z.string(), values: RawValues }),
  viewClose: z.object({ user: UserId, viewId: z.string() }),
  home: z.object({ user: UserId, tab: z.enum(['home', 'messages']) }),
  dismiss: z.object({ user: UserId, ts: Ts }),
  none: z.object({}),
  /** The clock's "Move clock to next": who pressed it, for the log line naming their reminder as theirs. */
  advance: z.object({ user: UserId.optional() }),
};

export async function startPlaygroundServer(options: PlaygroundServerOptions): Promise<PlaygroundServer> {
  const { workspace, actions, clockControl, logger } = options;
  const scriptsDir = options.browserScriptsDir ?? BROWSER_JS_DIR;
  const clients = new Set<Client>();
  const snapshot = (user: string, newestMessages?: number) =>
    snapshotFor(
      {
        workspace,
        channelId: options.channelId,
        viewErrors: actions.viewErrors,
        problems: options.problems,
        next: () => clockControl.next(user),
        nextPrompt: () => clockControl.nextPrompt(),
        holidayToday: () => clockControl.holidayToday(),
        zone: () => clockControl.zone(),
      },
      user,
      newestMessages === undefined ? {} : { newestMessages },
    );

  let pushTimer: NodeJS.Timeout | undefined;
  const schedulePush = (): void => {
    if (pushTimer !== undefined) return;
    pushTimer = setTimeout(() => {
      pushTimer = undefined;
      for (const client of clients) pushChanges(client);
    }, PUSH_DELAY_MS);
  };
  // Every kind of change is pushed the same way: the person's state is read again and only the difference is sent.
  // `file_changed` (a clip's transcript moved on) and `file_deleted` change the `files` of the messages that carry the
  // file (snapshot.ts), so the clip cards on the page follow.
  const unsubscribe = workspace.onChange(schedulePush);
  options.onProblem(schedulePush);

  const known = (user: string) => workspace.users.has(user) && workspace.users.get(user)?.is_bot !== true;
  const requirePerson = (user: string): string => {
    if (!known(user)) throw new RequestError(`unknown person ${user}`);
    return user;
  };

  /** Runs one page request: parses the body, checks the person exists, and answers with the action's result. */
  const api: Record<string, (body: unknown) => Promise<unknown>> = {
    '/api/message': async (body) => {
      const { user, channel, text, threadTs } = Requests.message.parse(body);
      return actions.sendMessage(requirePerson(user), channel, text, threadTs);
    },
    '/api/clip': async (body) => {
      const { user, channel, threadTs, text, wordsPerMinute, transcript, afterSeconds } = Requests.clip.parse(body);
      return actions.postClip(requirePerson(user), channel, threadTs, {
        text,
        transcript,
        ...(wordsPerMinute !== undefined ? { wordsPerMinute } : {}),
        ...(afterSeconds !== undefined ? { afterMs: Math.round(afterSeconds * 1000) } : {}),
      });
    },
    '/api/message/edit': async (body) => {
      const { user, channel, ts, text } = Requests.edit.parse(body);
      return actions.editMessage(requirePerson(user), channel, ts, text);
    },
    '/api/message/delete': async (body) => {
      const { user, channel, ts } = Requests.remove.parse(body);
      return actions.deleteMessage(requirePerson(user), channel, ts);
    },
    '/api/reaction': async (body) => {
      const { user, channel, ts, name } = Requests.reaction.parse(body);
      return actions.toggleReaction(requirePerson(user), channel, ts, name);
    },
    '/api/action': async (body) => {
      const { user, source, blockId, actionId, selected, values } = Requests.action.parse(body);
      return actions.clickAction(requirePerson(user), {
        source,
        blockId,
        actionId,
        ...(selected !== undefined ? { selected } : {}),
        ...(values !== undefined ? { values } : {}),
      });
    },
    '/api/view/submit': async (body) => {
      const { user, viewId, values } = Requests.viewSubmit.parse(body);
      return actions.submitView(requirePerson(user), viewId, values);
    },
    '/api/view/close': async (body) => {
      const { user, viewId } = Requests.viewClose.parse(body);
      return actions.closeView(requirePerson(user), viewId);
    },
    '/api/home': async (body) => {
      const { user, tab } = Requests.home.parse(body);
      return actions.openAppHome(requirePerson(user), tab);
    },
    '/api/ephemeral/dismiss': async (body) => {
      const { user, ts } = Requests.dismiss.parse(body);
      return actions.dismissEphemeral(requirePerson(user), ts);
    },
    '/api/clock/post-now': async (body) => {
      Requests.none.parse(body);
      const result = await clockControl.postPromptNow();
      schedulePush();
      return result;
    },
    '/api/clock/next': async (body) => {
      const { user } = Requests.advance.parse(body);
      const result = await clockControl.advanceToNext(user !== undefined && known(user) ? user : undefined);
      schedulePush();
      return result;
    },
  };

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      const status = error instanceof RequestError || error instanceof z.ZodError ? 400 : 500;
      if (status === 500) logger.error('playground: request failed:', error);
      if (!response.headersSent) sendJson(response, status, { ok: false, error: error instanceof Error ? error.message : String(error) });
      else response.end();
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://playground');
    const path = url.pathname;
    if (request.method === 'GET') {
      const page = STATIC_FILES[path];
      if (page) return sendFile(response, new URL(page.file, STATIC_DIR), page.type);
      const script = /^\/app\/([a-z0-9-]+\.js)$/.exec(path)?.[1];
      if (script !== undefined) return sendFile(response, new URL(script, scriptsDir), 'text/javascript; charset=utf-8');
      if (path === '/events') return openEventStream(url.searchParams.get('user') ?? '', response);
      if (path === '/healthz') return sendJson(response, 200, { ok: true });
      // A file shared in a message (the page's "Open" link): what the stand-in serves as url_private, for the person.
      const fileId = /^\/files\/(F[A-Z0-9]+)(?:\/[^/]*)?$/.exec(path)?.[1];
      if (fileId !== undefined) {
        const file = workspace.files.get(fileId);
        if (file?.content === undefined || !file.completed) return sendJson(response, 404, { ok: false, error: 'file_not_found' });
        response.writeHead(200, {
          'Content-Type': file.mimetype.startsWith('text/') || file.mimetype === 'application/json' ? `${file.mimetype}; charset=utf-8` : file.mimetype,
          'Content-Length': file.content.length,
          'Content-Disposition': `inline; filename="${file.name.replace(/["\\]/g, '_')}"`,
        });
        response.end(file.content);
        return;
      }
      // No icon: answer at once rather than with a 404 in the browser console.
      if (path === '/favicon.ico') {
        response.writeHead(204);
        response.end();
        return;
      }
      if (path === '/api/state') {
        const user = url.searchParams.get('user') ?? '';
        if (!known(user)) throw new RequestError(`unknown person ${user}`);
        return sendJson(response, 200, snapshot(user));
      }
    }
    const run = api[path];
    if (request.method === 'POST' && run !== undefined) {
      const body = await readJson(request);
      return sendJson(response, 200, await run(body));
    }
    sendJson(response, 404, { ok: false, error: 'not_found' });
  }

  /** Sends a page only what changed in what its person sees, and nothing when that did not change. */
  function pushChanges(client: Client): void {
    const next = snapshot(client.user);
    const diff = diffState(client.sent, next);
    if (diff === undefined) return;
    const base = client.seq;
    client.seq += 1;
    client.sent = next;
    send(client, { seq: client.seq, base, diff });
  }

  function send(client: Client, update: LiveUpdate): void {
    client.response.write(`data: ${JSON.stringify(update)}\n\n`);
  }

  /** Live updates for one person; an unknown one (a stale bookmark) gets the first demo person. */
  function openEventStream(requested: string, response: ServerResponse): void {
    const user = known(requested) ? requested : [...workspace.users.values()].find((u) => !u.is_bot)?.id;
    if (user === undefined) throw new RequestError('no people in the workspace');
    response.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache', Connection: 'keep-alive' });
    // Every connection (a reconnect too) starts with a whole state: the newest messages first, for a quick first
    // paint, and the older ones shortly after as a change; live changes follow.
    const client: Client = { user, response, seq: 1, sent: snapshot(user, FIRST_STATE_MESSAGES) };
    clients.add(client);
    send(client, { seq: client.seq, state: client.sent });
    if (client.sent.channel.messages.length >= FIRST_STATE_MESSAGES) {
      setTimeout(() => {
        if (clients.has(client)) pushChanges(client);
      }, OLDER_MESSAGES_DELAY_MS);
    }
    const keepAlive = setInterval(() => response.write(': keep-alive\n\n'), KEEP_ALIVE_MS);
    response.on('close', () => {
      clearInterval(keepAlive);
      clients.delete(client);
    });
  }

  // Loopback only: the page has no sign-in, so it is for the person at this machine.
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error) => reject(new StartupError(`Cannot serve the playground on port ${options.port}: ${error.message}. Set PORT to a free port.`)));
    server.listen(options.port, '127.0.0.1', () => resolve());
  });

  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        unsubscribe();
        if (pushTimer !== undefined) clearTimeout(pushTimer);
        for (const client of clients) client.response.end();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** An open page: who it shows, the last state it was sent, and the sequence number of that message. */
interface Client {
  user: string;
  response: ServerResponse;
  seq: number;
  sent: PlaygroundState;
}

class RequestError extends Error {}

async function sendFile(response: ServerResponse, file: URL, type: string): Promise<void> {
  let content: Buffer;
  try {
    content = await readFile(file);
  } catch {
    const hint = type.startsWith('text/javascript') ? ' (the page script is built by `npm run build`)' : '';
    sendJson(response, 404, { ok: false, error: `missing ${file.pathname}${hint}` });
    return;
  }
  response.writeHead(200, { 'Content-Type': type, 'Content-Length': content.length, 'Cache-Control': 'no-cache' });
  response.end(content);
}

async function readJson(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  if (text === '') return {};
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new RequestError('the body is not JSON');
  }
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(text) });
  response.end(text);
}
