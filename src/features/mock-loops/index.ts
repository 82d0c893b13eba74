import type { App, webApi } from '@slack/bolt';
import type { Content } from '../../core/content.js';
import { computeCoverage } from '../../core/coverage.js';
import { withVerifiedOutLoud } from '../../core/mock/verified.js';
import { PRINCIPLE_IDS } from '../../core/principles.js';
import type { AppLogger } from '../../logger.js';
import type { ChannelStore } from '../../store/channels.js';
import type { Db } from '../../store/db.js';
import type { MockLoopStore } from '../../store/mock-loops.js';
import { MockSoloStore } from '../../store/mock-solo.js';
import { toScoredStories, type StoryStore } from '../../store/stories.js';
import type { LpSubcommand } from '../commands/subcommand.js';
import type { PracticeService } from '../practice/service.js';
import { mockSubcommand } from './command.js';
import { registerLoopInteractions } from './interactions.js';
import { MockLoopService } from './service.js';
import { SoloMock } from './solo.js';

export interface MockLoopFeatureDeps {
  store: MockLoopStore;
  channels: ChannelStore;
  postOnce: webApi.WebClient;
  clock: () => Date;
  random: () => number;
  logger: AppLogger;
  content: Content;
  /** Whose written stories give each candidate's weakest principles (the packet). */
  stories: StoryStore;
  /** The written bar-raiser mock runs as a practice round (stored, scored, in the story bank). */
  practice: PracticeService;
  /** Where the written mock keeps its place (mock_solo). */
  db: Db;
  /** Snoozes: people snoozed on the pairing day are left out of that week's pairing. */
  snoozes?: { isSnoozed(userId: string, localDate: string): boolean };
}

/** `/lp mock`, the pair buttons, and the weekly pairing the minute tick runs. */
export function register(app: App, deps: MockLoopFeatureDeps): { subcommand: LpSubcommand; service: MockLoopService; solo: SoloMock } {
  const { store, content, logger } = deps;
  const service = new MockLoopService({
    store,
    channels: deps.channels,
    client: deps.postOnce,
    clock: deps.clock,
    random: deps.random,
    logger,
    content,
    ...(deps.snoozes === undefined ? {} : { snoozes: deps.snoozes }),
    coverageOf: (userId) => withVerifiedOutLoud(computeCoverage(PRINCIPLE_IDS, toScoredStories(deps.stories.storyScores(userId))), store.verifiedStories(userId)),
  });
  registerLoopInteractions(app, deps, service);
  const solo = new SoloMock({ store: new MockSoloStore(deps.db), practice: deps.practice, content, client: deps.postOnce, clock: deps.clock, logger });
  return { subcommand: mockSubcommand(deps, solo), service, solo };
}
