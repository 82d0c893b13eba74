import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { App } from '@slack/bolt';

/**
 * The yardstick for the ack benchmark: the smallest Bolt app with an `/lp` command, on Bolt's own HTTP receiver
 * (signature check, body parsing, routing), acking with a short ephemeral text. It prints `listening on <port>` once
 * it listens, on stderr as LP Coach logs it (PORT=0 picks a free port).
 */
const signingSecret = process.env.SLACK_SIGNING_SECRET ?? '';
const app = new App({
  token: process.env.SLACK_BOT_TOKEN ?? 'xoxb-bare',
  signingSecret,
  // A known identity, so Bolt does not call auth.test.
  botId: 'B0BARE',
  botUserId: 'U0BARE',
});

app.command('/lp', async ({ ack }) => {
  await ack({ response_type: 'ephemeral', text: 'Commands: /lp help, /lp schedule, /lp me, /lp coverage, /lp stories' });
});

const server = (await app.start(Number(process.env.PORT ?? 0))) as Server;
process.stderr.write(`listening on ${(server.address() as AddressInfo).port}\n`);
process.once('SIGTERM', () => void app.stop().then(() => process.exit(0)));
