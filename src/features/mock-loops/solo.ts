import type { types, webApi } from '@slack/bolt';
import type { Content } from '../../core/content.js';
import { nextSoloQuestion, SOLO_FOLLOW_UPS, SOLO_LIFETIME_MS, soloScorecard } from '../../core/mock/solo.js';
import { RATING_LABELS } from '../../core/mock/packet.js';
import { CRITERION_LABELS } from '../../core/rubric/labels.js';
import { readSlackText } from '../../core/slack-text.js';
import type { AppLogger } from '../../logger.js';
import { escapeMrkdwn } from '../../slack/mrkdwn.js';
import { logSlackError, trySlack } from '../../slack/slack-errors.js';
import type { MockSoloStore, SoloSession } from '../../store/mock-solo.js';
import { unknownPrincipleReply } from '../commands/replies.js';
import type { LpReply } from '../commands/subcommand.js';
import { answerProblem, countWords, type FeedbackResult, type PracticeService, type Round } from '../practice/service.js';

/** A message a person typed in their DM with LP Coach. */
export interface DirectText {
  channelId: string;
  ts: string;
  userId: string;
  text: string;
}

export interface SoloDeps {
  store: MockSoloStore;
  practice: PracticeService;
  content: Content;
  /** Posts in the person's DM: the question, each follow-up, the scorecard. */
  client: webApi.WebClient;
  clock: () => Date;
  logger: AppLogger;
}

const section = (text: string): types.KnownBlock => ({ type: 'section', text: { type: 'mrkdwn', text: text.slice(0, 3_000) } });
const context = (text: string): types.KnownBlock => ({ type: 'context', elements: [{ type: 'mrkdwn', text }] });

function questionMessage(round: Round): { text: string; blocks: types.KnownBlock[] } {
  return {
    text: `Bar-raiser mock, ${round.principle.name}: ${round.question.text}`,
    blocks: [
      section(`:dart: *Bar-raiser mock · ${escapeMrkdwn(round.principle.name)}*\n>${escapeMrkdwn(round.question.text)}`),
      context(
        `Reply here with your answer, as you would say it (150-225 words is 60-90 seconds). Then ${SOLO_FOLLOW_UPS} follow-ups, one at a time, and a scorecard. Only you see this.`,
      ),
    ],
  };
}

function followUpMessage(question: string, index: number): { text: string; blocks: types.KnownBlock[] } {
  return {
    text: `Follow-up ${index} of ${SOLO_FOLLOW_UPS}: ${question}`,
    blocks: [section(`*Follow-up ${index} of ${SOLO_FOLLOW_UPS}*\n>${escapeMrkdwn(question)}`), context('Reply here in a few sentences, as you would out loud.')],
  };
}

function scorecardMessage(result: FeedbackResult): { text: string; blocks: types.KnownBlock[] } {
  const card = soloScorecard(result.feedback);
  const labels = (ids: readonly (keyof typeof CRITERION_LABELS)[]) => ids.map((id) => CRITERION_LABELS[id]).join(', ');
  return {
    text: `Bar-raiser scorecard, ${result.principle.name}: ${RATING_LABELS[card.rating]}`,
    blocks: [
      section(`:memo: *Bar-raiser scorecard · ${escapeMrkdwn(result.principle.name)}: ${RATING_LABELS[card.rating]}*\n${escapeMrkdwn(card.reason)}`),
      ...(card.strong.length > 0 ? [section(`:large_green_circle: *Strong:* ${labels(card.strong)}`)] : []),
      ...(card.missing.length > 0 ? [section(`:red_circle: *Missing:* ${labels(card.missing)}`)] : []),
      context('The story and your follow-up answers are in your story bank (`/lp stories`), scored like any practice round. `/lp mock solo` starts another.'),
    ],
  };
}

/**
 * `/lp mock solo [principle]`: a written bar-raiser mock in the person's DM with LP Coach. The question is posted
 * there; the person's next message is the story (stored and scored as a practice round before anything is posted),
 * then the rubric's two most needed follow-ups are asked one at a time, and a scorecard on the four-point scale ends it.
 */
export class SoloMock {
  constructor(private readonly deps: SoloDeps) {}

  async start(userId: string, principleInput: string): Promise<LpReply> {
    const { practice, content, client, store, clock, logger } = this.deps;
    const outcome = practice.start(userId, principleInput);
    if (!outcome.ok) return { text: unknownPrincipleReply(outcome.unknownPrinciple, content.principles) };
    const { round } = outcome;
    let dmChannel: string | undefined;
    try {
      dmChannel = (await client.conversations.open({ users: userId })).channel?.id;
    } catch (error) {
      logSlackError(logger, 'conversations.open', error);
    }
    if (dmChannel === undefined) return { text: "Slack didn't open our DM just now. Please run `/lp mock solo` again." };
    // Recorded before the question is posted: an answer typed the moment it shows is never missed.
    store.start({ userId, dmChannel, principleId: round.principle.id, questionId: round.question.id }, clock());
    const posted = await trySlack(logger, 'chat.postMessage', () => client.chat.postMessage({ channel: dmChannel, ...questionMessage(round) }));
    if (posted === undefined) {
      store.end(userId);
      return { text: "Slack didn't take the question just now. Please run `/lp mock solo` again." };
    }
    return { text: `Your bar-raiser mock on *${escapeMrkdwn(round.principle.name)}* is waiting in your DM with LP Coach (the Messages tab). Only you see it.` };
  }

  /** A message typed in the DM: the mock's next step when one is waiting there, otherwise not ours ('ignored'). */
  async receive(message: DirectText): Promise<'taken' | 'ignored' | 'duplicate'> {
    const { store, clock } = this.deps;
    const session = store.get(message.userId);
    if (session === undefined || session.dmChannel !== message.channelId) return 'ignored';
    if (session.lastTs !== null && message.ts <= session.lastTs) return 'duplicate';
    if (clock().getTime() - Date.parse(session.startedAt) > SOLO_LIFETIME_MS) {
      store.end(message.userId);
      return 'ignored';
    }
    const text = readSlackText(message.text).trim();
    await (session.answerId === null ? this.takeStory(session, message, text) : this.takeFollowUp(session, session.answerId, message, text));
    return 'taken';
  }

  private async takeStory(session: SoloSession, message: DirectText, text: string): Promise<void> {
    const { practice, store } = this.deps;
    const round = practice.roundFor(session.principleId, session.questionId, null);
    if (round === undefined) {
      store.end(session.userId);
      return this.say(session, { text: 'That question is no longer in the bank. Run `/lp mock solo` for another.' });
    }
    const problem = answerProblem(text);
    if (problem !== undefined) return this.say(session, { text: problem });
    const result = practice.submit(session.userId, round, text);
    await this.next(session, result, [], message.ts);
  }

  private async takeFollowUp(session: SoloSession, answerId: number, message: DirectText, text: string): Promise<void> {
    const { practice, store } = this.deps;
    if (countWords(text) < 3) return this.say(session, { text: 'Answer the follow-up in a sentence or two, as you would out loud.' });
    const result = practice.submitFollowUp(session.userId, answerId, text);
    if (result === undefined) {
      store.end(session.userId);
      return this.say(session, { text: 'That story is gone from your story bank, so the mock ends here. `/lp mock solo` starts another.' });
    }
    await this.next(session, result, session.asked, message.ts);
  }

  /** The next follow-up, or the scorecard once two were asked (or the rubric needs none). */
  private async next(session: SoloSession, result: FeedbackResult, asked: readonly string[], ts: string): Promise<void> {
    const { store, clock } = this.deps;
    const question = asked.length < SOLO_FOLLOW_UPS ? nextSoloQuestion(result.feedback, asked) : undefined;
    if (question === undefined) {
      store.end(session.userId);
      return this.say(session, scorecardMessage(result));
    }
    if (!store.advance(session.userId, { answerId: result.answerId, asked: [...asked, question], ts }, clock())) return;
    await this.say(session, followUpMessage(question, asked.length + 1));
  }

  private async say(session: SoloSession, message: { text: string; blocks?: types.KnownBlock[] }): Promise<void> {
    await trySlack(this.deps.logger, 'chat.postMessage', () => this.deps.client.chat.postMessage({ channel: session.dmChannel, ...message }));
  }
}
