/**
 * The Web API methods the local Slack stand-in answers, with Slack's response shapes and error codes. Transport-free:
 * the HTTP server parses requests and hands them here, so the playground can call it in-process too.
 */
import { SlackApiError } from './methods/arguments.js';
import type { MethodHandler, SlackArgs } from './methods/arguments.js';
import { authTest } from './methods/auth.js';
import { chatDelete, chatGetPermalink, chatPostEphemeral, chatPostMessage, chatUpdate } from './methods/chat.js';
import { filesCompleteUploadExternal, filesGetUploadURLExternal, filesInfo } from './methods/files.js';
import { conversationsHistory, conversationsInfo, conversationsMembers, conversationsOpen, conversationsReplies } from './methods/conversations.js';
import { reactionsAdd, reactionsRemove } from './methods/reactions.js';
import { usersInfo } from './methods/users.js';
import { viewsOpen, viewsPublish, viewsPush, viewsUpdate } from './methods/views.js';
import type { Workspace } from './workspace.js';

export type { SlackArgs } from './methods/arguments.js';

const BOT_TOKEN_METHODS: Record<string, MethodHandler> = {
  'auth.test': authTest,
  'chat.postMessage': chatPostMessage,
  'chat.postEphemeral': chatPostEphemeral,
  'chat.update': chatUpdate,
  'chat.delete': chatDelete,
  'chat.getPermalink': chatGetPermalink,
  'conversations.history': conversationsHistory,
  'conversations.info': conversationsInfo,
  'conversations.members': conversationsMembers,
  'conversations.open': conversationsOpen,
  'conversations.replies': conversationsReplies,
  'users.info': usersInfo,
  'reactions.add': reactionsAdd,
  'reactions.remove': reactionsRemove,
  'views.open': viewsOpen,
  'views.update': viewsUpdate,
  'views.push': viewsPush,
  'views.publish': viewsPublish,
  'files.getUploadURLExternal': filesGetUploadURLExternal,
  'files.completeUploadExternal': filesCompleteUploadExternal,
  'files.info': filesInfo,
};

/** Socket Mode's method: it takes an app-level (`xapp-`) token, valid only when the stand-in was given one. */
const SOCKET_MODE_METHOD = 'apps.connections.open';

export const SUPPORTED_METHODS: readonly string[] = [...Object.keys(BOT_TOKEN_METHODS), SOCKET_MODE_METHOD];

export interface WebApiCall {
  method: string;
  args: SlackArgs;
  /** From `Authorization: Bearer`, or the `token` form field; undefined when the request carried none. */
  token: string | undefined;
  /** The server's origin, for URLs it serves itself (the upload URL, `url_private`); Slack's hosts without it. */
  origin?: string;
}

export interface WebApiAnswer {
  /** The JSON Slack would answer with HTTP 200: `{ ok: true, ... }` or `{ ok: false, error, ... }`. */
  body: Record<string, unknown>;
  /** Block Kit problems when the call was refused for breaking limits; empty otherwise. */
  blockKitProblems: string[];
}

/** Socket Mode as the server offers it: the one app-level token it accepts, and a fresh WebSocket URL per call. */
export interface SocketModeAccess {
  appToken: string;
  issueUrl(): string;
}

/**
 * Answers one Web API call against `workspace`, accepting `botToken` as the only valid bot token, and (with
 * `socketMode`) its app token for `apps.connections.open`.
 */
export function answerWebApiCall(workspace: Workspace, botToken: string, call: WebApiCall, socketMode?: SocketModeAccess): WebApiAnswer {
  const handler = BOT_TOKEN_METHODS[call.method];
  const isSocketMode = call.method === SOCKET_MODE_METHOD;
  // Slack names an unknown method before it looks at the token.
  if (!handler && !isSocketMode) return failure('unknown_method', { req_method: call.method });
  if (call.token === undefined || call.token === '') return failure('not_authed');
  if (!handler) {
    if (socketMode !== undefined && call.token === socketMode.appToken) {
      return { body: { ok: true, url: socketMode.issueUrl() }, blockKitProblems: [] };
    }
    // A bot token is the wrong kind here; any other token is not one this stand-in issued.
    return failure(call.token === botToken ? 'not_allowed_token_type' : 'invalid_auth');
  }
  if (call.token.startsWith('xapp-')) return failure('not_allowed_token_type');
  if (call.token !== botToken) return failure('invalid_auth');
  try {
    return { body: { ok: true, ...handler({ workspace, args: call.args, ...(call.origin !== undefined ? { origin: call.origin } : {}) }) }, blockKitProblems: [] };
  } catch (error) {
    if (!(error instanceof SlackApiError)) throw error;
    return { body: { ok: false, error: error.code, ...error.extra }, blockKitProblems: error.blockKitProblems };
  }
}

function failure(error: string, extra: Record<string, unknown> = {}): WebApiAnswer {
  return { body: { ok: false, error, ...extra }, blockKitProblems: [] };
}
