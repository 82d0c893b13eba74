import { LogLevel, WebClient } from '@slack/web-api';
import { describe, expect, it } from 'vitest';
import { clipMessageEvent, fileChangeEvent, fileDeletedEvent, transcriptText, Workspace, type WorkspaceChange } from '../../src/local-slack/index.js';
import { BOT_TOKEN, GENERAL, NO_BOT, PRIVATE_NO_BOT, startFixture } from './fixture.js';

/**
 * Audio and video clips people record in Slack's client: the file object (files.info and the `file_share` message
 * event) with its transcript's state, the transcript's WebVTT served to the bot token, and `file_change` events.
 */

const VTT = [
  'WEBVTT',
  '',
  '1',
  '00:00:00.000 --> 00:00:04.000',
  '<v Alice>Situation: our checkout page was timing out for a third of users.',
  '',
  'NOTE the client adds no notes, but Slack may',
  '',
  '2',
  '00:00:04.000 --> 00:00:09.500',
  'Task: I owned the fix &amp; the follow-up.',
  'Action: I profiled the database calls and added an index, then measured again and again and again for a week.',
  '',
].join('\n');
const WORDS =
  'Situation: our checkout page was timing out for a third of users. Task: I owned the fix & the follow-up. ' +
  'Action: I profiled the database calls and added an index, then measured again and again and again for a week.';

function clientFor(url: string): WebClient {
  return new WebClient(BOT_TOKEN, { slackApiUrl: url, logLevel: LogLevel.ERROR, retryConfig: { retries: 0 } });
}

const auth = { Authorization: `Bearer ${BOT_TOKEN}` };

async function withThread() {
  const fixture = await startFixture();
  const { workspace } = fixture;
  const prompt = workspace.postMessage({ channel: GENERAL, user: workspace.bot.userId, bot_id: workspace.bot.botId, text: 'Tell us about ownership' });
  return { ...fixture, prompt };
}

describe('local Slack: clips (files.info, transcripts, file_share / file_change events)', () => {
  it('files.info describes a clip in each transcript state, preview and vtt only once complete', async () => {
    const { call, workspace, prompt, server } = await withThread();
    const { file, message } = workspace.postClip({
      channel: GENERAL,
      user: 'U0ALICE',
      thread_ts: prompt.ts,
      durationMs: 9_500,
      transcript: { status: 'processing', locale: 'en-US' },
    });
    expect(message).toMatchObject({ channel: GENERAL, user: 'U0ALICE', thread_ts: prompt.ts, text: '', files: [file.id] });
    const origin = server.url.replace(/\/api\/$/, '');

    const processing = await call('files.info', { file: file.id });
    expect(processing).toEqual({
      ok: true,
      file: expect.objectContaining({
        id: file.id,
        created: expect.any(Number),
        timestamp: expect.any(Number),
        name: 'audio_message.m4a',
        title: expect.any(String),
        mimetype: 'audio/mp4',
        filetype: 'm4a',
        user: 'U0ALICE',
        size: expect.any(Number),
        mode: 'hosted',
        url_private: expect.stringMatching(new RegExp(`^${origin}/files-pri/`)),
        url_private_download: expect.stringMatching(new RegExp(`^${origin}/files-pri/.*/download/`)),
        media_display_type: 'audio',
        subtype: 'slack_audio',
        duration_ms: 9_500,
        transcription: { status: 'processing', locale: 'en-US' },
        channels: [GENERAL],
      }),
      comments: [],
      response_metadata: { next_cursor: '' },
    });
    expect(processing.file.vtt).toBeUndefined();

    workspace.setTranscript(file.id, { status: 'complete', vtt: VTT, locale: 'en-US' });
    const complete = await call('files.info', { file: file.id });
    expect(complete.file.transcription).toEqual({
      status: 'complete',
      locale: 'en-US',
      preview: { content: WORDS.slice(0, 150), has_more: true },
    });
    expect(complete.file.vtt).toMatch(new RegExp(`^${origin}/files-tmb/.*\\.vtt$`));

    workspace.setTranscript(file.id, { status: 'failed' });
    const failed = await call('files.info', { file: file.id });
    expect(failed.file.transcription).toEqual({ status: 'failed' });
    expect(failed.file.vtt).toBeUndefined();

    const video = workspace.postClip({ channel: GENERAL, user: 'U0BOB', kind: 'video', durationMs: 3_000, transcript: { status: 'none' } }).file;
    expect((await call('files.info', { file: video.id })).file).toMatchObject({
      mimetype: 'video/mp4',
      filetype: 'mp4',
      media_display_type: 'video',
      subtype: 'slack_video',
      duration_ms: 3_000,
      transcription: { status: 'none' },
    });

    // A short transcript: the whole text, nothing more.
    const short = workspace.postClip({
      channel: GENERAL,
      user: 'U0BOB',
      durationMs: 2_000,
      transcript: { status: 'complete', vtt: 'WEBVTT\n\n00:00.000 --> 00:02.000\nShort one.\n' },
    }).file;
    expect((await clientFor(server.url).files.info({ file: short.id })).file).toMatchObject({
      transcription: { status: 'complete', preview: { content: 'Short one.', has_more: false } },
    });
  });

  it("answers Slack's errors: missing file, unknown, deleted, shared only where the bot is not", async () => {
    const { call, workspace } = await startFixture();
    expect(await call('files.info', {})).toMatchObject({ ok: false, error: 'invalid_arguments' });
    expect(await call('files.info', { file: 'F0NOPE' })).toEqual({ ok: false, error: 'file_not_found' });
    expect(await call('files.info', { file: 'F0NOPE' }, null)).toEqual({ ok: false, error: 'not_authed' });

    const elsewhere = workspace.postClip({ channel: NO_BOT, user: 'U0ALICE', durationMs: 1_000, transcript: { status: 'none' } }).file;
    expect(await call('files.info', { file: elsewhere.id })).toEqual({ ok: false, error: 'file_not_found' });
    const hidden = workspace.postClip({ channel: PRIVATE_NO_BOT, user: 'U0BOB', durationMs: 1_000, transcript: { status: 'none' } }).file;
    expect(await call('files.info', { file: hidden.id })).toEqual({ ok: false, error: 'file_not_found' });

    const deleted = workspace.postClip({ channel: GENERAL, user: 'U0ALICE', durationMs: 1_000, transcript: { status: 'complete', vtt: VTT } });
    expect(workspace.deleteFile(deleted.file.id)).toBe(true);
    expect(workspace.deleteFile(deleted.file.id)).toBe(false);
    expect(await call('files.info', { file: deleted.file.id })).toEqual({ ok: false, error: 'file_deleted' });
    // The message keeps Slack's tombstone in place of the file.
    const history = await call('conversations.history', { channel: GENERAL });
    expect(history.messages[0]).toMatchObject({ ts: deleted.message.ts, files: [{ id: deleted.file.id, mode: 'tombstone' }] });
  });

  it('serves the transcript at `vtt` to the bot token only, 404 without one, before completion or after deletion', async () => {
    const { call, workspace, server } = await startFixture();
    const { file } = workspace.postClip({ channel: GENERAL, user: 'U0ALICE', durationMs: 9_500, transcript: { status: 'processing' } });
    const url = file.clip?.vttUrl as string;
    expect((await fetch(url, { headers: auth })).status).toBe(404);

    workspace.setTranscript(file.id, { status: 'complete', vtt: VTT });
    expect((await call('files.info', { file: file.id })).file.vtt).toBe(url);
    const served = await fetch(url, { headers: auth });
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('text/vtt; charset=utf-8');
    expect(await served.text()).toBe(VTT);
    expect((await fetch(url)).status).toBe(404);
    expect((await fetch(url, { headers: { Authorization: 'Bearer xoxb-someone-else' } })).status).toBe(404);
    // The clip's own bytes are not kept: url_private has nothing to serve.
    expect((await fetch(file.urlPrivate, { headers: auth })).status).toBe(404);

    workspace.deleteFile(file.id);
    expect((await fetch(url, { headers: auth })).status).toBe(404);
    expect(server.callsTo('download').map((c) => [c.args.kind, c.httpStatus])).toEqual([
      ['vtt', 404],
      ['vtt', 200],
      ['vtt', 404],
      ['vtt', 404],
      ['url_private', 404],
      ['vtt', 404],
    ]);
    expect(server.callsTo('download')[0]?.args.file_id).toBe(file.id);
  });

  it('failDownloadNext / hangDownloadNext make the next downloads fail or hang, then it recovers', async () => {
    const { workspace, server } = await startFixture();
    const { file } = workspace.postClip({ channel: GENERAL, user: 'U0ALICE', durationMs: 1_000, transcript: { status: 'complete', vtt: VTT } });
    const url = file.clip?.vttUrl as string;
    server.failDownloadNext({ status: 500, times: 2 });
    server.failDownloadNext({ status: 404 });
    expect((await fetch(url, { headers: auth })).status).toBe(500);
    expect((await fetch(url, { headers: auth })).status).toBe(500);
    expect((await fetch(url, { headers: auth })).status).toBe(404);

    server.hangDownloadNext();
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), 200);
    await expect(fetch(url, { headers: auth, signal: controller.signal })).rejects.toThrow(/abort/i);
    clearTimeout(timer);

    const served = await fetch(url, { headers: auth });
    expect(served.status).toBe(200);
    expect(await served.text()).toBe(VTT);
    expect(server.callsTo('download').map((c) => c.httpStatus)).toEqual([500, 500, 404, 0, 200]);
  });

  it('setTranscript and deleteFile tell listeners (file_changed, file_deleted); the event helpers have Slack shapes', async () => {
    const { workspace, prompt } = await withThread();
    const changes: WorkspaceChange[] = [];
    workspace.onChange((change) => changes.push(change));
    const { file, message } = workspace.postClip({
      channel: GENERAL,
      user: 'U0BOB',
      thread_ts: prompt.ts,
      text: 'My take, R&D edition',
      durationMs: 4_200,
      transcript: { status: 'processing', locale: 'en-US' },
    });
    expect(changes.map((c) => c.kind)).toEqual(['message_posted']);
    expect(message.text).toBe('My take, R&amp;D edition');

    const event = clipMessageEvent(workspace, message);
    expect(event).toEqual({
      type: 'message',
      subtype: 'file_share',
      text: 'My take, R&amp;D edition',
      files: [expect.objectContaining({ id: file.id, subtype: 'slack_audio', transcription: { status: 'processing', locale: 'en-US' } })],
      upload: false,
      user: 'U0BOB',
      display_as_bot: false,
      ts: message.ts,
      thread_ts: prompt.ts,
      parent_user_id: workspace.bot.userId,
      team: workspace.team.id,
      channel: GENERAL,
      channel_type: 'channel',
      event_ts: message.ts,
    });

    workspace.setTranscript(file.id, { status: 'complete', vtt: VTT, locale: 'en-US' });
    expect(changes.at(-1)).toEqual({ kind: 'file_changed', fileId: file.id, file });
    const change = fileChangeEvent(workspace, file.id);
    expect(change).toEqual({ type: 'file_change', file_id: file.id, user_id: 'U0BOB', file: { id: file.id }, event_ts: expect.any(String) });
    expect(change.event_ts).not.toBe(message.ts);
    expect(() => fileChangeEvent(workspace, 'F0NOPE')).toThrow();
    expect(() => workspace.setTranscript(file.id, { status: 'complete' })).toThrow();
    expect(() => workspace.postClip({ channel: 'C0NOPE', user: 'U0BOB', durationMs: 1, transcript: { status: 'none' } })).toThrow();

    workspace.deleteFile(file.id);
    expect(changes.at(-1)).toEqual({ kind: 'file_deleted', fileId: file.id });
    expect(fileDeletedEvent(workspace, file.id)).toEqual({ type: 'file_deleted', file_id: file.id, event_ts: expect.any(String) });
  });

  it('a clip reply appears in conversations.replies with its `files`', async () => {
    const { workspace, server, prompt } = await withThread();
    const { file, message } = workspace.postClip({
      channel: GENERAL,
      user: 'U0ALICE',
      thread_ts: prompt.ts,
      durationMs: 9_500,
      transcript: { status: 'complete', vtt: VTT, locale: 'en-US' },
    });
    const replies = await clientFor(server.url).conversations.replies({ channel: GENERAL, ts: prompt.ts });
    expect(replies.messages).toHaveLength(2);
    expect(replies.messages?.[1]).toMatchObject({
      ts: message.ts,
      thread_ts: prompt.ts,
      user: 'U0ALICE',
      text: '',
      files: [{ id: file.id, media_display_type: 'audio', duration_ms: 9_500, transcription: { status: 'complete' }, vtt: file.clip?.vttUrl }],
    });
  });

  it('clips survive exportState / importState with their transcript', async () => {
    const { workspace } = await startFixture();
    const { file } = workspace.postClip({ channel: GENERAL, user: 'U0ALICE', durationMs: 1_000, transcript: { status: 'complete', vtt: VTT, locale: 'en-US' } });
    const restored = new Workspace();
    restored.importState(JSON.parse(JSON.stringify(workspace.exportState())));
    expect(restored.files.get(file.id)).toEqual(file);
    expect(restored.messages.get(GENERAL)?.at(-1)?.files).toEqual([file.id]);
  });

  it('transcriptText keeps the cue text only', () => {
    expect(transcriptText(VTT)).toBe(WORDS);
    expect(transcriptText('WEBVTT\r\n\r\n00:00.000 --> 00:01.000\r\n<c.yellow>Hi</c> there\r\n')).toBe('Hi there');
  });
});
