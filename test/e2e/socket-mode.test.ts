import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { startLocalSlackApi, Workspace, type LocalSlackApi, type SocketModeConnection } from '../../src/local-slack/index.js';
import { silentLogger } from '../../src/logger.js';
import { startLpCoach, type RunningLpCoach } from '../../src/startup.js';
import { waitFor } from './e2e-app.js';

/**
 * The real app in Socket Mode (SLACK_APP_TOKEN set): it asks the stand-in for a connection URL, connects its WebSocket,
 * gets Slack's hello, acks envelopes over the socket (a slash command's reply rides on the ack), and closes the
 * socket when it stops.
 */

const BOT_TOKEN = 'xoxb-socket-e2e-token';
const APP_TOKEN = 'xapp-1-A0LPCOACH-1-socket-e2e';
const ADMIN = 'U0ADMIN01';
const CHANNEL = 'C0DEFAULT1';
const clock = { now: new Date('2026-11-30T11:00:00Z') };

let dir: string;
let workspace: Workspace;
let api: LocalSlackApi;
let app: RunningLpCoach | undefined;
let connection: SocketModeConnection;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'lp-socket-'));
  workspace = new Workspace({ now: () => clock.now.getTime() });
  workspace.addUser({ id: ADMIN, name: 'Ada' });
  workspace.addChannel({ id: CHANNEL, name: 'interview-prep', members: [ADMIN], botIsMember: true });
  api = await startLocalSlackApi({ workspace, botToken: BOT_TOKEN, appToken: APP_TOKEN, logger: silentLogger });
  const loaded = loadConfig({
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_APP_TOKEN: APP_TOKEN,
    SLACK_API_URL: api.url,
    PORT: '0',
    DATABASE_PATH: join(dir, 'lp-coach.db'),
  });
  if (!loaded.ok) throw new Error(loaded.problems.join('\n'));
  app = await startLpCoach(loaded.config, { logger: silentLogger, version: 'e2e', clock: () => clock.now, random: () => 0.5 });
  connection = await api.socketMode.waitForConnection();
});

afterAll(async () => {
  await app?.stop();
  await api?.close();
  if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
});

describe('Socket Mode end to end', () => {
  it('start() resolves once the WebSocket is connected and Slack said hello', () => {
    expect(app?.lp.mode).toBe('socket');
    expect(connection.open).toBe(true);
    const opens = api.callsTo('apps.connections.open');
    expect(opens.length).toBeGreaterThanOrEqual(1);
    expect(opens.every((call) => call.response.ok === true)).toBe(true);
    expect(opens.at(-1)?.response.url).toMatch(/^ws:\/\/127\.0\.0\.1:\d+\/socket-mode\?ticket=/);
    expect(api.socketMode.connections).toHaveLength(1);
  });

  it('acks /lp help with the help text as the ack payload', async () => {
    const ack = await api.socketMode.send('slash_commands', {
      token: 'local-verification-token',
      team_id: workspace.team.id,
      team_domain: workspace.team.domain,
      channel_id: CHANNEL,
      channel_name: 'interview-prep',
      user_id: ADMIN,
      user_name: 'ada',
      command: '/lp',
      text: 'help',
      api_app_id: workspace.bot.appId,
      is_enterprise_install: 'false',
      response_url: api.responseUrl('socket-help', { channel: CHANNEL, user: ADMIN }),
      trigger_id: workspace.issueTriggerId(ADMIN),
    });
    expect(ack.payload).toMatchObject({ response_type: 'ephemeral', text: expect.stringContaining('*LP Coach* posts one Leadership Principle question a day') });
    expect(ack.payload?.text).toContain('/lp setup');
  });

  it('handles an events_api envelope (Home tab published) and drops its redelivery', async () => {
    const eventBody = {
      token: 'local-verification-token',
      team_id: workspace.team.id,
      api_app_id: workspace.bot.appId,
      type: 'event_callback',
      event_id: 'Ev0SOCKETHOME',
      event_time: Math.floor(clock.now.getTime() / 1000),
      event: { type: 'app_home_opened', user: ADMIN, channel: 'D0ADMIN01', tab: 'home', event_ts: '1764500400.000100' },
      authorizations: [{ team_id: workspace.team.id, user_id: workspace.bot.userId, is_bot: true, is_enterprise_install: false }],
    };
    const ack = await api.socketMode.send('events_api', eventBody);
    expect(ack.envelope_id).toBe(api.socketMode.envelopes.at(-1)?.envelope.envelope_id);
    const publishes = () => api.callsTo('views.publish').filter((call) => call.args.user_id === ADMIN);
    await waitFor(() => publishes().length === 1, 'views.publish for the Home tab');
    expect(publishes()[0]?.response.ok).toBe(true);

    // Socket Mode redelivers an event it thinks was missed; it is acked and not handled again.
    await api.socketMode.send('events_api', eventBody, { retryAttempt: 1 });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(publishes()).toHaveLength(1);
  });

  it('stop() resolves and the app closes its WebSocket normally', async () => {
    const running = app;
    app = undefined;
    await running?.stop();
    expect(await connection.closed).toEqual({ code: 1000 });
    expect(connection.open).toBe(false);
    await expect(api.socketMode.send('events_api', {})).rejects.toThrow(/no open Socket Mode connection/);
  });
});
