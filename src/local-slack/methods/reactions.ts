import type { StoredMessage } from '../workspace.js';
import { SlackApiError, requiredString } from './arguments.js';
import type { MethodContext, MethodResult } from './arguments.js';
import { requireVisibleChannel } from './conversations.js';

export function reactionsAdd(context: MethodContext): MethodResult {
  const { message, name } = findReactionTarget(context);
  if (!context.workspace.addReaction(message, name, context.workspace.bot.userId)) throw new SlackApiError('already_reacted');
  return {};
}

export function reactionsRemove(context: MethodContext): MethodResult {
  const { message, name } = findReactionTarget(context);
  if (!context.workspace.removeReaction(message, name, context.workspace.bot.userId)) throw new SlackApiError('no_reaction');
  return {};
}

/** The message (`channel` + `timestamp`) and emoji `name`, which people often write with colons: Slack strips them. */
function findReactionTarget({ workspace, args }: MethodContext): { message: StoredMessage; name: string } {
  const name = requiredString(args, 'name', 'invalid_name').replace(/^:|:$/g, '');
  if (!/^[a-z0-9_+'-]+(::skin-tone-[2-6])?$/.test(name)) throw new SlackApiError('invalid_name');
  const channel = requireVisibleChannel(workspace, args);
  const message = workspace.findMessage(channel.id, requiredString(args, 'timestamp', 'message_not_found'));
  if (!message) throw new SlackApiError('message_not_found');
  return { message, name };
}
