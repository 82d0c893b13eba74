import type { types } from '@slack/bolt';
import type { Content } from '../../core/content.js';
import { principleName } from '../../core/principles.js';
import { packetItems, RATING_LABELS, RATINGS, ratingPasses, type PacketItem, type Rating } from '../../core/mock/packet.js';
import { CRITERION_IDS, type CriterionId } from '../../core/rubric/criteria/types.js';
import { CRITERION_LABELS } from '../../core/rubric/labels.js';
import type { WeeklySlot } from '../../core/thread/settings.js';
import { escapeMrkdwn, userMention } from '../../slack/mrkdwn.js';
import type { InterviewerPacket, MockPair, PoolMember, Scorecard } from '../../store/mock-loops.js';
import type { StoryListItem } from '../../store/stories.js';

export const MOCK_MET_ACTION = 'mock_met';
export const MOCK_SKIP_ACTION = 'mock_skip';
export const MOCK_PACKET_ACTION = 'mock_packet';
export const MOCK_SCORECARD_ACTION = 'mock_scorecard';
export const MOCK_SCORECARD_VIEW = 'mock_scorecard_view';
export const MOCK_ATTACH_ACTION = 'mock_attach';
export const MOCK_ATTACH_VIEW = 'mock_attach_view';
export const ATTACH_BLOCK = 'story';
/** The select's value for "it was a new story". */
export const NO_WRITTEN_STORY = 'none';
/** Block ids of the scorecard modal (one principle per modal). */
export const SCORECARD_BLOCKS = { rating: 'rating', strong: 'strong', missing: 'missing', note: 'note', title: 'title' } as const;

/** A scorecard button's value: the pair and the principle it scores. */
const scorecardValue = (pairId: number, principleId: string) => `${pairId}:${principleId}`;
export function parseScorecardValue(value: string | undefined): { pairId: number; principleId: string } | undefined {
  const match = /^(\d+):([a-z-]+)$/.exec(value ?? '');
  return match === null ? undefined : { pairId: Number(match[1]), principleId: match[2] as string };
}
export const SCORECARD_INPUT = 'value';
/** Slack's limit for a plain-text input is 3,000 characters; a note is evidence, not an essay. */
export const NOTE_MAX = 1_500;

const names = (userIds: readonly string[]) => userIds.map(userMention).join(userIds.length === 2 ? ' and ' : ', ');

/** The group DM that starts a week's mock loop: who, how long, how, and the two buttons. */
export function pairMessage(pair: MockPair, pool: ReadonlyMap<string, PoolMember>): { text: string; blocks: types.KnownBlock[] } {
  const text = `Mock loop this week: ${names(pair.members)}. Take 30 minutes and interview each other.`;
  const details = pair.members.flatMap((userId) => {
    const member = pool.get(userId);
    const parts = [
      member?.note ? `free ${escapeMrkdwn(member.note)}` : undefined,
      member?.targetDate ? `interview on ${member.targetDate}` : undefined,
    ].filter((part) => part !== undefined);
    return parts.length === 0 ? [] : [`• ${userMention(userId)}: ${parts.join('; ')}`];
  });
  const blocks: types.KnownBlock[] = [
    {
      type: 'section',
      text: {
        type: 'mrkdwn',
        text:
          `:handshake: *Mock loop this week:* ${names(pair.members)}\n` +
          'Suggested: 30 minutes. Each of you interviews the other on one or two principles, as an Amazon loop would: ' +
          'ask for a story, then probe for numbers, trade-offs and what they would do differently.',
      },
    },
    ...(details.length === 0 ? [] : [{ type: 'section', text: { type: 'mrkdwn', text: details.join('\n') } } as types.KnownBlock]),
    {
      type: 'context',
      elements: [{ type: 'mrkdwn', text: ':headphones: Start a huddle from this conversation\'s header when you are both free.' }],
    },
    {
      type: 'actions',
      block_id: `mock_pair_${pair.id}`,
      elements: [
        { type: 'button', action_id: MOCK_PACKET_ACTION, value: String(pair.id), text: { type: 'plain_text', text: 'My interviewer packet' } },
        { type: 'button', action_id: MOCK_MET_ACTION, value: String(pair.id), style: 'primary', text: { type: 'plain_text', text: 'We met' } },
        { type: 'button', action_id: MOCK_SKIP_ACTION, value: String(pair.id), text: { type: 'plain_text', text: 'Skip this week' } },
      ],
    },
    {
      type: 'context',
      elements: [{ type: 'mrkdwn', text: 'Your packet (what to ask, what a strong answer shows) and the scorecard are private: only you see them.' }],
    },
  ];
  return { text, blocks };
}

/** What the interviewer asks, privately: per principle the question, three probes, what a strong answer shows. */
export function packetMessage(packet: InterviewerPacket, content: Content): { text: string; blocks: types.KnownBlock[] } {
  const items = packetItems(packet.assignments, content);
  const text = `Your interviewer packet for ${userMention(packet.candidateId)}: ${items.map((item) => item.principle.name).join(' and ')}.`;
  const blocks: types.KnownBlock[] = [
    { type: 'section', text: { type: 'mrkdwn', text: `:clipboard: *Your interviewer packet for ${userMention(packet.candidateId)}* (week of ${packet.pair.weekStart})
Ask one question per principle, let them tell the story, then probe. About 12 minutes each.` } },
    ...items.flatMap((item, i) => packetItemBlocks(item, i, packet.pair.id)),
  ];
  return { text, blocks };
}

function packetItemBlocks(item: PacketItem, i: number, pairId: number): types.KnownBlock[] {
  const lines = [
    `*${i + 1}. ${item.principle.name}*`,
    `>${item.question.text}`,
    '*Probe:*',
    ...item.probes.map((probe) => `• ${probe}`),
    ...(item.moreProbes.length > 0 ? ['*If there is time:*', ...item.moreProbes.map((probe) => `• ${probe}`)] : []),
  ];
  return [
    { type: 'divider' },
    { type: 'section', text: { type: 'mrkdwn', text: lines.join('\n') } },
    { type: 'context', elements: [{ type: 'mrkdwn', text: `*A strong answer shows:* ${item.strongShows.join(' ')}`.slice(0, 3_000) }] },
    {
      type: 'actions',
      elements: [
        {
          type: 'button',
          action_id: MOCK_SCORECARD_ACTION,
          value: scorecardValue(pairId, item.principle.id),
          text: { type: 'plain_text', text: `Scorecard: ${item.principle.name}`.slice(0, 75) },
        },
      ],
    },
  ];
}

const option = (value: string, text: string) => ({ value, text: { type: 'plain_text' as const, text } });
const criterionOption = (id: CriterionId) => option(id, CRITERION_LABELS[id]);
const criterionOptions = () => CRITERION_IDS.map(criterionOption);

/** The scorecard of one principle: a rating (required), rubric criteria strong and missing, the evidence, the story. */
export function scorecardModal(packet: InterviewerPacket, item: PacketItem, before: Scorecard | undefined): types.View {
  const initialCriteria = (ids: readonly CriterionId[] | undefined) =>
    ids !== undefined && ids.length > 0 ? { initial_options: ids.map(criterionOption) } : {};
  const blocks: types.KnownBlock[] = [
    {
      type: 'section',
      text: {
        type: 'mrkdwn',
        text: `*${item.principle.name}* for ${userMention(packet.candidateId)}. They see your scorecards in a private debrief once both principles are scored (or 48 hours after the first); it never goes to a channel.`,
      },
    },
    {
      type: 'input',
      block_id: SCORECARD_BLOCKS.rating,
      label: { type: 'plain_text', text: 'Would you hire on this principle?' },
      element: {
        type: 'radio_buttons',
        action_id: SCORECARD_INPUT,
        options: RATINGS.map((rating) => option(rating, RATING_LABELS[rating])),
        ...(before === undefined ? {} : { initial_option: option(before.rating, RATING_LABELS[before.rating]) }),
      },
    },
    {
      type: 'input',
      optional: true,
      block_id: SCORECARD_BLOCKS.strong,
      label: { type: 'plain_text', text: 'Strong' },
      element: { type: 'checkboxes', action_id: SCORECARD_INPUT, options: criterionOptions(), ...initialCriteria(before?.strong) },
    },
    {
      type: 'input',
      optional: true,
      block_id: SCORECARD_BLOCKS.missing,
      label: { type: 'plain_text', text: 'Missing' },
      element: { type: 'checkboxes', action_id: SCORECARD_INPUT, options: criterionOptions(), ...initialCriteria(before?.missing) },
    },
    {
      type: 'input',
      optional: true,
      block_id: SCORECARD_BLOCKS.note,
      label: { type: 'plain_text', text: 'Evidence: what they said' },
      element: { type: 'plain_text_input', action_id: SCORECARD_INPUT, multiline: true, max_length: NOTE_MAX, ...(before?.note ? { initial_value: before.note } : {}) },
    },
    {
      type: 'input',
      optional: true,
      block_id: SCORECARD_BLOCKS.title,
      label: { type: 'plain_text', text: 'The story they told (a few words)' },
      element: { type: 'plain_text_input', action_id: SCORECARD_INPUT, max_length: 80, ...(before?.storyTitle ? { initial_value: before.storyTitle } : {}) },
    },
  ];
  return {
    type: 'modal',
    callback_id: MOCK_SCORECARD_VIEW,
    private_metadata: JSON.stringify({ pairId: packet.pair.id, principleId: item.principle.id }),
    title: { type: 'plain_text', text: 'Mock-loop scorecard' },
    submit: { type: 'plain_text', text: before === undefined ? 'Send' : 'Save changes' },
    close: { type: 'plain_text', text: 'Cancel' },
    blocks,
  };
}

/** The candidate's private debrief: each scorecard about them, with its evidence. */
/**
 * The candidate's debrief. `update`: it went out before every scorecard was in (48 hours after the first), and these
 * came in since; it says so, and shows every scorecard so it reads on its own.
 */
export function debriefMessage(pair: MockPair, cards: readonly Scorecard[], content: Content, update = false): { text: string; blocks: types.KnownBlock[] } {
  const name = (id: string) => principleName(content.principles, id);
  const labels = (ids: readonly CriterionId[]) => ids.map((id) => CRITERION_LABELS[id]).join(', ');
  const what = update ? 'mock-loop debrief, updated' : 'mock-loop debrief';
  const text = `Your ${what} for the week of ${pair.weekStart}: ${cards.map((card) => `${name(card.principleId)}: ${RATING_LABELS[card.rating]}`).join('; ')}.`;
  const heading = update
    ? `:memo: *Your mock-loop debrief, updated* (week of ${pair.weekStart}): a scorecard came in after the first one. Only you see this.`
    : `:memo: *Your mock-loop debrief* (week of ${pair.weekStart}). Only you see this.`;
  const blocks: types.KnownBlock[] = [
    { type: 'section', text: { type: 'mrkdwn', text: heading } },
    ...cards.map((card): types.KnownBlock => {
      const lines = [
        `*${name(card.principleId)}: ${RATING_LABELS[card.rating]}* (from ${userMention(card.interviewerId)})`,
        ...(card.storyTitle ? [`Story: ${escapeMrkdwn(card.storyTitle)}`] : []),
        ...(card.strong.length > 0 ? [`:large_green_circle: Strong: ${labels(card.strong)}`] : []),
        ...(card.missing.length > 0 ? [`:red_circle: Missing: ${labels(card.missing)}`] : []),
        ...(card.note ? [`>${escapeMrkdwn(card.note).replace(/\n/g, '\n>')}`] : []),
      ];
      const block: types.SectionBlock = { type: 'section', text: { type: 'mrkdwn', text: lines.join('\n').slice(0, 3_000) } };
      // Inclined or better counts toward coverage as "verified out loud"; the written version can be attached to it.
      if (ratingPasses(card.rating)) {
        block.accessory = {
          type: 'button',
          action_id: MOCK_ATTACH_ACTION,
          value: scorecardValue(pair.id, card.principleId),
          text: { type: 'plain_text', text: 'Which written story?' },
        };
      }
      return block;
    }),
    ...(cards.some((card) => ratingPasses(card.rating))
      ? [
          {
            type: 'context',
            elements: [
              {
                type: 'mrkdwn',
                text: ':studio_microphone: Rated Inclined or better: the story counts toward your coverage as *verified out loud*. If it is one you wrote before, say which, so it counts once.',
              },
            ],
          } as types.KnownBlock,
        ]
      : []),
  ];
  return { text, blocks };
}

/** Which written story the loop's story was: the candidate's stories of that principle, or a new one. */
export function attachModal(pairId: number, principleName: string, principleId: string, stories: readonly StoryListItem[], attached: number | null): types.View {
  const none = option(NO_WRITTEN_STORY, 'None: it was a new story');
  const options = [none, ...stories.slice(0, 99).map((story) => option(String(story.answerId), `#${story.number ?? '?'} ${story.title}`.slice(0, 75)))];
  const initial = options.find((o) => o.value === String(attached ?? NO_WRITTEN_STORY));
  return {
    type: 'modal',
    callback_id: MOCK_ATTACH_VIEW,
    private_metadata: JSON.stringify({ pairId, principleId }),
    title: { type: 'plain_text', text: 'Verified out loud' },
    submit: { type: 'plain_text', text: 'Save' },
    close: { type: 'plain_text', text: 'Cancel' },
    blocks: [
      {
        type: 'input',
        block_id: ATTACH_BLOCK,
        label: { type: 'plain_text', text: `The ${principleName} story you told was` },
        element: { type: 'static_select', action_id: SCORECARD_INPUT, options, ...(initial === undefined ? {} : { initial_option: initial }) },
      },
    ],
  };
}

const STATUS_TEXT: Readonly<Record<MockPair['status'], string>> = {
  pending: 'DM on its way',
  sent: 'not marked yet',
  met: 'met',
  skipped: 'skipped',
  failed: 'DM could not be sent',
};

/** One past loop as its member reads it: who, when, what happened, the ratings about them and by them. */
export interface LoopHistoryEntry {
  pair: MockPair;
  userId: string;
  received: readonly Scorecard[];
  given: readonly Scorecard[];
}

/** `/lp mock history`: the person's loops, newest first; ratings are theirs to see only (the reply is ephemeral). */
export function historyReply(entries: readonly LoopHistoryEntry[], content: Content): { text: string } {
  if (entries.length === 0) return { text: 'No mock loops yet. Join your team channel\'s pool with `/lp mock join`.' };
  const name = (id: string) => principleName(content.principles, id);
  const ratings = (cards: readonly Scorecard[]) => cards.map((card) => `${name(card.principleId)} ${RATING_LABELS[card.rating]}`).join(', ');
  const lines = entries.map(({ pair, userId, received, given }) => {
    const others = pair.members.filter((member) => member !== userId);
    const parts = [
      `*Week of ${pair.weekStart}* with ${others.length === 0 ? 'a teammate who left' : names(others)}: ${STATUS_TEXT[pair.status]}`,
      received.length > 0 ? `you were rated ${ratings(received)}` : undefined,
      given.length > 0 ? `you rated ${ratings(given)}` : undefined,
    ].filter((part) => part !== undefined);
    return `• ${parts.join('; ')}`;
  });
  return { text: ['Your mock loops (only you see this):', ...lines].join('\n') };
}

/** A scorecard's rating from the modal, if one was picked. */
export function isRating(value: unknown): value is Rating {
  return typeof value === 'string' && (RATINGS as readonly string[]).includes(value);
}

/** The same message once someone pressed a button: the outcome instead of the buttons. */
export function pairOutcomeMessage(pair: MockPair, outcome: 'met' | 'skipped', by: string): { text: string; blocks: types.KnownBlock[] } {
  const line =
    outcome === 'met'
      ? `:white_check_mark: ${names(pair.members)} met this week (marked by ${userMention(by)}).`
      : `:zzz: ${names(pair.members)} skip this week (marked by ${userMention(by)}). You will be paired again next week.`;
  // The packet stays reachable from the message (the scorecards are often filled in after "We met").
  return {
    text: line,
    blocks: [
      { type: 'section', text: { type: 'mrkdwn', text: line } },
      {
        type: 'actions',
        block_id: `mock_pair_${pair.id}`,
        elements: [{ type: 'button', action_id: MOCK_PACKET_ACTION, value: String(pair.id), text: { type: 'plain_text', text: 'My interviewer packet' } }],
      },
    ],
  };
}

export function slotText(slot: WeeklySlot | null): string {
  return slot === null ? 'Mock loops are off in this channel (an admin can turn them on with `/lp config mock mon 10:00`).' : `Pairs are made every *${slot.day} at ${slot.time}* (channel time).`;
}

/** The channel's recent loops, counts only: ratings and notes stay with each candidate and interviewer. */
export function recentLoopsText(counts: { paired: number; held: number; scorecards: number }): string {
  if (counts.paired === 0) return 'No mock loops in the last four weeks.';
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `Last four weeks: ${plural(counts.paired, 'pairing')}, ${counts.held} met, ${plural(counts.scorecards, 'scorecard')} sent (ratings stay with each candidate).`;
}

export const MOCK_USAGE = [
  '`/lp mock join [when you are free] [YYYY-MM-DD]`: join this channel\'s weekly mock-loop pairing (the date is your interview, if you have one)',
  '`/lp mock leave`: leave it',
  '`/lp mock avoid @someone`: never be paired with them (private; they are not told)',
  '`/lp mock skip <principle>`: never be asked about it in a loop (`/lp mock unskip <principle>` undoes it)',
  '`/lp mock packet`: your interviewer packet for this week, with the scorecard',
  '`/lp mock history`: your past loops, with the ratings you received and gave (only you see them)',
  '`/lp mock solo [principle]`: a written bar-raiser mock on your own: a question, two follow-ups, a scorecard',
  '`/lp mock`: whether you are in, and when pairs are made',
].join('\n');

export const MOCK_JOIN_VIEW = 'mock_join';
export const JOIN_BLOCKS = { note: 'mock_join_note', date: 'mock_join_date' } as const;
/** The join modal's inputs share one action id, as the scorecard's do; the block id says which input it is. */
export const JOIN_INPUT = SCORECARD_INPUT;

/** Joining from the App Home: when the person is free and their interview date (their Home's date to start with). */
export function joinModal(channelId: string, member: PoolMember | undefined, interviewDate: string | null): types.View {
  const date = member?.targetDate ?? interviewDate;
  return {
    type: 'modal',
    callback_id: MOCK_JOIN_VIEW,
    private_metadata: JSON.stringify({ channelId }),
    title: { type: 'plain_text', text: 'Join mock loops' },
    submit: { type: 'plain_text', text: 'Join' },
    close: { type: 'plain_text', text: 'Cancel' },
    blocks: [
      {
        type: 'section',
        text: { type: 'mrkdwn', text: 'Each week you are paired with a teammate: you interview each other for 30 minutes and get a private debrief.' },
      },
      {
        type: 'input',
        block_id: JOIN_BLOCKS.note,
        optional: true,
        label: { type: 'plain_text', text: 'When are you free?' },
        hint: { type: 'plain_text', text: 'Your partner sees it in your group DM.' },
        element: {
          type: 'plain_text_input',
          action_id: JOIN_INPUT,
          max_length: 200,
          placeholder: { type: 'plain_text', text: 'Tue/Thu after 4pm' },
          ...(member?.note ? { initial_value: member.note } : {}),
        },
      },
      {
        type: 'input',
        block_id: JOIN_BLOCKS.date,
        optional: true,
        label: { type: 'plain_text', text: 'Your interview date, if you have one' },
        element: { type: 'datepicker', action_id: JOIN_INPUT, ...(date === null ? {} : { initial_date: date }) },
      },
    ],
  };
}
