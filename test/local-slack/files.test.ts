import { LogLevel, WebClient } from '@slack/web-api';
import { describe, expect, it } from 'vitest';
import { BOT_TOKEN, GENERAL, NO_BOT, startFixture } from './fixture.js';

/**
 * Slack's external upload flow on the stand-in, as `files.uploadV2` of @slack/web-api drives it:
 * files.getUploadURLExternal, a POST of the bytes to the returned URL, then files.completeUploadExternal.
 */
function clientFor(url: string): WebClient {
  return new WebClient(BOT_TOKEN, { slackApiUrl: url, logLevel: LogLevel.ERROR, retryConfig: { retries: 0 } });
}

describe('local Slack: file uploads (files.uploadV2)', () => {
  it('files.uploadV2 uploads to the stand-in and shares the file into the channel as a message with `files`', async () => {
    const { server, workspace } = await startFixture();
    const content = JSON.stringify({ hello: 'wörld' }, null, 2);
    const result = await clientFor(server.url).filesUploadV2({
      channel_id: GENERAL,
      filename: 'lp-coach-data-2026-11-27.json',
      content,
      initial_comment: 'Your data',
    });
    expect(result.ok).toBe(true);
    // The three steps, in order; the upload URL is on the stand-in's own server.
    const methods = server.calls.map((c) => c.method);
    expect(methods).toEqual(['files.getUploadURLExternal', 'upload', 'files.completeUploadExternal']);
    const reserved = server.callsTo('files.getUploadURLExternal')[0]?.response as { upload_url: string; file_id: string };
    expect(reserved.upload_url.startsWith(server.url.replace(/\/api\/$/, '/upload/'))).toBe(true);
    expect(reserved.file_id).toMatch(/^F/);

    const message = workspace.messages.get(GENERAL)?.at(-1);
    expect(message).toMatchObject({ text: 'Your data', bot_id: workspace.bot.botId, files: [reserved.file_id] });
    const history = await clientFor(server.url).conversations.history({ channel: GENERAL });
    const file = (history.messages?.[0] as { files: Record<string, unknown>[] }).files[0];
    expect(file).toMatchObject({
      id: reserved.file_id,
      name: 'lp-coach-data-2026-11-27.json',
      title: 'lp-coach-data-2026-11-27.json',
      mimetype: 'application/json',
      size: Buffer.byteLength(content),
    });

    // url_private is served by the stand-in, with the bot token only (as Slack).
    const url = file?.url_private as string;
    expect(url.startsWith(server.url.replace(/\/api\/$/, '/files-pri/'))).toBe(true);
    const served = await fetch(url, { headers: { Authorization: `Bearer ${BOT_TOKEN}` } });
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('application/json');
    expect(await served.text()).toBe(content);
    expect((await fetch(url)).status).toBe(404);
  });

  it('a raw-bytes upload works too; without a channel the file stays private and no message is posted', async () => {
    const { call, server, workspace } = await startFixture();
    const reserved = await call('files.getUploadURLExternal', { filename: 'notes.md', length: 5 });
    expect(reserved).toMatchObject({ ok: true, upload_url: expect.any(String), file_id: expect.any(String) });
    const upload = await fetch(reserved.upload_url as string, { method: 'POST', body: '# Hi\n' });
    expect(upload.status).toBe(200);
    expect(await upload.text()).toBe('OK - 5');
    const done = await call('files.completeUploadExternal', { files: [{ id: reserved.file_id, title: 'My notes' }] });
    expect(done).toMatchObject({ ok: true, files: [{ id: reserved.file_id, title: 'My notes', mimetype: 'text/markdown', size: 5 }] });
    expect(workspace.messages.get(GENERAL)).toEqual([]);
    expect(server.callsTo('upload')).toHaveLength(1);
  });

  it("answers Slack's errors for bad input", async () => {
    const { call } = await startFixture();
    expect(await call('files.getUploadURLExternal', { length: 5 })).toMatchObject({ ok: false, error: 'invalid_arguments' });
    expect(await call('files.getUploadURLExternal', { filename: 'a.json' })).toMatchObject({ ok: false, error: 'invalid_arguments' });
    expect(await call('files.getUploadURLExternal', { filename: 'a.json', length: 0 })).toEqual({ ok: false, error: 'missing_argument' });
    expect(await call('files.getUploadURLExternal', { filename: 'a.json', length: 5 }, null)).toEqual({ ok: false, error: 'not_authed' });

    expect(await call('files.completeUploadExternal', {})).toMatchObject({ ok: false, error: 'invalid_arguments' });
    expect(await call('files.completeUploadExternal', { files: 'not json' })).toMatchObject({ ok: false, error: 'invalid_arguments' });
    expect(await call('files.completeUploadExternal', { files: [{ id: 'F0NOPE' }] })).toEqual({ ok: false, error: 'file_not_found' });
    // Reserved but its bytes never arrived.
    const reserved = await call('files.getUploadURLExternal', { filename: 'a.json', length: 2 });
    expect(await call('files.completeUploadExternal', { files: [{ id: reserved.file_id }] })).toEqual({ ok: false, error: 'file_not_found' });
    await fetch(reserved.upload_url as string, { method: 'POST', body: '{}' });
    expect(await call('files.completeUploadExternal', { files: [{ id: reserved.file_id }], channel_id: 'C0NOPE' })).toEqual({ ok: false, error: 'channel_not_found' });
    expect(await call('files.completeUploadExternal', { files: [{ id: reserved.file_id }], channel_id: NO_BOT })).toEqual({ ok: false, error: 'not_in_channel' });
    expect(await call('files.completeUploadExternal', { files: [{ id: reserved.file_id }], channel_id: GENERAL })).toMatchObject({ ok: true });
    // Completed once: not again.
    expect(await call('files.completeUploadExternal', { files: [{ id: reserved.file_id }], channel_id: GENERAL })).toEqual({ ok: false, error: 'file_not_found' });
    // An upload URL the stand-in never issued.
    expect((await fetch(reserved.upload_url.replace(reserved.file_id, 'F0NOPE'), { method: 'POST', body: 'x' })).status).toBe(404);
  });

  it('files and their bytes survive exportState / importState', async () => {
    const { server, workspace } = await startFixture();
    await clientFor(server.url).filesUploadV2({ channel_id: GENERAL, filename: 'a.md', content: '# A', initial_comment: 'here' });
    const { Workspace } = await import('../../src/local-slack/workspace.js');
    const restored = new Workspace();
    restored.importState(JSON.parse(JSON.stringify(workspace.exportState())));
    const [file] = [...restored.files.values()];
    expect(file?.content?.toString('utf8')).toBe('# A');
    expect(restored.messages.get(GENERAL)?.at(-1)?.files).toEqual([file?.id]);
  });
});
