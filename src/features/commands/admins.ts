import type { webApi } from '@slack/bolt';
import type { AppLogger } from '../../logger.js';
import { trySlack } from '../../slack/slack-errors.js';

/**
 * Who may change a channel's daily prompt: anyone in LP_ADMINS, or a workspace admin or owner according to
 * `users.info`. When Slack cannot be asked, the answer is no (and the failure is logged).
 */
export async function isLpAdmin(
  userId: string,
  admins: readonly string[],
  client: webApi.WebClient,
  logger: AppLogger,
): Promise<boolean> {
  if (admins.includes(userId)) return true;
  const info = await trySlack(logger, 'users.info', () => client.users.info({ user: userId }));
  const user = info?.user;
  return user?.is_admin === true || user?.is_owner === true || user?.is_primary_owner === true;
}
