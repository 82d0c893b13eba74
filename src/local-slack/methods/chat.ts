import { BLOCK_KIT_LIMITS, findBlockKitProblems } from '../block-kit-limits.js';
import type { MessageMetadata, StoredMessage, Workspace } from '../workspace.js';
import { SlackApiError, isRecord, optionalString, requiredString, structuredArg } from './arguments.js';
import type { MethodContext, MethodResult, SlackArgs } from './arguments.js';
import { requireVisibleChannel } from './conversations.js';
import { messageFiles } from './files.js';

interface MessageContent {
  text: string;
  blocks?: unknown[];
  attachments?: unknown[];
}

export function chatPostMessage({ workspace, args }: MethodContext): MethodResult {
  const channel = requireVisibleChannel(workspace, args);
  if (!channel.members.has(workspace.bot.userId)) throw new SlackApiError('not_in_channel');
  const content = readMessageContent(args);
  const metadata = readMetadata(args);
  const threadTs = optionalString(args, 'thread_ts');
  const message = workspace.postMessage({
    channel: channel.id,
    ...(threadTs !== undefined ? { thread_ts: threadTs } : {}),
    user: workspace.bot.userId,
    bot_id: workspace.bot.botId,
    app_id: workspace.bot.appId,
    ...content,
    ...(metadata !== undefined ? { metadata } : {}),
  });
  return { channel: channel.id, ts: message.ts, message: renderMessage(workspace, message) };
}

export function chatPostEphemeral({ workspace, args }: MethodContext): MethodResult {
  const channel = requireVisibleChannel(workspace, args);
  const user = requiredString(args, 'user', 'user_not_in_channel');
  if (!channel.members.has(workspace.bot.userId)) throw new SlackApiError('not_in_channel');
  if (!channel.members.has(user)) throw new SlackApiError('user_not_in_channel');
  const content = readMessageContent(args);
  const threadTs = optionalString(args, 'thread_ts');
  const ephemeral = workspace.postEphemeral({
    channel: channel.id,
    user,
    text: content.text,
    ...(content.blocks !== undefined ? { blocks: content.blocks } : {}),
    ...(threadTs !== undefined ? { thread_ts: threadTs } : {}),
  });
  return { message_ts: ephemeral.message_ts };
}

/** Only the bot's own messages can be edited with a bot token; ephemerals are not messages and are never found. */
export function chatUpdate({ workspace, args }: MethodContext): MethodResult {
  const channel = requireVisibleChannel(workspace, args);
  const message = workspace.findMessage(channel.id, requiredString(args, 'ts', 'message_not_found'));
  if (!message) throw new SlackApiError('message_not_found');
  if (message.bot_id !== workspace.bot.botId) throw new SlackApiError('cant_update_message');
  const content = readMessageContent(args);
  workspace.updateMessage(message, content);
  return { channel: channel.id, ts: message.ts, text: message.text, message: renderMessage(workspace, message) };
}

export function chatDelete({ workspace, args }: MethodContext): MethodResult {
  const channel = requireVisibleChannel(workspace, args);
  const ts = requiredString(args, 'ts', 'message_not_found');
  const message = workspace.findMessage(channel.id, ts);
  if (!message) throw new SlackApiError('message_not_found');
  if (message.bot_id !== workspace.bot.botId) throw new SlackApiError('cant_delete_message');
  workspace.deleteMessage(channel.id, ts);
  return { channel: channel.id, ts };
}

export function chatGetPermalink({ workspace, args }: MethodContext): MethodResult {
  const channel = requireVisibleChannel(workspace, args);
  const message = workspace.findMessage(channel.id, requiredString(args, 'message_ts', 'message_not_found'));
  if (!message) throw new SlackApiError('message_not_found');
  return { channel: channel.id, permalink: permalinkFor(workspace, channel.id, message) };
}

/** Slack's permalink shape: the ts without its dot after `p`; thread replies carry their thread. */
export function permalinkFor(workspace: Workspace, channelId: string, message: StoredMessage): string {
  const base = `https://${workspace.team.domain}.slack.com/archives/${channelId}/p${message.ts.replace('.', '')}`;
  if (message.thread_ts === undefined || message.thread_ts === message.ts) return base;
  return `${base}?thread_ts=${message.thread_ts}&cid=${channelId}`;
}

/**
 * `metadata` as `chat.postMessage` takes it: `{ event_type, event_payload }`, a JSON string from a WebClient's form or
 * an object in a JSON body. Unparsable or not an object: `invalid_metadata_format`; no `event_type` (letters, digits,
 * `_` and `-`) or a payload that is not an object: `invalid_metadata_schema`. Other keys (work-object `entities`) are
 * not kept.
 */
function readMetadata(args: SlackArgs): MessageMetadata | undefined {
  const value = structuredArg(args, 'metadata', 'invalid_metadata_format');
  if (value === undefined) return undefined;
  if (!isRecord(value)) throw new SlackApiError('invalid_metadata_format');
  const { event_type: eventType, event_payload: payload } = value;
  if (typeof eventType !== 'string' || !/^[A-Za-z0-9_-]+$/.test(eventType)) throw new SlackApiError('invalid_metadata_schema');
  if (payload !== undefined && !isRecord(payload)) throw new SlackApiError('invalid_metadata_schema');
  return { event_type: eventType, event_payload: payload ?? {} };
}

/**
 * A stored message in the shape Slack returns it (`message` in `chat.postMessage`, `chat.update`; each message of
 * `conversations.history`). Its metadata only with `includeMetadata` (`include_all_metadata=true`), as on Slack.
 */
export function renderMessage(
  workspace: Workspace,
  message: StoredMessage,
  options: { includeMetadata?: boolean } = {},
): Record<string, unknown> {
  const thread = workspace.findMessage(message.channel, message.thread_ts ?? '');
  const fromBot = message.bot_id === workspace.bot.botId;
  return {
    type: 'message',
    text: message.text,
    ...(message.user !== undefined ? { user: message.user } : {}),
    ...(message.bot_id !== undefined ? { bot_id: message.bot_id } : {}),
    ...(message.app_id !== undefined ? { app_id: message.app_id } : {}),
    ts: message.ts,
    team: workspace.team.id,
    ...(message.blocks !== undefined ? { blocks: message.blocks } : {}),
    ...(message.attachments !== undefined ? { attachments: message.attachments } : {}),
    ...(message.thread_ts !== undefined ? { thread_ts: message.thread_ts } : {}),
    ...(message.thread_ts !== undefined && message.thread_ts !== message.ts && thread?.user !== undefined
      ? { parent_user_id: thread.user }
      : {}),
    ...(message.edited !== undefined ? { edited: message.edited } : {}),
    ...(message.files !== undefined && message.files.length > 0
      ? { files: messageFiles(workspace, message), upload: true, display_as_bot: false }
      : {}),
    ...(options.includeMetadata === true && message.metadata !== undefined
      ? { metadata: { event_type: message.metadata.event_type, event_payload: message.metadata.event_payload } }
      : {}),
    ...(message.reactions.size > 0
      ? { reactions: [...message.reactions].map(([name, users]) => ({ name, users, count: users.length })) }
      : {}),
    ...(fromBot
      ? {
          bot_profile: {
            id: workspace.bot.botId,
            app_id: workspace.bot.appId,
            name: workspace.bot.name,
            team_id: workspace.team.id,
            deleted: false,
          },
        }
      : {}),
  };
}

/**
 * `text`, `blocks` and `attachments` as Slack checks them: one of them is needed (`no_text`), text beyond Slack's
 * truncation point is refused (`msg_too_long`) so oversized output shows up in tests instead of being cut silently,
 * and blocks must parse (`invalid_blocks_format`) and stay within Block Kit limits (`invalid_blocks`).
 */
function readMessageContent(args: SlackArgs): MessageContent {
  const text = optionalString(args, 'text');
  const blocks = structuredArg(args, 'blocks', 'invalid_blocks_format');
  const attachments = structuredArg(args, 'attachments', 'invalid_attachments');
  if (blocks !== undefined && !Array.isArray(blocks)) throw new SlackApiError('invalid_blocks_format');
  if (attachments !== undefined && !Array.isArray(attachments)) throw new SlackApiError('invalid_attachments');
  const hasBlocks = Array.isArray(blocks) && blocks.length > 0;
  const hasAttachments = Array.isArray(attachments) && attachments.length > 0;
  if (text === undefined && !hasBlocks && !hasAttachments) throw new SlackApiError('no_text');
  if (text !== undefined && text.length > BLOCK_KIT_LIMITS.messageText) throw new SlackApiError('msg_too_long');
  if (blocks !== undefined) {
    const problems = findBlockKitProblems('message', { blocks });
    if (problems.length > 0) throw new SlackApiError('invalid_blocks', { response_metadata: { messages: problems } }, problems);
  }
  return {
    text: text ?? '',
    ...(blocks !== undefined ? { blocks } : {}),
    ...(attachments !== undefined ? { attachments } : {}),
  };
}
