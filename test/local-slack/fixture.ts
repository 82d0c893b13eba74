import { afterEach } from 'vitest';
import { silentLogger } from '../../src/logger.js';
import { startLocalSlackApi, type LocalSlackApi } from '../../src/local-slack/server.js';
import { Workspace } from '../../src/local-slack/workspace.js';

export const BOT_TOKEN = 'xoxb-local-test-token';
export const GENERAL = 'C0GENERAL';
export const NO_BOT = 'C0NOBOT';
export const PRIVATE_WITH_BOT = 'C0PRIVBOT';
export const PRIVATE_NO_BOT = 'C0PRIVNOBOT';

export interface Fixture {
  workspace: Workspace;
  server: LocalSlackApi;
  clock: { ms: number };
  /** Calls a method the way @slack/web-api's WebClient does: form-encoded, token in the Authorization header. */
  call(method: string, args?: Record<string, unknown>, token?: string | null): Promise<Record<string, any>>;
}

const open: LocalSlackApi[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((server) => server.close()));
});

/** A workspace with alice (admin), bob, a channel with the bot, one without, and two private channels. */
export async function startFixture(): Promise<Fixture> {
  const clock = { ms: Date.UTC(2026, 10, 27, 9, 30) };
  const workspace = new Workspace({ now: () => clock.ms });
  workspace.addUser({ id: 'U0ALICE', name: 'alice', real_name: 'Alice Doe', is_admin: true, tz: 'Europe/Berlin' });
  workspace.addUser({ id: 'U0BOB', name: 'bob', real_name: 'Bob Roe', tz: 'America/Los_Angeles' });
  workspace.addUser({ id: 'U0CAROL', name: 'carol', real_name: 'Carol Poe' });
  workspace.addChannel({ id: GENERAL, name: 'lp-practice', members: ['U0ALICE', 'U0BOB'], botIsMember: true });
  workspace.addChannel({ id: NO_BOT, name: 'random', members: ['U0ALICE'] });
  workspace.addChannel({ id: PRIVATE_WITH_BOT, name: 'secret-club', is_private: true, members: ['U0ALICE'], botIsMember: true });
  workspace.addChannel({ id: PRIVATE_NO_BOT, name: 'hidden', is_private: true, members: ['U0BOB'] });
  const server = await startLocalSlackApi({ workspace, botToken: BOT_TOKEN, logger: silentLogger });
  open.push(server);
  const call: Fixture['call'] = async (method, args = {}, token = BOT_TOKEN) => {
    const form = new URLSearchParams();
    for (const [key, value] of Object.entries(args)) form.set(key, typeof value === 'string' ? value : JSON.stringify(value));
    const response = await fetch(`${server.url}${method}`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/x-www-form-urlencoded',
        ...(token !== null ? { Authorization: `Bearer ${token}` } : {}),
      },
      body: form.toString(),
    });
    return (await response.json()) as Record<string, any>;
  };
  return { workspace, server, clock, call };
}
