import type { types, webApi } from '@slack/bolt';
import type { HistoryMessage, HistoryPage, PromptHistory, ThreadReplies } from './reconcile.js';
import type { PromptPoster } from './service.js';

/** Slack message metadata as the app attaches it: an event type and a JSON object. A type alias, for web-api. */
export type PostMetadata = { event_type: string; event_payload: Record<string, string | number | boolean> };

/** A post (optionally in a thread) tagged with metadata, so it can be found again when Slack's answer is lost. */
export interface MetadataPoster {
  postMessage(args: { channel: string; text: string; blocks: unknown[]; threadTs?: string; metadata?: PostMetadata }): Promise<{ ts: string }>;
}

/**
 * The daily prompt's Slack calls on one WebClient: the post-once client (createPostOnceClient), which never repeats
 * a call and refuses a rate limit at once. A post is not repeated behind the service's back (it checks the channel
 * first), and a rate-limited read is simply tried again later instead of pausing the client's queue. The same calls
 * (with `conversations.replies` for a thread) serve wrap-ups and digests, which are followed up the same way.
 */
export function promptSlackCalls(client: webApi.WebClient): { poster: PromptPoster & MetadataPoster; history: PromptHistory; replies: ThreadReplies } {
  return { poster: metadataPoster(client), history: channelHistory(client), replies: threadReplies(client) };
}

/**
 * `chat.postMessage` with metadata (and a thread when given) on `client`; throws what the client throws. Meant for
 * the post-once client: whether to post again is the caller's decision, after reading the channel back.
 */
export function metadataPoster(client: webApi.WebClient): MetadataPoster {
  return {
    async postMessage({ channel, text, blocks, threadTs, metadata }) {
      const result = await client.chat.postMessage({
        channel,
        text,
        blocks: blocks as types.KnownBlock[],
        ...(threadTs === undefined ? {} : { thread_ts: threadTs }),
        ...(metadata === undefined ? {} : { metadata }),
      });
      return { ts: result.ts as string };
    },
  };
}

/** `conversations.history` with `include_all_metadata`, one page per call. */
export function channelHistory(client: webApi.WebClient): PromptHistory {
  return {
    async history({ channel, oldest, latest, inclusive, limit, cursor }) {
      const result = await client.conversations.history({
        channel,
        limit,
        include_all_metadata: true,
        ...(oldest === undefined ? {} : { oldest }),
        ...(latest === undefined ? {} : { latest }),
        ...(inclusive === undefined ? {} : { inclusive }),
        ...(cursor === undefined ? {} : { cursor }),
      });
      return toHistoryPage(result.messages, result.response_metadata?.next_cursor);
    },
  };
}

/** `conversations.replies` with `include_all_metadata`: a thread's parent and replies, one page per call. */
export function threadReplies(client: webApi.WebClient): ThreadReplies {
  return {
    async replies({ channel, ts, oldest, limit, cursor }) {
      const result = await client.conversations.replies({
        channel,
        ts,
        limit,
        include_all_metadata: true,
        ...(oldest === undefined ? {} : { oldest }),
        ...(cursor === undefined ? {} : { cursor }),
      });
      return toHistoryPage(result.messages, result.response_metadata?.next_cursor);
    },
  };
}

type RawMessage = { ts?: string; bot_id?: string; thread_ts?: string; metadata?: unknown };

function toHistoryPage(raw: readonly RawMessage[] | undefined, next: string | undefined): HistoryPage {
  const messages = (raw ?? []).flatMap((message): HistoryMessage[] =>
    message.ts === undefined
      ? []
      : [
          {
            ts: message.ts,
            ...(message.bot_id === undefined ? {} : { bot_id: message.bot_id }),
            ...(message.thread_ts === undefined ? {} : { thread_ts: message.thread_ts }),
            ...(message.metadata === undefined ? {} : { metadata: message.metadata as HistoryMessage['metadata'] & object }),
          },
        ],
  );
  return { messages, ...(next === undefined || next === '' ? {} : { nextCursor: next }) };
}
