import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CRITERION_IDS } from '../../src/core/rubric/index.js';
import { CRITERION_LABELS } from '../../src/core/rubric/labels.js';
import { FEEDBACK_ACTIONS } from '../../src/features/thread-answers/feedback-view.js';
import type { EphemeralMessage } from '../../src/local-slack/index.js';
import { NUMBERS_NOT_METRICS } from '../unit/rubric/answers.js';
import { waitFor } from '../e2e/e2e-app.js';
import { MEMBER, OWNER, TEAM_CHANNEL, startHarness, type Harness } from './harness.js';
import { interactions } from './interactions.js';
import { deleteEvent, deliver, userReply } from './thread-events.js';

/**
 * Issue 11.3 through the app: the short card in the thread (private, or visible in `feedback thread` channels) and
 * `/lp feedback`, and its "Show all criteria" button, answered through the action's response_url.
 */

type Block = { type: string; block_id?: string; text?: { text: string }; elements?: { action_id?: string; value?: string }[] };

let h: Harness;
let promptTs: string;
let sequence = 0;
const STORY = `${NUMBERS_NOT_METRICS} I also wrote the rollback plan and trained two new people on it, <!channel> & <@U0OWNER01>.`;

const ephemeralsTo = (user: string) => h.workspace.ephemerals.filter((e) => e.user === user);
const blocksOf = (message: { blocks?: unknown[] } | undefined) => (message?.blocks ?? []) as Block[];
const ids = (blocks: Block[]) => blocks.map((b) => b.block_id);
const button = (blocks: Block[]) => blocks.find((b) => b.block_id === 'lp_fb_more')?.elements?.[0];
const answerId = (user: string) => (h.db.prepare('SELECT id FROM answers WHERE user_id = ? ORDER BY id DESC LIMIT 1').get(user) as { id: number }).id;

/** A click on a button of a message (an ephemeral or a channel message): Slack's block_actions with a response_url. */
async function click(user: string, options: { actionId: string; value: string | undefined; messageTs: string; ephemeral: boolean }): Promise<string> {
  sequence += 1;
  const responseId = `show-all-${sequence}`;
  const responseUrl = h.api.responseUrl(responseId, { channel: TEAM_CHANNEL, user, messageTs: options.messageTs });
  await h.lp.app.processEvent({
    body: {
      type: 'block_actions',
      user: { id: user, username: user.toLowerCase(), name: user.toLowerCase(), team_id: h.workspace.team.id },
      api_app_id: h.workspace.bot.appId,
      token: 'local-verification-token',
      trigger_id: h.workspace.issueTriggerId(user),
      team: { id: h.workspace.team.id, domain: h.workspace.team.domain },
      enterprise: null,
      is_enterprise_install: false,
      container: { type: 'message', message_ts: options.messageTs, channel_id: TEAM_CHANNEL, is_ephemeral: options.ephemeral, thread_ts: promptTs },
      channel: { id: TEAM_CHANNEL, name: 'interview-prep' },
      response_url: responseUrl,
      actions: [
        {
          type: 'button',
          action_id: options.actionId,
          block_id: 'lp_fb_more',
          text: { type: 'plain_text', text: 'Show all criteria' },
          ...(options.value === undefined ? {} : { value: options.value }),
          action_ts: `${1764500000 + sequence}.000100`,
        },
      ],
    },
    ack: async () => {},
  });
  return responseId;
}

const responsesTo = (id: string) => h.api.responses.filter((r) => r.id === id);

beforeEach(async () => {
  h = await startHarness(new Date('2026-11-30T10:00:00Z'));
  const outcome = await h.lp.dailyPrompts.postNow(TEAM_CHANNEL);
  if (outcome.status !== 'posted') throw new Error('no prompt');
  promptTs = outcome.ts;
});

afterEach(async () => {
  await h.close();
});

function expectShort(blocks: Block[], actionId: string): void {
  expect(ids(blocks)).toEqual(expect.arrayContaining(['lp_fb_title', 'lp_fb_focus', 'lp_fb_followup', 'lp_fb_more']));
  expect(ids(blocks)).not.toContain('lp_fb_criteria');
  expect(ids(blocks)).not.toContain('lp_fb_tips');
  expect(button(blocks)?.action_id).toBe(actionId);
}

function expectFull(blocks: Block[]): void {
  const lines = blocks.find((b) => b.block_id === 'lp_fb_criteria')?.text?.text.split('\n') ?? [];
  expect(lines).toHaveLength(9);
  CRITERION_IDS.forEach((id, i) => expect(lines[i]).toContain(`*${CRITERION_LABELS[id]}*`));
  expect(ids(blocks)).toEqual(expect.arrayContaining(['lp_fb_evidence', 'lp_fb_tips', 'lp_fb_followups']));
  expect(ids(blocks)).not.toContain('lp_fb_more');
}

/** Escaped once and pinging no one, whatever the card. */
function expectNoPing(message: { text?: string; blocks?: unknown[] }, liveMentions: number): void {
  const body = `${message.text ?? ''} ${JSON.stringify(message.blocks ?? [])}`;
  expect(body).not.toContain('<!channel>');
  expect(body).not.toContain('<@U0OWNER01>');
  expect(body).not.toMatch(/&amp;(amp|lt|gt);/);
  expect(body.match(/<@/g) ?? []).toHaveLength(liveMentions);
}

describe('the private card in a thread', () => {
  it('is short, and "Show all criteria" replaces it in place with every criterion, from the stored feedback', async () => {
    await deliver(h, userReply(h, TEAM_CHANNEL, promptTs, MEMBER, STORY).event);
    const [card] = ephemeralsTo(MEMBER);
    expectShort(blocksOf(card), FEEDBACK_ACTIONS.showAllPrivate);
    expectNoPing(card ?? {}, 0);
    expect(card?.text).toMatch(/^Your story: (Raises the bar|Meets the bar|Almost there|Not yet), \d+\/100\./);

    const response = await click(MEMBER, { actionId: FEEDBACK_ACTIONS.showAllPrivate, value: button(blocksOf(card))?.value, messageTs: card?.message_ts ?? '', ephemeral: true });
    const [sent] = responsesTo(response);
    expect(sent).toMatchObject({ replace_original: true, response_type: 'ephemeral' });
    expectFull(blocksOf(sent));
    expectNoPing(sent ?? {}, 0);
    expect(sent?.text).toBe(card?.text);
    // Slack (the stand-in) replaced the ephemeral: still one message for the author, now the full card.
    const after = ephemeralsTo(MEMBER).filter((e) => e.thread_ts === promptTs && e.text === card?.text);
    expect(after).toHaveLength(1);
    expectFull(blocksOf(after[0]));
    expect(h.api.blockKitRejections).toEqual([]);
  });

  it('only the author can open it, and a deleted story gets a friendly note', async () => {
    const { message, event } = userReply(h, TEAM_CHANNEL, promptTs, MEMBER, STORY);
    await deliver(h, event);
    const id = answerId(MEMBER);
    const card = ephemeralsTo(MEMBER)[0] as EphemeralMessage;

    // A forged click by someone else (they cannot see the ephemeral): a note, never the feedback.
    const other = await click(OWNER, { actionId: FEEDBACK_ACTIONS.showAllPrivate, value: JSON.stringify({ a: id }), messageTs: card.message_ts, ephemeral: true });
    expect(responsesTo(other)).toEqual([expect.objectContaining({ replace_original: false, text: expect.stringMatching(/belongs to someone else/) })]);
    expect(responsesTo(other)[0]?.blocks).toBeUndefined();

    await deliver(h, deleteEvent(h, message));
    const gone = await click(MEMBER, { actionId: FEEDBACK_ACTIONS.showAllPrivate, value: JSON.stringify({ a: id }), messageTs: card.message_ts, ephemeral: true });
    expect(responsesTo(gone)).toEqual([expect.objectContaining({ replace_original: false, text: expect.stringMatching(/no longer stored/) })]);
    // The short card stays where it was.
    expectShort(blocksOf(ephemeralsTo(MEMBER)[0]), FEEDBACK_ACTIONS.showAllPrivate);
  });

  it('/lp feedback shows the short card with the button, which carries the answer id', async () => {
    await deliver(h, userReply(h, TEAM_CHANNEL, promptTs, MEMBER, STORY).event);
    const result = await h.runLp('feedback', { user: MEMBER });
    const blocks = blocksOf(result.reply);
    expectShort(blocks, FEEDBACK_ACTIONS.showAllPrivate);
    expect(JSON.parse(button(blocks)?.value ?? '')).toEqual({ a: answerId(MEMBER) });
    const response = await click(MEMBER, { actionId: FEEDBACK_ACTIONS.showAllPrivate, value: button(blocks)?.value, messageTs: '1764500000.999999', ephemeral: true });
    expect(responsesTo(response)[0]).toMatchObject({ replace_original: true });
    expectFull(blocksOf(responsesTo(response)[0]));
  });
});

describe('the visible card in a `feedback thread` channel', () => {
  beforeEach(() => {
    h.channels.upsertSchedule({ channelId: TEAM_CHANNEL, promptTime: '09:30', timezone: 'UTC', days: ['mon'] });
    h.channels.updateThreadSetting(TEAM_CHANNEL, { setting: 'feedback', value: 'thread' });
  });

  it('is short in the thread; "Show all criteria" shows the full card privately to whoever clicks', async () => {
    await deliver(h, userReply(h, TEAM_CHANNEL, promptTs, MEMBER, STORY).event);
    const card = await waitFor(
      () => (h.workspace.messages.get(TEAM_CHANNEL) ?? []).find((m) => m.thread_ts === promptTs && m.bot_id !== undefined && m.text.startsWith('Story:')),
      'the visible feedback',
    );
    expectShort(blocksOf(card), FEEDBACK_ACTIONS.showAllThread);
    expectNoPing(card, 1);

    const ui = interactions(h);
    await ui.clickInMessage(OWNER, TEAM_CHANNEL, card.ts, FEEDBACK_ACTIONS.showAllThread, button(blocksOf(card))?.value);
    const [sent] = h.api.responses.filter((r) => r.id === `action-${card.ts}-${FEEDBACK_ACTIONS.showAllThread}`);
    expect(sent).toMatchObject({ replace_original: false, response_type: 'ephemeral' });
    expectFull(blocksOf(sent));
    expectNoPing(sent ?? {}, 1);
    expect(JSON.stringify(sent?.blocks)).toContain('Only you can see this copy');
    // The thread keeps the short card.
    expectShort(blocksOf(h.workspace.findMessage(TEAM_CHANNEL, card.ts)), FEEDBACK_ACTIONS.showAllThread);
  });

  it('never opens a private story through the thread button', async () => {
    h.channels.updateThreadSetting(TEAM_CHANNEL, { setting: 'feedback', value: 'private' });
    await deliver(h, userReply(h, TEAM_CHANNEL, promptTs, MEMBER, STORY).event);
    const response = await click(OWNER, { actionId: FEEDBACK_ACTIONS.showAllThread, value: JSON.stringify({ a: answerId(MEMBER) }), messageTs: promptTs, ephemeral: false });
    expect(responsesTo(response)).toEqual([expect.objectContaining({ replace_original: false, text: expect.stringMatching(/no longer stored/) })]);
    expect(responsesTo(response)[0]?.blocks).toBeUndefined();
  });
});
