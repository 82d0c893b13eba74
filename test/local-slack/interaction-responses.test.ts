import { describe, expect, it } from 'vitest';
import { applyCommandAck, applyViewSubmissionAck, type BlockKitRejection, type WorkspaceChange } from '../../src/local-slack/index.js';
import { startLocalSlackApi } from '../../src/local-slack/server.js';
import { silentLogger } from '../../src/logger.js';
import { BOT_TOKEN, GENERAL, startFixture } from './fixture.js';

const plain = (text: string) => ({ type: 'plain_text', text });
const modal = (title: string) => ({
  type: 'modal',
  title: plain(title),
  submit: plain('Submit'),
  blocks: [{ type: 'input', block_id: 'answer', label: plain('Story'), element: { type: 'plain_text_input', action_id: 'text' } }],
});
const tooManyBlocks = Array.from({ length: 51 }, () => ({ type: 'divider' }));

describe('local Slack: a slash command ack shown as Slack shows it', () => {
  it('shows an ack with text to the person only, and an in_channel ack to everyone', async () => {
    const { workspace } = await startFixture();
    expect(applyCommandAck(workspace, { channel: GENERAL, user: 'U0BOB' }, '')).toEqual({ kind: 'nothing' });
    expect(applyCommandAck(workspace, { channel: GENERAL, user: 'U0BOB' }, JSON.stringify({ text: 'Only you' }))).toEqual({
      kind: 'ephemeral',
      text: 'Only you',
    });
    expect(workspace.ephemerals).toEqual([expect.objectContaining({ channel: GENERAL, user: 'U0BOB', text: 'Only you' })]);
    applyCommandAck(workspace, { channel: GENERAL, user: 'U0BOB' }, JSON.stringify({ response_type: 'in_channel', text: 'All of you' }));
    expect(workspace.messages.get(GENERAL)?.at(-1)).toMatchObject({ text: 'All of you', bot_id: workspace.bot.botId });
  });

  it('refuses an ack whose blocks break Block Kit limits, showing nothing', async () => {
    const { workspace } = await startFixture();
    const outcome = applyCommandAck(workspace, { channel: GENERAL, user: 'U0BOB' }, JSON.stringify({ text: 'x', blocks: tooManyBlocks }));
    expect(outcome).toEqual({ kind: 'refused', problems: [expect.stringContaining('at most 50')] });
    expect(workspace.ephemerals).toHaveLength(0);
  });
});

describe('local Slack: the modal stack and view_submission acks', () => {
  async function openModal() {
    const fixture = await startFixture();
    const result = await fixture.call('views.open', { trigger_id: fixture.workspace.issueTriggerId('U0BOB'), view: modal('Practice') });
    const view = fixture.workspace.views.get(result.view.id as string);
    if (!view) throw new Error('no view');
    const changes: WorkspaceChange['kind'][] = [];
    fixture.workspace.onChange((change) => changes.push(change.kind));
    return { ...fixture, view, changes };
  }

  it('an empty ack closes the submitted modal', async () => {
    const { workspace, view, changes } = await openModal();
    expect(applyViewSubmissionAck(workspace, view, '')).toEqual({ kind: 'closed', view });
    expect(workspace.topModal('U0BOB')).toBeUndefined();
    expect(changes).toEqual(['view_closed']);
  });

  it('errors keep the modal open and name the blocks', async () => {
    const { workspace, view } = await openModal();
    const ack = JSON.stringify({ response_action: 'errors', errors: { answer: 'Too short' } });
    expect(applyViewSubmissionAck(workspace, view, ack)).toEqual({ kind: 'errors', errors: { answer: 'Too short' } });
    expect(workspace.topModal('U0BOB')).toBe(view);
  });

  it('update replaces the view with a new hash; push stacks one; clear closes them all', async () => {
    const { workspace, view } = await openModal();
    const oldHash = view.hash;
    expect(applyViewSubmissionAck(workspace, view, JSON.stringify({ response_action: 'update', view: modal('Feedback') }))).toMatchObject({
      kind: 'updated',
    });
    expect(view.definition.title).toEqual(plain('Feedback'));
    expect(view.hash).not.toBe(oldHash);

    const pushed = applyViewSubmissionAck(workspace, view, JSON.stringify({ response_action: 'push', view: modal('Follow-up') }));
    if (pushed.kind !== 'pushed') throw new Error(pushed.kind);
    expect(pushed.view).toMatchObject({ previous_view_id: view.id, root_view_id: view.id });
    expect(workspace.modalStackByUser.get('U0BOB')).toEqual([view.id, pushed.view.id]);

    expect(workspace.closeTopModal('U0BOB')).toBe(pushed.view);
    expect(workspace.topModal('U0BOB')).toBe(view);
    applyViewSubmissionAck(workspace, view, JSON.stringify({ response_action: 'push', view: modal('Again') }));
    expect(applyViewSubmissionAck(workspace, view, JSON.stringify({ response_action: 'clear' }))).toEqual({ kind: 'cleared' });
    expect(workspace.topModal('U0BOB')).toBeUndefined();
  });

  it('refuses an update that breaks Block Kit limits and leaves the modal as it was', async () => {
    const { workspace, view } = await openModal();
    const outcome = applyViewSubmissionAck(workspace, view, JSON.stringify({ response_action: 'update', view: modal('A title far longer than Slack allows') }));
    expect(outcome).toEqual({ kind: 'refused', problems: [expect.stringContaining('[json-pointer:/view/title/text]')] });
    expect(view.definition.title).toEqual(plain('Practice'));
  });
});

describe('local Slack: response_url on ephemerals, and Block Kit refusals reported as they happen', () => {
  it('replace_original and delete_original act on the ephemeral an interaction came from', async () => {
    const { workspace, server } = await startFixture();
    const ephemeral = workspace.postEphemeral({ channel: GENERAL, user: 'U0BOB', text: 'Delete everything?' });
    const url = server.responseUrl('confirm', { channel: GENERAL, user: 'U0BOB', messageTs: ephemeral.message_ts });
    await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ replace_original: true, text: 'Deleted 3 answers.' }) });
    expect(workspace.ephemerals).toEqual([expect.objectContaining({ text: 'Deleted 3 answers.', message_ts: ephemeral.message_ts })]);
    await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ delete_original: true }) });
    expect(workspace.ephemerals).toHaveLength(0);
  });

  it('answers invalid_blocks to a response_url post breaking limits, and tells onBlockKitRejection', async () => {
    const { workspace } = await startFixture();
    const seen: BlockKitRejection[] = [];
    const server = await startLocalSlackApi({ workspace, botToken: BOT_TOKEN, logger: silentLogger, onBlockKitRejection: (r) => seen.push(r) });
    try {
      const url = server.responseUrl('big', { channel: GENERAL, user: 'U0BOB' });
      const response = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ text: 'x', blocks: tooManyBlocks }) });
      expect([response.status, await response.text()]).toEqual([400, 'invalid_blocks']);
      expect(workspace.ephemerals).toHaveLength(0);
      const posted = await fetch(`${server.url}chat.postMessage`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json; charset=utf-8', Authorization: `Bearer ${BOT_TOKEN}` },
        body: JSON.stringify({ channel: GENERAL, text: 'x', blocks: tooManyBlocks }),
      });
      expect(await posted.json()).toMatchObject({ ok: false, error: 'invalid_blocks' });
      expect(seen.map((r) => r.method)).toEqual(['response_url', 'chat.postMessage']);
      expect(server.blockKitRejections).toHaveLength(2);
    } finally {
      await server.close();
    }
  });
});
