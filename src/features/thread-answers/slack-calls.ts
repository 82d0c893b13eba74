import type { types, webApi } from '@slack/bolt';
import type { AppLogger } from '../../logger.js';
import { logSlackError, slackErrorCode } from '../../slack/slack-errors.js';

type KnownBlock = types.KnownBlock;

// Slack's own hiccups (answered ok:false, so the client does not retry them): worth one more try for calls that
// cannot post twice. chat.postMessage is not retried here: after a timeout it may have posted already.
const TRANSIENT_CODES = new Set(['internal_error', 'fatal_error', 'service_unavailable', 'request_timeout']);
const MAX_TRIES = 2;
const RETRY_DELAY_MS = 250;

export interface MessageArgs {
  channel: string;
  text: string;
  blocks?: KnownBlock[];
  threadTs?: string;
}

/**
 * The Web API calls the thread features make, each of which never throws: a failure is logged with the method and
 * Slack's error code and comes back as undefined/false. What the call was about is already in SQLite (store first),
 * so nothing a person wrote is lost, and `/lp feedback` shows feedback whose ephemeral did not arrive. Network errors
 * and rate limits are retried by the WebClient's own retry policy before we see them.
 */
export interface ThreadSlack {
  postEphemeral(args: MessageArgs & { user: string }): Promise<boolean>;
  postMessage(args: MessageArgs): Promise<{ ts: string } | { error: string; refused: boolean }>;
  /** Replaces one of the app's messages; 'gone' when it no longer exists (deleted by someone). */
  updateMessage(args: Omit<MessageArgs, 'threadTs'> & { ts: string }): Promise<'updated' | 'gone' | 'failed'>;
  /** Deletes one of the app's messages; true when it is gone (also when it already was). */
  deleteMessage(channel: string, ts: string): Promise<boolean>;
  addReaction(channel: string, ts: string, name: string): Promise<boolean>;
  removeReaction(channel: string, ts: string, name: string): Promise<boolean>;
  permalink(channel: string, ts: string): Promise<string | undefined>;
  isBot(userId: string): Promise<boolean>;
}

export function threadSlack(client: webApi.WebClient, logger: AppLogger): ThreadSlack {
  const botCache = new Map<string, boolean>();
  const attemptWithCode = async <T>(method: string, call: () => Promise<T>, harmless: readonly string[] = []): Promise<{ value: T } | { code: string }> => {
    for (let tries = 1; ; tries++) {
      try {
        return { value: await call() };
      } catch (error) {
        const code = slackErrorCode(error);
        if (TRANSIENT_CODES.has(code) && tries < MAX_TRIES) {
          logger.warn(`Slack API ${method} failed: ${code} (retrying)`);
          await new Promise((resolve) => setTimeout(resolve, RETRY_DELAY_MS));
          continue;
        }
        if (!harmless.includes(code)) logSlackError(logger, method, error);
        return { code };
      }
    }
  };
  const attempt = async <T>(method: string, call: () => Promise<T>, harmless: readonly string[] = []): Promise<T | undefined> => {
    const result = await attemptWithCode(method, call, harmless);
    return 'value' in result ? result.value : undefined;
  };
  const thread = (threadTs: string | undefined) => (threadTs === undefined ? {} : { thread_ts: threadTs });
  return {
    async postEphemeral({ channel, user, text, blocks, threadTs }) {
      const result = await attempt('chat.postEphemeral', () =>
        client.chat.postEphemeral({ channel, user, text, ...(blocks === undefined ? {} : { blocks }), ...thread(threadTs) }),
      );
      return result !== undefined;
    },
    async postMessage({ channel, text, blocks, threadTs }) {
      try {
        const result = await client.chat.postMessage({ channel, text, ...(blocks === undefined ? {} : { blocks }), ...thread(threadTs) });
        return { ts: result.ts as string };
      } catch (error) {
        logSlackError(logger, 'chat.postMessage', error);
        const code = slackErrorCode(error);
        // ok:false means Slack posted nothing; anything else (a timeout) may have posted.
        return { error: code, refused: (error as { code?: unknown }).code === 'slack_webapi_platform_error' };
      }
    },
    async updateMessage({ channel, ts, text, blocks }) {
      const result = await attemptWithCode(
        'chat.update',
        () => client.chat.update({ channel, ts, text, ...(blocks === undefined ? {} : { blocks }) }),
        ['message_not_found'],
      );
      if ('value' in result) return 'updated';
      return result.code === 'message_not_found' ? 'gone' : 'failed';
    },
    async deleteMessage(channel, ts) {
      const result = await attemptWithCode('chat.delete', () => client.chat.delete({ channel, ts }), ['message_not_found']);
      return 'value' in result || result.code === 'message_not_found';
    },
    async addReaction(channel, ts, name) {
      return (await attempt('reactions.add', () => client.reactions.add({ channel, timestamp: ts, name }), ['already_reacted'])) !== undefined;
    },
    async removeReaction(channel, ts, name) {
      return (
        (await attempt('reactions.remove', () => client.reactions.remove({ channel, timestamp: ts, name }), ['no_reaction', 'message_not_found'])) !==
        undefined
      );
    },
    async permalink(channel, ts) {
      const result = await attempt('chat.getPermalink', () => client.chat.getPermalink({ channel, message_ts: ts }));
      return result?.permalink;
    },
    async isBot(userId) {
      const known = botCache.get(userId);
      if (known !== undefined) return known;
      const result = await attempt('users.info', () => client.users.info({ user: userId }));
      // Unknown (Slack did not answer): count the person; a vote is cheap to lose, a person's vote is not.
      const bot = result?.user?.is_bot === true || result?.user?.id === 'USLACKBOT';
      if (result !== undefined) botCache.set(userId, bot);
      return bot;
    },
  };
}
