import { randomBytes } from 'node:crypto';
import { SLACK_FILES_ORIGIN, privateFileUrl, transcriptUrl } from './file-urls.js';
import { slackClientText, type TypedTextDirectory } from './typed-text.js';

/**
 * In-memory state of one Slack workspace, as the local Web API stand-in sees it. The Web API handlers read and change
 * it; tests and the playground seed it (`addUser`, `addChannel`, `joinChannel`) and watch it (`onChange`).
 */

export interface WorkspaceUser {
  id: string;
  name: string;
  real_name: string;
  is_bot: boolean;
  is_admin: boolean;
  is_owner: boolean;
  tz: string;
}

export interface BotIdentity {
  /** The bot's user id (`U…`): what `auth.test` returns as `user_id` and messages carry as `user`. */
  userId: string;
  /** `B…`: what messages posted with the bot token carry as `bot_id`. */
  botId: string;
  /** `A…`: the app's id, `api_app_id` in payloads. */
  appId: string;
  name: string;
}

export interface Team {
  id: string;
  domain: string;
  name: string;
}

export interface Channel {
  id: string;
  name: string;
  is_private: boolean;
  is_im: boolean;
  is_mpim: boolean;
  /** For a DM: the other person. */
  user?: string;
  created: number;
  members: Set<string>;
}

export interface StoredMessage {
  type: 'message';
  channel: string;
  ts: string;
  thread_ts?: string;
  user?: string;
  bot_id?: string;
  app_id?: string;
  text: string;
  blocks?: unknown[];
  attachments?: unknown[];
  /** Emoji name -> users who reacted, in the order they reacted. */
  reactions: Map<string, string[]>;
  edited?: { user: string; ts: string };
  /** Ids of the files shared with this message (`files.completeUploadExternal`, a person's clip), in order. */
  files?: string[];
  /** Message metadata the app attached (`chat.postMessage`'s `metadata`); history returns it on request only. */
  metadata?: MessageMetadata;
}

/** Slack's message metadata: an app-defined event type and a free-form JSON object. */
export interface MessageMetadata {
  event_type: string;
  event_payload: Record<string, unknown>;
}

export interface EphemeralMessage {
  channel: string;
  user: string;
  text: string;
  blocks?: unknown[];
  thread_ts?: string;
  message_ts: string;
}

export interface StoredView {
  id: string;
  type: 'modal' | 'home';
  /** Who sees it: the user the modal was opened for, or whose App Home it is. */
  user: string;
  hash: string;
  root_view_id: string;
  previous_view_id: string | null;
  external_id: string;
  /** The view as the app sent it (title, blocks, private_metadata, callback_id, …). */
  definition: Record<string, unknown>;
}

/**
 * A file uploaded with Slack's external upload flow: reserved by `files.getUploadURLExternal`, its bytes POSTed to the
 * upload URL, then shared by `files.completeUploadExternal`.
 */
export interface StoredFile {
  id: string;
  name: string;
  title: string;
  mimetype: string;
  filetype: string;
  /** Who uploaded it (the bot, for calls with the bot token). */
  user: string;
  created: number;
  /** What `files.getUploadURLExternal` was told; `size` is what actually arrived. */
  declaredLength: number;
  size: number;
  /** The bytes, once POSTed to the upload URL. */
  content?: Buffer;
  /** True once `files.completeUploadExternal` finished it. */
  completed: boolean;
  /** Served by the stand-in to requests carrying the bot token, as Slack serves `url_private`. */
  urlPrivate: string;
  /** Channels it was shared into. */
  channels: string[];
  /** Set for an audio or video clip a person recorded in Slack's client (`postClip`). */
  clip?: StoredClip;
  /** Set once deleted (`deleteFile`): `files.info` answers `file_deleted`, messages show a tombstone, nothing is served. */
  deleted?: true;
}

/** The state of a clip's transcript, as Slack reports it in the file's `transcription.status`. */
export type TranscriptStatus = 'processing' | 'complete' | 'failed' | 'none';

export interface ClipTranscript {
  status: TranscriptStatus;
  /** The full transcript as WebVTT; present when `status` is `complete` (the `vtt` URL serves it). */
  vtt?: string;
  /** Slack's `transcription.locale`, e.g. `en-US`. */
  locale?: string;
}

/** What Slack knows about a recorded clip beyond the file itself. */
export interface StoredClip {
  kind: 'audio' | 'video';
  durationMs: number;
  transcription: ClipTranscript;
  /** Where the transcript is served (the file's `vtt`), fixed when the clip is posted like `url_private`. */
  vttUrl: string;
}

/** What `postClip` takes: a person shares a clip into a channel or thread, with or without typed text. */
export interface ClipInput {
  channel: string;
  user: string;
  thread_ts?: string;
  /** Typed with the clip, as in the message box (slackClientText); Slack sends `''` when nothing was typed. */
  text?: string;
  /** Default `audio`. */
  kind?: 'audio' | 'video';
  durationMs: number;
  transcript: ClipTranscript;
}

export type WorkspaceChange =
  | { kind: 'user_added'; user: WorkspaceUser }
  | { kind: 'channel_added'; channel: Channel }
  | { kind: 'member_joined'; channel: string; user: string }
  | { kind: 'message_posted'; message: StoredMessage }
  | { kind: 'message_updated'; message: StoredMessage }
  | { kind: 'message_deleted'; channel: string; ts: string }
  | { kind: 'ephemeral_posted' | 'ephemeral_updated'; message: EphemeralMessage }
  | { kind: 'ephemeral_deleted'; message: EphemeralMessage }
  | { kind: 'reaction_added' | 'reaction_removed'; channel: string; ts: string; name: string; user: string }
  | { kind: 'view_opened' | 'view_updated' | 'view_pushed' | 'home_published'; view: StoredView }
  /** A modal left the person's stack: closed, cleared, or submitted with nothing left to show. */
  | { kind: 'view_closed'; view: StoredView }
  /** A file changed after it was shared: a clip's transcript moved on (Slack sends `file_change`). */
  | { kind: 'file_changed'; fileId: string; file: StoredFile }
  /** A file was deleted (Slack sends `file_deleted`); its messages keep a tombstone. */
  | { kind: 'file_deleted'; fileId: string };

export type WorkspaceListener = (change: WorkspaceChange) => void;

/**
 * What a workspace remembers between runs (the playground saves it next to its database): channels, messages with
 * their reactions, views and App Home ids. Users are not in it (whoever creates the workspace adds them), nor are
 * ephemerals, open modals or trigger ids, which Slack does not keep either.
 */
export interface WorkspaceState {
  version: 1;
  lastTsMicros: number;
  idCounter: number;
  channels: (Omit<Channel, 'members'> & { members: string[] })[];
  messages: Record<string, (Omit<StoredMessage, 'reactions'> & { reactions: [string, string[]][] })[]>;
  views: StoredView[];
  homeViewIdByUser: Record<string, string>;
  /** Uploaded files, their bytes in base64 (absent in saves from before files were supported). */
  files?: (Omit<StoredFile, 'content'> & { content?: string })[];
}

/** A trigger id is good for one `views.open`/`views.push`, within this many milliseconds (Slack: 3 seconds). */
export const TRIGGER_LIFETIME_MS = 3000;

export type TriggerCheck = 'valid' | 'invalid_trigger_id' | 'expired_trigger_id' | 'exchanged_trigger_id';

export interface WorkspaceOptions {
  team?: Partial<Team>;
  bot?: Partial<BotIdentity>;
  /** Milliseconds since the epoch; message timestamps and trigger expiry follow it, so tests can control time. */
  now?: () => number;
}

interface IssuedTrigger {
  user: string;
  issuedAtMs: number;
  used: boolean;
}

export class Workspace {
  readonly team: Team;
  readonly bot: BotIdentity;
  readonly now: () => number;
  readonly users = new Map<string, WorkspaceUser>();
  readonly channels = new Map<string, Channel>();
  /** Channel id -> messages in posting order (thread replies included, with `thread_ts`). */
  readonly messages = new Map<string, StoredMessage[]>();
  readonly ephemerals: EphemeralMessage[] = [];
  readonly views = new Map<string, StoredView>();
  /** User id -> id of that user's published App Home view. */
  readonly homeViewIdByUser = new Map<string, string>();
  /** User id -> ids of the modals stacked for that user, root first. */
  readonly modalStackByUser = new Map<string, string[]>();
  /** File id -> file, uploaded or only reserved. */
  readonly files = new Map<string, StoredFile>();
  /**
   * Where files the workspace makes itself (clips people record) are served: Slack's host until `startLocalSlackApi`
   * points it at its own server, which then serves their `url_private` and `vtt` to the bot token.
   */
  filesOrigin = SLACK_FILES_ORIGIN;

  private readonly listeners = new Set<WorkspaceListener>();
  private readonly triggers = new Map<string, IssuedTrigger>();
  private lastTsMicros = 0;
  private idCounter = 0;

  constructor(options: WorkspaceOptions = {}) {
    this.now = options.now ?? Date.now;
    this.team = { id: 'T0LOCAL01', domain: 'lp-coach-local', name: 'LP Coach Local', ...options.team };
    this.bot = { userId: 'U0LPCOACH', botId: 'B0LPCOACH', appId: 'A0LPCOACH', name: 'lp-coach', ...options.bot };
    this.users.set(this.bot.userId, {
      id: this.bot.userId,
      name: this.bot.name,
      real_name: 'LP Coach',
      is_bot: true,
      is_admin: false,
      is_owner: false,
      tz: 'UTC',
    });
  }

  /** Subscribes to every change; returns the unsubscribe function. */
  onChange(listener: WorkspaceListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  addUser(user: Partial<WorkspaceUser> & { id: string }): WorkspaceUser {
    const full: WorkspaceUser = {
      name: user.id.toLowerCase(),
      real_name: user.name ?? user.id,
      is_bot: false,
      is_admin: false,
      is_owner: false,
      tz: 'UTC',
      ...user,
    };
    this.users.set(full.id, full);
    this.emit({ kind: 'user_added', user: full });
    return full;
  }

  /** Adds a channel; the bot is a member only when `botIsMember` is true (as when someone invited it). */
  addChannel(channel: { id: string; name: string; is_private?: boolean; members?: string[]; botIsMember?: boolean }): Channel {
    const members = new Set(channel.members ?? []);
    if (channel.botIsMember) members.add(this.bot.userId);
    const full: Channel = {
      id: channel.id,
      name: channel.name,
      is_private: channel.is_private ?? false,
      is_im: false,
      is_mpim: false,
      created: Math.floor(this.now() / 1000),
      members,
    };
    this.channels.set(full.id, full);
    this.messages.set(full.id, []);
    this.emit({ kind: 'channel_added', channel: full });
    return full;
  }

  joinChannel(channelId: string, userId: string): void {
    const channel = this.channels.get(channelId);
    if (!channel) throw new Error(`joinChannel: no channel ${channelId}`);
    if (channel.members.has(userId)) return;
    channel.members.add(userId);
    this.emit({ kind: 'member_joined', channel: channelId, user: userId });
  }

  /** The DM channel between the bot and `userId`, created on first use (what `conversations.open` returns). */
  openDirectMessage(userId: string): { channel: Channel; alreadyOpen: boolean } {
    for (const channel of this.channels.values()) {
      if (channel.is_im && channel.user === userId) return { channel, alreadyOpen: true };
    }
    const channel: Channel = {
      id: `D${this.nextId()}`,
      name: userId,
      is_private: true,
      is_im: true,
      is_mpim: false,
      user: userId,
      created: Math.floor(this.now() / 1000),
      members: new Set([userId, this.bot.userId]),
    };
    this.channels.set(channel.id, channel);
    this.messages.set(channel.id, []);
    this.emit({ kind: 'channel_added', channel });
    return { channel, alreadyOpen: false };
  }

  /** A group DM between the bot and `userIds` (at least two people), reused when the same group asks again. */
  openGroupDirectMessage(userIds: string[]): { channel: Channel; alreadyOpen: boolean } {
    const wanted = new Set([...userIds, this.bot.userId]);
    for (const channel of this.channels.values()) {
      if (channel.is_mpim && channel.members.size === wanted.size && [...wanted].every((u) => channel.members.has(u))) {
        return { channel, alreadyOpen: true };
      }
    }
    const names = userIds.map((id) => this.users.get(id)?.name ?? id);
    const channel: Channel = {
      id: `G${this.nextId()}`,
      name: `mpdm-${names.join('--')}-1`,
      is_private: true,
      is_im: false,
      is_mpim: true,
      created: Math.floor(this.now() / 1000),
      members: wanted,
    };
    this.channels.set(channel.id, channel);
    this.messages.set(channel.id, []);
    this.emit({ kind: 'channel_added', channel });
    return { channel, alreadyOpen: false };
  }

  findChannelByName(name: string): Channel | undefined {
    const bare = name.replace(/^#/, '');
    for (const channel of this.channels.values()) if (!channel.is_im && channel.name === bare) return channel;
    return undefined;
  }

  /**
   * A new message timestamp in Slack's `seconds.microseconds` form, from the clock but strictly increasing across the
   * whole workspace, so two posts in the same millisecond still get distinct, ordered `ts` values.
   */
  nextTs(): string {
    const micros = Math.max(Math.floor(this.now()) * 1000, this.lastTsMicros + 1);
    this.lastTsMicros = micros;
    return `${Math.floor(micros / 1_000_000)}.${String(micros % 1_000_000).padStart(6, '0')}`;
  }

  /** Appends a message (from the bot or, for seeding and the playground, from a person) and returns it. */
  postMessage(message: Omit<StoredMessage, 'type' | 'ts' | 'reactions'>): StoredMessage {
    const list = this.messages.get(message.channel);
    if (!list) throw new Error(`postMessage: no channel ${message.channel}`);
    const stored: StoredMessage = { type: 'message', ts: this.nextTs(), reactions: new Map(), ...message };
    // Slack threads a reply to a reply under the thread's parent.
    if (stored.thread_ts) {
      const parent = list.find((m) => m.ts === stored.thread_ts);
      if (parent?.thread_ts) stored.thread_ts = parent.thread_ts;
    }
    list.push(stored);
    this.emit({ kind: 'message_posted', message: stored });
    return stored;
  }

  /**
   * A person types `typed` in the message box and sends it: stored as Slack's client sends it (slackClientText:
   * `&`, `<`, `>` escaped, `@name`, `@channel`, `#channel` and web addresses as markup), which is the `text` the app's
   * message event carries. postMessage stores text as given (the bot's posts, seeded messages already in Slack form).
   */
  postTypedMessage(message: { channel: string; user: string; typed: string; thread_ts?: string }): StoredMessage {
    const { typed, ...rest } = message;
    return this.postMessage({ ...rest, text: slackClientText(typed, this.typedTextDirectory()) });
  }

  /** Handles and channel names as the message box resolves them. */
  typedTextDirectory(): TypedTextDirectory {
    return {
      userIdOf: (handle) => [...this.users.values()].find((u) => !u.is_bot && u.name.toLowerCase() === handle.toLowerCase())?.id,
      channelIdOf: (name) => [...this.channels.values()].find((c) => !c.is_im && c.name.toLowerCase() === name.toLowerCase())?.id,
    };
  }

  findMessage(channelId: string, ts: string): StoredMessage | undefined {
    return this.messages.get(channelId)?.find((m) => m.ts === ts);
  }

  updateMessage(message: StoredMessage, changes: { text: string; blocks?: unknown[]; attachments?: unknown[] }): void {
    message.text = changes.text;
    message.blocks = changes.blocks;
    message.attachments = changes.attachments;
    message.edited = { user: message.user ?? this.bot.userId, ts: this.nextTs() };
    this.emit({ kind: 'message_updated', message });
  }

  deleteMessage(channelId: string, ts: string): boolean {
    const list = this.messages.get(channelId);
    const index = list?.findIndex((m) => m.ts === ts) ?? -1;
    if (!list || index < 0) return false;
    list.splice(index, 1);
    this.emit({ kind: 'message_deleted', channel: channelId, ts });
    return true;
  }

  /** Adds `user`'s reaction; false when that user already reacted with that emoji. */
  addReaction(message: StoredMessage, name: string, user: string): boolean {
    const users = message.reactions.get(name) ?? [];
    if (users.includes(user)) return false;
    message.reactions.set(name, [...users, user]);
    this.emit({ kind: 'reaction_added', channel: message.channel, ts: message.ts, name, user });
    return true;
  }

  /** Removes `user`'s reaction; false when there was none. */
  removeReaction(message: StoredMessage, name: string, user: string): boolean {
    const users = message.reactions.get(name) ?? [];
    if (!users.includes(user)) return false;
    const rest = users.filter((u) => u !== user);
    if (rest.length === 0) message.reactions.delete(name);
    else message.reactions.set(name, rest);
    this.emit({ kind: 'reaction_removed', channel: message.channel, ts: message.ts, name, user });
    return true;
  }

  postEphemeral(message: Omit<EphemeralMessage, 'message_ts'>): EphemeralMessage {
    const stored: EphemeralMessage = { ...message, message_ts: this.nextTs() };
    this.ephemerals.push(stored);
    this.emit({ kind: 'ephemeral_posted', message: stored });
    return stored;
  }

  exportState(): WorkspaceState {
    return {
      version: 1,
      lastTsMicros: this.lastTsMicros,
      idCounter: this.idCounter,
      channels: [...this.channels.values()].map((channel) => ({ ...channel, members: [...channel.members] })),
      messages: Object.fromEntries(
        [...this.messages].map(([id, list]) => [id, list.map((message) => ({ ...message, reactions: [...message.reactions] }))]),
      ),
      views: [...this.views.values()],
      homeViewIdByUser: Object.fromEntries(this.homeViewIdByUser),
      files: [...this.files.values()].map(({ content, ...file }) => ({
        ...file,
        ...(content !== undefined ? { content: content.toString('base64') } : {}),
      })),
    };
  }

  /**
   * Brings back what `exportState` saved, over the channels this workspace already has (same ids are replaced).
   * Ids and timestamps continue after the saved ones, so nothing new collides with something restored.
   */
  importState(state: WorkspaceState): void {
    for (const channel of state.channels) {
      this.channels.set(channel.id, { ...channel, members: new Set(channel.members) });
      this.messages.set(channel.id, []);
    }
    for (const [channelId, list] of Object.entries(state.messages)) {
      if (!this.channels.has(channelId)) continue;
      this.messages.set(channelId, list.map((message) => ({ ...message, reactions: new Map(message.reactions) })));
    }
    for (const view of state.views) this.views.set(view.id, view);
    for (const [user, viewId] of Object.entries(state.homeViewIdByUser)) this.homeViewIdByUser.set(user, viewId);
    for (const { content, ...file } of state.files ?? []) {
      this.files.set(file.id, { ...file, ...(content !== undefined ? { content: Buffer.from(content, 'base64') } : {}) });
    }
    this.lastTsMicros = Math.max(this.lastTsMicros, state.lastTsMicros);
    this.idCounter = Math.max(this.idCounter, state.idCounter);
  }

  /**
   * Reserves a file for an upload (`files.getUploadURLExternal`); `urlOf(id)` gives its `url_private`. Its type
   * comes from the name's extension, as Slack guesses it.
   */
  createFile(file: { name: string; declaredLength: number; user: string; urlOf: (id: string) => string }): StoredFile {
    const id = `F${this.nextId()}`;
    const type = fileTypeOf(file.name);
    const stored: StoredFile = {
      id,
      name: file.name,
      title: file.name,
      mimetype: type.mimetype,
      filetype: type.filetype,
      user: file.user,
      created: Math.floor(this.now() / 1000),
      declaredLength: file.declaredLength,
      size: 0,
      completed: false,
      urlPrivate: file.urlOf(id),
      channels: [],
    };
    this.files.set(id, stored);
    return stored;
  }

  /** The bytes POSTed to a file's upload URL; false when no such file is waiting for them. */
  receiveFileContent(fileId: string, content: Buffer): boolean {
    const file = this.files.get(fileId);
    if (!file || file.completed) return false;
    file.content = content;
    file.size = content.length;
    return true;
  }

  /**
   * A person records an audio or video clip in Slack's client and sends it into a channel or thread: a hosted file
   * (`slack_audio`/`slack_video`, no bytes kept: only its transcript is served) and a message carrying it, which
   * Slack's `message` event with subtype `file_share` announces (`clipMessageEvent`). The transcript's state is as
   * given; `setTranscript` moves it on later, as Slack does while it transcribes.
   */
  postClip(input: ClipInput): { message: StoredMessage; file: StoredFile } {
    if (!this.messages.has(input.channel)) throw new Error(`postClip: no channel ${input.channel}`);
    const kind = input.kind ?? 'audio';
    const id = `F${this.nextId()}`;
    const name = kind === 'audio' ? 'audio_message.m4a' : 'video_message.mp4';
    // Roughly what Slack's encodings weigh (AAC voice; compressed webcam video): only `size` shows it.
    const size = Math.round((input.durationMs / 1000) * (kind === 'audio' ? 8_000 : 150_000));
    const file: StoredFile = {
      id,
      name,
      title: kind === 'audio' ? 'Audio clip' : 'Video clip',
      mimetype: kind === 'audio' ? 'audio/mp4' : 'video/mp4',
      filetype: kind === 'audio' ? 'm4a' : 'mp4',
      user: input.user,
      created: Math.floor(this.now() / 1000),
      declaredLength: size,
      size,
      completed: true,
      urlPrivate: privateFileUrl(this.filesOrigin, this.team.id, id, name),
      channels: [input.channel],
      clip: {
        kind,
        durationMs: input.durationMs,
        transcription: checkedTranscript(input.transcript),
        vttUrl: transcriptUrl(this.filesOrigin, this.team.id, id),
      },
    };
    this.files.set(id, file);
    const message = this.postMessage({
      channel: input.channel,
      user: input.user,
      ...(input.thread_ts !== undefined ? { thread_ts: input.thread_ts } : {}),
      text: input.text === undefined ? '' : slackClientText(input.text, this.typedTextDirectory()),
      files: [id],
    });
    return { message, file };
  }

  /**
   * Moves a clip's transcript on (processing -> complete or failed), as Slack does after the clip was shared; listeners
   * hear `file_changed`, the moment Slack sends the app a `file_change` event (`fileChangeEvent`).
   */
  setTranscript(fileId: string, transcript: ClipTranscript): StoredFile {
    const file = this.files.get(fileId);
    if (!file?.clip) throw new Error(`setTranscript: no clip ${fileId}`);
    if (file.deleted) throw new Error(`setTranscript: ${fileId} was deleted`);
    file.clip.transcription = checkedTranscript(transcript);
    this.emit({ kind: 'file_changed', fileId, file });
    return file;
  }

  /**
   * Deletes a file, as its owner or an admin does in Slack's client: it stays known (`files.info` answers
   * `file_deleted`, the messages that carried it show a tombstone) but nothing of it is served any more.
   */
  deleteFile(fileId: string): boolean {
    const file = this.files.get(fileId);
    if (!file || file.deleted) return false;
    file.deleted = true;
    delete file.content;
    this.emit({ kind: 'file_deleted', fileId });
    return true;
  }

  /**
   * A person edits their own message in Slack's client: new text (typed as in the message box), marked edited.
   * Returns the message as it was before, for the `message_changed` event's `previous_message`.
   */
  editMessage(message: StoredMessage, typed: string): StoredMessage {
    const previous: StoredMessage = { ...message, reactions: new Map(message.reactions) };
    this.updateMessage(message, { text: slackClientText(typed, this.typedTextDirectory()) });
    return previous;
  }

  /** The ephemeral with this `message_ts` that `user` sees, as an interaction on it names it. */
  findEphemeral(userId: string, messageTs: string): EphemeralMessage | undefined {
    return this.ephemerals.find((m) => m.user === userId && m.message_ts === messageTs);
  }

  /** What `replace_original` does to an ephemeral: new content, same place and timestamp. */
  updateEphemeral(message: EphemeralMessage, changes: { text: string; blocks?: unknown[] }): void {
    message.text = changes.text;
    message.blocks = changes.blocks;
    this.emit({ kind: 'ephemeral_updated', message });
  }

  /** What `delete_original` (or the person dismissing it) does to an ephemeral. */
  deleteEphemeral(message: EphemeralMessage): boolean {
    const index = this.ephemerals.indexOf(message);
    if (index < 0) return false;
    this.ephemerals.splice(index, 1);
    this.emit({ kind: 'ephemeral_deleted', message });
    return true;
  }

  /**
   * Closes `user`'s top modal (the person pressed Close, or a submission was acknowledged with nothing to show) and
   * returns it; the one below, if any, shows again. Undefined when no modal was open.
   */
  closeTopModal(userId: string): StoredView | undefined {
    const stack = this.modalStackByUser.get(userId) ?? [];
    const topId = stack.at(-1);
    const top = topId === undefined ? undefined : this.views.get(topId);
    if (stack.length <= 1) this.modalStackByUser.delete(userId);
    else this.modalStackByUser.set(userId, stack.slice(0, -1));
    if (top) this.emit({ kind: 'view_closed', view: top });
    return top;
  }

  /** Closes every modal of `user` (`response_action: clear`), top first. */
  clearModals(userId: string): StoredView[] {
    const closed: StoredView[] = [];
    while ((this.modalStackByUser.get(userId) ?? []).length > 0) {
      const view = this.closeTopModal(userId);
      if (view) closed.push(view);
    }
    return closed;
  }

  /** The modal `user` sees now (the top of their stack). */
  topModal(userId: string): StoredView | undefined {
    const topId = this.modalStackByUser.get(userId)?.at(-1);
    return topId === undefined ? undefined : this.views.get(topId);
  }

  /**
   * A trigger id as Slack puts in slash commands and interactions for `user`. It can open one view, within
   * `TRIGGER_LIFETIME_MS` of being issued by this workspace's clock.
   */
  issueTriggerId(user: string): string {
    const triggerId = `${Math.floor(this.now())}.${this.nextNumber()}.${randomHex(32)}`;
    this.triggers.set(triggerId, { user, issuedAtMs: this.now(), used: false });
    return triggerId;
  }

  /** Checks a trigger id and, when valid, uses it up (Slack accepts each trigger once). */
  exchangeTrigger(triggerId: string): { check: TriggerCheck; user?: string } {
    const trigger = this.triggers.get(triggerId);
    if (!trigger) return { check: 'invalid_trigger_id' };
    if (trigger.used) return { check: 'exchanged_trigger_id' };
    if (this.now() - trigger.issuedAtMs > TRIGGER_LIFETIME_MS) return { check: 'expired_trigger_id' };
    trigger.used = true;
    return { check: 'valid', user: trigger.user };
  }

  /** Stores a new view (modal or App Home) and returns it; `root` is the stack's first view for pushed modals. */
  createView(view: Omit<StoredView, 'id' | 'hash' | 'root_view_id'> & { root_view_id?: string }): StoredView {
    const id = `V${this.nextId()}`;
    const stored: StoredView = { ...view, id, hash: this.nextViewHash(), root_view_id: view.root_view_id ?? id };
    this.views.set(id, stored);
    return stored;
  }

  /** Replaces a view's definition and gives it a new hash, as Slack does on every update. */
  replaceView(view: StoredView, definition: Record<string, unknown>): void {
    view.definition = definition;
    view.hash = this.nextViewHash();
    if (typeof definition.external_id === 'string') view.external_id = definition.external_id;
  }

  findViewByExternalId(externalId: string): StoredView | undefined {
    for (const view of this.views.values()) if (view.external_id !== '' && view.external_id === externalId) return view;
    return undefined;
  }

  /** Called by the Web API handlers after they change a view, so listeners hear about it. */
  announceView(kind: 'view_opened' | 'view_updated' | 'view_pushed' | 'home_published', view: StoredView): void {
    this.emit({ kind, view });
  }

  private nextViewHash(): string {
    return `${Math.floor(this.now() / 1000)}.${randomHex(8)}`;
  }

  /** Ids for DMs (`D…`), group DMs (`G…`) and views (`V…`): unique within this workspace. */
  private nextId(): string {
    return `0LOCAL${String(this.nextNumber()).padStart(4, '0')}`;
  }

  private nextNumber(): number {
    this.idCounter += 1;
    return this.idCounter;
  }

  private emit(change: WorkspaceChange): void {
    for (const listener of this.listeners) listener(change);
  }
}

const FILE_TYPES: Record<string, { mimetype: string; filetype: string }> = {
  json: { mimetype: 'application/json', filetype: 'json' },
  md: { mimetype: 'text/markdown', filetype: 'markdown' },
  txt: { mimetype: 'text/plain', filetype: 'text' },
  csv: { mimetype: 'text/csv', filetype: 'csv' },
  png: { mimetype: 'image/png', filetype: 'png' },
  pdf: { mimetype: 'application/pdf', filetype: 'pdf' },
};

function fileTypeOf(name: string): { mimetype: string; filetype: string } {
  const extension = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';
  return FILE_TYPES[extension] ?? { mimetype: 'application/octet-stream', filetype: 'binary' };
}

/** A complete transcript needs its text: the `vtt` URL would otherwise have nothing to serve. */
function checkedTranscript(transcript: ClipTranscript): ClipTranscript {
  if (transcript.status === 'complete' && transcript.vtt === undefined) throw new Error('a complete transcript needs its vtt text');
  return {
    status: transcript.status,
    ...(transcript.status === 'complete' && transcript.vtt !== undefined ? { vtt: transcript.vtt } : {}),
    ...(transcript.locale !== undefined ? { locale: transcript.locale } : {}),
  };
}

function randomHex(length: number): string {
  return randomBytes(Math.ceil(length / 2)).toString('hex').slice(0, length);
}
