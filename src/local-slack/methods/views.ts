import { findBlockKitProblems } from '../block-kit-limits.js';
import type { StoredView, Workspace } from '../workspace.js';
import { SlackApiError, invalidArguments, isRecord, optionalString, requiredString, structuredArg } from './arguments.js';
import type { MethodContext, MethodResult, SlackArgs } from './arguments.js';

/** Slack keeps at most three modals stacked for a person. */
const MODAL_STACK_LIMIT = 3;

/** `views.open`: needs a fresh, unused trigger id; the modal becomes the root of the person's stack. */
export function viewsOpen({ workspace, args }: MethodContext): MethodResult {
  const definition = readView(args, 'modal');
  const user = exchangeTrigger(workspace, args);
  rejectDuplicateExternalId(workspace, definition);
  const view = workspace.createView({ type: 'modal', user, previous_view_id: null, external_id: externalIdOf(definition), definition });
  workspace.modalStackByUser.set(user, [view.id]);
  workspace.announceView('view_opened', view);
  return { view: renderView(workspace, view) };
}

/** `views.push`: adds a modal on top of the person's stack (with no modal open, it starts one). */
export function viewsPush({ workspace, args }: MethodContext): MethodResult {
  const definition = readView(args, 'modal');
  const user = exchangeTrigger(workspace, args);
  const stack = workspace.modalStackByUser.get(user) ?? [];
  if (stack.length >= MODAL_STACK_LIMIT) throw new SlackApiError('push_limit_reached');
  rejectDuplicateExternalId(workspace, definition);
  const top = stack.at(-1);
  const view = workspace.createView({
    type: 'modal',
    user,
    previous_view_id: top ?? null,
    external_id: externalIdOf(definition),
    definition,
    ...(stack[0] !== undefined ? { root_view_id: stack[0] } : {}),
  });
  workspace.modalStackByUser.set(user, [...stack, view.id]);
  workspace.announceView('view_pushed', view);
  return { view: renderView(workspace, view) };
}

/** `views.update` by `view_id` or `external_id`; a `hash` that is not the view's current one is a `hash_conflict`. */
export function viewsUpdate({ workspace, args }: MethodContext): MethodResult {
  const viewId = optionalString(args, 'view_id');
  const externalId = optionalString(args, 'external_id');
  if (viewId === undefined && externalId === undefined) throw invalidArguments('[ERROR] view_id or external_id is required');
  const view = viewId !== undefined ? workspace.views.get(viewId) : workspace.findViewByExternalId(externalId ?? '');
  if (!view) throw new SlackApiError('not_found');
  const definition = readView(args, view.type);
  const hash = optionalString(args, 'hash');
  if (hash !== undefined && hash !== view.hash) throw new SlackApiError('hash_conflict');
  workspace.replaceView(view, definition);
  workspace.announceView('view_updated', view);
  return { view: renderView(workspace, view) };
}

/** `views.publish`: the App Home tab of `user_id`, replacing the previous one (guarded by `hash` when given). */
export function viewsPublish({ workspace, args }: MethodContext): MethodResult {
  const userId = requiredString(args, 'user_id');
  if (!workspace.users.has(userId)) throw new SlackApiError('user_not_found');
  const definition = readView(args, 'home');
  const existing = workspace.views.get(workspace.homeViewIdByUser.get(userId) ?? '');
  const hash = optionalString(args, 'hash');
  if (existing && hash !== undefined && hash !== existing.hash) throw new SlackApiError('hash_conflict');
  let view: StoredView;
  if (existing) {
    workspace.replaceView(existing, definition);
    view = existing;
  } else {
    view = workspace.createView({ type: 'home', user: userId, previous_view_id: null, external_id: externalIdOf(definition), definition });
    workspace.homeViewIdByUser.set(userId, view.id);
  }
  workspace.announceView('home_published', view);
  return { view: renderView(workspace, view) };
}

/** A view in the shape Slack returns it: the app's definition plus the fields Slack fills in. */
export function renderView(workspace: Workspace, view: StoredView): Record<string, unknown> {
  return {
    private_metadata: '',
    callback_id: '',
    clear_on_close: false,
    notify_on_close: false,
    ...view.definition,
    id: view.id,
    team_id: workspace.team.id,
    type: view.type,
    state: { values: {} },
    hash: view.hash,
    root_view_id: view.root_view_id,
    previous_view_id: view.previous_view_id,
    external_id: view.external_id,
    app_id: workspace.bot.appId,
    app_installed_team_id: workspace.team.id,
    bot_id: workspace.bot.botId,
  };
}

/**
 * The `view` argument, parsed and checked. Slack answers a view that breaks Block Kit limits with
 * `invalid_arguments` (not `invalid_blocks`, which is for messages), the problems pointing into `/view`.
 */
function readView(args: SlackArgs, type: 'modal' | 'home'): Record<string, unknown> {
  const view = structuredArg(args, 'view', 'invalid_arguments');
  if (view === undefined) throw invalidArguments('[ERROR] missing required field: view');
  if (!isRecord(view)) throw invalidArguments('[ERROR] view must be an object [json-pointer:/view]');
  const problems = findBlockKitProblems(type, view, { pointerRoot: '/view' });
  if (problems.length > 0) throw new SlackApiError('invalid_arguments', { response_metadata: { messages: problems } }, problems);
  return view;
}

function exchangeTrigger(workspace: Workspace, args: SlackArgs): string {
  const { check, user } = workspace.exchangeTrigger(requiredString(args, 'trigger_id', 'invalid_trigger_id'));
  if (check !== 'valid' || user === undefined) throw new SlackApiError(check);
  return user;
}

function externalIdOf(definition: Record<string, unknown>): string {
  return typeof definition.external_id === 'string' ? definition.external_id : '';
}

function rejectDuplicateExternalId(workspace: Workspace, definition: Record<string, unknown>): void {
  const externalId = externalIdOf(definition);
  if (externalId !== '' && workspace.findViewByExternalId(externalId)) throw new SlackApiError('duplicate_external_id');
}
