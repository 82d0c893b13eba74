import { renderView } from '../../src/local-slack/methods/views.js';
import type { StoredView } from '../../src/local-slack/index.js';
import type { Harness } from './harness.js';

/**
 * Interaction payloads in Slack's documented shapes (block_actions, view_submission, app_home_opened), delivered with
 * processEvent, for tests of the private-side features. What the app passes to ack() comes back; a
 * `response_action: update` is applied to the stand-in's view, as Slack would.
 */
export interface Interactions {
  /** The view as Slack would send it in a payload (the app's definition plus id, hash, state). */
  view(viewId: string): Record<string, unknown>;
  /** The person's newest modal (the top of their stack). */
  topModal(user: string): StoredView;
  submit(user: string, viewId: string, values: Record<string, string>): Promise<unknown>;
  /** A submission with inputs of any kind, given as Slack's `state.values` (block id -> action id -> value). */
  submitState(user: string, viewId: string, values: Record<string, Record<string, unknown>>): Promise<unknown>;
  clickInView(user: string, viewId: string, actionId: string, value?: string, values?: Record<string, string>): Promise<unknown>;
  clickInMessage(user: string, channel: string, messageTs: string, actionId: string, value?: string): Promise<unknown>;
  /** A button on an ephemeral reply; answers sent to its response_url are recorded under the returned id. */
  clickInEphemeral(user: string, channel: string, actionId: string, value?: string): Promise<string>;
  clickOnHome(user: string, actionId: string, value?: string, extra?: Record<string, unknown>): Promise<unknown>;
  openHome(user: string): Promise<void>;
}

let sequence = 0;

export function interactions(h: Harness): Interactions {
  const { workspace } = h;
  const user = (id: string) => ({ id, username: id.toLowerCase(), name: id.toLowerCase(), team_id: workspace.team.id });
  const base = (id: string) => ({
    user: user(id),
    api_app_id: workspace.bot.appId,
    token: 'local-verification-token',
    trigger_id: workspace.issueTriggerId(id),
    team: { id: workspace.team.id, domain: workspace.team.domain },
    enterprise: null,
    is_enterprise_install: false,
  });
  const stateOf = (values: Record<string, string>) =>
    Object.fromEntries(Object.entries(values).map(([block, value]) => [block, { text: { type: 'plain_text_input', value } }]));

  const view = (viewId: string): Record<string, unknown> => {
    const stored = workspace.views.get(viewId);
    if (stored === undefined) throw new Error(`no view ${viewId}`);
    return renderView(workspace, stored);
  };

  async function deliver(body: Record<string, unknown>): Promise<unknown> {
    let acked: unknown;
    await h.lp.app.processEvent({
      body,
      ack: async (response?: unknown) => {
        acked = response;
      },
    });
    return acked;
  }

  function button(actionId: string, value: string | undefined, blockId = 'lp_block') {
    sequence += 1;
    return {
      type: 'button',
      action_id: actionId,
      block_id: blockId,
      text: { type: 'plain_text', text: actionId, emoji: true },
      ...(value === undefined ? {} : { value }),
      action_ts: `${1764500000 + sequence}.000${sequence}`,
    };
  }

  return {
    view,
    topModal(id) {
      const stack = workspace.modalStackByUser.get(id) ?? [];
      const top = stack.at(-1);
      const stored = top === undefined ? undefined : workspace.views.get(top);
      if (stored === undefined) throw new Error(`${id} has no modal open`);
      return stored;
    },
    async submit(id, viewId, values) {
      return this.submitState(id, viewId, stateOf(values));
    },
    async submitState(id, viewId, values) {
      const current = { ...view(viewId), state: { values } };
      const acked = await deliver({ type: 'view_submission', ...base(id), view: current, response_urls: [] });
      const response = acked as { response_action?: string; view?: Record<string, unknown> } | undefined;
      const stored = workspace.views.get(viewId);
      if (response?.response_action === 'update' && response.view !== undefined && stored !== undefined) {
        workspace.replaceView(stored, response.view);
      }
      return acked;
    },
    async clickInView(id, viewId, actionId, value, values = {}) {
      const current = { ...view(viewId), state: { values: stateOf(values) } };
      return deliver({
        type: 'block_actions',
        ...base(id),
        container: { type: 'view', view_id: viewId },
        view: current,
        actions: [button(actionId, value)],
      });
    },
    async clickInMessage(id, channel, messageTs, actionId, value) {
      const message = workspace.findMessage(channel, messageTs);
      return deliver({
        type: 'block_actions',
        ...base(id),
        container: { type: 'message', message_ts: messageTs, channel_id: channel, is_ephemeral: false },
        channel: { id: channel, name: workspace.channels.get(channel)?.name ?? '' },
        message: { type: 'message', ts: messageTs, text: message?.text ?? '', blocks: message?.blocks ?? [] },
        response_url: h.api.responseUrl(`action-${messageTs}-${actionId}`),
        actions: [button(actionId, value)],
      });
    },
    async clickInEphemeral(id, channel, actionId, value) {
      sequence += 1;
      const responseId = `ephemeral-action-${sequence}`;
      await deliver({
        type: 'block_actions',
        ...base(id),
        container: { type: 'message', message_ts: `${1764500000 + sequence}.000200`, channel_id: channel, is_ephemeral: true },
        channel: { id: channel, name: workspace.channels.get(channel)?.name ?? '' },
        response_url: h.api.responseUrl(responseId),
        actions: [button(actionId, value)],
      });
      return responseId;
    },
    async clickOnHome(id, actionId, value, extra = {}) {
      const homeId = workspace.homeViewIdByUser.get(id);
      const home = homeId === undefined ? undefined : view(homeId);
      return deliver({
        type: 'block_actions',
        ...base(id),
        container: { type: 'view', view_id: homeId },
        view: home,
        actions: [{ ...button(actionId, value), ...extra }],
      });
    },
    async openHome(id) {
      sequence += 1;
      await h.lp.app.processEvent({
        body: {
          token: 'local-verification-token',
          team_id: workspace.team.id,
          api_app_id: workspace.bot.appId,
          type: 'event_callback',
          event_id: `Ev0HOME${sequence}`,
          event_time: Math.floor(h.clock.now.getTime() / 1000),
          event: { type: 'app_home_opened', user: id, channel: `D0${id}`, tab: 'home', event_ts: `${1764500000 + sequence}.000100` },
        },
        ack: async () => {},
      });
    },
  };
}
