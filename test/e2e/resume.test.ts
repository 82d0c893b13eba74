import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/core/content.js';
import { Workspace } from '../../src/local-slack/index.js';
import type { RunningLpCoach } from '../../src/startup.js';
import { AnswerStore } from '../../src/store/answers.js';
import { PromptStore } from '../../src/store/prompts.js';
import { STRONG_UNLABELLED } from '../unit/rubric/answers.js';
import { setUpE2e, waitFor, type E2eSetup } from './e2e-app.js';

/**
 * Start-up after a stop that left answers stored but unscored (the process died between the two): they are scored,
 * and the author gets the private feedback if it is still timely; an answer from hours ago gets its feedback stored
 * for `/lp feedback` and no late message in the channel.
 */

const BOT_TOKEN = 'xoxb-resume-e2e';
const SIGNING_SECRET = 'resume-e2e-signing-secret-0123456789';
const CHANNEL = 'C0RESUME01';
const [RECENT, OLD] = ['U0RECENT01', 'U0OLDANS01'] as const;
const clock = { now: new Date('2026-11-30T11:00:00Z') };

let setup: E2eSetup;
let workspace: Workspace;
let app: RunningLpCoach | undefined;

beforeAll(async () => {
  workspace = new Workspace({ now: () => clock.now.getTime() });
  for (const id of [RECENT, OLD]) workspace.addUser({ id, name: id.toLowerCase() });
  workspace.addChannel({ id: CHANNEL, name: 'interview-prep', members: [RECENT, OLD], botIsMember: true });
  setup = await setUpE2e({ workspace, botToken: BOT_TOKEN, signingSecret: SIGNING_SECRET, clock });
});

afterAll(async () => {
  await app?.stop();
  await setup?.close();
});

describe('start-up after a crash', () => {
  it('scores answers stored without feedback; only the timely one is sent to its author', async () => {
    // What a crash leaves behind: a prompt and two stored answers in its thread, neither scored.
    const first = await setup.start();
    const promptMessage = workspace.postMessage({ channel: CHANNEL, user: workspace.bot.userId, bot_id: workspace.bot.botId, text: 'Today: Ownership' });
    const question = loadContent().questions.find((q) => q.principle === 'ownership');
    const prompts = new PromptStore(first.db);
    const prompt = prompts.insertExtra({ channelId: CHANNEL, localDate: '2026-11-30', principleId: 'ownership', questionId: question?.id ?? 'ownership-01', at: clock.now });
    prompts.markPosted(prompt.id, promptMessage.ts, clock.now);
    const answers = new AnswerStore(first.db);
    for (const [user, minutesAgo] of [[RECENT, 5], [OLD, 180]] as const) {
      const message = workspace.postMessage({ channel: CHANNEL, user, text: STRONG_UNLABELLED, thread_ts: promptMessage.ts });
      answers.insertIfNew({
        userId: user,
        principleId: 'ownership',
        questionId: prompt.questionId,
        text: STRONG_UNLABELLED,
        kind: 'thread',
        promptId: prompt.id,
        channelId: CHANNEL,
        messageTs: message.ts,
        threadTs: promptMessage.ts,
        at: new Date(clock.now.getTime() - minutesAgo * 60_000),
      });
    }
    await first.stop();

    app = await setup.start();
    const running = app;
    const scored = () => (running.db.prepare('SELECT COUNT(DISTINCT answer_id) AS n FROM feedback').get() as { n: number }).n;
    await waitFor(() => scored() === 2, 'both answers scored');
    await waitFor(() => workspace.ephemerals.some((e) => e.user === RECENT), 'the recent answer’s feedback');
    expect(workspace.ephemerals.filter((e) => e.user === OLD)).toHaveLength(0);
    // Its reaction and follow-up follow; nothing stays owed.
    await waitFor(() => running.lp.outbox.backlog().pending === 0 || undefined, 'an empty outbox');
    expect(workspace.ephemerals.filter((e) => e.user === OLD)).toHaveLength(0);
  });
});
