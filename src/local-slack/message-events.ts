/**
 * The `message` events Slack sends when a person edits or deletes a message: subtype `message_changed` with the new
 * message under `message` and the old one under `previous_message`, and `message_deleted` with `deleted_ts` and
 * `previous_message`. Both are `hidden` and carry their own `ts`/`event_ts`, not the message's.
 * Also what a recorded clip sends: the `message` event with subtype `file_share`, then `file_change` events as its
 * transcript moves on, and `file_deleted` when it is deleted.
 */
import { messageFiles } from './methods/files.js';
import type { StoredMessage, Workspace } from './workspace.js';

/** A message as it appears inside those events (no reactions, no blocks for a person's message). */
function inner(workspace: Workspace, message: StoredMessage): Record<string, unknown> {
  const parent = parentOf(workspace, message);
  return {
    type: 'message',
    ...(message.user !== undefined ? { user: message.user } : {}),
    ...(message.bot_id !== undefined ? { bot_id: message.bot_id } : {}),
    text: message.text,
    ts: message.ts,
    team: workspace.team.id,
    ...(message.thread_ts !== undefined ? { thread_ts: message.thread_ts } : {}),
    ...(parent?.user !== undefined ? { parent_user_id: parent.user } : {}),
    ...(message.edited !== undefined ? { edited: message.edited } : {}),
  };
}

/** The thread parent of a reply (for `parent_user_id`); undefined for a top-level message. */
function parentOf(workspace: Workspace, message: StoredMessage): StoredMessage | undefined {
  return message.thread_ts !== undefined && message.thread_ts !== message.ts ? workspace.findMessage(message.channel, message.thread_ts) : undefined;
}

export function channelTypeOf(workspace: Workspace, channelId: string): string {
  const channel = workspace.channels.get(channelId);
  if (channel?.is_im) return 'im';
  if (channel?.is_mpim) return 'mpim';
  return channel?.is_private ? 'group' : 'channel';
}

export function messageChangedEvent(workspace: Workspace, before: StoredMessage, after: StoredMessage): Record<string, unknown> {
  const eventTs = workspace.nextTs();
  return {
    type: 'message',
    subtype: 'message_changed',
    hidden: true,
    channel: after.channel,
    channel_type: channelTypeOf(workspace, after.channel),
    message: inner(workspace, after),
    previous_message: inner(workspace, before),
    ts: eventTs,
    event_ts: eventTs,
  };
}

export function messageDeletedEvent(workspace: Workspace, deleted: StoredMessage): Record<string, unknown> {
  const eventTs = workspace.nextTs();
  return {
    type: 'message',
    subtype: 'message_deleted',
    hidden: true,
    channel: deleted.channel,
    channel_type: channelTypeOf(workspace, deleted.channel),
    deleted_ts: deleted.ts,
    previous_message: inner(workspace, deleted),
    ts: eventTs,
    event_ts: eventTs,
  };
}

/**
 * The `message` event of a person sharing a clip (`Workspace.postClip`): subtype `file_share`, the typed text (`''`
 * when none), and the `files` array as `files.info` describes them, so with the transcript's state as it is when this
 * is built: build it right after posting, when Slack sends it. Not hidden; its `event_ts` is the message's `ts`.
 */
export function clipMessageEvent(workspace: Workspace, message: StoredMessage): Record<string, unknown> {
  const parent = parentOf(workspace, message);
  return {
    type: 'message',
    subtype: 'file_share',
    text: message.text,
    files: messageFiles(workspace, message),
    upload: false,
    ...(message.user !== undefined ? { user: message.user } : {}),
    display_as_bot: false,
    ts: message.ts,
    ...(message.thread_ts !== undefined ? { thread_ts: message.thread_ts } : {}),
    ...(parent?.user !== undefined ? { parent_user_id: parent.user } : {}),
    team: workspace.team.id,
    channel: message.channel,
    channel_type: channelTypeOf(workspace, message.channel),
    event_ts: message.ts,
  };
}

/**
 * The `file_change` event Slack sends when a file changes after it was shared, as when a clip's transcript is done
 * (`Workspace.setTranscript`). It names the file only: the app asks `files.info` for the rest.
 */
export function fileChangeEvent(workspace: Workspace, fileId: string): Record<string, unknown> {
  const file = workspace.files.get(fileId);
  if (!file) throw new Error(`fileChangeEvent: no file ${fileId}`);
  return { type: 'file_change', file_id: file.id, user_id: file.user, file: { id: file.id }, event_ts: workspace.nextTs() };
}

/** The `file_deleted` event Slack sends when a file is deleted (`Workspace.deleteFile`). */
export function fileDeletedEvent(workspace: Workspace, fileId: string): Record<string, unknown> {
  return { type: 'file_deleted', file_id: fileId, event_ts: workspace.nextTs() };
}
