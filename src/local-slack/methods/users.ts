import type { Workspace, WorkspaceUser } from '../workspace.js';
import { SlackApiError, requiredString } from './arguments.js';
import type { MethodContext, MethodResult } from './arguments.js';

export function usersInfo({ workspace, args }: MethodContext): MethodResult {
  const user = workspace.users.get(requiredString(args, 'user', 'user_not_found'));
  if (!user) throw new SlackApiError('user_not_found');
  return { user: describeUser(workspace, user) };
}

/** The `user` object of `users.info`, with the time-zone fields Slack derives from `tz`. */
export function describeUser(workspace: Workspace, user: WorkspaceUser): Record<string, unknown> {
  const zone = describeTimeZone(user.tz, workspace.now());
  return {
    id: user.id,
    team_id: workspace.team.id,
    name: user.name,
    deleted: false,
    real_name: user.real_name,
    tz: user.tz,
    tz_label: zone.label,
    tz_offset: zone.offsetSeconds,
    is_admin: user.is_admin,
    is_owner: user.is_owner,
    is_primary_owner: false,
    is_restricted: false,
    is_ultra_restricted: false,
    is_bot: user.is_bot,
    is_app_user: false,
    updated: Math.floor(workspace.now() / 1000),
    profile: {
      real_name: user.real_name,
      real_name_normalized: user.real_name,
      display_name: user.name,
      display_name_normalized: user.name,
      team: workspace.team.id,
      ...(user.is_bot && user.id === workspace.bot.userId ? { bot_id: workspace.bot.botId, api_app_id: workspace.bot.appId } : {}),
    },
  };
}

function describeTimeZone(tz: string, atMs: number): { label: string; offsetSeconds: number } {
  try {
    const part = (style: 'long' | 'longOffset') =>
      new Intl.DateTimeFormat('en-US', { timeZone: tz, timeZoneName: style })
        .formatToParts(atMs)
        .find((p) => p.type === 'timeZoneName')?.value ?? '';
    const offset = /GMT([+-])(\d{2}):(\d{2})/.exec(part('longOffset'));
    const offsetSeconds = offset ? (offset[1] === '-' ? -1 : 1) * (Number(offset[2]) * 3600 + Number(offset[3]) * 60) : 0;
    return { label: part('long'), offsetSeconds };
  } catch {
    return { label: tz, offsetSeconds: 0 };
  }
}
