import type { webApi } from '@slack/bolt';
import type { Content } from '../../core/content.js';
import { principleName, resolvePrinciple } from '../../core/principles.js';
import { describeNextRun, localDateOf, type Schedule } from '../../core/schedule.js';
import type { AppLogger } from '../../logger.js';
import { slackErrorCode, trySlack } from '../../slack/slack-errors.js';
import type { ChannelSettings, ChannelStore } from '../../store/channels.js';
import type { DailyPromptService } from '../daily-prompt/service.js';
import { isLpAdmin } from './admins.js';
import type { LpCommand } from './parse.js';
import * as reply from './replies.js';

export interface CommandDeps {
  channels: ChannelStore;
  dailyPrompts: Pick<DailyPromptService, 'postNow' | 'todayPrompt' | 'nextRunOf' | 'nextRunFor' | 'skipNext'>;
  content: Content;
  /** LP_ADMINS. */
  admins: readonly string[];
  /** What `/lp setup` uses for anything not typed (LP_PROMPT_TIME, LP_TIMEZONE, LP_DAYS). */
  scheduleDefaults: Schedule;
  clock: () => Date;
  logger: AppLogger;
}

/** Who typed the command and where. */
export interface Invocation {
  userId: string;
  channelId: string;
  teamId?: string;
  client: webApi.WebClient;
}

const ADMIN_ONLY: ReadonlySet<LpCommand['kind']> = new Set(['setup', 'pause', 'resume', 'skip', 'post']);

/**
 * Built-in commands whose reply needs no Web API call (a few ms of SQLite), so it goes back in the ack body: the
 * schedule, and anything typed in a direct message (there is no team to prompt there). Admin commands ask
 * `users.info` for people not in LP_ADMINS, `setup` asks `conversations.info`, `post` posts and `today` asks
 * `chat.getPermalink`: those answer through `respond()`.
 */
export function builtInAnswersInAck(command: LpCommand, who: Pick<Invocation, 'channelId'>): boolean {
  if (command.kind === 'help' || command.kind === 'schedule') return true;
  return (command.channelId ?? who.channelId).startsWith('D');
}

/** Runs one parsed `/lp` command and returns the ephemeral reply (mrkdwn). */
export async function runLpCommand(command: LpCommand, who: Invocation, deps: CommandDeps): Promise<string> {
  if (command.kind === 'help') return reply.helpReply();
  const channelId = command.channelId ?? who.channelId;
  // Direct messages (D…) have no team to prompt.
  if (channelId.startsWith('D')) return reply.directMessageReply();
  if (ADMIN_ONLY.has(command.kind) && !(await isLpAdmin(who.userId, deps.admins, who.client, deps.logger))) {
    return reply.notAdminReply(deps.admins);
  }
  switch (command.kind) {
    case 'setup':
      return setup(command, channelId, who, deps);
    case 'schedule':
      return reply.scheduleReply(scheduleView(deps.channels.get(channelId), deps), channelId);
    case 'pause':
      return pause(channelId, deps);
    case 'resume':
      return resume(channelId, deps);
    case 'skip':
      return skip(channelId, deps);
    case 'post':
      return post(command.principle, channelId, deps);
    case 'today':
      return today(channelId, who, deps);
  }
}

function scheduleView(settings: ChannelSettings | undefined, deps: CommandDeps): reply.ScheduleView | undefined {
  if (settings === undefined || !settings.enabled) return undefined;
  const now = deps.clock();
  const next = deps.dailyPrompts.nextRunFor(settings);
  return {
    channelId: settings.channelId,
    promptTime: settings.promptTime,
    timezone: settings.timezone,
    days: settings.days,
    paused: settings.paused,
    skipDate: pendingSkip(settings, now),
    nextRun: next === undefined ? undefined : describeNextRun(next, settings.timezone, now),
  };
}

/** A `/lp skip` date still ahead (today or later in the channel's zone), or null. */
function pendingSkip(settings: ChannelSettings, now: Date): string | null {
  return settings.skipDate !== null && settings.skipDate >= localDateOf(now, settings.timezone) ? settings.skipDate : null;
}

async function setup(
  command: Extract<LpCommand, { kind: 'setup' }>,
  channelId: string,
  who: Invocation,
  deps: CommandDeps,
): Promise<string> {
  const info = await conversationInfo(channelId, who.client, deps.logger);
  if (info === 'unknown') return reply.notMemberReply(channelId);
  if (info === 'error') return reply.slackTroubleReply();
  if (!info.isMember) return reply.notMemberReply(channelId);

  const existing = deps.channels.get(channelId);
  const current = existing?.enabled === true ? existing : deps.scheduleDefaults;
  const settings = deps.channels.upsertSchedule({
    channelId,
    teamId: who.teamId ?? null,
    promptTime: command.promptTime ?? current.promptTime,
    timezone: command.timezone ?? current.timezone,
    days: command.days ?? current.days,
  });
  return reply.setupReply(scheduleView(settings, deps) as reply.ScheduleView, existing?.enabled !== true);
}

/** Membership of the bot in a channel; 'unknown' when Slack says the channel does not exist for the bot. */
async function conversationInfo(
  channelId: string,
  client: webApi.WebClient,
  logger: AppLogger,
): Promise<{ isMember: boolean } | 'unknown' | 'error'> {
  try {
    const result = await client.conversations.info({ channel: channelId });
    return { isMember: result.channel?.is_member === true };
  } catch (error) {
    const code = slackErrorCode(error);
    logger.warn(`Slack API conversations.info failed: ${code}`);
    // A private channel the bot is not in looks like a missing one.
    return code === 'channel_not_found' ? 'unknown' : 'error';
  }
}

function pause(channelId: string, deps: CommandDeps): string {
  const settings = deps.channels.get(channelId);
  if (settings === undefined || !settings.enabled) return reply.noScheduleReply(channelId);
  if (settings.paused) return reply.pausedReply(channelId, true);
  deps.channels.setPaused(channelId, true);
  return reply.pausedReply(channelId, false);
}

/** Restarts a paused prompt and cancels a pending skip: "resume" means "back to the normal schedule". */
function resume(channelId: string, deps: CommandDeps): string {
  const settings = deps.channels.get(channelId);
  if (settings === undefined || !settings.enabled) return reply.noScheduleReply(channelId);
  deps.channels.setPaused(channelId, false);
  deps.channels.setSkipDate(channelId, null);
  return reply.resumedReply(scheduleView(deps.channels.get(channelId), deps) as reply.ScheduleView);
}

/** Skips the next scheduled prompt; a second `/lp skip` reports the pending one rather than moving it. */
function skip(channelId: string, deps: CommandDeps): string {
  const settings = deps.channels.get(channelId);
  if (settings === undefined || !settings.enabled) return reply.noScheduleReply(channelId);
  if (settings.paused) return reply.pausedReply(channelId, true);
  const now = deps.clock();
  const pending = pendingSkip(settings, now);
  let skipped = pending;
  if (skipped === null) {
    const next = deps.dailyPrompts.skipNext(channelId);
    if (next === undefined) return reply.noScheduleReply(channelId);
    skipped = localDateOf(next, settings.timezone);
  }
  const following = deps.dailyPrompts.nextRunOf(channelId);
  if (following === undefined) return reply.noScheduleReply(channelId);
  return reply.skippedReply(channelId, skipped, describeNextRun(following, settings.timezone, now), pending !== null);
}

async function post(principleName: string | undefined, channelId: string, deps: CommandDeps): Promise<string> {
  const principle = principleName === undefined ? undefined : resolvePrinciple(principleName, deps.content.principles);
  if (principleName !== undefined && principle === undefined) {
    return reply.unknownPrincipleReply(principleName, deps.content.principles);
  }
  const outcome = await deps.dailyPrompts.postNow(channelId, principle === undefined ? {} : { principleId: principle.id });
  switch (outcome.status) {
    case 'posted':
      return reply.postedReply(channelId, nameOfPrinciple(outcome.prompt.principleId, deps), outcome.prompt.slotDate !== null);
    case 'failed':
      // Not released: Slack may have posted it (a timeout, a 5xx). The channel is checked before anything is posted again.
      return outcome.released ? reply.postFailedReply(channelId, outcome.error) : reply.postUnknownReply(channelId);
    default:
      // A manual post never waits for the slot, so this is not expected; say what is known.
      return reply.slackTroubleReply();
  }
}

async function today(channelId: string, who: Invocation, deps: CommandDeps): Promise<string> {
  const prompt = deps.dailyPrompts.todayPrompt(channelId);
  if (prompt === undefined || prompt.messageTs === null) {
    const settings = deps.channels.get(channelId);
    const next = deps.dailyPrompts.nextRunOf(channelId);
    const nextText = settings === undefined || next === undefined ? undefined : describeNextRun(next, settings.timezone, deps.clock());
    return reply.noPromptTodayReply(channelId, nextText);
  }
  const messageTs = prompt.messageTs;
  const link = await trySlack(deps.logger, 'chat.getPermalink', () =>
    who.client.chat.getPermalink({ channel: channelId, message_ts: messageTs }),
  );
  return reply.todayReply(channelId, link?.permalink, nameOfPrinciple(prompt.principleId, deps));
}

function nameOfPrinciple(id: string, deps: CommandDeps): string {
  return principleName(deps.content.principles, id);
}
