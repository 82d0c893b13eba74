import { suggestPrinciples, type Principle } from '../../core/principles.js';
import { describeDays, type Weekday } from '../../core/schedule.js';
import { channelMention, escapeMrkdwn, excerpt, userMention } from '../../slack/mrkdwn.js';

/**
 * Pure builders for what `/lp` says back. Every reply is ephemeral mrkdwn text; anything a person typed is echoed only
 * as a short escaped excerpt (`excerpt`).
 */

export const LP_HELP_LINES: readonly string[] = [
  '`/lp help`: this list',
  '`/lp setup [#channel] [HH:MM] [time zone] [days]`: start or change the daily prompt (admins), e.g. `/lp setup #interview-prep 09:30 Europe/Berlin mon-fri`',
  "`/lp schedule`: this channel's prompt time and when the next prompt comes",
  '`/lp pause` / `/lp resume`: stop or restart the daily prompt (admins)',
  '`/lp skip`: skip the next prompt (admins)',
  '`/lp post [principle]`: post a prompt now, optionally for one principle (admins)',
  "`/lp today`: a link to today's prompt in this channel",
];

/** `extra`: help lines of the subcommands features add. */
export function helpReply(extra: readonly string[] = []): string {
  return ['*LP Coach* posts one Leadership Principle question a day; answer in its thread with a STAR-L story.', ...LP_HELP_LINES, ...extra].join('\n');
}

/** An unknown subcommand: the parser's short note, then the help. */
export function unknownSubcommandReply(note: string, extra: readonly string[] = []): string {
  return [note, ...LP_HELP_LINES, ...extra].join('\n');
}

export function notAdminReply(admins: readonly string[]): string {
  const who = admins.length > 0 ? `${admins.map(userMention).join(', ')} and workspace admins or owners` : 'workspace admins and owners';
  return `Only LP Coach admins can do that: ${who}. Ask one of them, or ask to be added to LP_ADMINS.`;
}

export function directMessageReply(): string {
  return 'Daily prompts go to a channel. Run this inside the team channel, or name it: `/lp setup #interview-prep`.';
}

export function notMemberReply(channelId: string): string {
  return (
    `I'm not a member of ${channelMention(channelId)}, so I can't post there, and nothing was changed. ` +
    'Invite me by typing `/invite @LP Coach` in that channel, then run the command again.'
  );
}

export interface ScheduleView {
  channelId: string;
  promptTime: string;
  timezone: string;
  days: readonly Weekday[];
  paused: boolean;
  /** A pending `/lp skip`: the channel-local date that gets no prompt. */
  skipDate: string | null;
  /** `describeNextRun` text, e.g. 'Mon 30 Nov, 09:30 Europe/Berlin (in 3 h)'; undefined while paused. */
  nextRun: string | undefined;
}

function scheduleLine(view: ScheduleView): string {
  return `${view.promptTime} ${view.timezone}, ${describeDays(view.days)}`;
}

function nextLine(view: ScheduleView): string {
  return view.nextRun === undefined ? 'It is paused; an admin can restart it with `/lp resume`.' : `Next prompt: ${view.nextRun}.`;
}

export function setupReply(view: ScheduleView, created: boolean): string {
  const verb = created ? 'Daily prompt is on' : 'Daily prompt updated';
  return `${verb} for ${channelMention(view.channelId)}: ${scheduleLine(view)}.\n${nextLine(view)}`;
}

export function scheduleReply(view: ScheduleView | undefined, channelId: string): string {
  if (view === undefined) {
    return `No daily prompt is set up for ${channelMention(channelId)}. An admin can start one with \`/lp setup\`.`;
  }
  const lines = [`Daily prompt for ${channelMention(channelId)}: ${scheduleLine(view)}.`, nextLine(view)];
  if (view.skipDate !== null) lines.push(`The prompt on ${view.skipDate} is skipped.`);
  return lines.join('\n');
}

export function noScheduleReply(channelId: string): string {
  return `No daily prompt is set up for ${channelMention(channelId)} yet. Start one with \`/lp setup\`.`;
}

export function pausedReply(channelId: string, alreadyPaused: boolean): string {
  return alreadyPaused
    ? `The daily prompt in ${channelMention(channelId)} was already paused. \`/lp resume\` restarts it.`
    : `Paused the daily prompt in ${channelMention(channelId)}. \`/lp resume\` restarts it.`;
}

export function resumedReply(view: ScheduleView): string {
  return `The daily prompt in ${channelMention(view.channelId)} is on: ${scheduleLine(view)}.\n${nextLine(view)}`;
}

export function skippedReply(channelId: string, skippedDate: string, nextRun: string, alreadySkipped: boolean): string {
  const first = alreadySkipped
    ? `The prompt on ${skippedDate} in ${channelMention(channelId)} is already skipped.`
    : `Skipping the prompt on ${skippedDate} in ${channelMention(channelId)}.`;
  return `${first} The one after comes ${nextRun}. \`/lp resume\` cancels the skip.`;
}

/**
 * An unknown principle: what was typed (a short escaped excerpt), then the closest names ("Did you mean *Dive Deep*?");
 * all the names only when none is close.
 */
export function unknownPrincipleReply(input: string, principles: readonly Principle[]): string {
  const start = `I don't know the principle \`${excerpt(input)}\`.`;
  const close = suggestPrinciples(input, principles).map((p) => `*${escapeMrkdwn(p.name)}*`);
  if (close.length > 0) return `${start} Did you mean ${close.join(' or ')}?`;
  return `${start} Use a name or id, in any case: ${principles.map((p) => escapeMrkdwn(p.name)).join(', ')}.`;
}

export function postedReply(channelId: string, principleName: string, tookTodaysSlot: boolean): string {
  const note = tookTodaysSlot ? " It counts as today's prompt, so the scheduled one won't be posted again today." : '';
  return `Posted a *${principleName}* prompt in ${channelMention(channelId)}.${note}`;
}

/** Slack refused the post; `code` is Slack's error code, e.g. `not_in_channel`. */
export function postFailedReply(channelId: string, code: string): string {
  if (code === 'not_in_channel' || code === 'channel_not_found') return notMemberReply(channelId);
  return `I couldn't post in ${channelMention(channelId)} (Slack said \`${escapeMrkdwn(code)}\`). Please try again in a minute.`;
}

/** Slack's answer to the post was lost: it may be in the channel already, and the app finds out by itself. */
export function postUnknownReply(channelId: string): string {
  return (
    `Slack didn't confirm the post in ${channelMention(channelId)}; it may be there already, and answers in its thread ` +
    'count as usual. Look in the channel before posting again.'
  );
}

/** Without a permalink (Slack did not give one) the reply still names the principle. */
export function todayReply(channelId: string, permalink: string | undefined, principleName: string): string {
  const name = escapeMrkdwn(principleName);
  const target = permalink === undefined ? `*${name}*` : `<${permalink}|${name}>`;
  return `Today's prompt in ${channelMention(channelId)}: ${target}. Answer in its thread.`;
}

export function noPromptTodayReply(channelId: string, nextRun: string | undefined): string {
  const next = nextRun === undefined ? ' No daily prompt is set up here; an admin can start one with `/lp setup`.' : ` The next one comes ${nextRun}.`;
  return `No prompt in ${channelMention(channelId)} today yet.${next}`;
}

export function slackTroubleReply(): string {
  return "Slack didn't answer me just now, so nothing was changed. Please try again in a minute.";
}
