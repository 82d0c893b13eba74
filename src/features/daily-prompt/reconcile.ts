/**
 * Finding the app's own prompt posts in Slack when the app does not know their ts: a post whose outcome was unknown
 * (a timeout, an HTTP 5xx, a crash after Slack posted), or the parent of a reply in a thread the app does not know.
 *
 * Every daily prompt carries Slack message metadata `{ event_type: 'lp_coach_prompt', event_payload: { prompt_id } }`,
 * and `conversations.history` with `include_all_metadata` gives it back, so a message can be tied to its prompt row.
 */
import type { AppLogger } from '../../logger.js';
import { slackErrorCode } from '../../slack/slack-errors.js';
import type { PromptRecord, PromptStore } from '../../store/prompts.js';

/** The metadata event type of every daily prompt post. */
export const PROMPT_EVENT_TYPE = 'lp_coach_prompt';

/** What a prompt post carries as Slack message metadata. A type alias, so it fits web-api's MessageMetadata. */
export type PromptMetadata = { event_type: typeof PROMPT_EVENT_TYPE; event_payload: { prompt_id: number } };

export function promptMetadata(promptId: number): PromptMetadata {
  return { event_type: PROMPT_EVENT_TYPE, event_payload: { prompt_id: promptId } };
}

/** The fields of a `conversations.history` message this module reads. */
export interface HistoryMessage {
  ts: string;
  bot_id?: string;
  thread_ts?: string;
  metadata?: { event_type?: string; event_payload?: Record<string, unknown> };
}

/** One `conversations.history` call; `include_all_metadata` is always on. */
export interface HistoryQuery {
  channel: string;
  oldest?: string;
  latest?: string;
  inclusive?: boolean;
  limit: number;
  cursor?: string;
}

export interface HistoryPage {
  messages: HistoryMessage[];
  /** Slack's `response_metadata.next_cursor`; undefined (or empty) when there is no further page. */
  nextCursor?: string;
}

/** Reads a channel back with message metadata (`conversations.history`, `include_all_metadata=true`). */
export interface PromptHistory {
  history(query: HistoryQuery): Promise<HistoryPage>;
}

/**
 * The payload of an app's message metadata of type `eventType`: only for a message posted by an app (people cannot
 * attach metadata) that carries that event type; undefined otherwise.
 */
export function appMetadataPayload(message: HistoryMessage, eventType: string): Record<string, unknown> | undefined {
  if (message.bot_id === undefined || message.bot_id === '') return undefined;
  if (message.metadata?.event_type !== eventType) return undefined;
  return message.metadata.event_payload ?? {};
}

/** A positive integer id from a metadata payload field (Slack may give numbers back as strings); else undefined. */
export function positiveIdOf(raw: unknown): number | undefined {
  const id = typeof raw === 'string' && /^\d+$/.test(raw) ? Number(raw) : raw;
  return typeof id === 'number' && Number.isSafeInteger(id) && id > 0 ? id : undefined;
}

/**
 * The prompt id a message's metadata names, when it is a prompt post: posted by an app (people cannot attach
 * metadata) with the `lp_coach_prompt` event type and a positive integer `prompt_id`.
 */
export function promptIdOf(message: HistoryMessage): number | undefined {
  return positiveIdOf(appMetadataPayload(message, PROMPT_EVENT_TYPE)?.prompt_id);
}

/** A Slack timestamp (`seconds.micros`) for an instant. */
export function slackTsOf(date: Date): string {
  const ms = date.getTime();
  return `${Math.floor(ms / 1000)}.${String((ms % 1000) * 1000).padStart(6, '0')}`;
}

/** The instant of a Slack timestamp (millisecond precision). */
export function dateOfSlackTs(ts: string): Date {
  const [seconds = '0', fraction = ''] = ts.split('.');
  return new Date(Number(seconds) * 1000 + Math.floor(Number(fraction.padEnd(6, '0').slice(0, 6)) / 1000));
}

export type PromptSearch =
  | { kind: 'found'; ts: string }
  /** Every top-level message since `since` was read and none is this prompt's post. */
  | { kind: 'not-found'; messagesRead: number }
  /** The channel could not be read to the end (an error, a rate limit, too many messages): nothing is known. */
  | { kind: 'unknown'; reason: string };

/** What a search for one of the app's posts found: the same outcomes as a prompt's. */
export type PostSearch = PromptSearch;

/**
 * Looks for prompt `promptId`'s post among the channel's top-level messages since `since` (newest first, paging).
 * 'not-found' only after reading to `since`, so a failed or cut-short read never looks like "not posted".
 */
export async function findPromptPost(
  history: PromptHistory,
  query: { channelId: string; promptId: number; since: Date },
  options: { pageSize?: number; maxPages?: number } = {},
): Promise<PromptSearch> {
  return findChannelPost(history, { channelId: query.channelId, since: query.since }, (message) => promptIdOf(message) === query.promptId, options);
}

/**
 * Looks for the first top-level message since `since` (newest first, paging) that `matches`: the search behind
 * findPromptPost, for any of the app's posts tagged with metadata. 'not-found' only after reading to `since`.
 */
export async function findChannelPost(
  history: PromptHistory,
  query: { channelId: string; since: Date },
  matches: (message: HistoryMessage) => boolean,
  options: { pageSize?: number; maxPages?: number } = {},
): Promise<PostSearch> {
  const { pageSize = 100, maxPages = 5 } = options;
  const read = (cursor: string | undefined) =>
    history.history({ channel: query.channelId, oldest: slackTsOf(query.since), inclusive: true, limit: pageSize, ...(cursor === undefined ? {} : { cursor }) });
  return searchPages(read, matches, maxPages, `more than ${maxPages * pageSize} messages since the claim`);
}

/**
 * Reads pages (`read(cursor)`) until a message `matches` or there are none left: 'not-found' only after the last
 * page, 'unknown' when a read fails or `maxPages` were not enough (`tooMany` says why).
 */
async function searchPages(
  read: (cursor: string | undefined) => Promise<HistoryPage>,
  matches: (message: HistoryMessage) => boolean,
  maxPages: number,
  tooMany: string,
): Promise<PostSearch> {
  let cursor: string | undefined;
  let messagesRead = 0;
  for (let page = 0; page < maxPages; page += 1) {
    let result: HistoryPage;
    try {
      result = await read(cursor);
    } catch (error) {
      return { kind: 'unknown', reason: slackErrorCode(error) };
    }
    messagesRead += result.messages.length;
    const found = result.messages.find(matches);
    if (found !== undefined) return { kind: 'found', ts: found.ts };
    if (result.nextCursor === undefined || result.nextCursor === '') return { kind: 'not-found', messagesRead };
    cursor = result.nextCursor;
  }
  return { kind: 'unknown', reason: tooMany };
}

/** One `conversations.replies` call; `include_all_metadata` is always on. */
export interface RepliesQuery {
  channel: string;
  /** The thread's parent message. */
  ts: string;
  /** Only replies after this Slack ts. */
  oldest?: string;
  limit: number;
  cursor?: string;
}

/** Reads a thread back with message metadata (`conversations.replies`, `include_all_metadata=true`). */
export interface ThreadReplies {
  replies(query: RepliesQuery): Promise<HistoryPage>;
}

/**
 * Looks for the first message of the thread of `threadTs` (its parent and replies, oldest first, paging) that
 * `matches`. 'not-found' only after reading the whole thread; a failed read (`thread_not_found` when the parent is
 * gone) or a thread too long to read gives 'unknown' with the reason.
 */
export async function findThreadPost(
  replies: ThreadReplies,
  query: { channelId: string; threadTs: string; oldest?: string },
  matches: (message: HistoryMessage) => boolean,
  options: { pageSize?: number; maxPages?: number } = {},
): Promise<PostSearch> {
  const { pageSize = 200, maxPages = 10 } = options;
  const read = (cursor: string | undefined) =>
    replies.replies({
      channel: query.channelId,
      ts: query.threadTs,
      limit: pageSize,
      ...(query.oldest === undefined ? {} : { oldest: query.oldest }),
      ...(cursor === undefined ? {} : { cursor }),
    });
  return searchPages(read, matches, maxPages, `more than ${maxPages * pageSize} messages in the thread`);
}

export interface ParentLinkerDeps {
  prompts: Pick<PromptStore, 'findById' | 'findByMessage' | 'recordFound'>;
  history: PromptHistory;
  logger: AppLogger;
  clock?: () => Date;
  /** How many parents that are not prompts are remembered (oldest forgotten first); default 2000. */
  maxRemembered?: number;
  /** After a failed read (rate limit, network), the same parent is not read again for this long; default 60 s. */
  retryAfterErrorMs?: number;
}

/** For the thread feature: ties a reply's unknown parent to its prompt, see `linkUnknownParent`. */
export interface ParentLinker {
  /**
   * For a reply in the thread of `threadTs` whose parent is not a known posted prompt: reads the parent once
   * (`conversations.history`, latest=threadTs, inclusive, limit 1, with metadata). When it is an `lp_coach_prompt`
   * post whose prompt row exists in this channel and has no other message yet, records `threadTs` on the row
   * (status 'posted') and returns the prompt; otherwise undefined. Parents that are not prompts are remembered (in
   * memory, bounded), and concurrent replies share one read, so a busy thread costs one call, not one per reply.
   * Never throws.
   */
  linkUnknownParent(channelId: string, threadTs: string): Promise<PromptRecord | undefined>;
}

export function createParentLinker(deps: ParentLinkerDeps): ParentLinker {
  const clock = deps.clock ?? (() => new Date());
  const maxRemembered = deps.maxRemembered ?? 2000;
  const retryAfterErrorMs = deps.retryAfterErrorMs ?? 60_000;
  /** `channel ts` -> until when (ms) it counts as not a prompt; Infinity for good. Insertion order is age. */
  const misses = new Map<string, number>();
  const pending = new Map<string, Promise<PromptRecord | undefined>>();

  const remember = (key: string, until: number): undefined => {
    misses.delete(key);
    misses.set(key, until);
    while (misses.size > maxRemembered) {
      const oldest = misses.keys().next().value;
      if (oldest === undefined) break;
      misses.delete(oldest);
    }
    return undefined;
  };

  const lookUp = async (key: string, channelId: string, threadTs: string): Promise<PromptRecord | undefined> => {
    let page: HistoryPage;
    try {
      page = await deps.history.history({ channel: channelId, latest: threadTs, inclusive: true, limit: 1 });
    } catch (error) {
      deps.logger.warn(`Slack API conversations.history failed: ${slackErrorCode(error)} (reply parent ${channelId}/${threadTs} not checked)`);
      return remember(key, clock().getTime() + retryAfterErrorMs);
    }
    const parent = page.messages.find((message) => message.ts === threadTs);
    const promptId = parent === undefined ? undefined : promptIdOf(parent);
    if (promptId === undefined) return remember(key, Infinity);
    const prompt = deps.prompts.findById(promptId);
    if (prompt === undefined || prompt.channelId !== channelId) return remember(key, Infinity);
    if (prompt.status === 'posted') return prompt.messageTs === threadTs ? prompt : remember(key, Infinity);
    try {
      deps.prompts.recordFound(prompt.id, threadTs, dateOfSlackTs(threadTs));
    } catch (error) {
      // Another prompt already holds this ts (UNIQUE): leave both as they are.
      deps.logger.error(`daily prompt ${prompt.id}: cannot record its message ${threadTs}: ${String(error)}`);
      return remember(key, Infinity);
    }
    const linked = deps.prompts.findById(prompt.id);
    if (linked?.status !== 'posted' || linked.messageTs !== threadTs) return remember(key, Infinity);
    deps.logger.info(`daily prompt ${prompt.id} in ${channelId}: found its message ${threadTs} from a reply in its thread`);
    return linked;
  };

  return {
    async linkUnknownParent(channelId, threadTs) {
      try {
        const known = deps.prompts.findByMessage(channelId, threadTs);
        if (known?.status === 'posted') return known;
        const key = `${channelId} ${threadTs}`;
        const until = misses.get(key);
        if (until !== undefined) {
          if (clock().getTime() < until) return undefined;
          misses.delete(key);
        }
        const inFlight = pending.get(key);
        if (inFlight !== undefined) return await inFlight;
        const lookup = lookUp(key, channelId, threadTs).finally(() => pending.delete(key));
        pending.set(key, lookup);
        return await lookup;
      } catch (error) {
        deps.logger.error(`linking reply parent ${channelId}/${threadTs} failed: ${String(error)}`);
        return undefined;
      }
    },
  };
}
