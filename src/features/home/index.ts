import type { App, BlockAction, ButtonAction, DatepickerAction, ViewSubmitAction, webApi } from '@slack/bolt';
import { localDateOf } from '../../core/schedule.js';
import { JOIN_BLOCKS, JOIN_INPUT, joinModal, MOCK_JOIN_VIEW } from '../mock-loops/views.js';
import { isCalendarDate } from '../../core/countdown.js';
import { principleName, PrincipleIdSchema } from '../../core/principles.js';
import { slackErrorCode, trySlack } from '../../slack/slack-errors.js';
import { PersonalSummaryStore } from '../../store/personal-summaries.js';
import type { UserSettingsChange } from '../../store/user-settings.js';
import type { LpSubcommand } from '../commands/subcommand.js';
import { createCoverageService } from '../stories/index.js';
import type { HomeRefresher, PersonalFeatureDeps } from '../personal-deps.js';
import { createPracticeService, openPracticeModal } from '../practice/index.js';
import { HomeService } from './service.js';
import { buildHomeView, HOME_IDS } from './views.js';
import { interviewSubcommand } from './interview-command.js';
import { DirectMessageNotSent, PersonalSummaryService } from './weekly-summary.js';

export function createHomeService(deps: PersonalFeatureDeps): HomeService {
  return new HomeService({
    stories: deps.stores.stories,
    settings: deps.stores.settings,
    coverage: createCoverageService(deps),
    content: deps.content,
    clock: deps.clock,
    mockLoops: deps.stores.mockLoops,
    spoken: deps.stores.spoken,
    availability: deps.stores.availability,
    ...(deps.trackOf === undefined ? {} : { trackOf: deps.trackOf }),
  });
}

/**
 * The weekly personal summary job (the App Home's setting); the minute tick calls its runDue. `client` should be the
 * post-once client: a send of unknown outcome is repeated by the job (once), never by the client.
 */
export function createPersonalSummaryJob(client: webApi.WebClient, deps: PersonalFeatureDeps): PersonalSummaryService {
  return new PersonalSummaryService({
    store: new PersonalSummaryStore(deps.db),
    stories: deps.stores.stories,
    home: createHomeService(deps),
    clock: deps.clock,
    logger: deps.logger,
    isSnoozed: (userId, localDate) => deps.stores.availability.isSnoozed(userId, localDate),
    async sendDirectMessage(userId, text) {
      // Opening the DM posts nothing: its failure means not sent (the week is tried again), unlike the post's.
      let channel: string | undefined;
      try {
        channel = (await client.conversations.open({ users: userId })).channel?.id;
      } catch (error) {
        throw new DirectMessageNotSent(slackErrorCode(error));
      }
      if (channel === undefined) throw new DirectMessageNotSent('no_channel');
      await client.chat.postMessage({ channel, text, mrkdwn: true, unfurl_links: false });
    },
  });
}

/** Publishes the person's Home; Slack keeps it until the next publish, so features call this after a change. */
export function createHomePublisher(deps: PersonalFeatureDeps, home = createHomeService(deps)): HomeRefresher {
  return async (client, userId) => {
    try {
      await client.views.publish({ user_id: userId, view: buildHomeView(home.model(userId), deps.content.principles) });
    } catch (error) {
      deps.logger.error(`Slack API views.publish failed: ${slackErrorCode(error)}`);
    }
  };
}

/** The App Home: published when the person opens the tab and after each change made on it. */
export function register(app: App, deps: PersonalFeatureDeps): LpSubcommand[] {
  const home = createHomeService(deps);
  const practice = createPracticeService(deps);
  const publish = createHomePublisher(deps, home);
  const changeAndPublish = async (client: webApi.WebClient, userId: string, change: UserSettingsChange): Promise<void> => {
    home.updateSettings(userId, change);
    await publish(client, userId);
  };

  app.event('app_home_opened', async ({ event, client }) => {
    // The Messages tab opens the DM, not the dashboard.
    if (event.tab !== 'home') return;
    await publish(client, event.user);
  });

  app.action<BlockAction<ButtonAction>>(HOME_IDS.practice, async ({ ack, body, client, action }) => {
    await ack();
    const principleId = PrincipleIdSchema.safeParse(action.value);
    const outcome = practice.start(body.user.id, principleId.success ? principleId.data : '');
    if (outcome.ok) await openPracticeModal(client, body.trigger_id, outcome.round, deps.logger);
  });

  app.action<BlockAction<DatepickerAction>>(HOME_IDS.interviewDate, async ({ ack, body, client, action }) => {
    await ack();
    const date = action.selected_date;
    if (date !== null && date !== undefined && !isCalendarDate(date)) return;
    await changeAndPublish(client, body.user.id, { interviewDate: date ?? null });
  });

  app.action<BlockAction<ButtonAction>>(HOME_IDS.clearInterviewDate, async ({ ack, body, client }) => {
    await ack();
    await changeAndPublish(client, body.user.id, { interviewDate: null });
  });

  app.action<BlockAction<ButtonAction>>(HOME_IDS.toggleOptout, async ({ ack, body, client, action }) => {
    await ack();
    await changeAndPublish(client, body.user.id, { leaderboardOptout: action.value === 'hide' });
  });

  // "Join mock loops" (a modal asks when they are free and their interview date) / "Leave mock loops": the pool of
  // the channel the Home named (the person's team channel).
  app.action<BlockAction<ButtonAction>>(HOME_IDS.mockLoops, async ({ ack, body, client, action }) => {
    await ack();
    const [verb, channelId] = (action.value ?? '').split(':');
    if (channelId === undefined || channelId === '') return;
    if (verb === 'join') {
      const view = joinModal(channelId, deps.stores.mockLoops.member(channelId, body.user.id), deps.stores.settings.get(body.user.id).interviewDate);
      await trySlack(deps.logger, 'views.open', () => client.views.open({ trigger_id: body.trigger_id, view }));
      return;
    }
    if (verb === 'leave') deps.stores.mockLoops.leave(channelId, body.user.id);
    await publish(client, body.user.id);
  });

  app.view<ViewSubmitAction>(MOCK_JOIN_VIEW, async ({ ack, body, view, client }) => {
    const { channelId } = JSON.parse(view.private_metadata || '{}') as { channelId?: string };
    const values = view.state.values;
    const note = values[JOIN_BLOCKS.note]?.[JOIN_INPUT]?.value?.trim() || null;
    const date = values[JOIN_BLOCKS.date]?.[JOIN_INPUT]?.selected_date ?? null;
    if (channelId === undefined) return void (await ack({ response_action: 'clear' }));
    const today = localDateOf(deps.clock(), deps.stores.stories.zoneOf(body.user.id));
    if (date !== null && date < today) {
      return void (await ack({ response_action: 'errors', errors: { [JOIN_BLOCKS.date]: 'That date has passed: pick your next interview, or leave it empty.' } }));
    }
    deps.stores.mockLoops.join(channelId, body.user.id, { note, targetDate: date }, deps.clock());
    await ack({ response_action: 'clear' });
    await publish(client, body.user.id);
  });

  app.action<BlockAction<ButtonAction>>(HOME_IDS.toggleWeekly, async ({ ack, body, client, action }) => {
    await ack();
    await changeAndPublish(client, body.user.id, { weeklySummary: action.value === 'on' });
  });

  return [interviewSubcommand(home, (id) => principleName(deps.content.principles, id))];
}
