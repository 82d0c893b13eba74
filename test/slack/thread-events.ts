import { eventCallbackBody, type StoredMessage } from '../../src/local-slack/index.js';
import type { Harness } from './harness.js';

/**
 * Slack's documented `message` and `reaction_*` event shapes inside `event_callback` envelopes, built from messages
 * stored in the stand-in's workspace (so reactions and permalinks find them), and delivered through processEvent.
 */

let eventSeq = 0;

export function nextEventId(): string {
  eventSeq += 1;
  return `Ev0THREAD${String(eventSeq).padStart(4, '0')}`;
}

export function envelope(h: Harness, event: Record<string, unknown>, eventId = nextEventId()): Record<string, unknown> {
  return JSON.parse(
    eventCallbackBody({
      team_id: h.workspace.team.id,
      api_app_id: h.workspace.bot.appId,
      event,
      event_id: eventId,
      event_time: Math.floor(h.clock.now.getTime() / 1000),
      bot_user_id: h.workspace.bot.userId,
    }),
  ) as Record<string, unknown>;
}

export async function deliver(h: Harness, event: Record<string, unknown>, options: { eventId?: string; retryNum?: number } = {}): Promise<void> {
  const body = envelope(h, event, options.eventId);
  await h.lp.app.processEvent({
    body,
    ack: async () => {},
    ...(options.retryNum === undefined ? {} : { retryNum: options.retryNum, retryReason: 'http_timeout' }),
  });
}

/** The `message` event Slack sends for a reply in a thread. */
export function messageEvent(message: StoredMessage): Record<string, unknown> {
  return {
    type: 'message',
    channel: message.channel,
    user: message.user,
    text: message.text,
    ts: message.ts,
    thread_ts: message.thread_ts,
    parent_user_id: 'U0LPCOACH',
    event_ts: message.ts,
    channel_type: 'channel',
    ...(message.bot_id === undefined ? {} : { bot_id: message.bot_id, subtype: 'bot_message' }),
  };
}

/** A person writes in a thread: stored in the workspace, returned with its event. */
export function userReply(h: Harness, channel: string, threadTs: string, user: string, text: string): { message: StoredMessage; event: Record<string, unknown> } {
  const message = h.workspace.postMessage({ channel, thread_ts: threadTs, user, text });
  return { message, event: messageEvent(message) };
}

/** `message_changed`: the edited message under `message`, the old one under `previous_message`. */
export function editEvent(h: Harness, message: StoredMessage, newText: string): Record<string, unknown> {
  const previous = messageEvent(message);
  h.workspace.updateMessage(message, { text: newText });
  const edited = { ...messageEvent(message), edited: message.edited };
  delete (edited as { channel?: string }).channel;
  delete (previous as { channel?: string }).channel;
  const ts = h.workspace.nextTs();
  return {
    type: 'message',
    subtype: 'message_changed',
    hidden: true,
    channel: message.channel,
    message: edited,
    previous_message: previous,
    event_ts: ts,
    ts,
    channel_type: 'channel',
  };
}

/** `message_deleted`: `deleted_ts` and the message as it was. */
export function deleteEvent(h: Harness, message: StoredMessage): Record<string, unknown> {
  const previous = messageEvent(message);
  delete (previous as { channel?: string }).channel;
  h.workspace.deleteMessage(message.channel, message.ts);
  const ts = h.workspace.nextTs();
  return {
    type: 'message',
    subtype: 'message_deleted',
    hidden: true,
    channel: message.channel,
    deleted_ts: message.ts,
    previous_message: previous,
    event_ts: ts,
    ts,
    channel_type: 'channel',
  };
}

/** `reaction_added` / `reaction_removed` by `user` on `message` (whose author is `item_user`). */
export function reactionEvent(
  h: Harness,
  type: 'reaction_added' | 'reaction_removed',
  user: string,
  message: StoredMessage,
  reaction = 'star',
): Record<string, unknown> {
  if (type === 'reaction_added') h.workspace.addReaction(message, reaction, user);
  else h.workspace.removeReaction(message, reaction, user);
  return {
    type,
    user,
    reaction,
    item_user: message.user,
    item: { type: 'message', channel: message.channel, ts: message.ts },
    event_ts: h.workspace.nextTs(),
  };
}
