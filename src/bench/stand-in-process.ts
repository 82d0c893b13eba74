import { startLocalSlackApi, Workspace } from '../local-slack/index.js';
import { silentLogger } from '../logger.js';

/**
 * The local Slack stand-in in its own process, for the thread benchmark: Slack's servers do their work on other
 * machines, so the stand-in's CPU must not be counted as the app's. The parent sends the workspace to seed; this
 * process answers with the Web API URL and reports each ephemeral with a wall-clock time (timeOrigin + now, which
 * both processes share).
 */
interface Seed {
  botToken: string;
  channel: string;
  users: string[];
}

process.once('message', (seed: Seed) => {
  void (async () => {
    const workspace = new Workspace();
    for (const id of seed.users) workspace.addUser({ id, name: id.toLowerCase() });
    workspace.addChannel({ id: seed.channel, name: 'bench', members: seed.users, botIsMember: true });
    workspace.onChange((change) => {
      if (change.kind === 'ephemeral_posted') {
        process.send?.({ kind: 'ephemeral', user: change.message.user, at: performance.timeOrigin + performance.now() });
      }
    });
    const api = await startLocalSlackApi({ workspace, botToken: seed.botToken, logger: silentLogger });
    process.send?.({ kind: 'ready', url: api.url, botId: workspace.bot.botId, botUserId: workspace.bot.userId, teamId: workspace.team.id, appId: workspace.bot.appId });
    process.once('disconnect', () => void api.close().then(() => process.exit(0)));
  })();
});
