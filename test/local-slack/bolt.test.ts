import { App, LogLevel } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import { slashCommandBody } from '../../src/local-slack/requests.js';
import { BOT_TOKEN, GENERAL, startFixture } from './fixture.js';

// The stand-in's `url` must be exactly what Bolt's clientOptions.slackApiUrl expects, respond() included.
describe('Bolt against the local stand-in', () => {
  it('initialises with auth.test, posts through app.client and responds through response_url', async () => {
    const { server, workspace } = await startFixture();
    const app = new App({
      token: BOT_TOKEN,
      signingSecret: 'unused-here',
      deferInitialization: true,
      logLevel: LogLevel.ERROR,
      clientOptions: { slackApiUrl: server.url },
    });
    await app.init();
    expect(server.callsTo('auth.test')).toHaveLength(1);

    app.command('/lp', async ({ ack, respond, client, command }) => {
      await ack();
      await client.chat.postMessage({ channel: command.channel_id, text: 'Prompt posted' });
      await respond({ response_type: 'ephemeral', text: 'Done.' });
    });
    const body = Object.fromEntries(
      new URLSearchParams(
        slashCommandBody({
          command: '/lp',
          text: 'post',
          user_id: 'U0ALICE',
          channel_id: GENERAL,
          team_id: workspace.team.id,
          trigger_id: workspace.issueTriggerId('U0ALICE'),
          response_url: server.responseUrl('lp-post', { channel: GENERAL, user: 'U0ALICE' }),
          api_app_id: workspace.bot.appId,
        }),
      ),
    );
    await app.processEvent({ body, ack: async () => {} });

    expect(workspace.messages.get(GENERAL)?.map((m) => m.text)).toEqual(['Prompt posted']);
    expect(server.responses).toEqual([expect.objectContaining({ id: 'lp-post', response_type: 'ephemeral', text: 'Done.' })]);
    expect(workspace.ephemerals).toEqual([expect.objectContaining({ user: 'U0ALICE', text: 'Done.' })]);
  });
});
