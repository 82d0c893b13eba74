import type { webApi } from '@slack/bolt';
import type { AppLogger } from '../../logger.js';
import { escapeMrkdwn } from '../../slack/mrkdwn.js';
import { slackErrorCode } from '../../slack/slack-errors.js';
import type { SpokenStore } from '../../store/spoken.js';
import type { Round } from './service.js';

export type OutLoudOutcome = { ok: true; channelId: string } | { ok: false; error: string };

/**
 * "Answer out loud": opens the person's DM with LP Coach and asks the round's question there, where a clip answers
 * it (the spoken-answers feature scores it). The question is recorded before it is posted, so a clip sent at once
 * still finds it, even when Slack's answer to the post is lost.
 */
export async function askOutLoud(
  client: webApi.WebClient,
  deps: { spoken: Pick<SpokenStore, 'askPractice' | 'practiceQuestionPosted'>; clock: () => Date; logger: AppLogger },
  userId: string,
  round: Round,
): Promise<OutLoudOutcome> {
  let channelId: string;
  try {
    const opened = await client.conversations.open({ users: userId });
    channelId = String(opened.channel?.id);
  } catch (error) {
    deps.logger.error(`Slack API conversations.open failed: ${slackErrorCode(error)}`);
    return { ok: false, error: slackErrorCode(error) };
  }
  const id = deps.spoken.askPractice({ userId, channelId, principleId: round.principle.id, questionId: round.question.id, promptId: round.promptId, at: deps.clock() });
  const text =
    `:studio_microphone: *${escapeMrkdwn(round.principle.name)}*: ${escapeMrkdwn(round.question.text)}\n` +
    'Answer out loud: record a clip here with the microphone button in the message box (60-90 seconds is the target). ' +
    'I score what you say against this question and reply here, with how you said it.';
  try {
    const posted = await client.chat.postMessage({ channel: channelId, text, blocks: [{ type: 'section', block_id: 'lp_out_loud_question', text: { type: 'mrkdwn', text } }] });
    if (typeof posted.ts === 'string') deps.spoken.practiceQuestionPosted(id, posted.ts);
  } catch (error) {
    // The question is recorded: a clip sent in the DM still answers it; the person sees the question in the modal.
    deps.logger.error(`Slack API chat.postMessage failed: ${slackErrorCode(error)}`);
  }
  return { ok: true, channelId };
}

/** Opens the app's DM in Slack's client (web and desktop). */
export function appDmLink(teamId: string | undefined, appId: string): string {
  return `https://slack.com/app_redirect?app=${encodeURIComponent(appId)}${teamId === undefined ? '' : `&team=${encodeURIComponent(teamId)}`}`;
}
