import { loadContent } from '../../src/core/content.js';
import { silentLogger, type AppLogger } from '../../src/logger.js';
import { createApp, type LpCoachApp } from '../../src/slack/app.js';
import { ChannelStore } from '../../src/store/channels.js';
import { openDatabase, type Db } from '../../src/store/db.js';
import { startLocalSlackApi, Workspace, type LocalSlackApi, type RecordedResponse } from '../../src/local-slack/index.js';

export const BOT_TOKEN = 'xoxb-local-test-token';
export const SIGNING_SECRET = 'slack-tests-signing-secret';
export const ADMIN = 'U0ADMIN01';
export const OWNER = 'U0OWNER01';
export const MEMBER = 'U0MEMBER1';
export const TEAM_CHANNEL = 'C0TEAM001';
export const OTHER_CHANNEL = 'C0OTHER01';

/** A workspace with an LP_ADMINS admin, a workspace owner and a plain member; the bot is in TEAM_CHANNEL only. */
export interface Harness {
  lp: LpCoachApp;
  api: LocalSlackApi;
  workspace: Workspace;
  db: Db;
  channels: ChannelStore;
  /** The app's clock; tests move it. */
  clock: { now: Date };
  runLp(text: string, options?: { user?: string; channel?: string }): Promise<CommandResult>;
  close(): Promise<void>;
}

export interface CommandResult {
  /** What the listener passed to ack(): a message or nothing. */
  acked: unknown;
  ackCount: number;
  /** What the listener sent to the response_url. */
  responses: RecordedResponse[];
  /** The text the user sees: the ack's message or the response's. */
  text: string;
  /** The message the user sees: the ack's, or else the first one sent to the response_url. */
  reply: { text?: string; blocks?: unknown[] } | undefined;
}

let sequence = 0;

export async function startHarness(start = new Date('2026-11-30T07:00:00Z'), options: { logger?: AppLogger } = {}): Promise<Harness> {
  const clock = { now: start };
  const workspace = new Workspace({ now: () => clock.now.getTime() });
  workspace.addUser({ id: ADMIN, name: 'Ada' });
  workspace.addUser({ id: OWNER, name: 'Olu', is_owner: true });
  workspace.addUser({ id: MEMBER, name: 'Mia' });
  workspace.addChannel({ id: TEAM_CHANNEL, name: 'interview-prep', members: [ADMIN, OWNER, MEMBER], botIsMember: true });
  workspace.addChannel({ id: OTHER_CHANNEL, name: 'random', members: [ADMIN, MEMBER] });
  const api = await startLocalSlackApi({ workspace, botToken: BOT_TOKEN, logger: silentLogger });
  const db = openDatabase(':memory:');
  const lp = createApp({
    slack: { botToken: BOT_TOKEN, signingSecret: SIGNING_SECRET, apiUrl: api.url },
    port: 0,
    admins: [ADMIN],
    scheduleDefaults: { promptTime: '09:30', timezone: 'UTC', days: ['mon', 'tue', 'wed', 'thu', 'fri'] },
    catchUpHours: 6,
    db,
    content: loadContent(),
    clock: () => clock.now,
    random: () => 0.42,
    logger: options.logger ?? silentLogger,
    version: 'test',
    botIdentity: { botId: workspace.bot.botId, botUserId: workspace.bot.userId },
    clientOptions: { retryConfig: { retries: 0 } },
  });
  // As start() does: the worker delivers what the fast path could not.
  lp.outbox.start();

  async function runLp(text: string, options: { user?: string; channel?: string } = {}): Promise<CommandResult> {
    const user = options.user ?? ADMIN;
    const channel = options.channel ?? TEAM_CHANNEL;
    sequence += 1;
    const responseId = `cmd-${sequence}`;
    const body = {
      token: 'local-verification-token',
      team_id: workspace.team.id,
      team_domain: workspace.team.domain,
      channel_id: channel,
      channel_name: workspace.channels.get(channel)?.name ?? 'directmessage',
      user_id: user,
      user_name: user.toLowerCase(),
      command: '/lp',
      text,
      api_app_id: workspace.bot.appId,
      is_enterprise_install: 'false',
      response_url: api.responseUrl(responseId, { channel, user }),
      trigger_id: workspace.issueTriggerId(user),
    };
    let acked: unknown;
    let ackCount = 0;
    await lp.app.processEvent({
      body,
      ack: async (response?: unknown) => {
        ackCount += 1;
        acked = response;
      },
    });
    const responses = api.responses.filter((r) => r.id === responseId);
    const ackText = (acked as { text?: string } | undefined)?.text;
    const reply = (acked as CommandResult['reply']) ?? responses[0];
    return { acked, ackCount, responses, text: ackText ?? responses.map((r) => r.text ?? '').join('\n'), reply };
  }

  return {
    lp,
    api,
    workspace,
    db,
    channels: new ChannelStore(db),
    clock,
    runLp,
    async close() {
      await lp.outbox.stop();
      await api.close();
      db.close();
    },
  };
}
