import { z } from 'zod';

/**
 * A Slack `message` event reduced to what the thread features act on. Slack sends many shapes under one type
 * (new messages, edits, deletions, bot posts, joins, unfurls); everything that is not a person's reply in a thread,
 * an edit of one, or a deletion becomes `ignore` here, so the service never sees a bot's or the app's own message.
 */
export type ThreadMessage =
  | { kind: 'reply'; channelId: string; ts: string; threadTs: string; userId: string; text: string; clip?: ClipRef }
  | { kind: 'edit'; channelId: string; ts: string; threadTs: string; userId: string; text: string }
  | { kind: 'delete'; channelId: string; ts: string }
  /** A clip a person sent in their direct message with LP Coach: an answer to a /lp practice question out loud. */
  | { kind: 'dm-clip'; channelId: string; ts: string; threadTs: string | null; userId: string; clip: ClipRef }
  /** A message a person typed in their DM with LP Coach: an answer in the written mock, if one is waiting. */
  | { kind: 'dm-text'; channelId: string; ts: string; userId: string; text: string }
  | { kind: 'ignore'; reason: string };

/** An audio or video clip attached to a reply: the answer is what was said in it. */
export interface ClipRef {
  fileId: string;
}

export interface BotIdentity {
  botId?: string;
  botUserId?: string;
}

const Inner = z.object({
  user: z.string().optional(),
  bot_id: z.string().optional(),
  subtype: z.string().optional(),
  text: z.string().optional(),
  ts: z.string(),
  thread_ts: z.string().optional(),
  files: z.array(z.object({ id: z.string(), subtype: z.string().optional(), media_display_type: z.string().optional(), mimetype: z.string().optional() }).passthrough()).optional(),
});
type Inner = z.infer<typeof Inner>;

const MessageEvent = Inner.extend({
  channel: z.string(),
  channel_type: z.string().optional(),
  message: Inner.optional(),
  previous_message: Inner.partial().optional(),
  deleted_ts: z.string().optional(),
});

// New messages a person writes: plain, "also send to channel", and with a file attached.
const PERSON_SUBTYPES = new Set([undefined, 'thread_broadcast', 'file_share']);

export function readThreadMessage(raw: unknown, bot: BotIdentity): ThreadMessage {
  const parsed = MessageEvent.safeParse(raw);
  if (!parsed.success) return { kind: 'ignore', reason: 'not a message event we understand' };
  const event = parsed.data;
  if (event.subtype === 'message_deleted') {
    const ts = event.deleted_ts ?? event.previous_message?.ts;
    if (ts === undefined) return { kind: 'ignore', reason: 'deletion without a ts' };
    if (isFromBot(event.previous_message ?? {}, bot)) return { kind: 'ignore', reason: 'a bot message was deleted' };
    return { kind: 'delete', channelId: event.channel, ts };
  }
  if (event.subtype === 'message_changed') {
    const message = event.message;
    // ignoreSelf does not cover edits: the app's own posts (prompts, wrap-ups, follow-ups) carry bot_id in `message`.
    if (message === undefined || isFromBot(message, bot) || isFromBot(event.previous_message ?? {}, bot)) {
      return { kind: 'ignore', reason: 'an edit of a bot message' };
    }
    if (message.subtype === 'tombstone') return { kind: 'ignore', reason: 'a deleted thread parent' };
    return asThreadMessage('edit', event.channel, message);
  }
  if (!PERSON_SUBTYPES.has(event.subtype) || isFromBot(event, bot)) return { kind: 'ignore', reason: `subtype ${event.subtype ?? 'bot'}` };
  // In the app's DM a clip is a practice answer out loud, and typed text a step of the written mock.
  if (event.channel_type === 'im') {
    const clip = clipOf(event.files);
    if (event.user === undefined) return { kind: 'ignore', reason: 'a direct message without an author' };
    if (clip === undefined) {
      const text = event.text ?? '';
      return text.trim() === '' ? { kind: 'ignore', reason: 'an empty direct message' } : { kind: 'dm-text', channelId: event.channel, ts: event.ts, userId: event.user, text };
    }
    const threadTs = event.thread_ts !== undefined && event.thread_ts !== event.ts ? event.thread_ts : null;
    return { kind: 'dm-clip', channelId: event.channel, ts: event.ts, threadTs, userId: event.user, clip };
  }
  return asThreadMessage('reply', event.channel, event);
}

function asThreadMessage(kind: 'reply' | 'edit', channelId: string, message: Inner): ThreadMessage {
  const { user, thread_ts: threadTs, ts } = message;
  if (user === undefined) return { kind: 'ignore', reason: 'no author' };
  // A thread's parent has thread_ts === ts (or none): only replies can be answers.
  if (threadTs === undefined || threadTs === ts) return { kind: 'ignore', reason: 'not a thread reply' };
  const clip = kind === 'reply' ? clipOf(message.files) : undefined;
  return { kind, channelId, ts, threadTs, userId: user, text: message.text ?? '', ...(clip === undefined ? {} : { clip }) };
}

/** Slack's recorded clips (and an uploaded audio or video file): the first one is the answer. */
function clipOf(files: Inner['files']): ClipRef | undefined {
  const clip = files?.find(
    (file) =>
      file.subtype === 'slack_audio' ||
      file.subtype === 'slack_video' ||
      file.media_display_type === 'audio' ||
      file.media_display_type === 'video' ||
      /^(audio|video)\//.test(file.mimetype ?? ''),
  );
  return clip === undefined ? undefined : { fileId: clip.id };
}

function isFromBot(message: Partial<Inner>, bot: BotIdentity): boolean {
  if (message.bot_id !== undefined || message.subtype === 'bot_message') return true;
  return bot.botUserId !== undefined && message.user === bot.botUserId;
}
