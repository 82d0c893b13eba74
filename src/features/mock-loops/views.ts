import type { types } from '@slack/bolt';
import type { WeeklySlot } from '../../core/thread/settings.js';
import { escapeMrkdwn, userMention } from '../../slack/mrkdwn.js';
import type { MockPair, PoolMember } from '../../store/mock-loops.js';

export const MOCK_MET_ACTION = 'mock_met';
export const MOCK_SKIP_ACTION = 'mock_skip';

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
        { type: 'button', action_id: MOCK_MET_ACTION, value: String(pair.id), style: 'primary', text: { type: 'plain_text', text: 'We met' } },
        { type: 'button', action_id: MOCK_SKIP_ACTION, value: String(pair.id), text: { type: 'plain_text', text: 'Skip this week' } },
      ],
    },
  ];
  return { text, blocks };
}

/** The same message once someone pressed a button: the outcome instead of the buttons. */
export function pairOutcomeMessage(pair: MockPair, outcome: 'met' | 'skipped', by: string): { text: string; blocks: types.KnownBlock[] } {
  const line =
    outcome === 'met'
      ? `:white_check_mark: ${names(pair.members)} met this week (marked by ${userMention(by)}).`
      : `:zzz: ${names(pair.members)} skip this week (marked by ${userMention(by)}). You will be paired again next week.`;
  return { text: line, blocks: [{ type: 'section', text: { type: 'mrkdwn', text: line } }] };
}

export function slotText(slot: WeeklySlot | null): string {
  return slot === null ? 'Mock loops are off in this channel (an admin can turn them on with `/lp config mock mon 10:00`).' : `Pairs are made every *${slot.day} at ${slot.time}* (channel time).`;
}

export const MOCK_USAGE = [
  '`/lp mock join [when you are free] [YYYY-MM-DD]`: join this channel\'s weekly mock-loop pairing (the date is your interview, if you have one)',
  '`/lp mock leave`: leave it',
  '`/lp mock avoid @someone`: never be paired with them (private; they are not told)',
  '`/lp mock`: whether you are in, and when pairs are made',
].join('\n');
