import { parseMockArgs } from '../../core/mock/mock-args.js';
import { principleName, resolvePrinciple } from '../../core/principles.js';
import { addDays, localDateOf } from '../../core/schedule.js';
import { channelMention, userMention } from '../../slack/mrkdwn.js';
import { unknownPrincipleReply } from '../commands/replies.js';
import type { LpSubcommand } from '../commands/subcommand.js';
import type { MockLoopFeatureDeps } from './index.js';
import type { SoloMock } from './solo.js';
import { historyReply, MOCK_USAGE, packetMessage, recentLoopsText, slotText } from './views.js';

/** Loops listed by `/lp mock history`, newest first. */
const HISTORY_SHOWN = 12;

/** How far back `/lp mock` counts the channel's loops. */
const COUNTS_DAYS = 28;
/** At least this many principles stay open to the packet: it asks about two. */
const OPEN_PRINCIPLES_MIN = 2;

/** `/lp mock`: the pool (join, leave, avoid, status), the packet again, history, and the solo mock. */
export function mockSubcommand(deps: MockLoopFeatureDeps, solo: SoloMock): LpSubcommand {
  const { store, content } = deps;
  const namesOf = (skipped: readonly string[]) => skipped.map((id) => principleName(content.principles, id)).join(', ');
  // `/lp mock skip|unskip <principle>`: what the person's interviewers never ask them about. Private, like the rest.
  const skipReply = (kind: 'skip' | 'unskip', input: string, userId: string): string => {
    const skipped = store.skipsOf(userId);
    if (input.trim() === '') {
      return skipped.length === 0
        ? 'No principle is skipped in your mock loops. `/lp mock skip <principle>` keeps one out of your packet, like `/lp mock skip frugality`.'
        : `Never in your packet: ${namesOf(skipped)}. \`/lp mock unskip <principle>\` brings one back.`;
    }
    const principle = resolvePrinciple(input, content.principles);
    if (principle === undefined) return unknownPrincipleReply(input, content.principles);
    if (kind === 'unskip') {
      return store.unskip(userId, principle.id) ? `*${principle.name}* can be in your packet again.` : `*${principle.name}* was not skipped.`;
    }
    if (!skipped.includes(principle.id) && content.principles.length - skipped.length <= OPEN_PRINCIPLES_MIN) {
      return `Your packet asks about ${OPEN_PRINCIPLES_MIN} principles, so at least ${OPEN_PRINCIPLES_MIN} must stay open. \`/lp mock unskip <principle>\` one first.`;
    }
    store.skip(userId, principle.id, deps.clock());
    return `Done: your interviewers will not ask you about *${principle.name}*. Only you can see this. \`/lp mock unskip ${principle.id}\` undoes it.`;
  };
  return {
    name: 'mock',
    help: '`/lp mock join|leave|avoid @x`: weekly mock loops, paired with a teammate who interviews you (and you them)',
    // Pool changes and looks are SQLite only; the solo mock posts its question in the person's DM.
    answersInAck: (args) => parseMockArgs(args).kind !== 'solo',
    async run({ userId, channelId, args }) {
      const command = parseMockArgs(args);
      const where = channelMention(channelId);
      const slot = deps.channels.threadSettings(channelId).mock;
      switch (command.kind) {
        case 'error':
          return { text: `${command.message}\n${MOCK_USAGE}` };
        case 'status': {
          const pool = store.pool(channelId);
          const mine = pool.some((member) => member.userId === userId);
          const skipped = store.skipsOf(userId);
          return {
            text: [
              mine ? `You are in the mock-loop pool of ${where} (${pool.length} people).` : `You are not in the mock-loop pool of ${where} (${pool.length} people). Join with \`/lp mock join\`.`,
              slotText(slot),
              recentLoopsText(store.countsSince(channelId, addDays(localDateOf(deps.clock(), 'UTC'), -COUNTS_DAYS))),
              ...(skipped.length > 0 ? [`Never in your packet: ${namesOf(skipped)} (\`/lp mock unskip <principle>\` brings one back).`] : []),
              MOCK_USAGE,
            ].join('\n'),
          };
        }
        case 'skip':
        case 'unskip':
          return { text: skipReply(command.kind, command.principle, userId) };
        case 'join': {
          const channel = deps.channels.get(channelId);
          if (channel === undefined) {
            return { text: `${where} has no daily prompt yet, so it has no mock loops either. Start one with \`/lp setup\` first, or run \`/lp mock join\` in your team's prompt channel.` };
          }
          const today = localDateOf(deps.clock(), channel.timezone);
          if (command.targetDate !== null && command.targetDate < today) {
            return { text: `${command.targetDate} has passed. Give the date of your next interview, like \`/lp mock join Tue/Thu after 4pm ${addDays(today, 30)}\`, or leave the date out.` };
          }
          const before = store.member(channelId, userId);
          store.join(channelId, userId, command, deps.clock());
          const details = [command.note ? `free: ${command.note}` : undefined, command.targetDate ? `interview on ${command.targetDate}` : undefined].filter(Boolean);
          return {
            text: [
              `${before === undefined ? "You're in" : 'Updated'}: the mock-loop pool of ${where}${details.length > 0 ? ` (${details.join('; ')})` : ''}.`,
              slotText(slot),
              'You and your partner get a group DM with each other. `/lp mock leave` takes you out.',
            ].join('\n'),
          };
        }
        case 'packet': {
          const pair = store.latestPairOf(userId);
          const packet = pair === undefined ? undefined : store.packetOf(pair.id, userId);
          return packet === undefined
            ? { text: 'You have no mock loop yet. Join the pool with `/lp mock join` in your team channel; pairs are made once a week.' }
            : packetMessage(packet, content);
        }
        case 'solo':
          return solo.start(userId, command.principle);
        case 'history':
          return historyReply(
            store.pairsOf(userId, HISTORY_SHOWN).map((pair) => ({
              pair,
              userId,
              received: store.scorecards(pair.id, userId, 'candidate'),
              given: store.scorecards(pair.id, userId, 'interviewer'),
            })),
            content,
          );
        case 'leave':
          return { text: store.leave(channelId, userId) ? `You left the mock-loop pool of ${where}.` : `You were not in the mock-loop pool of ${where}.` };
        case 'avoid':
          if (command.userId === userId) return { text: 'You are never paired with yourself. Name someone else, like `/lp mock avoid @alex`.' };
          store.avoid(userId, command.userId, deps.clock());
          return { text: `Done: you will never be paired with ${userMention(command.userId)}. Only you can see this; they are not told.` };
      }
    },
  };
}
