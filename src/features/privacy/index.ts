import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import { escapeMrkdwn } from '../../slack/mrkdwn.js';
import { codeBlockMessages, sendDirectMessages, splitIntoChunks } from '../../slack/direct-message.js';
import { slackErrorCode } from '../../slack/slack-errors.js';
import { PrivacyStore } from '../../store/privacy.js';
import type { LpReply, LpSubcommand } from '../commands/subcommand.js';
import type { HomeRefresher, PersonalFeatureDeps } from '../personal-deps.js';
import { PrivacyService } from './service.js';
import { FORGET_CANCEL_ACTION, FORGET_CONFIRM_ACTION, forgetConfirmReply, forgottenText } from './views.js';

export function createPrivacyService(deps: PersonalFeatureDeps): PrivacyService {
  return new PrivacyService(new PrivacyStore(deps.db), deps.clock);
}

/** `/lp export --all`: the person's data as JSON, in code blocks by direct message. */
export async function sendDataExport(
  service: PrivacyService,
  client: Parameters<typeof sendDirectMessages>[0],
  userId: string,
  logger: PersonalFeatureDeps['logger'],
): Promise<LpReply> {
  const chunks = splitIntoChunks(escapeMrkdwn(service.exportJson(userId)));
  try {
    await sendDirectMessages(client, userId, codeBlockMessages('Your LP Coach data (JSON)', chunks));
  } catch (error) {
    logger.error(`Sending a data export failed: ${slackErrorCode(error)}`);
    return { text: "I couldn't send you a direct message just now. Please try `/lp export --all` again in a minute." };
  }
  return { text: `Sent your data as JSON to our direct messages (${chunks.length} message${chunks.length === 1 ? '' : 's'}).` };
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
      async run(ctx) {
        return forgetConfirmReply(service.preview(ctx.userId));
      },
    },
  ];
}
