import type { webApi } from '@slack/bolt';
import { slackErrorCode } from './slack-errors.js';

export interface DirectMessageFile {
  /** e.g. `lp-coach-data-2026-12-01.json`; Slack guesses the type from the extension. */
  filename: string;
  content: string;
  /** The short message the file arrives with. */
  comment: string;
}

/** Which step of sending a file failed, and Slack's error code, for the log. */
export class FileSendError extends Error {
  constructor(
    readonly method: string,
    readonly code: string,
  ) {
    super(`${method} failed: ${code}`);
    this.name = 'FileSendError';
  }
}

/**
 * Sends one file into the bot's direct message with the person, with a short message: `conversations.open`, then the
 * WebClient's `files.uploadV2` (files.getUploadURLExternal, the upload, files.completeUploadExternal with `channel_id`
 * and `initial_comment`; needs the `files:write` scope). Failures are thrown as FileSendError.
 */
export async function sendFileByDirectMessage(client: webApi.WebClient, userId: string, file: DirectMessageFile): Promise<string> {
  let channel: string | undefined;
  try {
    channel = (await client.conversations.open({ users: userId })).channel?.id;
  } catch (error) {
    throw new FileSendError('conversations.open', slackErrorCode(error));
  }
  if (channel === undefined) throw new FileSendError('conversations.open', 'no_channel');
  try {
    await client.filesUploadV2({ channel_id: channel, filename: file.filename, title: file.filename, content: file.content, initial_comment: file.comment });
  } catch (error) {
    // Slack's refusals name no method; the upload to the URL fails with a plain error.
    throw new FileSendError(isUploadStepError(error) ? 'files.uploadV2 (upload to upload_url)' : 'files.uploadV2', slackErrorCode(error));
  }
  return channel;
}

/** web-api's own error when the POST of the bytes to the upload URL failed (Slack's refusals carry `data.error`). */
function isUploadStepError(error: unknown): boolean {
  return error instanceof Error && /Failed to upload file|No upload url/.test(error.message);
}
