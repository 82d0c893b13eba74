import type { App, types, webApi } from '@slack/bolt';
import type { Content } from '../core/content.js';
import type { Schedule } from '../core/schedule.js';
import * as commands from '../features/commands/index.js';
import { DailyPromptService, type PostOutcome, type PromptPoster } from '../features/daily-prompt/service.js';
import { leaderboardSubcommands } from '../features/leaderboard/index.js';
import { createPersonalStores } from '../features/personal-deps.js';
import { createPersonalSummaryJob, registerPersonalFeatures } from '../features/personal.js';
import * as threadAnswers from '../features/thread-answers/index.js';
import * as spokenAnswers from '../features/spoken-answers/index.js';
import { PracticeStore } from '../store/practice.js';
import { threadSlack } from '../features/thread-answers/slack-calls.js';
import { createParentLinker } from '../features/daily-prompt/reconcile.js';
import { promptSlackCalls } from '../features/daily-prompt/slack-calls.js';
import { configSubcommand } from '../features/thread-config/index.js';
import * as teamQuestions from '../features/questions/index.js';
import { TeamQuestionStore } from '../store/team-questions.js';
import { questionResolver } from '../core/question-bank/resolve.js';
import { trackById } from '../core/question-bank/tracks.js';
import { ReminderService, remindSubcommand } from '../features/reminders/index.js';
import { ReminderStore } from '../store/reminders.js';
import * as mockLoops from '../features/mock-loops/index.js';
import { availabilitySubcommands } from '../features/availability/index.js';
import { createPracticeService } from '../features/practice/index.js';
import * as votes from '../features/votes/index.js';
import { SummaryService } from '../features/wrap-up/service.js';
import type { AppLogger } from '../logger.js';
import { AnswerStore } from '../store/answers.js';
import { ChannelStore } from '../store/channels.js';
import type { Db } from '../store/db.js';
import { FollowUpStore } from '../store/followups.js';
import { OutboxStore } from '../store/outbox.js';
import { linkPostedReply } from '../features/thread-answers/owed.js';
import { Outbox } from './outbox.js';
import { PromptStore } from '../store/prompts.js';
import { SummaryStore } from '../store/summaries.js';
import { VoteStore } from '../store/votes.js';

/** What the features are built from (a subset of AppDeps). */
export interface FeatureDeps {
  admins: readonly string[];
  scheduleDefaults: Schedule;
  catchUpHours: number;
  db: Db;
  content: Content;
  clock: () => Date;
  random: () => number;
  logger: AppLogger;
  /** For posts that must not happen twice (the daily prompt, a shared story): see createPostOnceClient. */
  postOnce: webApi.WebClient;
  /** LP_MIN_ANSWER_WORDS and LP_VOTES_PER_PROMPT; unset: THREAD_DEFAULTS (40 and 3). */
  thread?: { minAnswerWords: number; votesPerPrompt: number };
  /** The bot token and API address: clip transcripts are downloaded with the token from Slack's hosts only. */
  slack: { botToken: string; apiUrl: string };
}

/** What the rest of the app drives: the scheduler's minute tick, and the services tests and tools call directly. */
export interface Features {
  dailyPrompts: DailyPromptService;
  /** Wrap-ups and weekly digests. */
  summaries: SummaryService;
  /** What the scheduler runs every minute: due prompts (each wrapping up the one before), close times, digests. */
  minuteTick: { runDue(): Promise<PostOutcome[]> };
  /** The Slack calls owed to people; its worker runs while the app does. */
  outbox: Outbox;
  /** Scores the answers a stop left unscored (start-up). */
  resumeUnscored(): Promise<number>;
  /** Clip answers waiting for Slack's transcript; its worker runs while the app does. */
  clips: { start(): void; stop(): Promise<void> };
}

/** LP_MIN_ANSWER_WORDS and LP_VOTES_PER_PROMPT when unset. */
const THREAD_DEFAULTS = { minAnswerWords: 40, votesPerPrompt: 3 };

/** Registers every feature's listeners and `/lp` subcommands on `app`. */
export function registerFeatures(app: App, deps: FeatureDeps): Features {
  const { db, content, clock, random, logger, admins } = deps;
  const { minAnswerWords, votesPerPrompt } = { ...THREAD_DEFAULTS, ...deps.thread };
  const channels = new ChannelStore(db, clock);
  const prompts = new PromptStore(db);
  const answers = new AnswerStore(db);
  const voteStore = new VoteStore(db);
  // One set of the stores the private side shares; its StoryStore also gives the team coverage both the daily
  // prompt and the digest's "practise next" go by.
  const stores = createPersonalStores(db);
  const { settings: userSettings, stories: coverage } = stores;
  const slack = threadSlack(app.client, logger);

  // Wrap-ups after each prompt, weekly digests on the minute tick. Both are posted with metadata by the post-once
  // client, and one of unknown outcome is looked for (the prompt's thread, the channel) before it is posted again.
  const summarySlack = promptSlackCalls(deps.postOnce);
  const summaries = new SummaryService({
    answers,
    coverage,
    votes: voteStore,
    prompts,
    channels,
    summaries: new SummaryStore(db),
    userSettings,
    content,
    clock,
    logger,
    slack,
    poster: summarySlack.poster,
    history: summarySlack.history,
    replies: summarySlack.replies,
    mockLoops: stores.mockLoops,
    // A prompt day someone was snoozed on and did not answer never breaks their streak in the digest.
    snoozes: stores.availability,
  });

  // The daily prompt on each channel's schedule; posting one wraps up the one before. A post whose outcome is unknown
  // is looked for in the channel (by its metadata) before it is posted again.
  const promptSlack = promptSlackCalls(deps.postOnce);
  // Each channel's track and its own questions (`/lp config track`, `/lp questions`) choose what the prompt asks.
  const questionStore = new TeamQuestionStore(db, clock);
  // A prompt may ask a team's own question: scoring, "Answer privately" and reminders find it by id like a built-in one.
  const questionById = questionResolver(content, (id) => questionStore.get(id));
  const channelPool = teamQuestions.questionPool(questionStore, content);
  const dailyPrompts = new DailyPromptService({
    channels,
    prompts,
    coverage,
    content,
    clock,
    random,
    catchUpHours: deps.catchUpHours,
    logger,
    onPosted: (prompt) => summaries.afterPromptPosted(prompt),
    questionPool: channelPool,
    minAnswerWords,
    poster: promptSlack.poster,
    // No prompt on a channel's holidays (`/lp holidays`), and the next run skips them.
    holidays: stores.availability,
    history: promptSlack.history,
  });

  // Replies in prompt threads become scored answers; `/lp feedback` shows the latest again.
  const followUps = new FollowUpStore(db);
  // Owed calls use the post-once client: every retry (rate limits included) is the outbox's decision. Its clock is
  // real time, whatever the app's clock says: Retry-After and lifetimes are real seconds.
  const outbox = new Outbox({
    store: new OutboxStore(db),
    client: deps.postOnce,
    clock: () => new Date(),
    logger,
    lookup: promptSlack,
    after: {
      'follow-up': linkPostedReply((answerId, ts) => followUps.setMessageTs(answerId, ts), slack),
      feedback: linkPostedReply((answerId, ts) => {
        const latest = stores.feedback.latest(answerId);
        return latest !== undefined && stores.feedback.setMessageTs(latest.id, ts);
      }, slack),
    },
  });
  // Clip answers wait for Slack's transcript, then are scored as stories by the thread feature.
  // Clips sent in a person's DM answer their /lp practice question out loud, and are scored as practice stories.
  const { spoken } = stores;
  const scorePracticeClip = spokenAnswers.practiceClipScorer({ spoken, practice: new PracticeStore(db), feedback: stores.feedback, content, outbox, clock, questionById });
  const clips = spokenAnswers.register(app, {
    spoken,
    outbox,
    files: spokenAnswers.clipFiles(deps.postOnce, { botToken: deps.slack.botToken, apiUrl: deps.slack.apiUrl }),
    score: (clip, transcript, after) => (clip.kind === 'practice' ? scorePracticeClip(clip, transcript, after) : threadFeature.scoreSpokenStory(clip, transcript, after)),
    clock,
    logger,
  });
  const threadFeature = threadAnswers.register(app, {
    spoken,
    clips,
    answers,
    feedback: stores.feedback,
    followUps,
    outbox,
    parentLinker: createParentLinker({ prompts, history: promptSlack.history, logger, clock }),
    prompts,
    channels,
    content,
    clock,
    logger,
    minAnswerWords,
    slack,
    questionById,
    // Typed messages in a person's DM with LP Coach: the written bar-raiser mock's answers (`/lp mock solo`).
    directText: (message) => mock.solo.receive(message),
  });

  // Peer votes by reaction on a story.
  votes.register(app, { answers, votes: voteStore, channels, clock, votesPerPrompt, slack, logger });

  // The private side (practice, stories, App Home, privacy) and its weekly personal summary.
  // The interview plan weighs the principles the person's track asks most (the track of the channel they answer in).
  const trackOf = (channelId: string) => {
    const trackId = questionStore.trackOf(channelId);
    const track = trackById(teamQuestions.tracksOf(content), trackId);
    return track === undefined ? undefined : { name: track.name, weights: track.weights };
  };
  // `/lp practice` asks the questions of the person's channel (its track's wording, its own questions) too.
  const questionPoolOf = (userId: string) => {
    const channelId = coverage.channelOf(userId);
    return channelId === undefined ? undefined : channelPool(channelId);
  };
  const personalDeps = { db, content, clock, random, logger, stores, postOnce: deps.postOnce, questionById, trackOf, questionPoolOf };
  // The weekly DM goes through the post-once client: a post of unknown outcome is sent again at most once.
  const personalSummaries = createPersonalSummaryJob(deps.postOnce, personalDeps);
  const personalCommands = registerPersonalFeatures(app, personalDeps);

  // Weekly mock loops: the pool, the pairing on the minute tick, the pair's group DM and its buttons.
  const mock = mockLoops.register(app, {
    store: stores.mockLoops,
    channels,
    postOnce: deps.postOnce,
    clock,
    random,
    logger,
    content,
    stories: coverage,
    practice: createPracticeService(personalDeps),
    db,
    // People snoozed on the pairing day sit that week out.
    snoozes: stores.availability,
  });

  // One DM a day to people who asked for it and have not answered by their time (never when snoozed, or on a holiday).
  const reminderStore = new ReminderStore(db);
  const reminderService = new ReminderService({ reminders: reminderStore, availability: stores.availability, content, client: deps.postOnce, clock, logger, questionById });

  // `/lp` with every feature's subcommands.
  commands.register(
    app,
    { channels, dailyPrompts, content, admins, scheduleDefaults: deps.scheduleDefaults, clock, logger },
    // `/lp help metrics` joins the built-in help.
    teamQuestions.withMetricsHelp({ store: questionStore, content }, [
      ...personalCommands,
      ...threadFeature.subcommands,
      configSubcommand({ channels, admins, tracks: { store: questionStore, tracks: teamQuestions.tracksOf(content), admins } }),
      teamQuestions.register(app, { store: questionStore, channels, content, admins, clock, logger }),
      mock.subcommand,
      ...leaderboardSubcommands({ answers, prompts, channels, userSettings, content, clock, slack, snoozes: stores.availability }),
      // `/lp snooze` (personal) and `/lp holidays` (admins change).
      ...availabilitySubcommands({
        availability: stores.availability,
        channels,
        zoneOf: (userId) => coverage.zoneOf(userId),
        nextRunOf: (channelId) => dailyPrompts.nextRunOf(channelId),
        admins,
        clock,
      }),
      // `/lp remind`: opt-in reminders, sent on the minute tick.
      remindSubcommand({ reminders: reminderStore, channels, answersIn: (userId) => coverage.channelOf(userId), clock }),
    ]),
  );

  const minuteTick = {
    async runDue(): Promise<PostOutcome[]> {
      const outcomes = await dailyPrompts.runDue();
      await summaries.runDue();
      await personalSummaries.runDue();
      await mock.service.runDue();
      await reminderService.runDue();
      return outcomes;
    },
  };
  return { dailyPrompts, summaries, minuteTick, outbox, clips, resumeUnscored: threadFeature.resumeUnscored };
}
