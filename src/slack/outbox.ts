import type { webApi } from '@slack/bolt';
import type { AppLogger } from '../logger.js';
import type { OutboxStore, OwedCall, OwedKind, PendingCall } from '../store/outbox.js';
import { dateOfSlackTs, findChannelPost, findThreadPost, slackTsOf, type HistoryMessage, type PromptHistory, type ThreadReplies } from '../features/daily-prompt/reconcile.js';
import { slackErrorCode, slackRefusalCode } from './slack-errors.js';
import { inLanes, RepeatingWorker } from './repeating-worker.js';

/** Slack's own hiccups answered `ok:false`: worth another try, unlike a refusal such as `channel_not_found`. */
const TRANSIENT_REFUSALS = new Set(['internal_error', 'fatal_error', 'service_unavailable', 'request_timeout', 'ratelimited']);
/** Refusals that mean the call's purpose is met already. */
const ALREADY_DONE: Readonly<Record<string, readonly string[]>> = { 'reactions.add': ['already_reacted'], 'reactions.remove': ['no_reaction'] };

const POST = 'chat.postMessage';
/** Metadata on every post the outbox makes, so a retry can find a post whose answer was lost. */
const OWED_EVENT_TYPE = 'lp_coach_owed';
const owedMetadata = (id: number) => ({ event_type: OWED_EVENT_TYPE, event_payload: { call_id: id } });

/** At most this much of a channel is read when looking for an earlier post. */
const LOOKUP_PAGES = { pageSize: 200, maxPages: 5 };
/**
 * A thread is read further: a day's prompt thread holds every answer and the bot's follow-ups, and a follow-up still
 * owed after a crash is looked for from its answer on, with the rest of the day's thread after it. Past 1,000 messages
 * the search gave up as unknown on every retry, so the follow-up was never posted (seen in a kill -9 test of 1,000
 * answers in one thread). 3,000 messages is 15 reads, made only for a post retried after a failure.
 */
const THREAD_LOOKUP_PAGES = { pageSize: 200, maxPages: 15 };

const FIRST_BACKOFF_MS = 1000;
const MAX_BACKOFF_MS = 60_000;
/** How often the worker looks for due calls; a failed fast-path call waits at most this long past its due time. */
export const OUTBOX_TICK_MS = 500;
/** Calls delivered at once by the worker; the fast path is not counted. */
const WORKER_CONCURRENCY = 8;

/** What a delivered call answered, for what must happen after (a follow-up's ts is stored). */
export type AfterDelivery = (call: PendingCall, result: webApi.WebAPICallResult) => Promise<void> | void;

export interface OutboxDeps {
  store: OutboxStore;
  /** A client that never retries on its own (see createPostOnceClient): every retry is decided here. */
  client: webApi.WebClient;
  clock: () => Date;
  logger: AppLogger;
  random?: () => number;
  /** Reads a thread or channel back with metadata, to find a post whose answer was lost (the post-once client's). */
  lookup: { history: PromptHistory; replies: ThreadReplies };
  /** Run after a kind's call went through. */
  after?: Partial<Record<OwedKind, AfterDelivery>>;
}

export type DeliveryOutcome = 'sent' | 'retrying' | 'given-up' | 'gone' | 'busy';

/**
 * Delivers the Slack calls people are owed. A call is first recorded (`owe`, in the caller's transaction), then tried
 * at once (`deliver`); when Slack rate-limits, fails or hangs, the row stays and the worker tries again, honouring
 * `Retry-After`, else backing off with jitter, until the call's lifetime ends. At start-up the worker picks up what a
 * crash left pending. A post carries metadata naming its row and is looked for before it is tried again, so it
 * never appears twice; an ephemeral whose outcome is unknown (a timeout) may arrive twice: Slack has no idempotency
 * key for them, and no way to read them back.
 */
export class Outbox {
  private readonly inFlight = new Set<number>();
  private readonly deliveries = new Set<Promise<unknown>>();
  private readonly worker: RepeatingWorker;
  private readonly random: () => number;

  constructor(private readonly deps: OutboxDeps) {
    this.random = deps.random ?? Math.random;
    this.worker = new RepeatingWorker(() => this.deliverDue(), OUTBOX_TICK_MS, (error) => deps.logger.error('Outbox: delivering due calls failed:', error));
  }

  /** The outbox's own clock (real time: retry delays and lifetimes are real seconds, whatever the app's clock says). */
  now(): Date {
    return this.deps.clock();
  }

  /** Records `call` as owed; run inside the transaction that writes what owes it. */
  owe(call: OwedCall): number {
    return this.deps.store.add(call, this.deps.clock());
  }

  /** Writes `work`'s state and the calls it owes in one transaction. */
  transaction<T>(work: () => T): T {
    return this.deps.store.transaction(work);
  }

  /** Tries one owed call now. */
  deliver(id: number): Promise<DeliveryOutcome> {
    if (this.inFlight.has(id)) return Promise.resolve('busy');
    this.inFlight.add(id);
    const delivery = this.attempt(id).finally(() => {
      this.inFlight.delete(id);
      this.deliveries.delete(delivery);
    });
    this.deliveries.add(delivery);
    return delivery;
  }

  /** Delivers every call due now (start-up, and each worker tick). */
  async deliverDue(): Promise<void> {
    const due = this.deps.store.due(this.deps.clock(), 200).filter((call) => !this.inFlight.has(call.id));
    await inLanes(due, WORKER_CONCURRENCY, (call) => this.deliver(call.id));
  }

  start(): void {
    this.worker.start();
  }

  /** Stops the worker and waits for calls in flight; what is still pending stays for the next start. */
  async stop(): Promise<void> {
    this.worker.stop();
    while (this.deliveries.size > 0) await Promise.allSettled([...this.deliveries]);
  }

  backlog(): { pending: number; oldestAgeMs: number | null } {
    return this.deps.store.backlog(this.deps.clock());
  }

  private async attempt(id: number): Promise<DeliveryOutcome> {
    const { store, client, clock, logger } = this.deps;
    const call = store.byId(id);
    // Delivered by another path, or dropped with its story.
    if (call === undefined) return 'gone';
    if (clock() >= call.expiresAt) return this.giveUp(call, `expired after ${call.attempts} tries`);
    let result: webApi.WebAPICallResult;
    try {
      // A post tried before may have reached Slack although its answer never came back: look before posting again.
      // The try is recorded first, so a crash during the post is a try too.
      const earlier = call.method === POST && call.attempts > 0 ? await this.findEarlierPost(call) : undefined;
      if (call.method === POST && earlier === undefined) store.retryAt(call.id, new Date(clock().getTime() + this.backoff(call.attempts)), 'posting');
      result = earlier ?? (await client.apiCall(call.method, call.method === POST ? { ...call.args, metadata: owedMetadata(call.id) } : call.args));
    } catch (error) {
      const refusal = slackRefusalCode(error);
      if (refusal !== undefined && ALREADY_DONE[call.method]?.includes(refusal)) return this.done(call, { ok: true });
      if (refusal !== undefined && !TRANSIENT_REFUSALS.has(refusal)) return this.giveUp(call, refusal);
      // 'ratelimited' reads better in a log line than the client's error class.
      const code = refusal ?? slackErrorCode(error);
      const retryAfterSeconds = (error as { retryAfter?: unknown }).retryAfter;
      const waitMs = typeof retryAfterSeconds === 'number' ? retryAfterSeconds * 1000 : this.backoff(call.attempts);
      const at = new Date(clock().getTime() + waitMs);
      if (at >= call.expiresAt) return this.giveUp(call, `${code}, and its lifetime ends before the next try`);
      store.retryAt(call.id, at, code);
      logger.warn(`Slack API ${call.method} failed: ${code}; ${call.kind} for answer ${call.answerId ?? '-'} retried in ${Math.round(waitMs)} ms`);
      return 'retrying';
    }
    return this.done(call, result);
  }

  private async done(call: PendingCall, result: webApi.WebAPICallResult): Promise<DeliveryOutcome> {
    this.deps.store.remove(call.id);
    try {
      await this.deps.after?.[call.kind]?.(call, result);
    } catch (error) {
      this.deps.logger.error(`Outbox: after delivering ${call.kind} for answer ${call.answerId ?? '-'}:`, error);
    }
    return 'sent';
  }

  private giveUp(call: PendingCall, reason: string): DeliveryOutcome {
    this.deps.store.remove(call.id);
    const ageSeconds = Math.round((this.deps.clock().getTime() - call.createdAt.getTime()) / 1000);
    this.deps.logger.warn(
      `Gave up ${call.kind} (${call.method}) for answer ${call.answerId ?? '-'} after ${call.attempts + 1} tries over ${ageSeconds} s: ${reason}` +
        (call.kind === 'feedback' ? '; the feedback stays in /lp feedback' : ''),
    );
    return 'given-up';
  }

  /**
   * The post of an earlier try, found by its metadata among the thread's replies (or the channel's messages since the
   * call was owed). Throws when Slack cannot be read, so the call is tried again later instead of posted twice.
   */
  private async findEarlierPost(call: PendingCall): Promise<webApi.WebAPICallResult | undefined> {
    const channelId = String(call.args.channel);
    const threadTs = typeof call.args.thread_ts === 'string' ? call.args.thread_ts : undefined;
    // Only what was posted after the answer it replies to (Slack's clock), else since the call was owed (a minute's
    // slack for clocks).
    const since = call.sinceTs === undefined ? new Date(call.createdAt.getTime() - 60_000) : dateOfSlackTs(call.sinceTs);
    const ours = (m: HistoryMessage) => m.metadata?.event_type === OWED_EVENT_TYPE && Number(m.metadata.event_payload?.call_id) === call.id;
    const { lookup } = this.deps;
    const search =
      threadTs === undefined
        ? await findChannelPost(lookup.history, { channelId, since }, ours, LOOKUP_PAGES)
        : await findThreadPost(lookup.replies, { channelId, threadTs, oldest: call.sinceTs ?? slackTsOf(since) }, ours, THREAD_LOOKUP_PAGES);
    if (search.kind === 'found') return { ok: true, ts: search.ts } as webApi.WebAPICallResult;
    // Slack could not be read to the end: try again later rather than risk a second post.
    if (search.kind === 'unknown') throw new Error(search.reason);
    return undefined;
  }

  /** 1 s, 2 s, 4 s ... up to a minute, each between half and all of it, so retries from many calls spread out. */
  private backoff(attempts: number): number {
    const full = Math.min(MAX_BACKOFF_MS, FIRST_BACKOFF_MS * 2 ** attempts);
    return full / 2 + (full / 2) * this.random();
  }
}
