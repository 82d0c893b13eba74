import type { StoredClip, StoredFile, StoredMessage, Workspace } from '../workspace.js';
import { BLOCK_KIT_LIMITS } from '../block-kit-limits.js';
import { UPLOAD_PATH, privateFileUrl } from '../file-urls.js';
import { SlackApiError, integerArg, invalidArguments, isRecord, optionalString, requiredString, structuredArg } from './arguments.js';
import type { MethodContext, MethodResult } from './arguments.js';
import { requireVisibleChannel } from './conversations.js';

/** Slack's limit on `alt_txt`. */
const ALT_TEXT_LIMIT = 1000;

/**
 * `files.getUploadURLExternal`: reserves a file and answers the URL its bytes go to (on the stand-in's own server)
 * and its id. `filename` and `length` are required; a length of 0 is Slack's `missing_argument`.
 */
export function filesGetUploadURLExternal({ workspace, args, origin }: MethodContext): MethodResult {
  const filename = requiredString(args, 'filename');
  if (args.length === undefined || args.length === '') throw invalidArguments('[ERROR] missing required field: length');
  const length = integerArg(args, 'length');
  if (length === undefined || length < 0) throw invalidArguments('[ERROR] length must be a positive integer [json-pointer:/length]');
  if (length === 0) throw new SlackApiError('missing_argument');
  const altText = optionalString(args, 'alt_txt') ?? optionalString(args, 'alt_text');
  if (altText !== undefined && altText.length > ALT_TEXT_LIMIT) throw new SlackApiError('alt_txt_too_large');
  const base = origin ?? 'https://files.slack.com';
  const file = workspace.createFile({
    name: filename,
    declaredLength: length,
    user: workspace.bot.userId,
    urlOf: (id) => privateFileUrl(base, workspace.team.id, id, filename),
  });
  return { upload_url: `${base}${UPLOAD_PATH}${file.id}`, file_id: file.id };
}

/**
 * `files.completeUploadExternal`: finishes uploads whose bytes arrived and, with `channel_id` (or `channels`), shares
 * them into that conversation as one message from the bot carrying `initial_comment` and a `files` array, as Slack
 * does. Without a channel the files stay private. Errors: `invalid_arguments` for a missing or malformed `files`,
 * `file_not_found` for an unknown id, one whose bytes never arrived or one already completed, `channel_not_found`,
 * `not_in_channel`, `msg_too_long`.
 */
export function filesCompleteUploadExternal({ workspace, args }: MethodContext): MethodResult {
  const requested = structuredArg(args, 'files', 'invalid_arguments');
  if (requested === undefined) throw invalidArguments('[ERROR] missing required field: files');
  if (!Array.isArray(requested) || requested.length === 0) throw invalidArguments('[ERROR] files must be a non-empty array [json-pointer:/files]');
  const entries = requested.map((entry, index) => {
    if (!isRecord(entry) || typeof entry.id !== 'string' || entry.id === '') {
      throw invalidArguments(`[ERROR] missing required field: id [json-pointer:/files/${index}/id]`);
    }
    return { id: entry.id, title: typeof entry.title === 'string' && entry.title !== '' ? entry.title : undefined };
  });
  const files = entries.map(({ id }) => {
    const file = workspace.files.get(id);
    if (!file || file.content === undefined || file.completed) throw new SlackApiError('file_not_found');
    return file;
  });
  const channelArg = optionalString(args, 'channel_id') ?? optionalString(args, 'channels')?.split(',')[0]?.trim();
  const channel = channelArg === undefined ? undefined : requireVisibleChannel(workspace, { channel: channelArg });
  if (channel && !channel.members.has(workspace.bot.userId)) throw new SlackApiError('not_in_channel');
  const comment = optionalString(args, 'initial_comment');
  if (comment !== undefined && comment.length > BLOCK_KIT_LIMITS.messageText) throw new SlackApiError('msg_too_long');
  files.forEach((file, index) => {
    file.title = entries[index]?.title ?? file.title;
    file.completed = true;
  });
  if (channel) {
    const threadTs = optionalString(args, 'thread_ts');
    for (const file of files) file.channels.push(channel.id);
    workspace.postMessage({
      channel: channel.id,
      ...(threadTs !== undefined ? { thread_ts: threadTs } : {}),
      user: workspace.bot.userId,
      bot_id: workspace.bot.botId,
      app_id: workspace.bot.appId,
      text: comment ?? '',
      files: files.map((f) => f.id),
    });
  }
  return { files: files.map((file) => describeFile(workspace, file)) };
}

/**
 * `files.info`: a file the bot can see, with its (never any) comments. `file` is required; an id the bot cannot see (unknown,
 * still only reserved for an upload, or shared only into conversations it is not in) is `file_not_found`; a deleted one
 * is `file_deleted`. A clip comes with its transcript's state as it is now.
 */
export function filesInfo({ workspace, args }: MethodContext): MethodResult {
  const file = workspace.files.get(requiredString(args, 'file'));
  if (!file || !file.completed || !visibleToBot(workspace, file)) throw new SlackApiError('file_not_found');
  if (file.deleted) throw new SlackApiError('file_deleted');
  return { file: describeFile(workspace, file), comments: [], response_metadata: { next_cursor: '' } };
}

/** The bot sees its own files and those shared into a conversation it is a member of. */
function visibleToBot(workspace: Workspace, file: StoredFile): boolean {
  if (file.user === workspace.bot.userId) return true;
  return file.channels.some((id) => workspace.channels.get(id)?.members.has(workspace.bot.userId) === true);
}

/**
 * A file object as Slack returns it in a message's `files` array (also in the `file_share` event), in
 * `files.completeUploadExternal` and in `files.info`. A clip adds its media fields and its transcript's state.
 */
export function describeFile(workspace: Workspace, file: StoredFile): Record<string, unknown> {
  return {
    id: file.id,
    created: file.created,
    timestamp: file.created,
    name: file.name,
    title: file.title,
    mimetype: file.mimetype,
    filetype: file.filetype,
    pretty_type: file.filetype === 'markdown' ? 'Markdown' : file.filetype.toUpperCase(),
    user: file.user,
    user_team: workspace.team.id,
    mode: 'hosted',
    editable: false,
    is_external: false,
    external_type: '',
    is_public: false,
    size: file.size,
    url_private: file.urlPrivate,
    url_private_download: file.urlPrivate.replace(/\/([^/]*)$/, '/download/$1'),
    permalink: `https://${workspace.team.domain}.slack.com/files/${file.user}/${file.id}/${encodeURIComponent(file.name)}`,
    channels: file.channels.filter((id) => workspace.channels.get(id)?.is_private === false),
    groups: file.channels.filter((id) => workspace.channels.get(id)?.is_private === true && !workspace.channels.get(id)?.is_im),
    ims: file.channels.filter((id) => workspace.channels.get(id)?.is_im === true),
    ...(file.clip !== undefined ? clipFields(file.clip) : {}),
  };
}

/** Slack's preview of a finished transcript: its first characters, and whether there is more. */
const TRANSCRIPT_PREVIEW_LENGTH = 150;

/**
 * What a clip's file object carries beyond a plain file: its media type and length, and `transcription` with a
 * `preview` and the `vtt` URL only once the transcript is complete.
 */
function clipFields(clip: StoredClip): Record<string, unknown> {
  const { status, locale, vtt } = clip.transcription;
  const text = status === 'complete' && vtt !== undefined ? transcriptText(vtt) : undefined;
  return {
    media_display_type: clip.kind,
    subtype: clip.kind === 'audio' ? 'slack_audio' : 'slack_video',
    duration_ms: clip.durationMs,
    transcription: {
      status,
      ...(locale !== undefined ? { locale } : {}),
      ...(text !== undefined
        ? { preview: { content: text.slice(0, TRANSCRIPT_PREVIEW_LENGTH), has_more: text.length > TRANSCRIPT_PREVIEW_LENGTH } }
        : {}),
    },
    ...(text !== undefined ? { vtt: clip.vttUrl } : {}),
  };
}

/**
 * The words of a WebVTT transcript: each cue's text (after its timing line), tags and the header, NOTE, STYLE and
 * REGION blocks left out, joined by spaces. Enough for the preview; the app reads the VTT itself.
 */
export function transcriptText(vtt: string): string {
  const blocks = vtt.replace(/\r\n?/g, '\n').split(/\n{2,}/);
  const words = blocks.flatMap((block) => {
    const lines = block.split('\n');
    const timing = lines.findIndex((line) => line.includes('-->'));
    if (timing < 0) return [];
    return lines.slice(timing + 1).map((line) =>
      line
        .replace(/<[^>]*>/g, '')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&nbsp;/g, ' ')
        .replace(/&amp;/g, '&')
        .trim(),
    );
  });
  return words.filter((line) => line !== '').join(' ');
}

/** The files of a message, as `renderMessage` lists them; a deleted one is Slack's tombstone. */
export function messageFiles(workspace: Workspace, message: StoredMessage): Record<string, unknown>[] {
  return (message.files ?? []).flatMap((id) => {
    const file = workspace.files.get(id);
    if (!file) return [];
    return [file.deleted ? { id: file.id, mode: 'tombstone' } : describeFile(workspace, file)];
  });
}

/**
 * The bytes of an upload POSTed to the upload URL: raw, or the first file part of a multipart form (what
 * @slack/web-api sends). Slack accepts both.
 */
export function uploadedBytes(contentType: string | undefined, body: Buffer): Buffer {
  const boundary = /multipart\/form-data;.*boundary="?([^";]+)"?/i.exec(contentType ?? '')?.[1];
  if (boundary === undefined) return body;
  const delimiter = Buffer.from(`--${boundary}`);
  const parts: Buffer[] = [];
  let start = body.indexOf(delimiter);
  while (start >= 0) {
    const next = body.indexOf(delimiter, start + delimiter.length);
    if (next < 0) break;
    parts.push(body.subarray(start + delimiter.length, next));
    start = next;
  }
  const withFile = parts.find((part) => /filename=/i.test(part.subarray(0, part.indexOf('\r\n\r\n')).toString('utf8'))) ?? parts[0];
  if (withFile === undefined) return Buffer.alloc(0);
  const headerEnd = withFile.indexOf('\r\n\r\n');
  // Each part is CRLF, headers, blank line, content, CRLF before the next delimiter.
  return withFile.subarray(headerEnd + 4, withFile.length - 2);
}
