import type { App } from '@slack/bolt';
import { isLpAdmin } from './admins.js';
import { parseLpCommand } from './parse.js';
import { helpReply, unknownSubcommandReply } from './replies.js';
import { runLpCommand, type CommandDeps } from './router.js';
import { findSubcommand, type LpReply, type LpSubcommand } from './subcommand.js';
import { decodeEntities } from '../../core/slack-text.js';

export const LP_COMMAND = '/lp';

export type { CommandDeps } from './router.js';
export type { LpReply, LpSubcommand, SubcommandContext } from './subcommand.js';

/**
 * `/lp`: Slack gives a slash command 3 seconds. Replies that need no Web API call (help, typing mistakes) go back in
 * the ack itself; everything else is acked at once and answered through `respond()` (ephemeral, via response_url).
 * Features add their own subcommands (`features`); their help lines join the built-in ones.
 */
export function register(app: App, deps: CommandDeps, features: readonly LpSubcommand[] = []): void {
  const extraHelp = features.map((f) => f.help);
  app.command(LP_COMMAND, async ({ command, ack, respond, client }) => {
    // Slack escapes &, < and > in what was typed; mentions (<@U123|name>) stay markup for the subcommands that read them.
    const typed = decodeEntities(command.text);
    const [first = '', ...rest] = typed.trim().split(/\s+/);
    const feature = findSubcommand(features, first);
    if (feature !== undefined) {
      await ack();
      let reply: LpReply | undefined;
      try {
        reply = await feature.run({
          userId: command.user_id,
          channelId: command.channel_id,
          teamId: command.team_id,
          triggerId: command.trigger_id,
          args: rest.join(' '),
          client,
          respond,
          logger: deps.logger,
          isAdmin: () => isLpAdmin(command.user_id, deps.admins, client, deps.logger),
        });
      } catch (error) {
        deps.logger.error(`/lp ${feature.name} failed:`, error);
        reply = { text: SOMETHING_WENT_WRONG };
      }
      if (reply !== undefined) await respondPrivately(respond, reply, feature.name, deps);
      return;
    }

    const parsed = parseLpCommand(typed);
    if (!parsed.ok) {
      const text = parsed.unknownSubcommand ? unknownSubcommandReply(parsed.error, extraHelp) : parsed.error;
      await ack({ response_type: 'ephemeral', text });
      return;
    }
    if (parsed.command.kind === 'help') {
      await ack({ response_type: 'ephemeral', text: helpReply(extraHelp) });
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
      text = SOMETHING_WENT_WRONG;
    }
    await respondPrivately(respond, { text }, parsed.command.kind, deps);
  });
}

const SOMETHING_WENT_WRONG = 'Something went wrong on my side. The error is in the app log; please try again in a minute.';

async function respondPrivately(
  respond: (message: { response_type: 'ephemeral'; text: string; blocks?: LpReply['blocks'] }) => Promise<unknown>,
  reply: LpReply,
  name: string,
  deps: CommandDeps,
): Promise<void> {
  try {
    await respond({ response_type: 'ephemeral', text: reply.text, ...(reply.blocks === undefined ? {} : { blocks: reply.blocks }) });
  } catch (error) {
    deps.logger.error(`Replying to /lp ${name} through response_url failed:`, error);
  }
}
