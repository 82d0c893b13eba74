import type { types } from '@slack/bolt';
import type { AfterDelivery, Outbox } from '../../slack/outbox.js';
import type { OwedKind } from '../../store/outbox.js';
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

/** A Slack call a path owes along with what it stores (see Outbox). */
export interface OwedCallSpec {
  kind: OwedKind;
  method: string;
  args: Record<string, unknown>;
}

/**
 * Records a Slack call owed to an author (see Outbox); run it inside the transaction that writes what owes it. Its
 * lifetime (OWED_LIFETIME_MS) counts from when the answer arrived, `ageMs` ago, so a call owed late (after a restart)
 * is not owed at all once that is over (undefined). `graceMs` leaves the first try to the path that owes it.
 */
export function oweToAuthor(
  outbox: Pick<Outbox, 'now' | 'owe'>,
  call: OwedCallSpec & {
    answerId: number | null;
    userId: string;
    ageMs?: number;
    graceMs?: number;
    /** A post replying to this Slack message comes after it. */
    sinceTs?: string;
  },
): number | undefined {
  const { ageMs = 0, graceMs = 0, sinceTs, ...owed } = call;
  const remainingMs = OWED_LIFETIME_MS - ageMs;
  if (remainingMs <= 0) return undefined;
  const now = outbox.now();
  return outbox.owe({
    ...owed,
    expiresAt: new Date(now.getTime() + remainingMs),
    notBefore: new Date(now.getTime() + graceMs),
    ...(sinceTs === undefined ? {} : { sinceTs }),
  });
}
