/**
 * What Slack does with the app's HTTP answer to a request it sent: the body of a slash command's ack is shown to the
 * person (ephemeral unless `in_channel`), and a `view_submission` ack decides what happens to the modal
 * (`response_action`: `errors`, `update`, `push`, `clear`; an empty ack closes it). Views and blocks that break
 * Block Kit limits are refused here as Slack refuses them, so the playground can show the problem.
 */
import { findBlockKitProblems } from './block-kit-limits.js';
import type { StoredView, Workspace } from './workspace.js';

/** Where a slash command was typed. */
export interface CommandOrigin {
  channel: string;
  user: string;
}

export type CommandAckOutcome =
  | { kind: 'nothing' }
  | { kind: 'ephemeral' | 'in_channel'; text: string }
  | { kind: 'refused'; problems: string[] };

/** Shows a slash command's ack body the way Slack does. `rawBody` is what the app answered with HTTP 200. */
export function applyCommandAck(workspace: Workspace, origin: CommandOrigin, rawBody: string): CommandAckOutcome {
  const body = parseObject(rawBody);
  // Bolt's bare ack() answers an empty body; a plain-text body is shown as-is, as Slack does.
  if (body === undefined) {
    if (rawBody.trim() === '') return { kind: 'nothing' };
    workspace.postEphemeral({ channel: origin.channel, user: origin.user, text: rawBody });
    return { kind: 'ephemeral', text: rawBody };
  }
  const text = typeof body.text === 'string' ? body.text : '';
  const blocks = Array.isArray(body.blocks) ? body.blocks : undefined;
  if (text === '' && blocks === undefined) return { kind: 'nothing' };
  if (blocks !== undefined) {
    const problems = findBlockKitProblems('message', { blocks });
    if (problems.length > 0) return { kind: 'refused', problems };
  }
  const content = { text, ...(blocks !== undefined ? { blocks } : {}) };
  if (body.response_type === 'in_channel') {
    const bot = workspace.bot;
    workspace.postMessage({ channel: origin.channel, user: bot.userId, bot_id: bot.botId, app_id: bot.appId, ...content });
    return { kind: 'in_channel', text };
  }
  workspace.postEphemeral({ channel: origin.channel, user: origin.user, ...content });
  return { kind: 'ephemeral', text };
}

export type ViewSubmissionOutcome =
  | { kind: 'closed'; view: StoredView }
  | { kind: 'errors'; errors: Record<string, string> }
  | { kind: 'updated'; view: StoredView }
  | { kind: 'pushed'; view: StoredView }
  | { kind: 'cleared' }
  | { kind: 'refused'; problems: string[] };

/**
 * Applies the ack of a `view_submission` for `view` (the modal the person submitted, on top of their stack).
 * `errors` leaves the modal open with messages under the named input blocks; `update` replaces it; `push` stacks a
 * new one; `clear` closes them all; anything else closes just this one.
 */
export function applyViewSubmissionAck(workspace: Workspace, view: StoredView, rawBody: string): ViewSubmissionOutcome {
  const body = parseObject(rawBody) ?? {};
  switch (body.response_action) {
    case 'errors': {
      const errors: Record<string, string> = {};
      if (isObject(body.errors)) {
        for (const [blockId, message] of Object.entries(body.errors)) if (typeof message === 'string') errors[blockId] = message;
      }
      return { kind: 'errors', errors };
    }
    case 'update': {
      const definition = checkedModal(body.view);
      if (!Array.isArray(definition)) {
        workspace.replaceView(view, definition);
        workspace.announceView('view_updated', view);
        return { kind: 'updated', view };
      }
      return { kind: 'refused', problems: definition };
    }
    case 'push': {
      const definition = checkedModal(body.view);
      if (Array.isArray(definition)) return { kind: 'refused', problems: definition };
      const stack = workspace.modalStackByUser.get(view.user) ?? [];
      const pushed = workspace.createView({
        type: 'modal',
        user: view.user,
        previous_view_id: view.id,
        external_id: typeof definition.external_id === 'string' ? definition.external_id : '',
        definition,
        root_view_id: view.root_view_id,
      });
      workspace.modalStackByUser.set(view.user, [...stack, pushed.id]);
      workspace.announceView('view_pushed', pushed);
      return { kind: 'pushed', view: pushed };
    }
    case 'clear':
      workspace.clearModals(view.user);
      return { kind: 'cleared' };
    default:
      workspace.closeTopModal(view.user);
      return { kind: 'closed', view };
  }
}

/** The modal in an `update`/`push` answer, or the Block Kit problems that make Slack refuse it. */
function checkedModal(value: unknown): Record<string, unknown> | string[] {
  if (!isObject(value)) return ['[ERROR] response_action needs a view object [json-pointer:/view]'];
  const problems = findBlockKitProblems('modal', value, { pointerRoot: '/view' });
  return problems.length > 0 ? problems : value;
}

function parseObject(text: string): Record<string, unknown> | undefined {
  try {
    const parsed: unknown = JSON.parse(text);
    return isObject(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
