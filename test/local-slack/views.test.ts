import { describe, expect, it } from 'vitest';
import { startFixture } from './fixture.js';

const plain = (text: string) => ({ type: 'plain_text', text });
const practiceModal = (title = 'Practice') => ({
  type: 'modal',
  callback_id: 'practice',
  title: plain(title),
  submit: plain('Score it'),
  private_metadata: '{"q":"ownership-1"}',
  blocks: [{ type: 'input', block_id: 'answer', label: plain('Your story'), element: { type: 'plain_text_input', action_id: 'text', multiline: true } }],
});
const home = (text: string) => ({ type: 'home', blocks: [{ type: 'section', text: { type: 'mrkdwn', text } }] });

describe('local Slack Web API: views.open and trigger ids', () => {
  it('opens a modal for the trigger’s user and returns the view as Slack does', async () => {
    const { call, workspace } = await startFixture();
    const trigger = workspace.issueTriggerId('U0BOB');
    const result = await call('views.open', { trigger_id: trigger, view: practiceModal() });
    expect(result).toMatchObject({
      ok: true,
      view: {
        id: expect.stringMatching(/^V/),
        type: 'modal',
        callback_id: 'practice',
        private_metadata: '{"q":"ownership-1"}',
        title: plain('Practice'),
        state: { values: {} },
        hash: expect.any(String),
        previous_view_id: null,
        app_id: workspace.bot.appId,
        team_id: workspace.team.id,
      },
    });
    expect(result.view.root_view_id).toBe(result.view.id);
    expect(workspace.views.get(result.view.id)).toMatchObject({ user: 'U0BOB', type: 'modal' });
    expect(workspace.modalStackByUser.get('U0BOB')).toEqual([result.view.id]);
  });

  it('answers invalid_trigger_id, expired_trigger_id after 3 seconds, exchanged_trigger_id on reuse', async () => {
    const { call, workspace, clock } = await startFixture();
    expect(await call('views.open', { trigger_id: 'made.up.trigger', view: practiceModal() })).toEqual({ ok: false, error: 'invalid_trigger_id' });
    const late = workspace.issueTriggerId('U0BOB');
    clock.ms += 3001;
    expect(await call('views.open', { trigger_id: late, view: practiceModal() })).toEqual({ ok: false, error: 'expired_trigger_id' });
    const onTime = workspace.issueTriggerId('U0BOB');
    clock.ms += 3000;
    expect(await call('views.open', { trigger_id: onTime, view: practiceModal() })).toMatchObject({ ok: true });
    expect(await call('views.open', { trigger_id: onTime, view: practiceModal() })).toEqual({ ok: false, error: 'exchanged_trigger_id' });
  });

  it('refuses a view that breaks Block Kit limits with invalid_arguments pointing into /view', async () => {
    const { call, workspace, server } = await startFixture();
    const result = await call('views.open', { trigger_id: workspace.issueTriggerId('U0BOB'), view: practiceModal('A title far too long for Slack') });
    expect(result).toEqual({
      ok: false,
      error: 'invalid_arguments',
      response_metadata: { messages: [expect.stringContaining('[json-pointer:/view/title/text]')] },
    });
    expect(server.blockKitRejections).toHaveLength(1);
    expect(workspace.views.size).toBe(0);
  });

  it('answers invalid_arguments when the view is missing', async () => {
    const { call, workspace } = await startFixture();
    expect(await call('views.open', { trigger_id: workspace.issueTriggerId('U0BOB') })).toEqual({
      ok: false,
      error: 'invalid_arguments',
      response_metadata: { messages: ['[ERROR] missing required field: view'] },
    });
  });
});

describe('local Slack Web API: views.update and views.push', () => {
  it('views.update replaces the view and changes its hash; a stale hash is a hash_conflict', async () => {
    const { call, workspace } = await startFixture();
    const opened = await call('views.open', { trigger_id: workspace.issueTriggerId('U0BOB'), view: practiceModal() });
    const updated = await call('views.update', { view_id: opened.view.id, hash: opened.view.hash, view: practiceModal('Scored') });
    expect(updated).toMatchObject({ ok: true, view: { id: opened.view.id, title: plain('Scored') } });
    expect(updated.view.hash).not.toBe(opened.view.hash);
    expect(await call('views.update', { view_id: opened.view.id, hash: opened.view.hash, view: practiceModal() })).toEqual({ ok: false, error: 'hash_conflict' });
    expect(await call('views.update', { view_id: 'V0NOPE', view: practiceModal() })).toEqual({ ok: false, error: 'not_found' });
  });

  it('views.update finds a view by external_id', async () => {
    const { call, workspace } = await startFixture();
    await call('views.open', { trigger_id: workspace.issueTriggerId('U0BOB'), view: { ...practiceModal(), external_id: 'practice-U0BOB' } });
    expect(await call('views.update', { external_id: 'practice-U0BOB', view: practiceModal('Again') })).toMatchObject({ ok: true, view: { title: plain('Again') } });
  });

  it('views.push stacks modals up to three, then push_limit_reached', async () => {
    const { call, workspace } = await startFixture();
    const root = await call('views.open', { trigger_id: workspace.issueTriggerId('U0BOB'), view: practiceModal() });
    const second = await call('views.push', { trigger_id: workspace.issueTriggerId('U0BOB'), view: practiceModal('Follow-up') });
    expect(second.view).toMatchObject({ root_view_id: root.view.id, previous_view_id: root.view.id });
    await call('views.push', { trigger_id: workspace.issueTriggerId('U0BOB'), view: practiceModal('Third') });
    expect(await call('views.push', { trigger_id: workspace.issueTriggerId('U0BOB'), view: practiceModal('Fourth') })).toEqual({ ok: false, error: 'push_limit_reached' });
    expect(workspace.modalStackByUser.get('U0BOB')).toHaveLength(3);
  });
});

describe('local Slack Web API: views.publish', () => {
  it('publishes one App Home view per user and replaces it on the next publish', async () => {
    const { call, workspace } = await startFixture();
    const first = await call('views.publish', { user_id: 'U0ALICE', view: home('3 of 16 principles') });
    expect(first).toMatchObject({ ok: true, view: { type: 'home', id: expect.stringMatching(/^V/) } });
    const second = await call('views.publish', { user_id: 'U0ALICE', view: home('4 of 16 principles') });
    expect(second.view.id).toBe(first.view.id);
    expect(workspace.views.get(workspace.homeViewIdByUser.get('U0ALICE') ?? '')?.definition.blocks).toEqual(home('4 of 16 principles').blocks);
  });

  it('views.publish errors: user_not_found, hash_conflict, invalid_arguments for a modal or too many blocks', async () => {
    const { call } = await startFixture();
    expect(await call('views.publish', { user_id: 'U0NOBODY', view: home('x') })).toEqual({ ok: false, error: 'user_not_found' });
    const first = await call('views.publish', { user_id: 'U0ALICE', view: home('x') });
    await call('views.publish', { user_id: 'U0ALICE', view: home('y') });
    expect(await call('views.publish', { user_id: 'U0ALICE', hash: first.view.hash, view: home('z') })).toEqual({ ok: false, error: 'hash_conflict' });
    expect(await call('views.publish', { user_id: 'U0ALICE', view: practiceModal() })).toMatchObject({ ok: false, error: 'invalid_arguments' });
    const tooBig = { type: 'home', blocks: Array.from({ length: 101 }, () => ({ type: 'divider' })) };
    expect(await call('views.publish', { user_id: 'U0ALICE', view: tooBig })).toMatchObject({ ok: false, error: 'invalid_arguments' });
  });
});
