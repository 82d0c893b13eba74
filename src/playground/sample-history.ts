/**
 * A long channel history for measuring the playground (its benchmark and browser tests): rounds of a daily prompt
 * (the blocks of the prompt already in the channel), a person's remark in the channel, a person's STAR-L answer in
 * the prompt's thread with reactions, and the app's follow-up question under it. Stored straight in the workspace;
 * the app is not told about these messages.
 */
import type { StoredMessage, Workspace } from '../local-slack/index.js';
import { DEMO_PEOPLE } from './demo-team.js';

const STORY = [
  'Situation: our checkout service timed out for about 4% of orders every evening and support tickets had doubled in a month.',
  'Task: I owned the service, so fixing it before the holiday peak was my call.',
  'Action: I traced the slow requests myself, found a lock held across a remote call, and decided to split the write path;',
  'I wrote the change, added a load test, and we rolled it out behind a flag over two days.',
  'Result: timeouts fell from 4% to 0.2% and tickets dropped by 60% within two weeks.',
  'Learning: I now load test every change to the write path before it ships.',
].join(' ');

const REMARKS = ['Good one today, I have a story for this.', 'Will answer after lunch :coffee:', 'Anyone want to practise this one live?', 'Thanks <@U0PLAYALEX>, that follow-up was tough.'];

/**
 * Adds `total` messages (a multiple of four: prompt, remark, answer, follow-up) to the channel, half of them top-level
 * and half thread replies. The channel must already hold a message from the app with blocks (the day's prompt).
 */
export function fillChannelHistory(workspace: Workspace, channelId: string, total: number): void {
  const list = workspace.messages.get(channelId) ?? [];
  const template = list.find((m) => m.bot_id !== undefined && m.blocks !== undefined && m.thread_ts === undefined);
  if (template === undefined) throw new Error('fillChannelHistory: the channel has no prompt from the app to copy');
  const bot = { user: workspace.bot.userId, bot_id: workspace.bot.botId, app_id: workspace.bot.appId };
  for (let round = 0; round < total / 4; round++) {
    const person = DEMO_PEOPLE[round % DEMO_PEOPLE.length] ?? DEMO_PEOPLE[0];
    const voter = DEMO_PEOPLE[(round + 1) % DEMO_PEOPLE.length] ?? DEMO_PEOPLE[0];
    const prompt = workspace.postMessage({ channel: channelId, ...bot, text: template.text, ...(template.blocks ? { blocks: template.blocks } : {}) });
    workspace.postMessage({ channel: channelId, user: voter.id, text: REMARKS[round % REMARKS.length] ?? '' });
    const answer: StoredMessage = workspace.postMessage({ channel: channelId, user: person.id, text: `${STORY} (${round + 1})`, thread_ts: prompt.ts });
    workspace.addReaction(answer, 'memo', workspace.bot.userId);
    workspace.addReaction(answer, 'star', voter.id);
    workspace.postMessage({
      channel: channelId,
      ...bot,
      thread_ts: prompt.ts,
      text: `<@${person.id}> A bar raiser would ask: what did you give up to ship the split write path in two days?`,
    });
  }
}
