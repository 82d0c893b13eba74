import type { App, BlockAction, ButtonAction, ViewOutput, ViewSubmitAction, webApi } from '@slack/bolt';
import { z } from 'zod';
import type { Content } from '../../core/content.js';
import { exportCsv, exportJson, parseQuestionImport, type ExportRow } from '../../core/question-bank/import.js';
import { channelQuestionPool } from '../../core/question-bank/pool.js';
import { checkTeamQuestion, questionKey, TEAM_QUESTION_LIMITS } from '../../core/question-bank/team-question.js';
import { resolveTrack, trackById, type Track } from '../../core/question-bank/tracks.js';
import type { Question } from '../../core/questions.js';
import { localDateOf } from '../../core/schedule.js';
import type { AppLogger } from '../../logger.js';
import { sendFileByDirectMessage } from '../../slack/direct-message.js';
import { channelMention, excerpt } from '../../slack/mrkdwn.js';
import { slackErrorCode } from '../../slack/slack-errors.js';
import type { ChannelStore } from '../../store/channels.js';
import type { TeamQuestion, TeamQuestionStore } from '../../store/team-questions.js';
import { isLpAdmin } from '../commands/admins.js';
import { helpReply, notAdminReply } from '../commands/replies.js';
import type { LpReply, LpSubcommand } from '../commands/subcommand.js';
import { logFileFailure } from '../privacy/index.js';
import {
  blockOfField,
  EDIT_BLOCKS,
  editView,
  IMPORT_BLOCK,
  importedView,
  importView,
  isEveryTrack,
  listView,
  metricsReply,
  QUESTIONS_IDS,
  trackLabel,
} from './views.js';

export { trackSetting, type TrackSettingDeps } from './track-setting.js';

export interface QuestionsDeps {
  store: TeamQuestionStore;
  channels: ChannelStore;
  content: Content;
  admins: readonly string[];
  clock: () => Date;
  logger: AppLogger;
}

/** The tracks of the loaded content (none in hand-built test content). */
export function tracksOf(content: Content): readonly Track[] {
  return content.tracks ?? [];
}

/**
 * The daily prompt's question pool per channel: the channel's track's questions (the built-in bank without one) plus
 * its active team questions for that track or every track (channelQuestionPool).
 */
export function questionPool(store: TeamQuestionStore, content: Content): (channelId: string) => readonly Question[] {
  const tracks = tracksOf(content);
  return (channelId) => channelQuestionPool(content, trackById(tracks, store.trackOf(channelId)), store.active(channelId));
}

const USAGE = [
  '`/lp questions`: add, edit and retire this channel\'s own questions (admins)',
  '`/lp questions import`: paste many as JSON or CSV (admins)',
  '`/lp questions export csv|json`: a copy by direct message (admins)',
].join('\n');

const ListMetadata = z.object({ c: z.string() });
const EditMetadata = z.object({ c: z.string(), id: z.string().nullable(), v: z.string().nullable() });
const ImportMetadata = z.object({ c: z.string(), n: z.number().int().min(0) });

function parseMetadata<T>(schema: z.ZodType<T>, raw: string | undefined): T | undefined {
  try {
    const parsed = schema.safeParse(JSON.parse(raw ?? ''));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

type StateValues = ViewOutput['state']['values'];

/** The value of a block's first input: text, or a select's chosen option. */
function valueOf(values: StateValues, blockId: string): string | undefined {
  const action = Object.values(values[blockId] ?? {})[0] as { value?: string | null; selected_option?: { value?: string } | null } | undefined;
  return action?.selected_option?.value ?? action?.value ?? undefined;
}

/** `/lp questions ...` and its modals; `/lp help metrics` comes from `helpSubcommand`. */
export function register(app: App, deps: QuestionsDeps): LpSubcommand {
  const { store, channels, content, admins, logger } = deps;
  const tracks = tracksOf(content);
  const context = { principles: content.principles, tracks };
  const trackOfChannel = (channelId: string) => trackById(tracks, store.trackOf(channelId));
  const list = (channelId: string, notice?: string) =>
    listView({ channelId, track: trackOfChannel(channelId), questions: store.active(channelId), principles: content.principles, tracks, ...(notice === undefined ? {} : { notice }) });
  const isAdmin = (userId: string, client: webApi.WebClient) => isLpAdmin(userId, admins, client, logger);

  const updateList = async (client: webApi.WebClient, viewId: string | null | undefined, channelId: string, notice: string) => {
    if (viewId === null || viewId === undefined) return;
    try {
      await client.views.update({ view_id: viewId, view: list(channelId, notice) });
    } catch (error) {
      logger.error(`Slack API views.update failed (team questions): ${slackErrorCode(error)}`);
    }
  };

  const openEdit = async (client: webApi.WebClient, triggerId: string, listViewId: string | undefined, channelId: string, question: TeamQuestion | undefined) => {
    const view = editView({ channelId, question, listViewId, defaultTrack: store.trackOf(channelId), principles: content.principles, tracks });
    try {
      await client.views.push({ trigger_id: triggerId, view });
    } catch (error) {
      logger.error(`Slack API views.push failed (team question): ${slackErrorCode(error)}`);
    }
  };

  app.action<BlockAction<ButtonAction>>(QUESTIONS_IDS.add, async ({ ack, body, client }) => {
    await ack();
    const metadata = parseMetadata(ListMetadata, body.view?.private_metadata);
    if (metadata === undefined || !(await isAdmin(body.user.id, client))) return;
    await openEdit(client, body.trigger_id, body.view?.id, metadata.c, undefined);
  });

  app.action<BlockAction<ButtonAction>>(QUESTIONS_IDS.edit, async ({ ack, body, client, action }) => {
    await ack();
    const metadata = parseMetadata(ListMetadata, body.view?.private_metadata);
    const question = action.value === undefined ? undefined : store.get(action.value);
    if (metadata === undefined || question === undefined || question.channelId !== metadata.c || !(await isAdmin(body.user.id, client))) return;
    if (question.retiredAt !== null) {
      await updateList(client, body.view?.id, metadata.c, `${question.id} is retired; it can no longer be edited.`);
      return;
    }
    await openEdit(client, body.trigger_id, body.view?.id, metadata.c, question);
  });

  app.action<BlockAction<ButtonAction>>(QUESTIONS_IDS.retire, async ({ ack, body, client, action }) => {
    await ack();
    const metadata = parseMetadata(ListMetadata, body.view?.private_metadata);
    if (metadata === undefined || action.value === undefined) return;
    if (!(await isAdmin(body.user.id, client))) {
      await updateList(client, body.view?.id, metadata.c, notAdminReply(admins));
      return;
    }
    const retired = store.retire(metadata.c, action.value);
    const notice = retired
      ? `Retired ${action.value}: it is no longer asked, and prompts and answers that used it keep it in their history.`
      : `${action.value} was already retired.`;
    await updateList(client, body.view?.id, metadata.c, notice);
  });

  app.view<ViewSubmitAction>(QUESTIONS_IDS.editView, async ({ ack, body, view, client }) => {
    const metadata = parseMetadata(EditMetadata, view.private_metadata);
    if (metadata === undefined) {
      await ack();
      return;
    }
    if (!(await isAdmin(body.user.id, client))) {
      await ack({ response_action: 'errors', errors: { [EDIT_BLOCKS.question]: 'Only LP Coach admins can change the team questions.' } });
      return;
    }
    const values = view.state.values;
    const probes = EDIT_BLOCKS.probes.map((block) => valueOf(values, block) ?? '');
    const errors: Record<string, string> = {};
    // Each probe's problem goes under its own box.
    probes.forEach((probe, index) => {
      const length = probe.trim().length;
      const block = EDIT_BLOCKS.probes[index] as string;
      if (length > 0 && length < TEAM_QUESTION_LIMITS.probeMin) errors[block] = `Write a follow-up question of at least ${TEAM_QUESTION_LIMITS.probeMin} characters, or leave it empty.`;
    });
    const trackValue = valueOf(values, EDIT_BLOCKS.track);
    const checked = checkTeamQuestion(
      {
        principle: valueOf(values, EDIT_BLOCKS.principle) ?? '',
        question: valueOf(values, EDIT_BLOCKS.question) ?? '',
        probes,
        track: isEveryTrack(trackValue) ? '' : trackValue,
      },
      context,
    );
    if (!checked.ok) {
      for (const problem of checked.problems) {
        const block = blockOfField(problem.field);
        if (problem.field === 'probes' && Object.keys(errors).some((b) => b.startsWith('lpq_probe'))) continue;
        errors[block] ??= capitalise(problem.message);
      }
    } else {
      const key = questionKey(checked.value.text);
      const twin = store.active(metadata.c).find((q) => q.id !== metadata.id && questionKey(q.text) === key);
      if (twin !== undefined) errors[EDIT_BLOCKS.question] = `This question is already in the channel's questions as ${twin.id}.`;
    }
    if (!checked.ok || Object.keys(errors).length > 0) {
      await ack({ response_action: 'errors', errors });
      return;
    }
    let notice: string;
    if (metadata.id === null) {
      const added = store.add(metadata.c, checked.value, body.user.id);
      notice = `Added ${added.id} (${trackLabel(added.track, tracks)}).`;
    } else if (store.update(metadata.c, metadata.id, checked.value)) {
      notice = `Saved ${metadata.id}.`;
    } else {
      await ack({ response_action: 'errors', errors: { [EDIT_BLOCKS.question]: `${metadata.id} was retired meanwhile; add it as a new question instead.` } });
      return;
    }
    // Closes this modal; the list under it shows the change.
    await ack();
    await updateList(client, metadata.v, metadata.c, notice);
  });

  app.view<ViewSubmitAction>(QUESTIONS_IDS.importView, async ({ ack, body, view, client }) => {
    const metadata = parseMetadata(ImportMetadata, view.private_metadata);
    if (metadata === undefined) {
      await ack();
      return;
    }
    const blockId = `${IMPORT_BLOCK}_${metadata.n}`;
    if (!(await isAdmin(body.user.id, client))) {
      await ack({ response_action: 'errors', errors: { [blockId]: 'Only LP Coach admins can import team questions.' } });
      return;
    }
    const text = valueOf(view.state.values, blockId) ?? '';
    const existing = store.active(metadata.c).map((q) => ({ id: q.id, text: q.text }));
    const result = parseQuestionImport(text, context, existing);
    if (!result.ok) {
      logger.info(`team questions import in ${metadata.c} refused: ${result.errors.length} problem(s)`);
      await ack({ response_action: 'update', view: importView({ channelId: metadata.c, text, errors: result.errors, attempt: metadata.n + 1 }) });
      return;
    }
    const ids = store.addAll(metadata.c, result.rows, body.user.id);
    const byTrack = new Map<string, number>();
    for (const row of result.rows) {
      const label = trackLabel(row.track, tracks);
      byTrack.set(label, (byTrack.get(label) ?? 0) + 1);
    }
    logger.info(`team questions imported in ${metadata.c}: ${ids.length} (${result.format})`);
    await ack({ response_action: 'update', view: importedView(metadata.c, ids.length, byTrack) });
  });

  async function exportQuestions(
    ctx: { userId: string; channelId: string; client: webApi.WebClient; logger: AppLogger },
    timezone: string,
    format: 'csv' | 'json',
  ): Promise<LpReply> {
    const questions = store.active(ctx.channelId);
    if (questions.length === 0) return { text: `${channelMention(ctx.channelId)} has no team questions to export yet. Add some with \`/lp questions\`.` };
    const rows: ExportRow[] = questions.map((q) => ({ id: q.id, principle: q.principleId, question: q.text, probes: q.probes, track: q.track }));
    const date = localDateOf(deps.clock(), timezone);
    const filename = `lp-coach-questions-${date}.${format}`;
    try {
      await sendFileByDirectMessage(ctx.client, ctx.userId, {
        filename,
        content: format === 'csv' ? exportCsv(rows) : exportJson(rows),
        comment: `The ${questions.length} active team questions of ${channelMention(ctx.channelId)}, in the format \`/lp questions import\` reads.`,
      });
    } catch (error) {
      logFileFailure(ctx.logger, 'team questions', error);
      return { text: `Sorry, I couldn't send you the file just now. Please try \`/lp questions export ${format}\` again in a minute.` };
    }
    return { text: `Sent ${questions.length} team question${questions.length === 1 ? '' : 's'} to our direct messages as \`${filename}\`.` };
  }

  return {
    name: 'questions',
    aliases: ['question'],
    help: "`/lp questions [import|export csv|json]`: the channel's own questions: add, edit, retire, import, export (admins)",
    async run(ctx) {
      const [sub = '', ...rest] = ctx.args.trim().toLowerCase().split(/\s+/).filter((w) => w !== '');
      const format = rest.join(' ');
      const known = sub === '' || sub === 'import' || (sub === 'export' && (format === '' || format === 'csv' || format === 'json'));
      if (!known) {
        const what = sub === 'export' ? `\`${excerpt(format)}\` is not a format: use \`csv\` or \`json\`.` : `I don't know \`/lp questions ${excerpt(ctx.args.trim())}\`.`;
        return { text: `${what}\n${USAGE}` };
      }
      if (!(await ctx.isAdmin())) return { text: notAdminReply(admins) };
      const channel = channels.get(ctx.channelId);
      if (channel === undefined) {
        return { text: `${channelMention(ctx.channelId)} has no daily prompt yet, so it has no questions to manage. Run this in the team channel, or start one with \`/lp setup\`.` };
      }
      if (sub === 'export') return exportQuestions(ctx, channel.timezone, format === 'json' ? 'json' : 'csv');
      const view = sub === 'import' ? importView({ channelId: ctx.channelId }) : list(ctx.channelId);
      try {
        await ctx.client.views.open({ trigger_id: ctx.triggerId, view });
      } catch (error) {
        ctx.logger.error(`Slack API views.open failed (team questions): ${slackErrorCode(error)}`);
        return { text: 'Slack did not open the window in time. Please type the command again.' };
      }
      return undefined;
    },
  };
}

/**
 * `/lp help` as a feature subcommand, so `/lp help metrics [track]` can answer: the metrics cheat-sheet of the
 * channel's track (or the named one). `/lp help` with anything else is the usual help (`fullHelp`).
 */
export function helpSubcommand(deps: { store: TeamQuestionStore; content: Content }, fullHelp: () => string): LpSubcommand {
  const tracks = tracksOf(deps.content);
  return {
    name: 'help',
    help: "`/lp help metrics [swe|pm|em|ops]`: the numbers interviewers expect for your role (the channel's track by default)",
    answersInAck: true,
    async run(ctx) {
      const [first = '', ...rest] = ctx.args.trim().split(/\s+/).filter((w) => w !== '');
      if (first.toLowerCase() !== 'metrics' && first.toLowerCase() !== 'metric') return { text: fullHelp() };
      const typed = rest.join(' ');
      if (typed !== '') {
        const track = resolveTrack(typed, tracks);
        if (track === undefined) {
          return { text: `There is no track \`${excerpt(typed)}\`. Type \`/lp help metrics\` with one of ${tracks.map((t) => `\`${t.id}\``).join(', ')}.` };
        }
        return { text: metricsReply(track, tracks, track.id === deps.store.trackOf(ctx.channelId)) };
      }
      const own = trackById(tracks, deps.store.trackOf(ctx.channelId));
      return { text: metricsReply(own, tracks, own !== undefined) };
    },
  };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The `/lp` subcommands with `/lp help` added last: it answers `/lp help metrics [track]`, and `/lp help` alone with
 * the usual help, every feature's line included.
 */
export function withMetricsHelp(deps: { store: TeamQuestionStore; content: Content }, subcommands: readonly LpSubcommand[]): LpSubcommand[] {
  const all: LpSubcommand[] = [...subcommands];
  all.push(helpSubcommand(deps, () => helpReply(all.map((s) => s.help))));
  return all;
}
