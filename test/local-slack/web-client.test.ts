import { LogLevel, WebAPIPlatformError, WebClient } from '@slack/web-api';
import { describe, expect, it } from 'vitest';
import { BOT_TOKEN, GENERAL, NO_BOT, startFixture } from './fixture.js';

// The app talks to Slack through @slack/web-api; these prove the stand-in answers in a way that client understands.
function clientFor(url: string, token = BOT_TOKEN): WebClient {
  return new WebClient(token, {
    slackApiUrl: url,
    logLevel: LogLevel.ERROR,
    retryConfig: { retries: 1, factor: 1, minTimeout: 10, maxTimeout: 20 },
  });
}

describe('a real WebClient against the local stand-in', () => {
  it('posts a message with blocks and gets Slack’s result', async () => {
    const { server, workspace } = await startFixture();
    const blocks = [{ type: 'section', text: { type: 'mrkdwn', text: '*Dive Deep*' } }];
    const result = await clientFor(server.url).chat.postMessage({ channel: GENERAL, text: 'Dive Deep', blocks });
    expect(result).toMatchObject({ ok: true, channel: GENERAL, ts: expect.any(String), message: { blocks } });
    expect(workspace.messages.get(GENERAL)?.[0]?.blocks).toEqual(blocks);
    expect(server.calls[0]?.args.blocks).toBe(JSON.stringify(blocks));
  });

  it('turns ok:false into WebAPIPlatformError with data.error', async () => {
    const { server } = await startFixture();
    const error = await clientFor(server.url).chat.postMessage({ channel: NO_BOT, text: 'hello' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WebAPIPlatformError);
    expect((error as WebAPIPlatformError).data.error).toBe('not_in_channel');
    const badToken = await clientFor(server.url, 'xoxb-wrong').auth.test().catch((e: unknown) => e);
    expect((badToken as WebAPIPlatformError).data.error).toBe('invalid_auth');
  });

  it('waits out Retry-After and then succeeds', async () => {
    const { server } = await startFixture();
    server.rateLimitNext('chat.postMessage', 1);
    const started = Date.now();
    const result = await clientFor(server.url).chat.postMessage({ channel: GENERAL, text: 'after the pause' });
    expect(result.ok).toBe(true);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    expect(server.callsTo('chat.postMessage').map((c) => c.httpStatus)).toEqual([429, 200]);
  });
});
