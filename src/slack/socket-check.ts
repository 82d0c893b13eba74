import type { App } from '@slack/bolt';
import type { AppLogger } from '../logger.js';
import type { SlackSettings } from './app.js';
import { StartupError, slackErrorCode } from './slack-errors.js';

const CONNECT_TIMEOUT_MS = 20_000;

/**
 * Socket Mode's own start retries about 100 times before giving up, which looks like a hang. So first ask for a
 * connection URL once through the app's client (a few quick retries), turning a bad token or an unreachable Slack
 * into a clear error; then connect, with a time limit.
 */
export async function openSocketModeConnection(
  app: App,
  slack: SlackSettings,
  logger: AppLogger,
): Promise<void> {
  try {
    await app.client.apps.connections.open({ token: slack.appToken });
  } catch (error) {
    throw new StartupError(
      `Socket Mode cannot connect: apps.connections.open at ${slack.apiUrl} failed (${slackErrorCode(error)}). ` +
        'Check SLACK_APP_TOKEN (an app-level token with connections:write) and that Slack is reachable.',
    );
  }
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new StartupError(`Socket Mode did not connect within ${CONNECT_TIMEOUT_MS / 1000} s.`)), CONNECT_TIMEOUT_MS);
  });
  try {
    await Promise.race([app.start(), timeout]);
  } catch (error) {
    await app.stop().catch((stopError: unknown) => logger.debug('Stopping Socket Mode after a failed start:', stopError));
    throw error;
  } finally {
    clearTimeout(timer);
  }
}
