import type { types } from '@slack/bolt';
import { STORIES_PER_PRINCIPLE } from '../../core/coverage.js';
import { escapeMrkdwn, userMention } from '../../slack/mrkdwn.js';
import type { LpReply } from '../commands/subcommand.js';
import { STORIES_PER_PAGE, type CoverageReport, type CoverageRow, type StoryPage } from './service.js';
import { clip } from '../../core/excerpt.js';

type KnownBlock = types.KnownBlock;

export const STORIES_PAGE_ACTION = 'lp_stories_page';
const FIELDS_PER_SECTION = 8;
// Titles are drawn from a story's situation or typed by its author; a run without spaces must not blow a section's 3000 characters.
const TITLE_MAX = 120;

/** ●● / ●○ / ○○: stories at the bar out of the two wanted. */
export function progressDots(covered: number): string {
  return '●'.repeat(covered) + '○'.repeat(Math.max(0, STORIES_PER_PRINCIPLE - covered));
}

export function coverageField(row: CoverageRow): string {
  const { coverage } = row;
  const best = coverage.bestScore === null ? 'no score yet' : `best ${coverage.bestScore}`;
  const candidates = coverage.candidateStoryIds.length > 0 ? ` · ${coverage.candidateStoryIds.length} may fit` : '';
  const spoken = coverage.verifiedOutLoud === undefined ? '' : ` · :studio_microphone: ${coverage.verifiedOutLoud} verified out loud`;
  return `*${escapeMrkdwn(row.principle.name)}*\n${progressDots(coverage.covered)} ${coverage.covered}/${STORIES_PER_PRINCIPLE} · ${best}${candidates}${spoken}`;
}

/** The 16 principles as two-column fields, 8 per section. */
export function coverageGrid(report: CoverageReport, blockIdPrefix: string): KnownBlock[] {
  const blocks: KnownBlock[] = [];
  for (let i = 0; i < report.rows.length; i += FIELDS_PER_SECTION) {
    blocks.push({
      type: 'section',
      block_id: `${blockIdPrefix}_${i / FIELDS_PER_SECTION}`,
      fields: report.rows.slice(i, i + FIELDS_PER_SECTION).map((row) => ({ type: 'mrkdwn', text: coverageField(row) })),
    });
  }
  return blocks;
}

export function nextLine(report: CoverageReport): string {
  if (report.next.length === 0) return 'Every principle has two stories at the bar. Keep them fresh with `/lp practice`.';
  const items = report.next.map((row, i) => `${i + 1}. *${escapeMrkdwn(row.principle.name)}* (${row.coverage.covered}/${STORIES_PER_PRINCIPLE})`);
  return `*Work on next*\n${items.join('\n')}`;
}

/** `/lp coverage [@user]`. */
export function coverageReply(report: CoverageReport, viewerId: string): LpReply {
  const own = report.userId === viewerId;
  const whose = own ? 'Your coverage' : `Coverage of ${userMention(report.userId)}`;
  const summary = `${whose}: ${report.fullyCovered} of ${report.rows.length} principles have ${STORIES_PER_PRINCIPLE} stories at the bar.`;
  const blocks: KnownBlock[] = [
    { type: 'section', block_id: 'lp_coverage_summary', text: { type: 'mrkdwn', text: summary } },
    ...coverageGrid(report, 'lp_coverage_grid'),
    { type: 'section', block_id: 'lp_coverage_next', text: { type: 'mrkdwn', text: nextLine(report) } },
    {
      type: 'context',
      block_id: 'lp_coverage_rule',
      elements: [
        {
          type: 'mrkdwn',
          text:
            'A story covers a principle when it reaches "Meets the bar". ' +
            (own ? 'Practise the next one with `/lp practice <principle>`.' : 'Shown because they share their progress.'),
        },
      ],
    },
  ];
  return { text: summary, blocks };
}

export function optedOutReply(userId: string): LpReply {
  return { text: `${userMention(userId)} keeps their coverage private.` };
}

export function coverageUsageReply(): LpReply {
  return { text: 'Mention the person, like `/lp coverage @name`, or leave it out for your own coverage.' };
}

/** Built once: toLocaleDateString with options builds a new ICU formatter on every call, once per story listed. */
const STORY_DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

function formatDate(iso: string): string {
  return STORY_DATE.format(new Date(iso));
}

/** "🎙 spoken, 148 wpm" after a story told in a clip. */
function spokenNote(spoken: StoryPage['items'][number]['spoken']): string {
  if (spoken === undefined) return '';
  return ` · :studio_microphone: spoken${spoken.wordsPerMinute === null ? '' : `, ${spoken.wordsPerMinute} wpm`}`;
}

/** `/lp stories [principle]`: one page, newest first, with Newer/Older buttons past ten stories. */
export function storiesReply(page: StoryPage): LpReply {
  const scope = page.principle === undefined ? 'Your stories' : `Your *${escapeMrkdwn(page.principle.name)}* stories`;
  if (page.total === 0) {
    const text = `${scope}: none yet. Tell one in a prompt's thread or with \`/lp practice\`.`;
    return { text, blocks: [{ type: 'section', block_id: 'lp_stories_empty', text: { type: 'mrkdwn', text } }] };
  }
  const last = Math.min(page.offset + page.items.length, page.total);
  const summary = `${scope}: ${page.offset + 1}-${last} of ${page.total}, newest first.`;
  const blocks: KnownBlock[] = [{ type: 'section', block_id: 'lp_stories_summary', text: { type: 'mrkdwn', text: summary } }];
  for (const item of page.items) {
    const score = item.score === null ? 'not scored' : `${item.score}/100 ${item.level ?? ''}`.trim();
    const where = `${item.kind === 'practice' ? 'practice' : 'thread'}${spokenNote(item.spoken)}`;
    const votes = `${item.votes} vote${item.votes === 1 ? '' : 's'}`;
    const principle = item.principle === undefined ? item.principleId : escapeMrkdwn(item.principle.name);
    blocks.push({
      type: 'section',
      block_id: `lp_story_${item.answerId}`,
      text: { type: 'mrkdwn', text: `${item.number === undefined ? '' : `${item.number}. `}*${escapeMrkdwn(clip(item.title, TITLE_MAX))}*\n${clip(principle, TITLE_MAX)} · ${score} · ${votes} · ${formatDate(item.createdAt)} · ${where}` },
    });
  }
  blocks.push({
    type: 'context',
    block_id: 'lp_stories_rename_hint',
    elements: [{ type: 'mrkdwn', text: 'Rename a story: `/lp stories rename <number> <title>` (without a title it goes back to the one drawn from its situation).' }],
  });
  const buttons: types.Button[] = [];
  const value = (offset: number) => JSON.stringify({ p: page.principle?.id ?? null, o: offset });
  if (page.offset > 0) {
    buttons.push({ type: 'button', action_id: `${STORIES_PAGE_ACTION}_newer`, text: { type: 'plain_text', text: 'Newer' }, value: value(page.offset - STORIES_PER_PAGE) });
  }
  if (last < page.total) {
    buttons.push({ type: 'button', action_id: `${STORIES_PAGE_ACTION}_older`, text: { type: 'plain_text', text: 'Older' }, value: value(page.offset + STORIES_PER_PAGE) });
  }
  if (buttons.length > 0) blocks.push({ type: 'actions', block_id: 'lp_stories_pages', elements: buttons });
  return { text: summary, blocks };
}

/** `/lp stories rename <n> <title>`: what happened. */
export function renameReply(outcome: { renamed: true; number: number; title: string } | { renamed: false; number: number | undefined }): LpReply {
  if (!outcome.renamed) {
    return {
      text:
        outcome.number === undefined
          ? 'Type `/lp stories rename <number> <title>`, with the number `/lp stories` shows before the story.'
          : `You have no story number ${outcome.number}. \`/lp stories\` shows the numbers.`,
    };
  }
  return {
    text:
      outcome.title === ''
        ? `Story ${outcome.number} is titled from its situation again.`
        : `Story ${outcome.number} is now called *${escapeMrkdwn(outcome.title)}*.`,
  };
}
