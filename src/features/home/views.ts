import type { types } from '@slack/bolt';
import { PLAN_DAYS_SHOWN, type Countdown } from '../../core/countdown.js';
import type { InterviewPlan } from '../../core/interview-plan.js';
import { STORIES_PER_PRINCIPLE } from '../../core/coverage.js';
import { principleName, type Principle } from '../../core/principles.js';
import { storyTitle } from '../../core/story-title.js';
import { channelMention, escapeMrkdwn } from '../../slack/mrkdwn.js';
import type { Feedback } from '../../core/rubric/index.js';
import { CRITERION_LABELS, criterionIcon } from '../../core/rubric/labels.js';
import { focusCriterion } from '../thread-answers/feedback-view.js';
import { coverageGrid, nextLine } from '../stories/views.js';
import type { HomeModel } from './service.js';
import { clip } from '../../core/excerpt.js';
import { CALM_PACE_WPM, paceTrendLine } from '../../core/spoken/index.js';
import { describeDate } from '../../core/availability.js';

type KnownBlock = types.KnownBlock;

export const HOME_IDS = {
  practice: 'lp_home_practice',
  interviewDate: 'lp_home_interview_date',
  clearInterviewDate: 'lp_home_clear_interview_date',
  toggleOptout: 'lp_home_toggle_optout',
  toggleWeekly: 'lp_home_toggle_weekly',
  mockLoops: 'lp_home_mock_loops',
} as const;

const SECTION_MAX = 3000;

/** Weekly mock loops: join or leave the pool of the person's team channel, from the Home. */
function mockLoopBlocks(mock: HomeModel['mockLoops']): KnownBlock[] {
  const header: KnownBlock = { type: 'header', block_id: 'lp_home_mock_header', text: { type: 'plain_text', text: 'Mock loops' } };
  if (mock === undefined) {
    return [header, { type: 'section', block_id: 'lp_home_mock', text: { type: 'mrkdwn', text: 'Practise out loud with a teammate every week: type `/lp mock join` in your team channel.' } }];
  }
  const where = channelMention(mock.channelId);
  return [
    header,
    settingRow(
      'lp_home_mock',
      mock.inPool
        ? `You are in the weekly mock loops of ${where}: each week a teammate interviews you, and you them. \`/lp mock packet\` shows what to ask.`
        : `Practise out loud with a teammate from ${where}: each week you are paired, interview each other, and get a private debrief.`,
      HOME_IDS.mockLoops,
      mock.inPool ? { label: 'Leave mock loops', value: `leave:${mock.channelId}` } : { label: 'Join mock loops', value: `join:${mock.channelId}` },
    ),
  ];
}

/** Stories told in a clip: the pace of the latest, and how it moved over the last ones. */
function paceBlocks(spoken: HomeModel['spoken']): KnownBlock[] {
  if (spoken === undefined) return [];
  const latest = spoken.paces.at(-1) as number;
  const text =
    spoken.trend === undefined
      ? `:studio_microphone: *Out loud:* your clip answer ran at ${latest} words a minute (a calm interview pace is about ${CALM_PACE_WPM.min}-${CALM_PACE_WPM.max}).`
      : `:studio_microphone: *Out loud:* ${paceTrendLine(spoken.trend)}.`;
  return [{ type: 'section', block_id: 'lp_home_pace', text: { type: 'mrkdwn', text } }];
}

/** How a streak is counted, and the person's snooze when they have one (`/lp snooze`). */
export function streakRuleText(snoozedUntil: string | undefined): string {
  const rule = 'Streaks count prompt days only: weekends, holidays and days you snoozed never break one.';
  if (snoozedUntil === undefined) return rule;
  return `:zzz: Snoozed until ${describeDate(snoozedUntil)} (inclusive): no mock pairing, and your streak waits for you. \`/lp snooze off\` ends it. ${rule}`;
}

/** The App Home tab: coverage, streak, score trend, what to practise next, latest feedback, interview plan, settings. */
export function buildHomeView(model: HomeModel, principles: readonly Principle[]): types.HomeView {
  const { report } = model;
  const nameOf = (id: string) => escapeMrkdwn(principleName(principles, id));
  const next = report.next[0];
  const streak =
    model.streak === undefined
      ? 'No streak yet: answer a daily prompt to start one.'
      : `Streak: *${model.streak.current}* prompt day${model.streak.current === 1 ? '' : 's'} (best ${model.streak.longest}).`;
  const blocks: KnownBlock[] = [
    { type: 'header', block_id: 'lp_home_header', text: { type: 'plain_text', text: 'Your LP Coach dashboard' } },
    {
      type: 'section',
      block_id: 'lp_home_summary',
      text: {
        type: 'mrkdwn',
        text: `*Coverage:* ${report.fullyCovered} of ${report.rows.length} principles have ${STORIES_PER_PRINCIPLE} stories at the bar. ${streak}`,
      },
    },
    {
      type: 'context',
      block_id: 'lp_home_streak_rule',
      elements: [{ type: 'mrkdwn', text: streakRuleText(model.snoozedUntil) }],
    },
    ...coverageGrid(report, 'lp_home_grid'),
    {
      type: 'section',
      block_id: 'lp_home_trend',
      text: { type: 'mrkdwn', text: `*Score trend* (last ${Math.min(model.scoredCount, 10)} scored): \`${model.trend}\`` },
    },
    ...paceBlocks(model.spoken),
    {
      type: 'section',
      block_id: 'lp_home_next',
      text: { type: 'mrkdwn', text: nextLine(report) },
      ...(next === undefined
        ? {}
        : {
            accessory: {
              type: 'button',
              action_id: HOME_IDS.practice,
              style: 'primary',
              text: { type: 'plain_text', text: `Practice ${next.principle.name}`.slice(0, 75) },
              value: next.principle.id,
            },
          }),
    },
    { type: 'divider' },
    { type: 'section', block_id: 'lp_home_latest', text: { type: 'mrkdwn', text: latestText(model) } },
    { type: 'divider' },
    { type: 'header', block_id: 'lp_home_interview_header', text: { type: 'plain_text', text: 'Interview countdown' } },
    { type: 'section', block_id: 'lp_home_countdown', text: { type: 'mrkdwn', text: countdownText(model.countdown, nameOf) } },
    ...(model.plan === undefined ? [] : [{ type: 'section' as const, block_id: 'lp_home_plan', text: { type: 'mrkdwn' as const, text: planText(model.plan, nameOf, model.trackName) } }]),
    {
      type: 'actions',
      block_id: 'lp_home_interview_actions',
      elements: [
        {
          type: 'datepicker',
          action_id: HOME_IDS.interviewDate,
          placeholder: { type: 'plain_text', text: 'Interview date' },
          ...(model.settings.interviewDate === null ? {} : { initial_date: model.settings.interviewDate }),
        },
        ...(model.settings.interviewDate === null
          ? []
          : [{ type: 'button' as const, action_id: HOME_IDS.clearInterviewDate, text: { type: 'plain_text' as const, text: 'Clear date' }, value: 'clear' }]),
      ],
    },
    ...mockLoopBlocks(model.mockLoops),
    { type: 'header', block_id: 'lp_home_settings_header', text: { type: 'plain_text', text: 'Settings' } },
    settingRow(
      'lp_home_optout',
      model.settings.leaderboardOptout
        ? '*Leaderboards and digests:* your name is hidden, and others cannot see your coverage.'
        : '*Leaderboards and digests:* your name can appear, and teammates can see your coverage.',
      HOME_IDS.toggleOptout,
      model.settings.leaderboardOptout ? { label: 'Show me', value: 'show' } : { label: 'Hide me', value: 'hide' },
    ),
    settingRow(
      'lp_home_weekly',
      `*Weekly personal summary by DM:* ${model.settings.weeklySummary ? 'on' : 'off'}`,
      HOME_IDS.toggleWeekly,
      model.settings.weeklySummary ? { label: 'Turn off', value: 'off' } : { label: 'Turn on', value: 'on' },
    ),
    {
      type: 'context',
      block_id: 'lp_home_commands',
      elements: [
        { type: 'mrkdwn', text: '`/lp practice [principle]` · `/lp coverage` · `/lp stories` · `/lp export` · `/lp export --all` · `/lp forget-me`' },
      ],
    },
  ];
  return { type: 'home', callback_id: 'lp_home', blocks };
}

function latestText(model: HomeModel): string {
  const latest = model.latest;
  if (latest === undefined) return '*Latest feedback:* none yet. Answer a daily prompt or run `/lp practice`.';
  const { feedback } = latest;
  const principle = escapeMrkdwn(latest.principle?.name ?? latest.principleId);
  const tips = feedback.tips.slice(0, 2).map((tip) => `• ${escapeMrkdwn(tip)}`);
  const lines = [
    `*Latest feedback:* ${principle} · ${feedback.score}/100 ${feedback.level} · ${latest.feedbackAt.slice(0, 10)}` +
      (latest.spokenWpm === undefined ? '' : ` · :studio_microphone: spoken${latest.spokenWpm === null ? '' : `, ${latest.spokenWpm} wpm`}`),
    `_${escapeMrkdwn(latest.title ?? storyTitle(latest.text))}_`,
    ...focusLine(feedback),
    ...tips,
  ];
  return clip(lines.join('\n'), SECTION_MAX);
}

/** The criterion to work on, named and marked as on the feedback card. */
function focusLine(feedback: Feedback): string[] {
  const focus = focusCriterion(feedback);
  if (focus === undefined) return [];
  const { score } = feedback.criteria[focus];
  return [`Work on: ${criterionIcon(score)} *${CRITERION_LABELS[focus]}* ${score}/4`];
}

/** The countdown and a focus for each remaining day (a week shown, the rest summarised). */
export function countdownText(countdown: Countdown, nameOf: (id: string) => string): string {
  switch (countdown.status) {
    case 'none':
      return 'Pick your interview date below for a countdown and a focus for each day until then.';
    case 'past':
      return `Your interview date (${countdown.interviewDate}) has passed. Good luck with the result! Pick a new date if there is another.`;
    case 'today':
      return 'Your interview is *today*. Skim your cheat sheet (`/lp export`) and trust your stories. Good luck!';
    case 'ahead': {
      const lines = [`Your interview is on *${formatDay(countdown.interviewDate)}*: ${countdown.daysLeft} day${countdown.daysLeft === 1 ? '' : 's'} to go.`];
      for (const day of countdown.plan.slice(0, PLAN_DAYS_SHOWN)) {
        const focus = day.focus.kind === 'review' ? 'review your cheat sheet (`/lp export`)' : nameOf(day.focus.principleId);
        lines.push(`• ${formatDay(day.date)}: ${focus}`);
      }
      const rest = countdown.plan.length - PLAN_DAYS_SHOWN;
      if (rest > 0) lines.push(`…and ${rest} more day${rest === 1 ? '' : 's'}.`);
      return clip(lines.join('\n'), SECTION_MAX);
    }
  }
}

/** What the interview still needs, and this week's share of it. */
export function planText(plan: InterviewPlan, nameOf: (id: string) => string, trackName?: string): string {
  if (plan.storiesNeeded === 0) return '*Ready:* every principle has its stories at the bar. Keep them fresh with the daily prompt and a mock loop.';
  const extra =
    plan.mostAsked.length === 0 ? '' : `; 3 for ${plan.mostAsked.map(nameOf).join(', ')}, the most asked${trackName === undefined ? '' : ` for ${escapeMrkdwn(trackName)}`}`;
  const due = new Map<string, number>();
  for (const id of plan.dueThisWeek) due.set(id, (due.get(id) ?? 0) + 1);
  const dueList = [...due].map(([id, n]) => `${nameOf(id)}${n > 1 ? ` ×${n}` : ''}`).join(', ');
  return clip(
    `*To be ready:* ${plan.storiesNeeded} more stor${plan.storiesNeeded === 1 ? 'y' : 'ies'} at the bar, across ${plan.needs.length} principle${plan.needs.length === 1 ? '' : 's'} ` +
      `(2 per principle${extra}).\n*Due this week:* ${dueList}.`,
    SECTION_MAX,
  );
}

/** Built once: toLocaleDateString with options builds a new ICU formatter on every call. */
const HOME_DAY = new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' });

function formatDay(date: string): string {
  return HOME_DAY.format(new Date(`${date}T00:00:00Z`));
}

/** A setting: what it is now, and a button that flips it. */
function settingRow(blockId: string, text: string, actionId: string, button: { label: string; value: string }): types.KnownBlock {
  return {
    type: 'section',
    block_id: blockId,
    text: { type: 'mrkdwn', text },
    accessory: { type: 'button', action_id: actionId, text: { type: 'plain_text', text: button.label }, value: button.value },
  };
}
