import { createHash, randomBytes } from 'node:crypto';
import { request } from 'node:http';
import type { Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/logger.js';
import { startLocalSlackApi, type LocalSlackApi } from '../../src/local-slack/server.js';
import { Workspace } from '../../src/local-slack/workspace.js';

/** The stand-in's Socket Mode: tokens for apps.connections.open, the WebSocket handshake, hello, envelopes and acks. */

const BOT_TOKEN = 'xoxb-local-test-token';
const APP_TOKEN = 'xapp-1-A0LOCAL-1-secret';

const open: LocalSlackApi[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((server) => server.close()));
});

async function start(appToken: string | undefined): Promise<LocalSlackApi> {
  const server = await startLocalSlackApi({ workspace: new Workspace(), botToken: BOT_TOKEN, ...(appToken ? { appToken } : {}), logger: silentLogger });
  open.push(server);
  return server;
}

async function connectionsOpen(server: LocalSlackApi, token: string): Promise<Record<string, unknown>> {
  const response = await fetch(`${server.url}apps.connections.open`, { method: 'POST', headers: { Authorization: `Bearer ${token}` } });
  return (await response.json()) as Record<string, unknown>;
}

/** A bare RFC 6455 client (masked frames, as a browser or undici sends them), to check the server byte by byte. */
interface RawClient {
  accept: string | undefined;
  expectedAccept: string;
  messages: unknown[];
  frames: { opcode: number; payload: Buffer }[];
  send(opcode: number, payload: Buffer): void;
  sendJson(value: unknown): void;
  ended: Promise<void>;
}

function connect(url: string): Promise<RawClient | { status: number }> {
  const key = randomBytes(16).toString('base64');
  const target = new URL(url.replace(/^ws/, 'http'));
  return new Promise((resolve, reject) => {
    const req = request(target, {
      headers: { Connection: 'Upgrade', Upgrade: 'websocket', 'Sec-WebSocket-Version': '13', 'Sec-WebSocket-Key': key },
    });
    req.on('response', (response) => resolve({ status: response.statusCode ?? 0 }));
    req.on('error', reject);
    req.on('upgrade', (response, socket: Socket, head: Buffer) => {
      let pending = Buffer.from(head);
      const client: RawClient = {
        accept: response.headers['sec-websocket-accept'] as string | undefined,
        expectedAccept: createHash('sha1').update(`${key}258EAFA5-E914-47DA-95CA-C5AB0DC85B11`).digest('base64'),
        messages: [],
        frames: [],
        send(opcode, payload) {
          const mask = randomBytes(4);
          const masked = Buffer.from(payload.map((byte, i) => byte ^ (mask[i % 4] as number)));
          const length = payload.length < 126 ? Buffer.from([0x80 | payload.length]) : Buffer.from([0x80 | 126, payload.length >> 8, payload.length & 0xff]);
          socket.write(Buffer.concat([Buffer.from([0x80 | opcode]), length, mask, masked]));
        },
        sendJson(value) {
          client.send(0x1, Buffer.from(JSON.stringify(value)));
        },
        ended: new Promise((done) => socket.on('close', () => done())),
      };
      const drain = (): void => {
        for (;;) {
          if (pending.length < 2) return;
          let length = (pending[1] as number) & 0x7f;
          let offset = 2;
          if (length === 126) {
            if (pending.length < 4) return;
            length = pending.readUInt16BE(2);
            offset = 4;
          }
          if (pending.length < offset + length) return;
          const opcode = (pending[0] as number) & 0x0f;
          const payload = pending.subarray(offset, offset + length);
          client.frames.push({ opcode, payload });
          if (opcode === 0x1) client.messages.push(JSON.parse(payload.toString('utf8')));
          pending = pending.subarray(offset + length);
        }
      };
      socket.on('data', (chunk: Buffer) => {
        pending = Buffer.concat([pending, chunk]);
        drain();
      });
      // The server's first frames (hello) may arrive with the 101 response.
      drain();
      resolve(client);
    });
    req.end();
  });
}

async function until(check: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 2000;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

describe('local Slack Socket Mode', () => {
  it('apps.connections.open: a ws URL for its app token; not_allowed_token_type for the bot token; invalid_auth otherwise', async () => {
    const server = await start(APP_TOKEN);
    expect(await connectionsOpen(server, APP_TOKEN)).toEqual({ ok: true, url: expect.stringMatching(/^ws:\/\/127\.0\.0\.1:\d+\/socket-mode\?ticket=[\w-]+&app_id=A/) });
    expect(await connectionsOpen(server, BOT_TOKEN)).toEqual({ ok: false, error: 'not_allowed_token_type' });
    expect(await connectionsOpen(server, 'xapp-1-A0LOCAL-1-wrong')).toEqual({ ok: false, error: 'invalid_auth' });
    // The app token is for Socket Mode only.
    const authTest = await fetch(`${server.url}auth.test`, { method: 'POST', headers: { Authorization: `Bearer ${APP_TOKEN}` } });
    expect(await authTest.json()).toEqual({ ok: false, error: 'not_allowed_token_type' });
  });

  it('without an app token, Socket Mode is refused as before and nothing upgrades', async () => {
    const server = await start(undefined);
    expect(await connectionsOpen(server, APP_TOKEN)).toEqual({ ok: false, error: 'invalid_auth' });
    expect(await connect(server.url.replace('/api/', '/socket-mode?ticket=x'))).toEqual({ status: 404 });
  });

  it('accepts the WebSocket once per URL, says hello, answers pings, and collects the ack of an envelope', async () => {
    const server = await start(APP_TOKEN);
    const { url } = (await connectionsOpen(server, APP_TOKEN)) as { url: string };
    const client = await connect(url);
    if ('status' in client) throw new Error(`upgrade refused: ${client.status}`);
    expect(client.accept).toBe(client.expectedAccept);
    await until(() => client.messages.length === 1, 'hello');
    expect(client.messages[0]).toMatchObject({ type: 'hello', num_connections: 1, connection_info: { app_id: expect.stringMatching(/^A/) } });
    expect(await connect(url)).toEqual({ status: 401 });

    client.send(0x9, Buffer.from('are you there'));
    await until(() => client.frames.some((frame) => frame.opcode === 0xa), 'pong');
    expect(client.frames.find((frame) => frame.opcode === 0xa)?.payload.toString()).toBe('are you there');

    const acked = server.socketMode.send('slash_commands', { command: '/lp', text: 'help' });
    await until(() => client.messages.length === 2, 'the envelope');
    const envelope = client.messages[1] as { envelope_id: string };
    expect(envelope).toEqual({ envelope_id: expect.any(String), type: 'slash_commands', payload: { command: '/lp', text: 'help' }, accepts_response_payload: true });
    client.sendJson({ envelope_id: envelope.envelope_id, payload: { text: 'Hello' } });
    expect(await acked).toEqual({ envelope_id: envelope.envelope_id, payload: { text: 'Hello' } });
    expect(server.socketMode.envelopes[0]?.ack).toEqual({ envelope_id: envelope.envelope_id, payload: { text: 'Hello' } });

    const event = server.socketMode.send('events_api', { type: 'event_callback', event_id: 'Ev1' }, { retryAttempt: 2 });
    await until(() => client.messages.length === 3, 'the event envelope');
    expect(client.messages[2]).toMatchObject({ type: 'events_api', accepts_response_payload: false, retry_attempt: 2, retry_reason: 'timeout' });
    client.sendJson({ envelope_id: (client.messages[2] as { envelope_id: string }).envelope_id });
    expect(await event).not.toHaveProperty('payload');
  });

  it('an envelope nobody acks fails after the ack timeout; a close from the app is answered and recorded', async () => {
    const server = await start(APP_TOKEN);
    const { url } = (await connectionsOpen(server, APP_TOKEN)) as { url: string };
    const client = await connect(url);
    if ('status' in client) throw new Error(`upgrade refused: ${client.status}`);
    const connection = await server.socketMode.waitForConnection();
    await expect(server.socketMode.send('interactive', { type: 'block_actions' }, { ackTimeoutMs: 30 })).rejects.toThrow(/no ack for interactive envelope/);

    const closing = Buffer.alloc(2);
    closing.writeUInt16BE(1000);
    client.send(0x8, closing);
    await client.ended;
    expect(await connection.closed).toEqual({ code: 1000 });
    expect(client.frames.at(-1)).toEqual({ opcode: 0x8, payload: closing });
    expect(connection.open).toBe(false);
  });
});
