import { describe, expect, it } from 'vitest';
import type { Workspace } from '../../src/local-slack/index.js';
import { createDemoWorkspace, DEMO_CHANNEL } from '../../src/playground/demo-team.js';
import { fillChannelHistory } from '../../src/playground/sample-history.js';
import { snapshotFor, type SnapshotSources } from '../../src/playground/snapshot.js';
import type { PlaygroundState } from '../../src/playground/state-types.js';
import { applyStateDiff, diffState, StateDiffMismatch, type StateDiff } from '../../src/playground/web/state-diff.js';

/**
 * Live updates as changes: for each kind of thing that happens in the playground, the change computed between the
 * state before and after, sent as JSON and applied to the state before, gives exactly the state after.
 */

const SAM = 'U0PLAYSAM';
const PRIYA = 'U0PLAYPRIYA';
const plain = (text: string) => ({ type: 'plain_text', text });

function setUp() {
  let nowMs = Date.UTC(2026, 11, 2, 9, 30);
  const workspace = createDemoWorkspace(() => nowMs);
  const viewErrors = new Map<string, Record<string, string>>();
  const problems: { method: string; problems: string[]; at: number }[] = [];
  const sources: SnapshotSources = { workspace, channelId: DEMO_CHANNEL.id, viewErrors, problems, next: () => undefined, zone: () => 'Europe/Berlin' };
  const bot = { user: workspace.bot.userId, bot_id: workspace.bot.botId };
  const prompt = workspace.postMessage({ channel: DEMO_CHANNEL.id, ...bot, text: 'prompt', blocks: [{ type: 'header', text: plain('Dive Deep') }] });
  return {
    workspace,
    sources,
    viewErrors,
    problems,
    prompt,
    bot,
    tick: () => (nowMs += 1000),
    state: (user = SAM) => snapshotFor(sources, user),
  };
}

/** Applies the change the way the page gets it (through JSON) and checks it gives `after`, leaving `before` alone. */
function roundTrip(before: PlaygroundState, after: PlaygroundState): StateDiff {
  const diff = diffState(before, after);
  expect(diff).toBeDefined();
  const untouched = structuredClone(before);
  const sent = JSON.parse(JSON.stringify(diff)) as StateDiff;
  expect(applyStateDiff(before, sent)).toEqual(after);
  expect(before).toEqual(untouched);
  return sent;
}

describe('diffState / applyStateDiff', () => {
  it('nothing changed: no update at all', () => {
    const { state } = setUp();
    expect(diffState(state(), state())).toBeUndefined();
  });

  it('a new top-level message and a new thread reply: only they (and the reply count) travel', () => {
    const { workspace, prompt, state } = setUp();
    const before = state();
    workspace.postMessage({ channel: DEMO_CHANNEL.id, user: PRIYA, text: 'morning all' });
    workspace.postMessage({ channel: DEMO_CHANNEL.id, user: SAM, text: 'my story', thread_ts: prompt.ts });
    const diff = roundTrip(before, state());
    expect(diff.channel?.messages?.add?.map((m) => m.text)).toEqual(['morning all']);
    expect(diff.channel?.messages?.change).toEqual([{ key: prompt.ts, set: { replyCount: 1 } }]);
    expect(diff.channel?.threads?.[prompt.ts]?.add?.map((m) => m.text)).toEqual(['my story']);
    expect(diff.set).toBeUndefined();
  });

  it('an edit carries the changed fields only; a deleted message and a deleted thread go by key', () => {
    const { workspace, prompt, state } = setUp();
    const remark = workspace.postMessage({ channel: DEMO_CHANNEL.id, user: SAM, text: 'first try' });
    const reply = workspace.postMessage({ channel: DEMO_CHANNEL.id, user: SAM, text: 'answer', thread_ts: prompt.ts });
    let before = state();
    workspace.editMessage(remark, 'second try');
    const edit = roundTrip(before, state());
    expect(edit.channel?.messages?.change).toEqual([{ key: remark.ts, set: { text: 'second try', edited: true } }]);

    before = state();
    workspace.deleteMessage(DEMO_CHANNEL.id, reply.ts);
    workspace.deleteMessage(DEMO_CHANNEL.id, remark.ts);
    const removal = roundTrip(before, state());
    expect(removal.channel?.messages?.remove).toEqual([remark.ts]);
    expect(removal.channel?.threads?.[prompt.ts]).toBeNull();
    // The prompt's reply count is the only field of it that changed.
    expect(removal.channel?.messages?.change).toEqual([{ key: prompt.ts, set: { replyCount: 0 } }]);
  });

  it('a field that disappears (blocks replaced by text) is unset', () => {
    const { workspace, prompt, state } = setUp();
    const before = state();
    workspace.updateMessage(prompt, { text: 'plain now' });
    const diff = roundTrip(before, state());
    expect(diff.channel?.messages?.change?.[0]?.unset).toEqual(['blocks']);
  });

  it('reactions: added and removed, with "mine" as the person looking sees it', () => {
    const { workspace, prompt, state } = setUp();
    let before = state();
    workspace.addReaction(prompt, 'star', SAM);
    workspace.addReaction(prompt, 'star', PRIYA);
    const added = roundTrip(before, state());
    expect(added.channel?.messages?.change?.[0]?.set?.reactions).toEqual([{ name: 'star', count: 2, mine: true, userNames: ['Sam Okafor', 'Priya Natarajan'] }]);
    before = state();
    workspace.removeReaction(prompt, 'star', SAM);
    roundTrip(before, state());
    // Priya's own view of the same change.
    const priyaBefore = state(PRIYA);
    workspace.removeReaction(prompt, 'star', PRIYA);
    roundTrip(priyaBefore, state(PRIYA));
  });

  it('ephemerals: posted, replaced in place and deleted, only for the person who sees them', () => {
    const { workspace, prompt, state } = setUp();
    let before = state();
    const priyaBefore = state(PRIYA);
    const feedback = workspace.postEphemeral({ channel: DEMO_CHANNEL.id, user: SAM, text: 'your feedback', thread_ts: prompt.ts });
    expect(roundTrip(before, state()).ephemerals?.add?.map((e) => e.text)).toEqual(['your feedback']);
    expect(diffState(priyaBefore, state(PRIYA))).toBeUndefined();
    before = state();
    workspace.updateEphemeral(feedback, { text: 'updated', blocks: [{ type: 'section', text: { type: 'mrkdwn', text: 'updated' } }] });
    roundTrip(before, state());
    before = state();
    workspace.deleteEphemeral(feedback);
    expect(roundTrip(before, state()).ephemerals?.remove).toEqual([feedback.message_ts]);
  });

  it('the App Home, a modal (opened, errors, updated, closed), problems and the clock are replaced whole', () => {
    const { workspace, viewErrors, problems, tick, state } = setUp();
    let before = state();
    const home = workspace.createView({ type: 'home', user: SAM, previous_view_id: null, external_id: '', definition: { type: 'home', blocks: [{ type: 'header', text: plain('Your coverage') }] } });
    workspace.homeViewIdByUser.set(SAM, home.id);
    expect(roundTrip(before, state()).set?.home?.id).toBe(home.id);

    before = state();
    const modal = workspace.createView({ type: 'modal', user: SAM, previous_view_id: null, external_id: '', definition: { title: plain('Practice'), submit: plain('Go'), blocks: [] } });
    workspace.modalStackByUser.set(SAM, [modal.id]);
    expect(roundTrip(before, state()).set?.modal?.title).toBe('Practice');
    before = state();
    viewErrors.set(modal.id, { answer: 'Too short' });
    expect(roundTrip(before, state()).set?.modal?.errors).toEqual({ answer: 'Too short' });
    before = state();
    workspace.replaceView(modal, { title: plain('Feedback'), blocks: [{ type: 'section', text: { type: 'mrkdwn', text: 'Meets the bar' } }] });
    roundTrip(before, state());
    before = state();
    workspace.closeTopModal(SAM);
    expect(roundTrip(before, state()).set).toEqual({ modal: null });

    before = state();
    problems.push({ method: 'chat.postMessage', problems: ['[ERROR] too many blocks'], at: Date.UTC(2026, 11, 2, 9, 31) });
    tick();
    expect(Object.keys(roundTrip(before, state()).set ?? {}).sort()).toEqual(['clock', 'problems']);
  });

  it('direct messages: the DM channel appearing, and a file shared in it', () => {
    const { workspace, bot, state } = setUp();
    const before = state();
    const { channel } = workspace.openDirectMessage(SAM);
    workspace.postMessage({ channel: channel.id, ...bot, text: 'Your export' });
    const diff = roundTrip(before, state());
    expect(diff.directMessages?.id).toBe(channel.id);
  });

  it('group DMs: only the members see one, named by the others; a new message in it travels as a change of that DM', () => {
    const { workspace, bot, state } = setUp();
    const before = state();
    expect(before.groupDirectMessages).toEqual([]);
    const { channel } = workspace.openGroupDirectMessage([SAM, PRIYA]);
    const pairing = workspace.postMessage({ channel: channel.id, ...bot, text: 'Mock loop this week' });
    const added = roundTrip(before, state());
    expect(added.groupDirectMessages?.add?.map((g) => [g.id, g.name])).toEqual([[channel.id, 'Priya Natarajan']]);
    expect(state(PRIYA).groupDirectMessages.map((g) => g.name)).toEqual(['Sam Okafor']);
    expect(state('U0PLAYMEI').groupDirectMessages).toEqual([]);

    const middle = state();
    workspace.postEphemeral({ channel: channel.id, user: SAM, text: 'Your interviewer packet' });
    workspace.addReaction(pairing, 'tada', PRIYA);
    const changed = roundTrip(middle, state());
    expect(Object.keys(changed.groupDirectMessages?.change ?? {})).toEqual([channel.id]);
    expect(changed.groupDirectMessages?.add).toBeUndefined();
    expect(changed.ephemerals?.add?.[0]?.channel).toBe(channel.id);

    // A second group DM is appended; a change naming a DM the page does not have is refused.
    const later = state();
    workspace.openGroupDirectMessage([SAM, 'U0PLAYMEI', 'U0PLAYALEX']);
    const second = roundTrip(later, state());
    expect(second.groupDirectMessages?.add?.[0]?.name).toBe('Mei Chen, Alex Rivera');
    expect(() => applyStateDiff(before, changed)).toThrow(StateDiffMismatch);
  });

  it('a new order is sent when items are not simply kept and appended (older history arriving after the newest)', () => {
    const { workspace, sources } = setUp();
    fillChannelHistory(workspace, DEMO_CHANNEL.id, 40);
    const newest = snapshotFor(sources, SAM, { newestMessages: 5 });
    const full = snapshotFor(sources, SAM);
    expect(newest.channel.messages).toHaveLength(5);
    const diff = roundTrip(newest, full);
    expect(diff.channel?.messages?.order).toEqual(full.channel.messages.map((m) => m.ts));
  });

  it('unchanged messages keep their objects, so the page can keep what it drew for them', () => {
    const { workspace, prompt, state } = setUp();
    workspace.postMessage({ channel: DEMO_CHANNEL.id, user: PRIYA, text: 'hello' });
    const before = state();
    workspace.addReaction(prompt, 'star', PRIYA);
    const after = applyStateDiff(before, diffState(before, state()) ?? {});
    expect(after.channel.messages[1]).toBe(before.channel.messages[1]);
    expect(after.channel.messages[0]).not.toBe(before.channel.messages[0]);
    expect(after.people).toBe(before.people);
  });

  it('a change that does not fit the state it is applied to is refused (the page then asks for the whole state)', () => {
    const { workspace, state } = setUp();
    const before = state();
    const remark = workspace.postMessage({ channel: DEMO_CHANNEL.id, user: SAM, text: 'one' });
    const middle = state();
    workspace.editMessage(remark, 'two');
    const diff = diffState(middle, state()) ?? {};
    expect(() => applyStateDiff(before, diff)).toThrow(StateDiffMismatch);
  });

  it('with 500 messages, one new reply is a change of under 1 KB against a whole state of hundreds of KB', () => {
    const { workspace, state } = setUp();
    fillChannelHistory(workspace, DEMO_CHANNEL.id, 500);
    const before = state();
    const parent = lastPrompt(workspace);
    workspace.postTypedMessage({ channel: DEMO_CHANNEL.id, user: PRIYA, typed: 'Same here: I would add the numbers before and after.', thread_ts: parent });
    const after = state();
    const diff = roundTrip(before, after);
    expect(JSON.stringify(diff).length).toBeLessThan(1024);
    expect(JSON.stringify(after).length).toBeGreaterThan(100_000);
  });
});

function lastPrompt(workspace: Workspace): string {
  const prompts = (workspace.messages.get(DEMO_CHANNEL.id) ?? []).filter((m) => m.bot_id !== undefined && m.thread_ts === undefined);
  return prompts.at(-1)?.ts ?? '';
}
