import type { types, webApi } from '@slack/bolt';
import type { HistoryMessage, PromptHistory } from './reconcile.js';
import type { PromptPoster } from './service.js';

/**
 * The daily prompt's Slack calls on one WebClient: the post-once client (createPostOnceClient), which never repeats
 * a call and refuses a rate limit at once. A post is not repeated behind the service's back (it checks the channel
 * first), and a rate-limited read is simply tried again later instead of pausing the client's queue.
 */
export function promptSlackCalls(client: webApi.WebClient): { poster: PromptPoster; history: PromptHistory } {
  return {
    poster: {
      async postMessage({ channel, text, blocks, metadata }) {
        const result = await client.chat.postMessage({
          channel,
          text,
          blocks: blocks as types.KnownBlock[],
          ...(metadata === undefined ? {} : { metadata }),
        });
        return { ts: result.ts as string };
      },
    },
    history: {
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
        const messages = (result.messages ?? []).flatMap((message): HistoryMessage[] =>
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
        const next = result.response_metadata?.next_cursor;
        return { messages, ...(next === undefined || next === '' ? {} : { nextCursor: next }) };
      },
    },
  };
}
