/**
 * Everything a person does on the playground page, done to the local workspace the way Slack's client would and then
 * delivered to the app as a signed HTTP request to /slack/events in Slack's documented shapes: slash commands as form
 * bodies, messages, reactions and App Home visits as `event_callback` envelopes, buttons and modals as `payload=`
 * interactions. The app cannot tell it from Slack, so the playground runs the production code path.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import {
  applyCommandAck,
  applyViewSubmissionAck,
  blockActionsBody,
  channelTypeOf,
  clipMessageEvent,
  eventCallbackBody,
  fileChangeEvent,
  FORM_CONTENT_TYPE,
  JSON_CONTENT_TYPE,
  messageChangedEvent,
  messageDeletedEvent,
  sendSignedRequest,
  slashCommandBody,
  slackCommandText,
  viewClosedBody,
  viewSubmissionBody,
  vttOf,
  type BlockKitRejection,
  type ClipTranscript,
  type LocalSlackApi,
  type StoredMessage,
  type StoredView,
  type Workspace,
} from '../local-slack/index.js';
import { renderMessage } from '../local-slack/methods/chat.js';
import { renderView } from '../local-slack/methods/views.js';
import type { AppLogger } from '../logger.js';
import { findElement, stateValuesFor, type RawInputValues } from './view-state.js';
import { DEFAULT_CLIP_WPM, DEFAULT_PAUSE_MS, PAUSE_MARK } from './web/clip-text.js';

export interface UserActionsDeps {
  workspace: Workspace;
  slackApi: LocalSlackApi;
  /** The app's Request URL, e.g. http://127.0.0.1:4312/slack/events. */
  eventsUrl: string;
  signingSecret: string;
  logger: AppLogger;
  /** Told when an answer of the app breaks Block Kit limits here (an ack body), as the stand-in's server tells its own. */
  onBlockKitRejection?: (rejection: BlockKitRejection) => void;
}

/** Where a clicked element lives. */
export type ActionSource =
  | { kind: 'message'; channel: string; ts: string }
  | { kind: 'ephemeral'; channel: string; ts: string }
  | { kind: 'view'; viewId: string };

export interface ActionInput {
  source: ActionSource;
  blockId: string;
  actionId: string;
  /** For selects and overflow menus: the chosen option's value; checkboxes: the chosen values. */
  selected?: string | string[];
  /** Current input values of the modal or Home the element is in, as the page read them. */
  values?: RawInputValues;
}

/** What the page should show after the action, beyond what arrives as workspace changes. */
export interface ActionResult {
  ok: boolean;
  /** For the person: why nothing happened (unknown command, the app answered with an error). */
  notice?: string;
}

/**
 * A clip recorded on the page ("Attach a clip"): what the person said, typed or pasted (`[pause]` or `[pause 5s]`
 * marks a silence), how fast they spoke, and when Slack's transcript of it is ready: at once, after a while, or never
 * (transcripts turned off in the workspace).
 */
export interface ClipAnswer {
  text: string;
  /** Default DEFAULT_CLIP_WPM. */
  wordsPerMinute?: number;
  transcript: 'now' | 'later' | 'never';
  /** For 'later': real milliseconds until the transcript is done (default DEFAULT_TRANSCRIPT_DELAY_MS). */
  afterMs?: number;
}

/** Long enough to see the app's :hourglass_flowing_sand: on the clip, short enough not to bore. */
const DEFAULT_TRANSCRIPT_DELAY_MS = 3000;
/** Words in each cue of a clip's transcript; a pause mark adds its silence after the cue its last word is in. */
const WORDS_PER_CUE = 10;

export class UserActions {
  /** View id -> field errors from the app's last `response_action: errors`. */
  readonly viewErrors = new Map<string, Record<string, string>>();
  private sequence = 0;
  /** Clip transcripts still to finish ("after 3 s", "never"): cleared when the playground stops. */
  private readonly transcriptTimers = new Set<NodeJS.Timeout>();
  private stopped = false;

  constructor(private readonly deps: UserActionsDeps) {
    // A view the app changes starts without the errors of its previous version.
    deps.workspace.onChange((change) => {
      if (change.kind === 'view_updated' || change.kind === 'view_closed') this.viewErrors.delete(change.view.id);
    });
  }

  /**
   * The message box: `/command text` runs a slash command; anything else is posted as the person's message (in the
   * thread when `threadTs` is given) and delivered as a `message` event.
   */
  async sendMessage(user: string, channel: string, typed: string, threadTs?: string): Promise<ActionResult> {
    const text = typed.trim();
    if (text === '') return { ok: false, notice: 'Type a message or a command such as /lp help.' };
    if (!this.canSee(user, channel)) return { ok: false, notice: 'That conversation is not open yet.' };
    const command = /^(\/\S+)(?:\s+([\s\S]*))?$/.exec(text);
    if (command?.[1] !== undefined) return this.runCommand(user, channel, command[1], command[2] ?? '');
    const { workspace } = this.deps;
    // As Slack's client sends it: &, < and > escaped (typed text never forms a mention), @name and links as markup.
    const message = workspace.postTypedMessage({ channel, user, typed: text, ...(threadTs ? { thread_ts: threadTs } : {}) });
    const parent = message.thread_ts !== undefined ? workspace.findMessage(channel, message.thread_ts) : undefined;
    await this.deliverEvent({
      type: 'message',
      client_msg_id: randomUUID(),
      channel,
      user,
      text: message.text,
      ts: message.ts,
      team: workspace.team.id,
      event_ts: message.ts,
      channel_type: channelTypeOf(workspace, channel),
      ...(message.thread_ts !== undefined ? { thread_ts: message.thread_ts } : {}),
      ...(parent?.user !== undefined ? { parent_user_id: parent.user } : {}),
    });
    return { ok: true };
  }

  /**
   * The person records a clip in a thread (the thread panel's "Attach a clip"): the clip is posted as theirs with a
   * WebVTT transcript built from the typed text at their pace, and Slack's `message` event (subtype `file_share`) is
   * delivered. A transcript that is not ready at once moves on later, as Slack's does: to complete after `afterMs`, or
   * to `none` for "transcripts off", each followed by the `file_change` event Slack sends.
   */
  async postClip(user: string, channel: string, threadTs: string, answer: ClipAnswer): Promise<ActionResult> {
    const { workspace } = this.deps;
    if (!this.canSee(user, channel)) return { ok: false, notice: 'That conversation is not open yet.' };
    const parent = workspace.findMessage(channel, threadTs);
    if (parent === undefined) return { ok: false, notice: 'That thread is gone.' };
    const spoken = spokenTranscript(answer.text, answer.wordsPerMinute ?? DEFAULT_CLIP_WPM);
    if (spoken === undefined) return { ok: false, notice: 'Type or paste what you said in the clip first.' };
    const complete: ClipTranscript = { status: 'complete', vtt: spoken.vtt, locale: 'en-US' };
    const { message, file } = workspace.postClip({
      channel,
      user,
      thread_ts: parent.thread_ts ?? parent.ts,
      durationMs: spoken.durationMs,
      transcript: answer.transcript === 'now' ? complete : { status: 'processing' },
    });
    // Built right after posting, as Slack sends it: with the transcript's state as it is now.
    await this.deliverEvent(clipMessageEvent(workspace, message));
    if (answer.transcript === 'later') this.finishTranscriptLater(file.id, complete, answer.afterMs ?? DEFAULT_TRANSCRIPT_DELAY_MS);
    else if (answer.transcript === 'never') await this.finishTranscript(file.id, { status: 'none' });
    return { ok: true };
  }

  /** Cancels the clip transcripts still waiting to finish; nothing more is delivered for them. */
  stop(): void {
    this.stopped = true;
    for (const timer of this.transcriptTimers) clearTimeout(timer);
    this.transcriptTimers.clear();
  }

  private finishTranscriptLater(fileId: string, transcript: ClipTranscript, afterMs: number): void {
    if (this.stopped) return;
    const timer = setTimeout(() => {
      this.transcriptTimers.delete(timer);
      void this.finishTranscript(fileId, transcript);
    }, afterMs);
    this.transcriptTimers.add(timer);
  }

  /** Slack's transcript of a clip moves on (unless the clip was deleted meanwhile), and Slack tells the app. */
  private async finishTranscript(fileId: string, transcript: ClipTranscript): Promise<void> {
    const { workspace, logger } = this.deps;
    const file = workspace.files.get(fileId);
    if (this.stopped || file?.clip === undefined || file.deleted === true) return;
    try {
      workspace.setTranscript(fileId, transcript);
      await this.deliverEvent(fileChangeEvent(workspace, fileId));
    } catch (error) {
      logger.warn(`playground: could not finish the transcript of clip ${fileId}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  /** A slash command, with a `response_url` and a `trigger_id` as Slack sends them; the ack body is shown like Slack. */
  async runCommand(user: string, channel: string, command: string, text: string): Promise<ActionResult> {
    const { workspace, slackApi } = this.deps;
    if (command !== '/lp') {
      workspace.postEphemeral({ channel, user, text: `${command} is not a valid command. In the playground, try /lp help.` });
      return { ok: false };
    }
    const person = workspace.users.get(user);
    const body = slashCommandBody({
      command,
      // As Slack sends it for a command with should_escape: `@priya` as `<@U…|priya>`, `#name` as `<#C…|name>`.
      text: slackCommandText(text, workspace.typedTextDirectory()),
      user_id: user,
      user_name: person?.name ?? user,
      channel_id: channel,
      channel_name: workspace.channels.get(channel)?.name ?? channel,
      team_id: workspace.team.id,
      team_domain: workspace.team.domain,
      trigger_id: workspace.issueTriggerId(user),
      response_url: slackApi.responseUrl(this.nextId('command'), { channel, user }),
      api_app_id: workspace.bot.appId,
    });
    const answer = await this.send(body, FORM_CONTENT_TYPE);
    if (answer.status !== 200) return this.failed(user, channel, command, answer.status);
    const shown = applyCommandAck(workspace, { channel, user }, answer.body);
    if (shown.kind === 'refused') this.reportRefused(`${command} ack`, shown.problems);
    return { ok: true };
  }

  /**
   * The person edits their own message: new text as the message box sends it, marked edited, and a
   * `message_changed` event to the app (the new message under `message`, the old under `previous_message`).
   */
  async editMessage(user: string, channel: string, ts: string, typed: string): Promise<ActionResult> {
    const { workspace } = this.deps;
    const message = workspace.findMessage(channel, ts);
    if (!message) return { ok: false, notice: 'That message is gone.' };
    if (message.user !== user || message.bot_id !== undefined) return { ok: false, notice: 'You can only edit your own messages.' };
    if (typed.trim() === '') return this.deleteMessage(user, channel, ts);
    const before = workspace.editMessage(message, typed.trim());
    await this.deliverEvent(messageChangedEvent(workspace, before, message));
    return { ok: true };
  }

  /** The person deletes their own message: gone from the channel, and a `message_deleted` event to the app. */
  async deleteMessage(user: string, channel: string, ts: string): Promise<ActionResult> {
    const { workspace } = this.deps;
    const message = workspace.findMessage(channel, ts);
    if (!message) return { ok: false, notice: 'That message is gone.' };
    if (message.user !== user || message.bot_id !== undefined) return { ok: false, notice: 'You can only delete your own messages.' };
    workspace.deleteMessage(channel, ts);
    await this.deliverEvent(messageDeletedEvent(workspace, message));
    return { ok: true };
  }

  /** Adds the person's reaction, or removes it when they already reacted with it, and tells the app. */
  async toggleReaction(user: string, channel: string, ts: string, name: string): Promise<ActionResult> {
    const { workspace } = this.deps;
    const message = workspace.findMessage(channel, ts);
    if (!message) return { ok: false, notice: 'That message is gone.' };
    const removing = message.reactions.get(name)?.includes(user) === true;
    if (removing) workspace.removeReaction(message, name, user);
    else workspace.addReaction(message, name, user);
    await this.deliverEvent({
      type: removing ? 'reaction_removed' : 'reaction_added',
      user,
      reaction: name,
      ...(message.user !== undefined ? { item_user: message.user } : {}),
      item: { type: 'message', channel, ts },
      event_ts: workspace.nextTs(),
    });
    return { ok: true };
  }

  /** A button, select or overflow choice: a `block_actions` interaction with the element as the app defined it. */
  async clickAction(user: string, input: ActionInput): Promise<ActionResult> {
    const { workspace, slackApi } = this.deps;
    const located = this.locate(user, input.source);
    if (located === undefined) return { ok: false, notice: 'That message or view is gone.' };
    const element = findElement(located.blocks, input.blockId, input.actionId);
    if (element === undefined) return { ok: false, notice: 'That control is no longer there.' };
    const action = actionPayload(element, input, workspace.nextTs());
    const payload: Record<string, unknown> = {
      user: this.userField(user),
      api_app_id: workspace.bot.appId,
      token: 'local-verification-token',
      trigger_id: workspace.issueTriggerId(user),
      team: { id: workspace.team.id, domain: workspace.team.domain },
      enterprise: null,
      is_enterprise_install: false,
      actions: [action],
    };
    if (input.source.kind === 'view') {
      const view = located.view as StoredView;
      payload.container = { type: 'view', view_id: view.id };
      payload.view = { ...renderView(workspace, view), state: { values: stateValuesFor(located.blocks, input.values ?? {}) } };
      payload.state = { values: {} };
    } else {
      const { channel, ts } = input.source;
      const ephemeral = input.source.kind === 'ephemeral';
      payload.container = { type: 'message', message_ts: ts, channel_id: channel, is_ephemeral: ephemeral };
      payload.channel = { id: channel, name: workspace.channels.get(channel)?.name ?? channel };
      if (!ephemeral) payload.message = renderMessage(workspace, located.message as StoredMessage);
      payload.state = { values: {} };
      payload.response_url = slackApi.responseUrl(this.nextId('action'), { channel, user, messageTs: ts });
    }
    const answer = await this.send(blockActionsBody(payload), FORM_CONTENT_TYPE);
    return answer.status === 200 ? { ok: true } : { ok: false, notice: `The app answered HTTP ${answer.status}.` };
  }

  /** The modal's submit button: a `view_submission` with the typed values; the ack decides what happens next. */
  async submitView(user: string, viewId: string, values: RawInputValues): Promise<ActionResult> {
    const { workspace } = this.deps;
    const view = workspace.topModal(user);
    if (!view || view.id !== viewId) return { ok: false, notice: 'That modal is no longer open.' };
    const blocks = blocksOf(view);
    const payload = {
      team: { id: workspace.team.id, domain: workspace.team.domain },
      user: this.userField(user),
      api_app_id: workspace.bot.appId,
      token: 'local-verification-token',
      trigger_id: workspace.issueTriggerId(user),
      view: { ...renderView(workspace, view), state: { values: stateValuesFor(blocks, values) } },
      response_urls: [],
      is_enterprise_install: false,
      enterprise: null,
    };
    const answer = await this.send(viewSubmissionBody(payload), FORM_CONTENT_TYPE);
    if (answer.status !== 200) return { ok: false, notice: `The app answered HTTP ${answer.status}; the modal stays open.` };
    const outcome = applyViewSubmissionAck(workspace, view, answer.body);
    if (outcome.kind === 'errors') {
      // The errors are not a workspace change: announce the view again so the page redraws it, then keep them.
      workspace.announceView('view_updated', view);
      this.viewErrors.set(view.id, outcome.errors);
    }
    if (outcome.kind === 'refused') {
      this.reportRefused('view_submission response', outcome.problems);
      return { ok: false, notice: 'Slack would refuse the view the app answered with; see the problems panel.' };
    }
    return { ok: true };
  }

  /** The modal's close button: closes the top modal, telling the app when it asked (`notify_on_close`). */
  async closeView(user: string, viewId: string): Promise<ActionResult> {
    const { workspace } = this.deps;
    const view = workspace.topModal(user);
    if (!view || view.id !== viewId) return { ok: false };
    workspace.closeTopModal(user);
    if (view.definition.notify_on_close === true) {
      await this.send(
        viewClosedBody({
          team: { id: workspace.team.id, domain: workspace.team.domain },
          user: this.userField(user),
          api_app_id: workspace.bot.appId,
          token: 'local-verification-token',
          view: renderView(workspace, view),
          is_cleared: false,
          is_enterprise_install: false,
        }),
        FORM_CONTENT_TYPE,
      );
    }
    return { ok: true };
  }

  /** Opening the app's Home (or Messages) tab: an `app_home_opened` event, with the current Home view if any. */
  async openAppHome(user: string, tab: 'home' | 'messages'): Promise<ActionResult> {
    const { workspace } = this.deps;
    const dm = workspace.openDirectMessage(user).channel;
    const home = workspace.views.get(workspace.homeViewIdByUser.get(user) ?? '');
    await this.deliverEvent({
      type: 'app_home_opened',
      user,
      channel: dm.id,
      tab,
      ...(home ? { view: renderView(workspace, home) } : {}),
      event_ts: workspace.nextTs(),
    });
    return { ok: true };
  }

  /** Ephemerals can be dismissed in Slack; nothing is sent to the app. */
  dismissEphemeral(user: string, ts: string): ActionResult {
    const ephemeral = this.deps.workspace.findEphemeral(user, ts);
    if (ephemeral) this.deps.workspace.deleteEphemeral(ephemeral);
    return { ok: ephemeral !== undefined };
  }

  private async deliverEvent(event: Record<string, unknown>): Promise<void> {
    const { workspace } = this.deps;
    const body = eventCallbackBody({
      team_id: workspace.team.id,
      api_app_id: workspace.bot.appId,
      event,
      event_id: `Ev${randomBytes(6).toString('hex').toUpperCase()}`,
      event_time: Math.floor(workspace.now() / 1000),
      bot_user_id: workspace.bot.userId,
    });
    const answer = await this.send(body, JSON_CONTENT_TYPE);
    if (answer.status !== 200) this.deps.logger.warn(`playground: the app answered HTTP ${answer.status} to a ${String(event.type)} event`);
  }

  /** Signs with the real time (the app checks signatures against its host's clock, not the playground clock). */
  private async send(body: string, contentType: string): Promise<{ status: number; body: string }> {
    try {
      return await sendSignedRequest(this.deps.eventsUrl, { body, contentType, signingSecret: this.deps.signingSecret });
    } catch (error) {
      this.deps.logger.error('playground: cannot reach the app:', error);
      return { status: 0, body: '' };
    }
  }

  private failed(user: string, channel: string, command: string, status: number): ActionResult {
    // Slack's own wording when an app does not answer a command properly.
    const reason = status === 0 ? 'dispatch_failed' : `http_error (${status})`;
    this.deps.workspace.postEphemeral({ channel, user, text: `${command} failed with the error "${reason}"` });
    return { ok: false };
  }

  private reportRefused(what: string, problems: string[]): void {
    const rejection = { method: what, problems, at: this.deps.workspace.now() };
    this.deps.slackApi.blockKitRejections.push(rejection);
    this.deps.logger.warn(`playground: ${what} refused, Block Kit limits broken:\n  ${problems.join('\n  ')}`);
    this.deps.onBlockKitRejection?.(rejection);
  }

  /** Whether the person sees the conversation: a public channel, or a DM or group DM they are in. */
  private canSee(user: string, channelId: string): boolean {
    const channel = this.deps.workspace.channels.get(channelId);
    return channel !== undefined && (!channel.is_private || channel.members.has(user));
  }

  private locate(
    user: string,
    source: ActionSource,
  ): { blocks: unknown[]; message?: StoredMessage; view?: StoredView } | undefined {
    const { workspace } = this.deps;
    if (source.kind === 'message') {
      // Someone outside a group DM (or another person's DM) cannot click in it: Slack never shows it to them.
      if (!this.canSee(user, source.channel)) return undefined;
      const message = workspace.findMessage(source.channel, source.ts);
      return message ? { blocks: message.blocks ?? [], message } : undefined;
    }
    if (source.kind === 'ephemeral') {
      const ephemeral = workspace.findEphemeral(user, source.ts);
      return ephemeral ? { blocks: ephemeral.blocks ?? [] } : undefined;
    }
    const view = workspace.views.get(source.viewId);
    return view && view.user === user ? { blocks: blocksOf(view), view } : undefined;
  }

  private userField(user: string): Record<string, unknown> {
    const person = this.deps.workspace.users.get(user);
    return { id: user, username: person?.name ?? user, name: person?.name ?? user, team_id: this.deps.workspace.team.id };
  }

  private nextId(kind: string): string {
    this.sequence += 1;
    return `playground-${kind}-${this.sequence}-${randomBytes(3).toString('hex')}`;
  }
}

/** The `actions[0]` of a block_actions payload for this element, as Slack builds it. */
function actionPayload(element: Record<string, unknown>, input: ActionInput, actionTs: string): Record<string, unknown> {
  const base = { type: element.type, action_id: input.actionId, block_id: input.blockId, action_ts: actionTs };
  const options = Array.isArray(element.options) ? (element.options as Record<string, unknown>[]) : [];
  const option = (value: unknown) => options.find((o) => o.value === value);
  switch (element.type) {
    case 'button':
      return {
        ...base,
        text: element.text,
        ...(element.value !== undefined ? { value: element.value } : {}),
        ...(element.style !== undefined ? { style: element.style } : {}),
      };
    case 'datepicker':
      return { ...base, selected_date: typeof input.selected === 'string' && input.selected !== '' ? input.selected : null };
    case 'timepicker':
      return { ...base, selected_time: typeof input.selected === 'string' && input.selected !== '' ? input.selected : null };
    case 'checkboxes':
    case 'multi_static_select': {
      const chosen = Array.isArray(input.selected) ? input.selected : input.selected === undefined ? [] : [input.selected];
      return { ...base, selected_options: chosen.map(option).filter((o) => o !== undefined) };
    }
    default:
      return { ...base, selected_option: option(input.selected) ?? null };
  }
}

/**
 * The WebVTT transcript of what a person said in a clip and the clip's length: the words at `wordsPerMinute`, with a
 * silence wherever the text has a `[pause]` mark (4 s, or as given: `[pause 6s]`). Undefined when there are no words.
 */
function spokenTranscript(typed: string, wordsPerMinute: number): { vtt: string; durationMs: number } | undefined {
  const pausesAfterCue: Record<number, number> = {};
  const words: string[] = [];
  let last = 0;
  const countWords = (part: string) => words.push(...part.split(/\s+/).filter((word) => word !== ''));
  for (const mark of typed.matchAll(PAUSE_MARK)) {
    countWords(typed.slice(last, mark.index));
    last = mark.index + mark[0].length;
    // A pause before the first word is silence at the start of the clip: it does not show in the transcript.
    if (words.length === 0) continue;
    const cue = Math.floor((words.length - 1) / WORDS_PER_CUE);
    const seconds = mark[1] === undefined ? DEFAULT_PAUSE_MS : Math.round(Number(mark[1]) * 1000);
    pausesAfterCue[cue] = (pausesAfterCue[cue] ?? 0) + Math.min(seconds, 60_000);
  }
  countWords(typed.slice(last));
  if (words.length === 0) return undefined;
  const pace = Math.min(400, Math.max(40, Math.round(wordsPerMinute)));
  // Cue text is markup in WebVTT: what was said is escaped, so "<" or "-->" in it stays words.
  const escaped = words.map((word) => word.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'));
  return vttOf(escaped.join(' '), { wordsPerMinute: pace, wordsPerCue: WORDS_PER_CUE, pausesAfterCue });
}

function blocksOf(view: StoredView): unknown[] {
  return Array.isArray(view.definition.blocks) ? view.definition.blocks : [];
}
