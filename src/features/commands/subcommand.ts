import type { RespondFn, types, webApi } from '@slack/bolt';
import type { AppLogger } from '../../logger.js';

/** What a subcommand shows the person who typed it (ephemeral). `text` is the notification fallback. */
export interface LpReply {
  text: string;
  blocks?: types.KnownBlock[];
}

/** Who typed `/lp <name> ...`, where, and the tools to answer. */
export interface SubcommandContext {
  userId: string;
  channelId: string;
  teamId?: string;
  /** For `views.open`; valid for 3 seconds after Slack sent the command. */
  triggerId: string;
  /** The words after the subcommand's name, trimmed. */
  args: string;
  client: webApi.WebClient;
  respond: RespondFn;
  logger: AppLogger;
  /** LP_ADMINS, workspace admins and owners (asks `users.info` once per call). */
  isAdmin(): Promise<boolean>;
}

/**
 * A `/lp` subcommand contributed by a feature (thread answers, practice, ...). By default the `/lp` listener acks at
 * once, then calls `run`; a returned reply is sent ephemerally through `respond()` (response_url), `undefined` means
 * the subcommand answered on its own (for example it opened a modal).
 *
 * With `answersInAck`, `run` is called before the ack and its reply goes back in the ack body: Slack shows it at
 * once, one HTTP round trip sooner. Only for replies that need no Web API call (`client`, `respond`, `isAdmin` stay
 * unused) and take a few ms of SQLite, since the ack must reach Slack within 3 seconds.
 */
export interface LpSubcommand {
  /** Lower-case first word, e.g. `coverage`. */
  name: string;
  aliases?: readonly string[];
  /** One help line, e.g. '`/lp coverage [@user]`: your coverage of the 16 principles'. */
  help: string;
  /**
   * True when every reply is computed without Slack; a function when it depends on the words typed (e.g. `config`
   * answers a look in the ack, but a change asks `users.info` whether the person is an admin).
   */
  answersInAck?: boolean | ((args: string) => boolean);
  run(context: SubcommandContext): Promise<LpReply | undefined>;
}

export function findSubcommand(subcommands: readonly LpSubcommand[], word: string): LpSubcommand | undefined {
  const name = word.toLowerCase();
  return subcommands.find((s) => s.name === name || s.aliases?.includes(name) === true);
}

export function answersInAck(subcommand: LpSubcommand, args: string): boolean {
  const { answersInAck } = subcommand;
  return typeof answersInAck === 'function' ? answersInAck(args) : answersInAck === true;
}

/** Slack's limits for a message: at most 50 blocks; text beyond 40,000 characters is cut. */
const MAX_ACK_BLOCKS = 50;
const MAX_ACK_TEXT = 40_000;

/** Whether a reply may go in the ack body; one that does not fit goes through `respond()` instead. */
export function fitsInAck(reply: LpReply): boolean {
  return reply.text.length <= MAX_ACK_TEXT && (reply.blocks?.length ?? 0) <= MAX_ACK_BLOCKS;
}
