import type { App } from '@slack/bolt';
import { parseLpCommand } from './parse.js';
import { helpReply, unknownSubcommandReply } from './replies.js';
import { runLpCommand, type CommandDeps } from './router.js';

export const LP_COMMAND = '/lp';

export type { CommandDeps } from './router.js';

/**
 * `/lp`: Slack gives a slash command 3 seconds. Replies that need no Web API call (help, typing mistakes) go back in
 * the ack itself; everything else is acked at once and answered through `respond()` (ephemeral, via response_url).
 */
export function register(app: App, deps: CommandDeps): void {
  app.command(LP_COMMAND, async ({ command, ack, respond, client }) => {
    const parsed = parseLpCommand(command.text);
    if (!parsed.ok) {
      const text = parsed.unknownSubcommand ? unknownSubcommandReply(parsed.error) : parsed.error;
      await ack({ response_type: 'ephemeral', text });
      return;
    }
    if (parsed.command.kind === 'help') {
      await ack({ response_type: 'ephemeral', text: helpReply() });
      return;
    }
    await ack();
    let text: string;
    try {
      text = await runLpCommand(
        parsed.command,
        { userId: command.user_id, channelId: command.channel_id, teamId: command.team_id, client },
        deps,
      );
    } catch (error) {
      deps.logger.error(`/lp ${parsed.command.kind} failed:`, error);
      text = 'Something went wrong on my side. The error is in the app log; please try again in a minute.';
    }
    try {
      await respond({ response_type: 'ephemeral', text });
    } catch (error) {
      deps.logger.error(`Replying to /lp ${parsed.command.kind} through response_url failed:`, error);
    }
  });
}
