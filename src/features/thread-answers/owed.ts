import type { types } from '@slack/bolt';
import type { AfterDelivery } from '../../slack/outbox.js';
import type { ThreadSlack } from './slack-calls.js';

/** A feedback (or note, or follow-up) an hour after its answer is no longer sent; `/lp feedback` still shows it. */
export const OWED_LIFETIME_MS = 60 * 60 * 1000;
/**
 * The reaction and the follow-up are owed with the feedback but sent after it by the answer's own path; the outbox
 * worker takes them over only if that path has not sent them within this time (a crash, a rate limit).
 */
export const SECONDARY_GRACE_MS = 10_000;

/** The stored thread message a call is about. */
export interface StoredMessage {
  channelId: string;
  ts: string;
  threadTs: string;
  userId: string;
  text: string;
}

/** chat.postEphemeral's arguments for a private message to the author, in the answer's thread. */
export function ephemeralArgs(
  message: Pick<StoredMessage, 'channelId' | 'userId' | 'threadTs'>,
  view: { text: string; blocks?: types.KnownBlock[] },
): Record<string, unknown> {
  return { channel: message.channelId, user: message.userId, thread_ts: message.threadTs, text: view.text, ...(view.blocks === undefined ? {} : { blocks: view.blocks }) };
}

/**
 * A reply the outbox posted in the thread (a follow-up question, or feedback in `feedback thread` channels) is linked
 * to its story by `record`; if the story went while the reply was on its way (`record` finds nothing), the reply goes too.
 */
export function linkPostedReply(record: (answerId: number, ts: string) => boolean, slack: ThreadSlack): AfterDelivery {
  return async (call, result) => {
    const { ts } = result as { ts?: unknown };
    if (call.method !== 'chat.postMessage' || typeof ts !== 'string') return;
    if (call.answerId === null || !record(call.answerId, ts)) await slack.deleteMessage(String(call.args.channel), ts);
  };
}
