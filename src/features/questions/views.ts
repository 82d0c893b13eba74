import type { types } from '@slack/bolt';
import { clip } from '../../core/excerpt.js';
import { principleName, type Principle } from '../../core/principles.js';
import { CSV_HEADER, MAX_IMPORT_ROWS } from '../../core/question-bank/import.js';
import { TEAM_QUESTION_LIMITS, type TeamQuestionField } from '../../core/question-bank/team-question.js';
import { GENERAL_METRICS, type Track, type TrackId } from '../../core/question-bank/tracks.js';
import { channelMention, escapeMrkdwn } from '../../slack/mrkdwn.js';
import type { TeamQuestion } from '../../store/team-questions.js';

type KnownBlock = types.KnownBlock;
type View = types.ModalView;

export const QUESTIONS_IDS = {
  listView: 'lp_questions_list',
  editView: 'lp_questions_edit',
  importView: 'lp_questions_import',
  add: 'lp_questions_add',
  edit: 'lp_questions_edit_open',
  retire: 'lp_questions_retire',
} as const;

/** Block ids of the add/edit modal's inputs. */
export const EDIT_BLOCKS = {
  principle: 'lpq_principle',
  question: 'lpq_question',
  probes: ['lpq_probe_1', 'lpq_probe_2', 'lpq_probe_3'],
  track: 'lpq_track',
} as const;

/** The import box's block id starts with this; each retry gets a new id so Slack shows the text the app puts back. */
export const IMPORT_BLOCK = 'lpq_import';

/** Questions listed in the modal at most (two blocks each, within Slack's 100 blocks). */
export const MAX_LISTED = 45;

const EVERY_TRACK_VALUE = 'any';

const plain = (text: string) => ({ type: 'plain_text' as const, text, emoji: true });
const mrkdwn = (text: string) => ({ type: 'mrkdwn' as const, text });

export function trackLabel(track: TrackId | null, tracks: readonly Track[]): string {
  if (track === null) return 'every track';
  return tracks.find((t) => t.id === track)?.name ?? track;
}

export interface ListViewInput {
  channelId: string;
  track: Track | undefined;
  questions: readonly TeamQuestion[];
  principles: readonly Principle[];
  tracks: readonly Track[];
  /** A line at the top after a change ("Retired team-3."). */
  notice?: string;
}

/** `/lp questions`: the channel's active team questions with Add, Edit and Retire. */
export function listView(input: ListViewInput): View {
  const { channelId, track, questions, principles, tracks } = input;
  const onTrack = track === undefined ? 'no track set (the whole built-in bank)' : `the *${escapeMrkdwn(track.name)}* track`;
  const blocks: KnownBlock[] = [];
  if (input.notice !== undefined) blocks.push({ type: 'context', block_id: 'lpq_notice', elements: [mrkdwn(clip(input.notice, 2000))] });
  blocks.push(
    {
      type: 'section',
      block_id: 'lpq_summary',
      text: mrkdwn(
        `${channelMention(channelId)} is on ${onTrack} and has *${questions.length}* team question${questions.length === 1 ? '' : 's'}. ` +
          'Daily prompts ask them alongside the built-in ones: a question for one track only when the channel is on that track.',
      ),
    },
    {
      type: 'actions',
      block_id: 'lpq_top',
      elements: [{ type: 'button', action_id: QUESTIONS_IDS.add, text: plain('Add a question'), style: 'primary', value: channelId }],
    },
    {
      type: 'context',
      block_id: 'lpq_howto',
      elements: [mrkdwn('Many at once: `/lp questions import` (JSON or CSV). A copy: `/lp questions export csv` or `json`. Retired questions stay in the history of the prompts that asked them.')],
    },
    { type: 'divider' },
  );
  if (questions.length === 0) {
    blocks.push({ type: 'section', block_id: 'lpq_empty', text: mrkdwn('No team questions yet. *Add a question*, or import a list with `/lp questions import`.') });
  }
  for (const question of questions.slice(0, MAX_LISTED)) {
    const probes = question.probes.length === 0 ? '' : `\n_Follow-ups:_ ${question.probes.map(escapeMrkdwn).join(' · ')}`;
    blocks.push(
      {
        type: 'section',
        block_id: `lpq_q_${question.id}`,
        text: mrkdwn(
          clip(
            `*${escapeMrkdwn(principleName(principles, question.principleId))}* · ${escapeMrkdwn(trackLabel(question.track, tracks))} · \`${question.id}\`\n${escapeMrkdwn(question.text)}${probes}`,
            3000,
          ),
        ),
      },
      {
        type: 'actions',
        block_id: `lpq_a_${question.id}`,
        elements: [
          { type: 'button', action_id: QUESTIONS_IDS.edit, text: plain('Edit'), value: question.id },
          {
            type: 'button',
            action_id: QUESTIONS_IDS.retire,
            text: plain('Retire'),
            style: 'danger',
            value: question.id,
            confirm: {
              title: plain('Retire this question?'),
              text: plain('It is no longer asked. Prompts and answers that used it keep it in their history.'),
              confirm: plain('Retire'),
              deny: plain('Keep it'),
            },
          },
        ],
      },
    );
  }
  if (questions.length > MAX_LISTED) {
    blocks.push({ type: 'context', block_id: 'lpq_more', elements: [mrkdwn(`…and ${questions.length - MAX_LISTED} more: \`/lp questions export csv\` lists them all.`)] });
  }
  return {
    type: 'modal',
    callback_id: QUESTIONS_IDS.listView,
    title: plain('Team questions'),
    close: plain('Done'),
    private_metadata: JSON.stringify({ c: channelId }),
    blocks,
  };
}

export interface EditViewInput {
  channelId: string;
  /** The question being edited; undefined: a new one. */
  question: TeamQuestion | undefined;
  /** The list modal under this one, updated after a save. */
  listViewId: string | undefined;
  /** A new question starts on the channel's track. */
  defaultTrack: TrackId | null;
  principles: readonly Principle[];
  tracks: readonly Track[];
}

/** Add or edit one team question: principle, text, up to three follow-up probes, track. */
export function editView(input: EditViewInput): View {
  const { question, principles, tracks } = input;
  const principleOption = (p: Principle) => ({ text: plain(clip(p.name, 75)), value: p.id });
  const trackOptions = [
    { text: plain('Every track'), value: EVERY_TRACK_VALUE },
    ...tracks.map((t) => ({ text: plain(clip(t.name, 75)), value: t.id })),
  ];
  const currentTrack = question === undefined ? input.defaultTrack : question.track;
  const initialTrack = trackOptions.find((o) => o.value === (currentTrack ?? EVERY_TRACK_VALUE));
  const initialPrinciple = principles.find((p) => p.id === question?.principleId);
  const { textMax, probeMax } = TEAM_QUESTION_LIMITS;
  const blocks: KnownBlock[] = [
    {
      type: 'input',
      block_id: EDIT_BLOCKS.principle,
      label: plain('Principle'),
      element: {
        type: 'static_select',
        action_id: 'value',
        placeholder: plain('Pick the principle it asks about'),
        options: principles.map(principleOption),
        ...(initialPrinciple === undefined ? {} : { initial_option: principleOption(initialPrinciple) }),
      },
    },
    {
      type: 'input',
      block_id: EDIT_BLOCKS.question,
      label: plain('Question'),
      hint: plain('A behavioural question, e.g. "Tell me about a time you ..."'),
      element: {
        type: 'plain_text_input',
        action_id: 'value',
        multiline: true,
        max_length: textMax,
        ...(question === undefined ? {} : { initial_value: question.text }),
      },
    },
    ...EDIT_BLOCKS.probes.map(
      (blockId, index): KnownBlock => ({
        type: 'input',
        block_id: blockId,
        optional: true,
        label: plain(`Follow-up probe ${index + 1}`),
        ...(index === 0 ? { hint: plain('What a bar raiser would ask next, e.g. "How did you measure the result?"') } : {}),
        element: {
          type: 'plain_text_input',
          action_id: 'value',
          max_length: probeMax,
          ...(question?.probes[index] === undefined ? {} : { initial_value: question.probes[index] }),
        },
      }),
    ),
    {
      type: 'input',
      block_id: EDIT_BLOCKS.track,
      label: plain('Track'),
      hint: plain('Asked only while the channel is on this track; "Every track" is asked on all of them and on the default.'),
      element: {
        type: 'static_select',
        action_id: 'value',
        options: trackOptions,
        ...(initialTrack === undefined ? {} : { initial_option: initialTrack }),
      },
    },
  ];
  return {
    type: 'modal',
    callback_id: QUESTIONS_IDS.editView,
    title: plain(question === undefined ? 'Add a question' : `Edit ${question.id}`),
    submit: plain('Save'),
    close: plain('Cancel'),
    private_metadata: JSON.stringify({ c: input.channelId, id: question?.id ?? null, v: input.listViewId ?? null }),
    blocks,
  };
}

/** Maps the edit modal's fields to their blocks, for `response_action: errors`. */
export function blockOfField(field: TeamQuestionField | undefined): string {
  switch (field) {
    case 'principle':
      return EDIT_BLOCKS.principle;
    case 'probes':
      return EDIT_BLOCKS.probes[0];
    case 'track':
      return EDIT_BLOCKS.track;
    default:
      return EDIT_BLOCKS.question;
  }
}

export function isEveryTrack(value: string | undefined): boolean {
  return value === undefined || value === EVERY_TRACK_VALUE;
}

export interface ImportViewInput {
  channelId: string;
  /** What was pasted last time, put back so the bad rows can be fixed. */
  text?: string;
  /** The bad rows of the last try. */
  errors?: readonly string[];
  attempt?: number;
}

const CSV_EXAMPLE = [
  CSV_HEADER,
  'dive-deep,Tell me about a time a dashboard hid a problem from your team.,How did you find out? | What did you change?,pm',
  '"Customer Obsession","Describe a launch you delayed for a customer, and why.",,',
].join('\n');

/** `/lp questions import`: one box for pasted JSON or CSV; after a failed try, every bad row above the box. */
export function importView(input: ImportViewInput): View {
  const attempt = input.attempt ?? 0;
  const blocks: KnownBlock[] = [];
  if (input.errors !== undefined && input.errors.length > 0) {
    const shown = input.errors.slice(0, 25);
    const more = input.errors.length - shown.length;
    blocks.push({
      type: 'section',
      block_id: 'lpq_import_errors',
      text: mrkdwn(
        clip(
          [
            `:warning: *Nothing was imported.* ${input.errors.length === 1 ? '1 problem' : `${input.errors.length} problems`} to fix, then save again:`,
            ...shown.map((e) => `• ${escapeMrkdwn(e)}`),
            ...(more > 0 ? [`…and ${more} more.`] : []),
          ].join('\n'),
          3000,
        ),
      ),
    });
  }
  blocks.push(
    {
      type: 'section',
      block_id: 'lpq_import_howto',
      text: mrkdwn(
        [
          `Paste your team's questions for ${channelMention(input.channelId)}, up to ${MAX_IMPORT_ROWS} at a time (3,000 characters a paste).`,
          `*CSV:* the header \`${CSV_HEADER}\`, one question a line; probes separated by \`|\`; a field with a comma in "double quotes". An empty track means every track.`,
          '*JSON:* `[{"principle": "dive-deep", "question": "Tell me about ...", "probes": ["..."], "track": "pm"}]`',
          '*All or nothing:* if any row is wrong, nothing is imported and every bad row is listed by its line.',
        ].join('\n'),
      ),
    },
    {
      type: 'input',
      block_id: `${IMPORT_BLOCK}_${attempt}`,
      label: plain('Questions (JSON or CSV)'),
      element: {
        type: 'plain_text_input',
        action_id: 'value',
        multiline: true,
        max_length: 3000,
        placeholder: plain(clip(CSV_EXAMPLE, 150)),
        ...(input.text === undefined ? {} : { initial_value: input.text }),
      },
    },
  );
  return {
    type: 'modal',
    callback_id: QUESTIONS_IDS.importView,
    title: plain('Import questions'),
    submit: plain('Import'),
    close: plain('Cancel'),
    private_metadata: JSON.stringify({ c: input.channelId, n: attempt }),
    blocks,
  };
}

/** After a successful import. */
export function importedView(channelId: string, count: number, byTrack: ReadonlyMap<string, number>): View {
  const parts = [...byTrack].map(([label, n]) => `${n} for ${escapeMrkdwn(label)}`).join(', ');
  return {
    type: 'modal',
    callback_id: `${QUESTIONS_IDS.importView}_done`,
    title: plain('Import questions'),
    close: plain('Done'),
    blocks: [
      {
        type: 'section',
        block_id: 'lpq_import_done',
        text: mrkdwn(
          `:white_check_mark: Imported *${count}* question${count === 1 ? '' : 's'} into ${channelMention(channelId)} (${parts}). ` +
            'Daily prompts start asking them; `/lp questions` edits or retires them.',
        ),
      },
    ],
  };
}

/** `/lp help metrics [track]`: the numbers a role's stories are expected to carry. */
export function metricsReply(track: Track | undefined, tracks: readonly Track[], channelTrack: boolean): string {
  const others = tracks.map((t) => `\`${t.id}\``).join(', ');
  if (track === undefined) {
    return [
      '*Metrics cheat-sheet*: results with numbers, before and after. This channel has no track, so here are the general ones:',
      ...GENERAL_METRICS.map((line) => `• ${line}`),
      `For a role's own list: \`/lp help metrics <${tracks.map((t) => t.id).join('|')}>\`.`,
    ].join('\n');
  }
  return [
    `*Metrics cheat-sheet: ${escapeMrkdwn(track.name)}*${channelTrack ? " (this channel's track)" : ''}. Say the number before and after, and over what time:`,
    ...track.metrics.map((line) => `• ${escapeMrkdwn(line)}`),
    `Other roles: \`/lp help metrics <track>\` with ${others}.`,
  ].join('\n');
}
