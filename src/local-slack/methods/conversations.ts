import type { Channel, Workspace } from '../workspace.js';
import { SlackApiError, booleanArg, integerArg, optionalString, requiredString } from './arguments.js';
import type { MethodContext, MethodResult } from './arguments.js';

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
