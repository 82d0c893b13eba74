import { channelMention, userMention } from '../../slack/mrkdwn.js';
import type { LeaderboardPeriod } from '../../core/thread/summaries.js';
import { authorLabel, storyLabel, type PublicStory } from '../wrap-up/views.js';

const PERIOD_LABEL: Readonly<Record<LeaderboardPeriod, string>> = { week: 'this week', month: 'this month', all: 'all time' };

export interface LeaderboardView {
  channelId: string;
  period: LeaderboardPeriod;
  stories: PublicStory[];
  /** Opted-out people are left out before this point. */
  contributors: { userId: string; votes: number; stories: number }[];
}

export function leaderboardReply(view: LeaderboardView): string {
  const lines = [`*Leaderboard · ${PERIOD_LABEL[view.period]}* in ${channelMention(view.channelId)}`];
  if (view.stories.length === 0) {
    lines.push('No votes yet in this period. React with the vote emoji on the stories you would want to hear in an interview.');
    return lines.join('\n');
  }
  lines.push('*Top stories*');
  view.stories.forEach((s, i) => {
    lines.push(`${i + 1}. ${storyLabel(s)} by ${authorLabel(s.authorId)} · ${s.votes} vote${s.votes === 1 ? '' : 's'}`);
  });
  if (view.contributors.length > 0) {
    lines.push('*Top contributors* (votes received)');
    view.contributors.forEach((c, i) => {
      lines.push(`${i + 1}. ${userMention(c.userId)} · ${c.votes} vote${c.votes === 1 ? '' : 's'} on ${c.stories} stor${c.stories === 1 ? 'y' : 'ies'}`);
    });
  }
  lines.push('_People who chose `/lp optout leaderboard` are not named._');
  return lines.join('\n');
}

export interface MeView {
  stories: number;
  averageScore: number | null;
  votesReceived: number;
  channelId: string;
  streak: { current: number; longest: number } | undefined;
  optedOut: boolean;
}

export function meReply(view: MeView): string {
  const average = view.averageScore === null ? 'no score yet' : `average score ${Math.round(view.averageScore)}/100`;
  const lines = [
    '*Your practice*',
    `Stories: ${view.stories} · ${average} · votes received: ${view.votesReceived}`,
    view.streak === undefined
      ? `No daily prompts in ${channelMention(view.channelId)} yet, so no streak here.`
      : `Streak in ${channelMention(view.channelId)}: ${view.streak.current} prompt day${view.streak.current === 1 ? '' : 's'} in a row (longest ${view.streak.longest}).`,
    view.optedOut
      ? 'Your name is kept off leaderboards, wrap-ups and digests (`/lp optin leaderboard` shows it again).'
      : 'Your name can appear on leaderboards, wrap-ups and digests (`/lp optout leaderboard` keeps it off).',
  ];
  return lines.join('\n');
}
