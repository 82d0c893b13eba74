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
 * A `/lp` subcommand contributed by a feature (thread answers, practice, ...). The `/lp` listener acks at once,
 * then calls `run`; a returned reply is sent ephemerally, `undefined` means the subcommand answered on its own (for
 * example it opened a modal).
 */
export interface LpSubcommand {
  /** Lower-case first word, e.g. `coverage`. */
  name: string;
  aliases?: readonly string[];
  /** One help line, e.g. '`/lp coverage [@user]`: your coverage of the 16 principles'. */
  help: string;
  run(context: SubcommandContext): Promise<LpReply | undefined>;
}

export function findSubcommand(subcommands: readonly LpSubcommand[], word: string): LpSubcommand | undefined {
  const name = word.toLowerCase();
  return subcommands.find((s) => s.name === name || s.aliases?.includes(name) === true);
}
