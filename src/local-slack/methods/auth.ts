import type { MethodContext, MethodResult } from './arguments.js';

/** `auth.test` for the bot token: who the bot is and where. */
export function authTest({ workspace }: MethodContext): MethodResult {
  return {
    url: `https://${workspace.team.domain}.slack.com/`,
    team: workspace.team.name,
    user: workspace.bot.name,
    team_id: workspace.team.id,
    user_id: workspace.bot.userId,
    bot_id: workspace.bot.botId,
    is_enterprise_install: false,
  };
}
