import type { webApi } from '@slack/bolt';
import type { Content } from '../../core/content.js';
import type { PrincipleCoverage } from '../../core/coverage.js';
import { choosePacket } from '../../core/mock/packet.js';
import { interviewOrder, pairPool } from '../../core/mock/pairing.js';
import { addDays, localDateOf } from '../../core/schedule.js';
import { digestDueWeek } from '../../core/thread/summaries.js';
import type { AppLogger } from '../../logger.js';
import { logSlackError, slackErrorCode, slackRefusalCode } from '../../slack/slack-errors.js';
import type { ChannelStore } from '../../store/channels.js';
import type { DueDebrief, MockLoopStore, MockPair, NewGroup } from '../../store/mock-loops.js';
import { debriefMessage, pairMessage } from './views.js';

export interface MockLoopDeps {
  store: MockLoopStore;
  channels: ChannelStore;
  /** The post-once client: a group DM is never posted twice by a retry of its own. */
  client: webApi.WebClient;
  clock: () => Date;
  random: () => number;
  logger: AppLogger;
  content: Content;
  /** The person's coverage of the 16 principles (their written stories): the packet asks about the weakest. */
  coverageOf(userId: string): PrincipleCoverage[];
  /** A send started less than this ago may still be in flight (here or in another process); default 2 minutes. */
  reservedGraceMs?: number;
  /** Snoozes (`/lp snooze`, AvailabilityStore): a person snoozed on the pairing day (channel date) is not paired. */
  snoozes?: { isSnoozed(userId: string, localDate: string): boolean };
}

/** Group DMs started per pair, at most: the first, and one more after an unknown outcome or a crash. */
const MAX_SENDS = 2;
/** A candidate's debrief goes out when every scorecard about them is in, or this long after the first one. */
const DEBRIEF_WAIT_MS = 48 * 3_600_000;
/** Scorecards of loops older than this are not looked at for debriefs: the minute tick reads recent weeks only. */
const DEBRIEF_LOOKBACK_DAYS = 28;

/**
 * The weekly pairing, run by the minute tick. On each channel's mock day and time (channel zone; a tick after it in
 * the same week catches up), the pool is paired once: the round is claimed in SQLite with its pairs, so ticks running
 * together, two processes or a restart never pair a week twice. Then each pair's group DM is sent; as with the weekly
 * summary, a send of unknown outcome (a timeout, a 5xx, a crash) is tried once more, so it is never lost but may
 * arrive twice, and a refusal (ok:false, a rate limit) is tried again on the next tick.
 */
export class MockLoopService {
  private readonly graceMs: number;
  private readonly inFlight = new Set<number>();

  constructor(private readonly deps: MockLoopDeps) {
    this.graceMs = deps.reservedGraceMs ?? 2 * 60_000;
  }

  /** Pairs the channels due now and sends the group DMs owed. Never throws. */
  async runDue(): Promise<number> {
    const { channels, clock, logger } = this.deps;
    const now = clock();
    let enabled: ReturnType<ChannelStore['listEnabled']> = [];
    try {
      enabled = channels.listEnabled();
    } catch (error) {
      logger.error('mock loops: cannot list channels:', error);
    }
    // One channel's failure (a bad setting, a locked file) leaves the others' pairing to go ahead on this tick.
    for (const channel of enabled) {
      try {
        this.pairChannel(channel, now);
      } catch (error) {
        logger.error(`mock loops: pairing ${channel.channelId} failed:`, error);
      }
    }
    return this.sendOwed();
  }

  private pairChannel(channel: { channelId: string; timezone: string }, now: Date): void {
    const { channels, store, random, logger } = this.deps;
    const slot = channels.threadSettings(channel.channelId).mock;
    if (slot === null) return;
    const week = digestDueWeek(now, channel.timezone, slot);
    if (week === undefined || store.hasRound(channel.channelId, week)) return;
    const pairingDay = localDateOf(now, channel.timezone);
    const people = store
      .pool(channel.channelId)
      .map((member) => member.userId)
      .filter((userId) => this.deps.snoozes?.isSnoozed(userId, pairingDay) !== true);
    if (people.length < 2) return;
    const { groups, unpaired } = pairPool({ people, lastMet: store.lastMet(channel.channelId), avoid: store.avoidedPairs(), random });
    if (store.claimRound(channel.channelId, week, groups.map((members) => this.withPackets(members, week)), now)) {
      logger.info(`mock loops: paired ${channel.channelId} for the week of ${week}: ${groups.length} groups, ${unpaired.length} left out`);
    }
  }

  /** The group with each interviewer's packet: the candidate's two weakest principles, a question for each. */
  private withPackets(members: readonly string[], week: string): NewGroup {
    const rotation = Math.floor(Date.parse(week) / (7 * 86_400_000));
    return {
      members,
      assignments: interviewOrder(members).flatMap(({ interviewerId, candidateId }) =>
        choosePacket(this.deps.coverageOf(candidateId), this.deps.content, rotation, new Set(this.deps.store.skipsOf(candidateId))).map((assignment) => ({ interviewerId, candidateId, ...assignment })),
      ),
    };
  }

  private async sendOwed(): Promise<number> {
    let sent = 0;
    let pending: MockPair[];
    try {
      pending = this.deps.store.pendingPairs();
    } catch (error) {
      this.deps.logger.error('mock loops: cannot list pairs:', error);
      return 0;
    }
    for (const pair of pending) {
      if (this.inFlight.has(pair.id)) continue;
      this.inFlight.add(pair.id);
      try {
        if (await this.sendPair(pair)) sent += 1;
      } catch (error) {
        this.deps.logger.error(`mock loops: pair ${pair.id} failed:`, error);
      } finally {
        this.inFlight.delete(pair.id);
      }
    }
    return sent + (await this.sendDebriefs());
  }

  /** The debriefs due now, each to its candidate only, by DM; the same reservation rules as the group DMs. */
  async sendDebriefs(): Promise<number> {
    const { store, clock, logger } = this.deps;
    let due: DueDebrief[];
    try {
      const now = clock();
      due = store.dueDebriefs(addDays(localDateOf(now, 'UTC'), -DEBRIEF_LOOKBACK_DAYS), new Date(now.getTime() - DEBRIEF_WAIT_MS));
    } catch (error) {
      logger.error('mock loops: cannot list debriefs:', error);
      return 0;
    }
    let sent = 0;
    for (const debrief of due) {
      try {
        if (await this.sendDebrief(debrief)) sent += 1;
      } catch (error) {
        logger.error(`mock loops: debrief of pair ${debrief.pairId} failed:`, error);
      }
    }
    return sent;
  }

  private async sendDebrief(due: DueDebrief): Promise<boolean> {
    const { store, client, clock, logger, content } = this.deps;
    const now = clock();
    if (due.updatedAt !== null && due.attempts > 0 && now.getTime() - Date.parse(due.updatedAt) < this.graceMs) return false;
    if (due.attempts >= MAX_SENDS) {
      store.settleDebrief(due, 'give-up', 'gave up after an unknown outcome', now);
      return false;
    }
    const pair = store.pair(due.pairId);
    if (pair === undefined || !store.reserveDebrief(due, now)) return false;
    const cards = store.scorecards(pair.id, due.candidateId, 'candidate');
    const message = debriefMessage(pair, cards, content, due.sentCards > 0);
    try {
      const channel = (await client.conversations.open({ users: due.candidateId })).channel?.id;
      if (channel === undefined) throw new Error('no_channel');
      await client.chat.postMessage({ channel, ...message });
      store.settleDebrief({ ...due, cards: cards.length }, 'sent', null, clock());
      return true;
    } catch (error) {
      const refusal = slackRefusalCode(error);
      logger.error(`Slack API call for a mock-loop debrief failed: ${slackErrorCode(error)}`);
      store.settleDebrief(due, refusal === 'ratelimited' ? 'refund' : 'retry', slackErrorCode(error), now);
      return false;
    }
  }

  private async sendPair(pair: MockPair): Promise<boolean> {
    const { store, client, clock, logger } = this.deps;
    const now = clock();
    // A reservation this recent may be a send in flight elsewhere; an older one was cut short (a crash, a timeout).
    if (pair.attempts > 0 && now.getTime() - Date.parse(pair.updatedAt) < this.graceMs) return false;
    if (pair.attempts >= MAX_SENDS) {
      store.markNotSent(pair.id, 'give-up', 'gave up after an unknown outcome', now);
      logger.error(`mock loops: gave up the group DM of pair ${pair.id} after ${pair.attempts} sends of unknown outcome`);
      return false;
    }
    if (pair.members.length < 2) {
      // Everyone else in it asked to be forgotten before the DM went out: nobody to meet.
      store.markNotSent(pair.id, 'give-up', 'partner gone', now);
      return false;
    }
    if (!store.reserve(pair, now)) return false;
    let channel: string | undefined;
    try {
      channel = (await client.conversations.open({ users: pair.members.join(',') })).channel?.id;
    } catch (error) {
      logSlackError(logger, 'conversations.open', error);
      // Opening a conversation posts nothing: a rate limit or a timeout is tried again without counting; another
      // refusal (a member deactivated, a missing scope) counts, so it is given up after the second.
      const refusal = slackRefusalCode(error);
      store.markNotSent(pair.id, refusal === undefined || refusal === 'ratelimited' ? 'refund' : 'retry', slackErrorCode(error), now);
      return false;
    }
    if (channel === undefined) {
      store.markNotSent(pair.id, 'retry', 'no_channel', now);
      return false;
    }
    const pool = new Map(store.pool(pair.channelId).map((member) => [member.userId, member]));
    try {
      const posted = await client.chat.postMessage({ channel, ...pairMessage(pair, pool) });
      store.markSent(pair.id, channel, posted.ts ?? '', clock());
      return true;
    } catch (error) {
      const refusal = slackRefusalCode(error);
      logSlackError(logger, 'chat.postMessage', error);
      // Rate limited: nothing was posted, tried again without counting. Refused otherwise, or unknown (a timeout, a
      // 5xx: it may have been posted): one more try at most.
      const next = refusal === 'ratelimited' ? 'refund' : 'retry';
      store.markNotSent(pair.id, next, refusal ?? slackErrorCode(error), now);
      return false;
    }
  }
}
