/**
 * `response_url`s served by the local stand-in. Every POST is recorded; when the URL was issued with a target
 * (channel, user and, for interactions, the message), the response also lands in the workspace the way Slack shows
 * it: ephemeral by default, `in_channel` as a channel message, `replace_original` / `delete_original` on the message
 * (a channel message or the ephemeral the interaction came from). Blocks that break Block Kit limits are refused with
 * `invalid_blocks`, as hooks.slack.com does, and reported to `onBlockKitRejection`.
 */
import { findBlockKitProblems } from './block-kit-limits.js';
import type { Workspace } from './workspace.js';

export interface ResponseUrlTarget {
  channel: string;
  user: string;
  /** The message an interaction came from, for `replace_original` and `delete_original`. */
  messageTs?: string;
}

export interface RecordedResponse {
  id: string;
  response_type?: 'ephemeral' | 'in_channel';
  text?: string;
  blocks?: unknown[];
  replace_original?: boolean;
  delete_original?: boolean;
  thread_ts?: string;
  /** Everything the app sent, as parsed. */
  body: Record<string, unknown>;
  at: number;
}

export interface ResponseUrlAnswer {
  status: number;
  /** hooks.slack.com answers plain text: `ok`, or an error word. */
  text: string;
}

export class ResponseUrlInbox {
  readonly responses: RecordedResponse[] = [];
  private readonly targets = new Map<string, ResponseUrlTarget | undefined>();

  constructor(
    private readonly workspace: Workspace,
    private readonly onBlockKitRejection: (problems: string[]) => void = () => {},
  ) {}

  expect(id: string, target?: ResponseUrlTarget): void {
    this.targets.set(id, target);
  }

  receive(id: string, contentType: string | undefined, rawBody: string): ResponseUrlAnswer {
    if (!this.targets.has(id)) return { status: 404, text: 'no_service' };
    const body = parseResponseBody(contentType ?? '', rawBody);
    if (!body) return { status: 400, text: 'invalid_payload' };
    if (body.blocks !== undefined) {
      const problems = findBlockKitProblems('message', { blocks: body.blocks });
      if (problems.length > 0) {
        this.onBlockKitRejection(problems);
        return { status: 400, text: 'invalid_blocks' };
      }
    }
    const recorded: RecordedResponse = {
      id,
      ...(body.response_type === 'in_channel' || body.response_type === 'ephemeral' ? { response_type: body.response_type } : {}),
      ...(typeof body.text === 'string' ? { text: body.text } : {}),
      ...(Array.isArray(body.blocks) ? { blocks: body.blocks } : {}),
      ...(typeof body.replace_original === 'boolean' ? { replace_original: body.replace_original } : {}),
      ...(typeof body.delete_original === 'boolean' ? { delete_original: body.delete_original } : {}),
      ...(typeof body.thread_ts === 'string' ? { thread_ts: body.thread_ts } : {}),
      body,
      at: this.workspace.now(),
    };
    this.responses.push(recorded);
    const target = this.targets.get(id);
    if (target) this.deliver(recorded, target);
    return { status: 200, text: 'ok' };
  }

  private deliver(response: RecordedResponse, target: ResponseUrlTarget): void {
    const original = target.messageTs !== undefined ? this.workspace.findMessage(target.channel, target.messageTs) : undefined;
    const originalEphemeral =
      target.messageTs !== undefined && !original ? this.workspace.findEphemeral(target.user, target.messageTs) : undefined;
    const content = { text: response.text ?? '', ...(response.blocks !== undefined ? { blocks: response.blocks } : {}) };
    if (originalEphemeral && (response.delete_original || response.replace_original)) {
      if (response.delete_original) this.workspace.deleteEphemeral(originalEphemeral);
      else this.workspace.updateEphemeral(originalEphemeral, content);
      return;
    }
    if (response.delete_original && original) {
      this.workspace.deleteMessage(target.channel, original.ts);
      return;
    }
    if (response.replace_original && original) {
      this.workspace.updateMessage(original, content);
      return;
    }
    if (!this.workspace.channels.has(target.channel)) return;
    const thread = response.thread_ts !== undefined ? { thread_ts: response.thread_ts } : {};
    if (response.response_type === 'in_channel') {
      const bot = this.workspace.bot;
      this.workspace.postMessage({ channel: target.channel, user: bot.userId, bot_id: bot.botId, app_id: bot.appId, ...thread, ...content });
    } else {
      this.workspace.postEphemeral({ channel: target.channel, user: target.user, ...thread, ...content });
    }
  }
}

function parseResponseBody(contentType: string, rawBody: string): Record<string, unknown> | undefined {
  try {
    const text = contentType.includes('application/x-www-form-urlencoded')
      ? new URLSearchParams(rawBody).get('payload') ?? ''
      : rawBody;
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
