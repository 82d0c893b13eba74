import type { App, ViewSubmitAction, types, webApi } from '@slack/bolt';
import type { Content } from '../../core/content.js';
import { nextSoloQuestion, SOLO_FOLLOW_UPS, soloScorecard } from '../../core/mock/solo.js';
import { RATING_LABELS } from '../../core/mock/packet.js';
import { CRITERION_LABELS } from '../../core/rubric/labels.js';
import type { AppLogger } from '../../logger.js';
import { escapeMrkdwn } from '../../slack/mrkdwn.js';
import { logSlackError } from '../../slack/slack-errors.js';
import { unknownPrincipleReply } from '../commands/replies.js';
import type { LpReply } from '../commands/subcommand.js';
import { INPUT_ACTION } from '../practice/ids.js';
import { ANSWER_MAX_CHARS, answerProblem, type FeedbackResult, type PracticeService, type Round } from '../practice/service.js';

const SOLO_ANSWER_VIEW = 'mock_solo_answer';
const SOLO_FOLLOW_UP_VIEW = 'mock_solo_follow_up';
const SOLO_INPUT_BLOCK = 'solo_answer';

const plain = (text: string) => ({ type: 'plain_text' as const, text });
const section = (text: string): types.KnownBlock => ({ type: 'section', text: { type: 'mrkdwn', text } });
const answerInput = (label: string): types.KnownBlock => ({
  type: 'input',
  block_id: SOLO_INPUT_BLOCK,
  label: plain(label),
  element: { type: 'plain_text_input', action_id: INPUT_ACTION, multiline: true, max_length: ANSWER_MAX_CHARS },
});

function answerModal(round: Round): types.View {
  return {
    type: 'modal',
    callback_id: SOLO_ANSWER_VIEW,
    private_metadata: JSON.stringify({ principleId: round.principle.id, questionId: round.question.id }),
    title: plain('Bar-raiser mock'),
    submit: plain('Answer'),
    close: plain('Stop'),
    blocks: [
      { type: 'context', elements: [{ type: 'mrkdwn', text: `*${round.principle.name}* · one question, ${SOLO_FOLLOW_UPS} follow-ups, then a scorecard. Only you see it.` }] },
      section(`*${escapeMrkdwn(round.question.text)}*`),
      answerInput('Your answer, as you would say it (150-225 words is 60-90 seconds)'),
    ],
  };
}

function followUpModal(answerId: number, asked: readonly string[]): types.View {
  const question = asked.at(-1) ?? '';
  return {
    type: 'modal',
    callback_id: SOLO_FOLLOW_UP_VIEW,
    private_metadata: JSON.stringify({ answerId, asked }),
    title: plain('Bar-raiser mock'),
    submit: plain('Answer'),
    close: plain('Stop'),
    blocks: [
      { type: 'context', elements: [{ type: 'mrkdwn', text: `Follow-up ${asked.length} of ${SOLO_FOLLOW_UPS}` }] },
      section(`*${escapeMrkdwn(question)}*`),
      answerInput('Your answer'),
    ],
  };
}

function scorecardModal(result: FeedbackResult): types.View {
  const card = soloScorecard(result.feedback);
  const labels = (ids: readonly (keyof typeof CRITERION_LABELS)[]) => ids.map((id) => CRITERION_LABELS[id]).join(', ');
  return {
    type: 'modal',
    title: plain('Bar-raiser scorecard'),
    close: plain('Done'),
    blocks: [
      section(`*${result.principle.name}: ${RATING_LABELS[card.rating]}*\n${escapeMrkdwn(card.reason)}`),
      ...(card.strong.length > 0 ? [section(`:large_green_circle: *Strong:* ${labels(card.strong)}`)] : []),
      ...(card.missing.length > 0 ? [section(`:red_circle: *Missing:* ${labels(card.missing)}`)] : []),
      { type: 'context', elements: [{ type: 'mrkdwn', text: 'The story and your follow-up answers are in your story bank (`/lp stories`), scored like any practice round.' }] },
    ],
  };
}

/** `/lp mock solo [principle]`: opens the written mock; a reply only when it cannot. */
export async function startSolo(
  practice: PracticeService,
  content: Content,
  context: { userId: string; triggerId: string; client: webApi.WebClient; logger: AppLogger },
  principle: string,
): Promise<LpReply | undefined> {
  const outcome = practice.start(context.userId, principle);
  if (!outcome.ok) return { text: unknownPrincipleReply(outcome.unknownPrinciple, content.principles) };
  try {
    await context.client.views.open({ trigger_id: context.triggerId, view: answerModal(outcome.round) });
    return undefined;
  } catch (error) {
    logSlackError(context.logger, 'views.open', error);
    return { text: "Slack didn't open the mock in time. Please run `/lp mock solo` again." };
  }
}

/** The two steps of the solo mock after the question: each answer is stored and scored before the next step shows. */
export function registerSolo(app: App, practice: PracticeService): void {
  const readAnswer = (view: { state: { values: Record<string, Record<string, { value?: string | null }>> } }) =>
    (view.state.values[SOLO_INPUT_BLOCK]?.[INPUT_ACTION]?.value ?? '').trim();

  app.view<ViewSubmitAction>(SOLO_ANSWER_VIEW, async ({ ack, body, view }) => {
    const { principleId, questionId } = JSON.parse(view.private_metadata || '{}') as { principleId?: string; questionId?: string };
    const round = practice.roundFor(principleId as Round['principle']['id'], questionId ?? '', null);
    const text = readAnswer(view);
    const problem = answerProblem(text);
    if (round === undefined) return void (await ack({ response_action: 'clear' }));
    if (problem !== undefined) return void (await ack({ response_action: 'errors', errors: { [SOLO_INPUT_BLOCK]: problem } }));
    const result = practice.submit(body.user.id, round, text);
    const question = nextSoloQuestion(result.feedback, []);
    await ack({ response_action: 'update', view: question === undefined ? scorecardModal(result) : followUpModal(result.answerId, [question]) });
  });

  app.view<ViewSubmitAction>(SOLO_FOLLOW_UP_VIEW, async ({ ack, body, view }) => {
    const { answerId, asked = [] } = JSON.parse(view.private_metadata || '{}') as { answerId?: number; asked?: string[] };
    const text = readAnswer(view);
    if (text.split(/\s+/).length < 3) {
      return void (await ack({ response_action: 'errors', errors: { [SOLO_INPUT_BLOCK]: 'Answer in a sentence or two, as you would out loud.' } }));
    }
    const result = answerId === undefined ? undefined : practice.submitFollowUp(body.user.id, answerId, text);
    if (result === undefined) return void (await ack({ response_action: 'clear' }));
    const next = asked.length < SOLO_FOLLOW_UPS ? nextSoloQuestion(result.feedback, asked) : undefined;
    await ack({ response_action: 'update', view: next === undefined ? scorecardModal(result) : followUpModal(result.answerId, [...asked, next]) });
  });
}
