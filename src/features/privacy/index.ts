import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import { FileSendError, sendFileByDirectMessage } from '../../slack/direct-message.js';
import { slackErrorCode } from '../../slack/slack-errors.js';
import { PrivacyStore } from '../../store/privacy.js';
import type { LpReply, LpSubcommand } from '../commands/subcommand.js';
import type { HomeRefresher, PersonalFeatureDeps } from '../personal-deps.js';
import { PrivacyService } from './service.js';
import { FORGET_CANCEL_ACTION, FORGET_CONFIRM_ACTION, forgetConfirmReply, forgottenText } from './views.js';

export function createPrivacyService(deps: PersonalFeatureDeps): PrivacyService {
  return new PrivacyService(new PrivacyStore(deps.db), deps.clock);
}

/**
 * `/lp export --all`: the person's data as one JSON file, `lp-coach-data-YYYY-MM-DD.json` (`date` in their zone), in
 * our direct message with a short note.
 */
export async function sendDataExport(
  service: PrivacyService,
  client: Parameters<typeof sendFileByDirectMessage>[0],
  userId: string,
  logger: PersonalFeatureDeps['logger'],
  date: string,
): Promise<LpReply> {
  const filename = `lp-coach-data-${date}.json`;
  try {
    await sendFileByDirectMessage(client, userId, {
      filename,
      content: service.exportJson(userId),
      comment: 'Here is everything LP Coach stores about you, as JSON.',
    });
  } catch (error) {
    logFileFailure(logger, 'a data export', error);
    return { text: "Sorry, I couldn't send you the file just now. Please try `/lp export --all` again in a minute." };
  }
  return { text: `Sent your data to our direct messages as \`${filename}\`.` };
}

/** Logs which Slack method failed and its error code. */
export function logFileFailure(logger: PersonalFeatureDeps['logger'], what: string, error: unknown): void {
  if (error instanceof FileSendError) logger.error(`Sending ${what} failed: ${error.method} answered ${error.code}`);
  else logger.error(`Sending ${what} failed: ${slackErrorCode(error)}`);
}

/** `/lp forget-me` and its confirmation buttons; the App Home is re-published empty afterwards. */
export function register(app: App, deps: PersonalFeatureDeps, refreshHome: HomeRefresher): LpSubcommand[] {
  const service = createPrivacyService(deps);

  // The button is on an ephemeral message only its owner sees; the clicker is the person forgotten.
  app.action<BlockAction<ButtonAction>>(FORGET_CONFIRM_ACTION, async ({ ack, body, respond, client }) => {
    await ack();
    const counts = service.forget(body.user.id);
    // The log keeps no trace of who was forgotten either: only that it happened, and how much went.
    deps.logger.info(`forget-me: deleted ${counts.answers} answers, ${counts.votesCast} votes cast and the settings of one person`);
    await respond({ replace_original: true, response_type: 'ephemeral', text: forgottenText(counts) }).catch((error: unknown) =>
      deps.logger.error(`Replying to forget-me failed: ${slackErrorCode(error)}`),
    );
    await refreshHome(client, body.user.id);
  });

  app.action<BlockAction<ButtonAction>>(FORGET_CANCEL_ACTION, async ({ ack, respond }) => {
    await ack();
    await respond({ replace_original: true, response_type: 'ephemeral', text: 'Nothing was deleted.' }).catch((error: unknown) =>
      deps.logger.error(`Replying to forget-me failed: ${slackErrorCode(error)}`),
    );
  });

  return [
    {
      name: 'forget-me',
      help: '`/lp forget-me`: delete everything LP Coach stores about you (asks first)',
      // Counting what is stored is SQLite only: the confirmation goes back in the ack.
      answersInAck: true,
      async run(ctx) {
        return forgetConfirmReply(service.preview(ctx.userId));
      },
    },
  ];
}
