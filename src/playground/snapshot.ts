/**
 * What one person sees in the playground, read from the local workspace: the team channel with its threads and
 * reactions, the app's DMs with them, the group DMs they are in, their own ephemerals, their App Home, their top modal, and the Block Kit
 * problems the app caused.
 */
import { transcriptText, type StoredFile, type StoredMessage, type StoredView, type Workspace } from '../local-slack/index.js';
import type { ChannelView, ClipView, FileView, MessageView, PlaygroundState, ProblemView } from './state-types.js';

/** How much of a clip's transcript the page shows under the clip. */
const CLIP_PREVIEW_CHARS = 600;

export interface SnapshotSources {
  workspace: Workspace;
  channelId: string;
  viewErrors: ReadonlyMap<string, Record<string, string>>;
  problems: readonly { method: string; problems: string[]; at: number }[];
  next: () => { at: Date; what: string } | undefined;
  /** The channel's next daily prompt (holidays skipped), shown too when something else comes first. */
  nextPrompt?: () => Date | undefined;
  /** What makes today (channel's zone) a holiday with no prompt, if it is one. */
  holidayToday?: () => string | undefined;
  /** The channel's time zone, for the clock (UTC when unknown). */
  zone?: () => string;
}

/**
 * `newestMessages`: only that many of the team channel's newest top-level messages (with their threads), for a page's
 * first paint; the rest follow as a live update.
 */
export function snapshotFor(sources: SnapshotSources, userId: string, options: { newestMessages?: number } = {}): PlaygroundState {
  const { workspace } = sources;
  const people = [...workspace.users.values()]
    .filter((u) => !u.is_bot)
    .map((u) => ({ id: u.id, name: u.name, realName: u.real_name, isAdmin: u.is_admin }));
  const dm = [...workspace.channels.values()].find((c) => c.is_im && c.user === userId);
  const home = workspace.views.get(workspace.homeViewIdByUser.get(userId) ?? '');
  const next = sources.next();
  const nextPrompt = sources.nextPrompt?.();
  const holiday = sources.holidayToday?.();
  return {
    me: userId,
    people,
    bot: { userId: workspace.bot.userId, name: workspace.bot.name },
    channel: channelView(workspace, sources.channelId, userId, options.newestMessages),
    directMessages: dm ? channelView(workspace, dm.id, userId) : { id: '', name: workspace.bot.name, messages: [], threads: {} },
    groupDirectMessages: groupDirectMessagesOf(workspace, userId),
    ephemerals: workspace.ephemerals
      .filter((e) => e.user === userId)
      .map((e) => ({
        channel: e.channel,
        ts: e.message_ts,
        text: e.text,
        ...(e.thread_ts !== undefined ? { threadTs: e.thread_ts } : {}),
        ...(e.blocks !== undefined ? { blocks: e.blocks } : {}),
      })),
    home: home ? { id: home.id, blocks: blocksOf(home) } : null,
    modal: modalView(workspace, userId, sources.viewErrors),
    problems: sources.problems.map((p): ProblemView => ({ at: new Date(p.at).toISOString(), method: p.method, problems: p.problems })),
    clock: {
      now: new Date(workspace.now()).toISOString(),
      next: next === undefined ? null : { at: next.at.toISOString(), what: next.what },
      zone: sources.zone?.() ?? 'UTC',
      ...(nextPrompt !== undefined && nextPrompt.getTime() !== next?.at.getTime() ? { nextPrompt: nextPrompt.toISOString() } : {}),
      ...(holiday !== undefined ? { holiday } : {}),
    },
    names: {
      // Slack shows a mention by the person's display name, not their handle.
      users: Object.fromEntries([...workspace.users.values()].map((u) => [u.id, u.real_name])),
      channels: Object.fromEntries([...workspace.channels.values()].filter((c) => !c.is_im).map((c) => [c.id, c.name])),
    },
  };
}

/** The group DMs `userId` is in, oldest first, each named by the other people in it ("Priya Natarajan, Sam Okafor"). */
function groupDirectMessagesOf(workspace: Workspace, userId: string): ChannelView[] {
  return [...workspace.channels.values()]
    .filter((c) => c.is_mpim && c.members.has(userId))
    .sort((a, b) => a.created - b.created || a.id.localeCompare(b.id))
    .map((c) => {
      const others = [...c.members].filter((id) => id !== userId && id !== workspace.bot.userId);
      const name = others.map((id) => workspace.users.get(id)?.real_name ?? id).join(', ');
      return { ...channelView(workspace, c.id, userId), name };
    });
}

function channelView(workspace: Workspace, channelId: string, userId: string, newest?: number): ChannelView {
  const all = workspace.messages.get(channelId) ?? [];
  const topLevel = all.filter((m) => m.thread_ts === undefined || m.thread_ts === m.ts);
  const shown = newest === undefined ? topLevel : topLevel.slice(-newest);
  const shownTs = newest === undefined ? undefined : new Set(shown.map((m) => m.ts));
  const threads: Record<string, MessageView[]> = {};
  for (const message of all) {
    if (message.thread_ts === undefined || message.thread_ts === message.ts) continue;
    if (shownTs !== undefined && !shownTs.has(message.thread_ts)) continue;
    (threads[message.thread_ts] ??= []).push(messageView(workspace, message, userId, 0));
  }
  const messages = shown.map((m) => messageView(workspace, m, userId, threads[m.ts]?.length ?? 0));
  const channel = workspace.channels.get(channelId);
  return { id: channelId, name: channel?.is_im ? workspace.bot.name : (channel?.name ?? channelId), messages, threads };
}

function messageView(workspace: Workspace, message: StoredMessage, userId: string, replyCount: number): MessageView {
  const author = message.user === undefined ? undefined : workspace.users.get(message.user);
  const nameOf = (id: string) => workspace.users.get(id)?.real_name ?? id;
  return {
    channel: message.channel,
    ts: message.ts,
    ...(message.thread_ts !== undefined ? { threadTs: message.thread_ts } : {}),
    ...(message.user !== undefined ? { userId: message.user } : {}),
    authorName: author?.real_name ?? message.user ?? 'unknown',
    isBot: message.bot_id !== undefined || author?.is_bot === true,
    text: message.text,
    ...(message.blocks !== undefined ? { blocks: message.blocks } : {}),
    edited: message.edited !== undefined,
    ...(message.files !== undefined && message.files.length > 0
      ? {
          files: message.files.flatMap((id) => {
            const file = workspace.files.get(id);
            return file === undefined ? [] : [fileView(file)];
          }),
        }
      : {}),
    reactions: [...message.reactions].map(([name, users]) => ({
      name,
      count: users.length,
      mine: users.includes(userId),
      userNames: users.map(nameOf),
    })),
    replyCount,
    postedAt: Number(message.ts),
  };
}

/**
 * A shared file as the page shows it. A clip carries its transcript's state (and, once complete, the start of its
 * words), so the page redraws it when Slack's transcript moves on (`file_changed`); a deleted file is a tombstone
 * (`file_deleted`).
 */
function fileView(file: StoredFile): FileView {
  const url = `/files/${encodeURIComponent(file.id)}/${encodeURIComponent(file.name)}`;
  const view: FileView = { id: file.id, name: file.name, title: file.title, mimetype: file.mimetype, size: file.size, url };
  if (file.deleted === true) return { ...view, deleted: true };
  if (file.clip !== undefined) return { ...view, clip: clipView(file.clip) };
  return view;
}

function clipView(clip: NonNullable<StoredFile['clip']>): ClipView {
  const { status, vtt } = clip.transcription;
  const text = status === 'complete' && vtt !== undefined ? transcriptText(vtt) : undefined;
  return {
    kind: clip.kind,
    durationMs: clip.durationMs,
    transcript: status,
    ...(text !== undefined ? { preview: text.slice(0, CLIP_PREVIEW_CHARS) } : {}),
    ...(text !== undefined && text.length > CLIP_PREVIEW_CHARS ? { previewCut: true as const } : {}),
  };
}

function modalView(workspace: Workspace, userId: string, viewErrors: ReadonlyMap<string, Record<string, string>>): PlaygroundState['modal'] {
  const view = workspace.topModal(userId);
  if (!view) return null;
  const definition = view.definition;
  return {
    id: view.id,
    hash: view.hash,
    title: plainText(definition.title) ?? '',
    ...(plainText(definition.submit) !== undefined ? { submit: plainText(definition.submit) as string } : {}),
    close: plainText(definition.close) ?? 'Cancel',
    blocks: blocksOf(view),
    errors: viewErrors.get(view.id) ?? {},
    depth: workspace.modalStackByUser.get(userId)?.length ?? 1,
  };
}

function plainText(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const text = (value as { text?: unknown }).text;
  return typeof text === 'string' ? text : undefined;
}

function blocksOf(view: StoredView): unknown[] {
  return Array.isArray(view.definition.blocks) ? view.definition.blocks : [];
}
