/**
 * What the playground page is told, as JSON over server-sent events: everything one person sees (sent whole when the
 * stream opens, then as changes, see web/state-diff.ts). Types only, so the browser code can import them without
 * pulling server modules in.
 */

export interface PersonView {
  id: string;
  name: string;
  realName: string;
  isAdmin: boolean;
}

export interface ReactionView {
  name: string;
  count: number;
  /** True when the person looking reacted with it. */
  mine: boolean;
  userNames: string[];
}

export interface MessageView {
  channel: string;
  ts: string;
  threadTs?: string;
  userId?: string;
  authorName: string;
  isBot: boolean;
  text: string;
  blocks?: unknown[];
  edited: boolean;
  /** Files shared with the message (`files.completeUploadExternal`): `url` opens it from the playground server. */
  files?: FileView[];
  reactions: ReactionView[];
  replyCount: number;
  /** Seconds since the epoch on the playground clock. */
  postedAt: number;
}

export interface FileView {
  id: string;
  name: string;
  title: string;
  mimetype: string;
  /** Bytes. */
  size: number;
  url: string;
  /** Set for an audio or video clip a person recorded (the playground's "Attach a clip"): drawn as a clip card. */
  clip?: ClipView;
  /** Deleted after it was shared: Slack shows a tombstone in its place. */
  deleted?: true;
}

/** A recorded clip as the page draws it: its length and where Slack's transcript of it stands. */
export interface ClipView {
  kind: 'audio' | 'video';
  durationMs: number;
  transcript: 'processing' | 'complete' | 'failed' | 'none';
  /** The transcript's words, when it is complete (the start of it, for a long one). */
  preview?: string;
  /** True when the preview is cut short. */
  previewCut?: true;
}

export interface EphemeralView {
  channel: string;
  ts: string;
  threadTs?: string;
  text: string;
  blocks?: unknown[];
}

export interface ModalView {
  id: string;
  hash: string;
  title: string;
  submit?: string;
  close: string;
  blocks: unknown[];
  /** Block id -> message, from a `response_action: errors` answer. */
  errors: Record<string, string>;
  /** How many modals are stacked, this one included. */
  depth: number;
}

export interface ChannelView {
  id: string;
  name: string;
  /** Top-level messages, oldest first. */
  messages: MessageView[];
  /** Parent ts -> replies, oldest first. */
  threads: Record<string, MessageView[]>;
}

export interface ProblemView {
  at: string;
  method: string;
  problems: string[];
}

export interface PlaygroundState {
  me: string;
  people: PersonView[];
  bot: { userId: string; name: string };
  channel: ChannelView;
  /** The app's direct messages with the person (its "Messages" tab). */
  directMessages: ChannelView;
  /**
   * The group DMs the person is in (the app's mock-loop pairs), oldest first; each named by its other people's
   * display names, as Slack's sidebar names it.
   */
  groupDirectMessages: ChannelView[];
  /** Only the person's own ephemerals. */
  ephemerals: EphemeralView[];
  home: { id: string; blocks: unknown[] } | null;
  modal: ModalView | null;
  /** Block Kit limits the app broke (Slack would have refused these calls), newest last. */
  problems: ProblemView[];
  /**
   * The playground clock, and the next scheduled thing the clock control would jump to (a reminder DM names the
   * person looking as "you"). `nextPrompt`: the next daily prompt, holidays skipped, when something else comes first;
   * `holiday`: set when today is one of the channel's holidays (no prompt today).
   */
  clock: { now: string; next: { at: string; what: string } | null; zone: string; nextPrompt?: string; holiday?: string };
  /** Channel names and people's display names (as Slack shows them in mentions), by id. */
  names: { users: Record<string, string>; channels: Record<string, string> };
}
