import type { App } from '@slack/bolt';
import { isLpAdmin } from './admins.js';
import { parseLpCommand } from './parse.js';
import { helpReply, unknownSubcommandReply } from './replies.js';
import { builtInAnswersInAck, runLpCommand, type CommandDeps } from './router.js';
import { answersInAck, findSubcommand, fitsInAck, type LpReply, type LpSubcommand } from './subcommand.js';
import { decodeEntities } from '../../core/slack-text.js';

export const LP_COMMAND = '/lp';

export type { CommandDeps } from './router.js';
export type { LpReply, LpSubcommand, SubcommandContext } from './subcommand.js';

/**
 * `/lp`: Slack gives a slash command 3 seconds. Replies that need no Web API call (help, typing mistakes, the
 * schedule, and the feature subcommands marked `answersInAck`: SQLite reads of a few ms) go back in the ack itself,
 * so Slack shows them at once; everything else (admin checks through `users.info`, DMs, modals, permalinks) is acked
 * at once and answered through `respond()` (ephemeral, via response_url). Features add their own subcommands
 * (`features`); their help lines join the built-in ones.
 */
export function register(app: App, deps: CommandDeps, features: readonly LpSubcommand[] = []): void {
  const extraHelp = features.map((f) => f.help);
  // The same for every `/lp help`: built once.
  const helpText = helpReply(extraHelp);
  app.command(LP_COMMAND, async ({ command, ack, respond, client }) => {
    // Slack escapes &, < and > in what was typed; mentions (<@U123|name>) stay markup for the subcommands that read them.
    const typed = decodeEntities(command.text);
    const [first = '', ...rest] = typed.trim().split(/\s+/);
    const feature = findSubcommand(features, first);
    if (feature !== undefined) {
      const args = rest.join(' ');
      const inAck = answersInAck(feature, args);
      if (!inAck) await ack();
      const started = performance.now();
      let reply: LpReply | undefined;
      try {
        reply = await feature.run({
          userId: command.user_id,
          channelId: command.channel_id,
          teamId: command.team_id,
          triggerId: command.trigger_id,
          args,
          client,
          respond,
          logger: deps.logger,
          isAdmin: () => isLpAdmin(command.user_id, deps.admins, client, deps.logger),
        });
      } catch (error) {
        deps.logger.error(`/lp ${feature.name} failed:`, error);
        reply = { text: SOMETHING_WENT_WRONG };
      }
      if (inAck) {
        await ackOrRespond(ack, respond, reply, feature.name, deps, started);
        return;
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
      await ack({ response_type: 'ephemeral', text: helpText });
      return;
    }
    const invocation = { userId: command.user_id, channelId: command.channel_id, teamId: command.team_id, client };
    const inAck = builtInAnswersInAck(parsed.command, invocation);
    if (!inAck) await ack();
    const started = performance.now();
    let text: string;
    try {
      text = await runLpCommand(parsed.command, invocation, deps);
    } catch (error) {
      deps.logger.error(`/lp ${parsed.command.kind} failed:`, error);
      text = SOMETHING_WENT_WRONG;
    }
    if (inAck) {
      await ackOrRespond(ack, respond, { text }, parsed.command.kind, deps, started);
      return;
    }
    await respondPrivately(respond, { text }, parsed.command.kind, deps);
  });
}

/** Past this, an answer computed before the ack is logged as slow: the ack has 3 seconds in all. */
const SLOW_ACK_MS = 500;

/** Sends a reply computed before the ack in the ack body, or, when it is too big for it, acks empty and responds. */
async function ackOrRespond(
  ack: (message?: { response_type: 'ephemeral'; text: string; blocks?: LpReply['blocks'] }) => Promise<void>,
  respond: Parameters<typeof respondPrivately>[0],
  reply: LpReply | undefined,
  name: string,
  deps: CommandDeps,
  started: number,
): Promise<void> {
  const elapsed = performance.now() - started;
  if (elapsed > SLOW_ACK_MS) deps.logger.warn(`/lp ${name} took ${Math.round(elapsed)} ms before the ack`);
  else deps.logger.debug(`/lp ${name} answered in the ack after ${elapsed.toFixed(1)} ms`);
  if (reply === undefined) {
    await ack();
    return;
  }
  if (!fitsInAck(reply)) {
    await ack();
    await respondPrivately(respond, reply, name, deps);
    return;
  }
  await ack(ephemeral(reply));
}

function ephemeral(reply: LpReply): { response_type: 'ephemeral'; text: string; blocks?: LpReply['blocks'] } {
  return { response_type: 'ephemeral', text: reply.text, ...(reply.blocks === undefined ? {} : { blocks: reply.blocks }) };
}

const SOMETHING_WENT_WRONG = 'Something went wrong on my side. The error is in the app log; please try again in a minute.';

async function respondPrivately(
  respond: (message: { response_type: 'ephemeral'; text: string; blocks?: LpReply['blocks'] }) => Promise<unknown>,
  reply: LpReply,
  name: string,
  deps: CommandDeps,
): Promise<void> {
  try {
    await respond(ephemeral(reply));
  } catch (error) {
    deps.logger.error(`Replying to /lp ${name} through response_url failed:`, error);
  }
}
