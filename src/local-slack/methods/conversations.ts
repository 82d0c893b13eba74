import type { Channel, StoredMessage, Workspace } from '../workspace.js';
import { SlackApiError, booleanArg, integerArg, optionalString, requiredString } from './arguments.js';
import type { MethodContext, MethodResult } from './arguments.js';
import { renderMessage } from './chat.js';

/**
 * The channel a `channel` argument names: an id, a user id (the bot's DM with that person, as `chat.postMessage`
 * allows) or a name with or without `#`. Private channels the bot is not in are invisible to it, as on Slack.
 */
export function findVisibleChannel(workspace: Workspace, idOrName: string): Channel | undefined {
  let channel = workspace.channels.get(idOrName) ?? workspace.findChannelByName(idOrName);
  if (!channel && workspace.users.has(idOrName) && idOrName !== workspace.bot.userId) {
    channel = workspace.openDirectMessage(idOrName).channel;
  }
  if (!channel) return undefined;
  if (channel.is_private && !channel.members.has(workspace.bot.userId)) return undefined;
  return channel;
}

export function requireVisibleChannel(workspace: Workspace, args: MethodContext['args'], name = 'channel'): Channel {
  const channel = findVisibleChannel(workspace, requiredString(args, name, 'channel_not_found'));
  if (!channel) throw new SlackApiError('channel_not_found');
  return channel;
}

export function conversationsInfo({ workspace, args }: MethodContext): MethodResult {
  const channel = requireVisibleChannel(workspace, args);
  return { channel: describeChannel(workspace, channel, booleanArg(args, 'include_num_members')) };
}

/** `conversations.members`, paged with an opaque cursor like Slack's (`limit` defaults to 100, at most 1000). */
export function conversationsMembers({ workspace, args }: MethodContext): MethodResult {
  const channel = requireVisibleChannel(workspace, args);
  const limit = Math.min(Math.max(integerArg(args, 'limit') ?? 100, 1), 1000);
  const cursor = optionalString(args, 'cursor');
  const offset = cursor === undefined ? 0 : decodeCursor(cursor);
  const members = [...channel.members];
  const page = members.slice(offset, offset + limit);
  const next = offset + limit < members.length ? encodeCursor(offset + limit) : '';
  return { members: page, response_metadata: { next_cursor: next } };
}

/**
 * `conversations.history`: the channel's messages newest first, thread replies left out (they are read with
 * `conversations.replies`). `oldest` (default 0) and `latest` (default now) bound the range, both exclusive unless
 * `inclusive`; `limit` defaults to 100, at most 999. Paged with `response_metadata.next_cursor` (Slack's
 * `next_ts:` cursor) while `has_more`. Metadata is returned only with `include_all_metadata`. The bot must be in the
 * channel (`not_in_channel`); a private channel it is not in does not exist for it (`channel_not_found`).
 */
export function conversationsHistory({ workspace, args }: MethodContext): MethodResult {
  const channel = requireVisibleChannel(workspace, args);
  if (!channel.members.has(workspace.bot.userId)) throw new SlackApiError('not_in_channel');
  const oldest = timestampArg(optionalString(args, 'oldest'), 'invalid_ts_oldest') ?? 0;
  const latest = timestampArg(optionalString(args, 'latest'), 'invalid_ts_latest') ?? Number.MAX_SAFE_INTEGER;
  const inclusive = booleanArg(args, 'inclusive');
  const limit = Math.min(Math.max(integerArg(args, 'limit') ?? 100, 1), 999);
  const cursor = optionalString(args, 'cursor');
  const before = cursor === undefined ? undefined : decodeHistoryCursor(cursor);
  const includeMetadata = booleanArg(args, 'include_all_metadata');

  const inRange = (workspace.messages.get(channel.id) ?? [])
    .filter((message) => message.thread_ts === undefined || message.thread_ts === message.ts)
    .map((message) => ({ message, micros: tsMicros(message.ts) }))
    .filter(({ micros }) => (inclusive ? micros >= oldest && micros <= latest : micros > oldest && micros < latest))
    .filter(({ micros }) => before === undefined || micros <= before)
    .sort((a, b) => b.micros - a.micros);
  const page = inRange.slice(0, limit);
  const next = inRange[limit];
  return {
    messages: page.map(({ message }) => historyMessage(workspace, message, includeMetadata)),
    has_more: next !== undefined,
    pin_count: 0,
    ...(next !== undefined ? { response_metadata: { next_cursor: encodeHistoryCursor(next.micros) } } : {}),
  };
}

/**
 * `conversations.replies`: a thread, oldest first: its parent, then the replies. `ts` may name the parent or any reply
 * (the whole thread is returned); a message without replies comes back alone. An unknown `ts` is `thread_not_found`.
 * `oldest` / `latest` (exclusive unless `inclusive`) bound the range; `limit` defaults to 1000 (at most 1000). Paged
 * with `response_metadata.next_cursor` while `has_more`. Metadata only with `include_all_metadata`. The bot must be in
 * the channel (`not_in_channel`); a private channel it is not in does not exist for it (`channel_not_found`).
 */
export function conversationsReplies({ workspace, args }: MethodContext): MethodResult {
  const channel = requireVisibleChannel(workspace, args);
  if (!channel.members.has(workspace.bot.userId)) throw new SlackApiError('not_in_channel');
  const ts = optionalString(args, 'ts');
  if (ts === undefined || ts === '') throw new SlackApiError('thread_not_found');
  const named = workspace.findMessage(channel.id, ts);
  if (named === undefined) throw new SlackApiError('thread_not_found');
  const parentTs = named.thread_ts ?? named.ts;
  const parent = workspace.findMessage(channel.id, parentTs);
  if (parent === undefined) throw new SlackApiError('thread_not_found');
  const oldest = timestampArg(optionalString(args, 'oldest'), 'invalid_ts_oldest') ?? 0;
  const latest = timestampArg(optionalString(args, 'latest'), 'invalid_ts_latest') ?? Number.MAX_SAFE_INTEGER;
  const inclusive = booleanArg(args, 'inclusive');
  const limit = Math.min(Math.max(integerArg(args, 'limit') ?? 1000, 1), 1000);
  const cursor = optionalString(args, 'cursor');
  const from = cursor === undefined ? undefined : decodeHistoryCursor(cursor);
  const includeMetadata = booleanArg(args, 'include_all_metadata');

  const replies = (workspace.messages.get(channel.id) ?? []).filter((m) => m.thread_ts === parent.ts && m.ts !== parent.ts);
  const thread = [parent, ...replies]
    .map((message) => ({ message, micros: tsMicros(message.ts) }))
    .filter(({ micros }) => (inclusive ? micros >= oldest && micros <= latest : micros > oldest && micros < latest))
    .filter(({ micros }) => from === undefined || micros >= from)
    .sort((a, b) => a.micros - b.micros);
  const page = thread.slice(0, limit);
  const next = thread[limit];
  return {
    messages: page.map(({ message }) =>
      message === parent ? historyMessage(workspace, message, includeMetadata) : renderMessage(workspace, message, { includeMetadata }),
    ),
    has_more: next !== undefined,
    ...(next !== undefined ? { response_metadata: { next_cursor: encodeHistoryCursor(next.micros) } } : {}),
  };
}

/** A top-level message as history lists it: with its thread's reply count when it has replies. */
function historyMessage(workspace: Workspace, message: StoredMessage, includeMetadata: boolean): Record<string, unknown> {
  const rendered = renderMessage(workspace, message, { includeMetadata });
  const replies = (workspace.messages.get(message.channel) ?? []).filter((m) => m.thread_ts === message.ts && m.ts !== message.ts);
  if (replies.length === 0) return rendered;
  return {
    ...rendered,
    thread_ts: message.ts,
    reply_count: replies.length,
    reply_users: [...new Set(replies.map((m) => m.user ?? ''))].filter((u) => u !== ''),
    latest_reply: replies.at(-1)?.ts,
  };
}

/** A `seconds.micros` timestamp as an integer count of microseconds (exact, unlike a float). */
function tsMicros(ts: string): number {
  const [seconds = '0', fraction = ''] = ts.split('.');
  return Number(seconds) * 1_000_000 + Number(fraction.padEnd(6, '0').slice(0, 6));
}

function timestampArg(value: string | undefined, invalidCode: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+(\.\d+)?$/.test(value)) throw new SlackApiError(invalidCode);
  return tsMicros(value);
}

function encodeHistoryCursor(micros: number): string {
  return Buffer.from(`next_ts:${micros}`).toString('base64');
}

function decodeHistoryCursor(cursor: string): number {
  const match = /^next_ts:(\d+)$/.exec(Buffer.from(cursor, 'base64').toString('utf8'));
  if (!match?.[1]) throw new SlackApiError('invalid_cursor');
  return Number(match[1]);
}

/** `conversations.open`: one user gives the bot's DM with them; several give a group DM. */
export function conversationsOpen({ workspace, args }: MethodContext): MethodResult {
  const existing = optionalString(args, 'channel');
  if (existing !== undefined) {
    const channel = requireVisibleChannel(workspace, args);
    return { no_op: true, already_open: true, channel: { id: channel.id } };
  }
  const users = (optionalString(args, 'users') ?? '').split(',').map((u) => u.trim()).filter((u) => u !== '');
  if (users.length === 0) throw new SlackApiError('users_list_not_supplied');
  if (users.length > 8) throw new SlackApiError('too_many_users');
  for (const id of users) {
    const user = workspace.users.get(id);
    if (!user) throw new SlackApiError('user_not_found');
    if (users.length === 1 && user.is_bot) throw new SlackApiError('cannot_dm_bot');
  }
  const [only] = users;
  const { channel, alreadyOpen } =
    users.length === 1 && only !== undefined ? workspace.openDirectMessage(only) : workspace.openGroupDirectMessage(users);
  const described = booleanArg(args, 'return_im') ? describeChannel(workspace, channel, false) : { id: channel.id };
  return alreadyOpen ? { no_op: true, already_open: true, channel: described } : { channel: described };
}

/** The `channel` object of `conversations.info`, in Slack's field names. */
export function describeChannel(workspace: Workspace, channel: Channel, includeMemberCount: boolean): Record<string, unknown> {
  if (channel.is_im) {
    return { id: channel.id, created: channel.created, is_im: true, is_org_shared: false, user: channel.user, is_user_deleted: false };
  }
  return {
    id: channel.id,
    name: channel.name,
    name_normalized: channel.name,
    is_channel: !channel.is_private && !channel.is_mpim,
    is_group: channel.is_private && !channel.is_mpim,
    is_im: false,
    is_mpim: channel.is_mpim,
    is_private: channel.is_private,
    is_archived: false,
    is_general: false,
    is_shared: false,
    is_ext_shared: false,
    is_org_shared: false,
    is_member: channel.members.has(workspace.bot.userId),
    created: channel.created,
    creator: '',
    context_team_id: workspace.team.id,
    topic: { value: '', creator: '', last_set: 0 },
    purpose: { value: '', creator: '', last_set: 0 },
    ...(includeMemberCount ? { num_members: channel.members.size } : {}),
  };
}

function encodeCursor(offset: number): string {
  return Buffer.from(`offset:${offset}`).toString('base64');
}

function decodeCursor(cursor: string): number {
  const match = /^offset:(\d+)$/.exec(Buffer.from(cursor, 'base64').toString('utf8'));
  if (!match?.[1]) throw new SlackApiError('invalid_cursor');
  return Number(match[1]);
}
