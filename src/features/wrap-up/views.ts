import type { types } from '@slack/bolt';
import type { CoverageCell, CriterionAverage } from '../../core/thread/summaries.js';
import { formatLocalDate } from '../../core/schedule.js';
import { escapeMrkdwn, userMention } from '../../slack/mrkdwn.js';
import { CRITERION_LABELS } from '../../core/rubric/labels.js';
import { clip } from '../../core/excerpt.js';
import { context, section } from '../thread-answers/feedback-view.js';

type KnownBlock = types.KnownBlock;

/** A story as a public list shows it: a link, and its author unless they opted out of public lists. */
export interface PublicStory {
  permalink: string | undefined;
  /** undefined: the author opted out, so the story is shown without a name. */
  authorId: string | undefined;
  votes: number;
  principleName: string;
  /** The story's title (see titleOfStory), not escaped; without one the principle names it. */
  title?: string;
}

/**
 * A story in a public list: its title linked, then its principle, e.g. "<link|Checkout for screen-reader users>
 * (Customer Obsession)", so two stories of one principle by one person read differently. Escaped once, here.
 */
export function storyLabel(story: PublicStory, withPrinciple = true): string {
  if (story.title === undefined) return storyLink(story, escapeMrkdwn(story.principleName));
  const link = storyLink(story, escapeMrkdwn(clip(story.title, TITLE_IN_LISTS)));
  return withPrinciple ? `${link} (${escapeMrkdwn(story.principleName)})` : link;
}

const TITLE_IN_LISTS = 80;

export function authorLabel(authorId: string | undefined): string {
  return authorId === undefined ? 'a teammate' : userMention(authorId);
}

function storyLink(story: PublicStory, label: string): string {
  return story.permalink === undefined ? label : `<${story.permalink}|${label}>`;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

function average(a: CriterionAverage): string {
  return `${CRITERION_LABELS[a.criterion]} (avg ${a.average.toFixed(1)}/4)`;
}

export interface WrapUpView {
  principleName: string;
  stories: number;
  authors: number;
  voters: number;
  top: PublicStory | undefined;
  best: CriterionAverage | undefined;
  worst: CriterionAverage | undefined;
  voteEmoji: string;
}

/** The wrap-up reply in a prompt's thread: counts, the most-voted story, team averages. No individual scores. */
export function buildWrapUpMessage(view: WrapUpView): { text: string; blocks: KnownBlock[] } {
  const emoji = `:${view.voteEmoji}:`;
  const counts = `${plural(view.stories, 'story', 'stories')} from ${plural(view.authors, 'person', 'people')}, ${plural(view.voters, 'voter')}.`;
  const top =
    view.top === undefined
      ? `No votes this time. Next time, react with ${emoji} on the stories you would want to hear in an interview.`
      : `${emoji} Most votes: ${view.top.title === undefined ? storyLink(view.top, 'this story') : storyLabel(view.top, false)} by ${authorLabel(view.top.authorId)} (${plural(view.top.votes, 'vote')}).`;
  const lines = [`:checkered_flag: *Wrap-up: ${escapeMrkdwn(view.principleName)}*`, counts, top];
  if (view.best !== undefined) lines.push(`:muscle: The team did best on ${average(view.best)}.`);
  if (view.worst !== undefined) lines.push(`:dart: To practise together: ${average(view.worst)}.`);
  const text = clip(`Wrap-up: ${counts} ${view.top === undefined ? 'No votes this time.' : `Most votes: a story by ${authorLabel(view.top.authorId)}.`}`, 3900);
  return { text, blocks: [section('lp_wrapup', lines.join('\n')), context('lp_wrapup_ctx', 'Scores stay private; only team averages are shown.')] };
}

export interface DigestView {
  weekStart: string;
  topStories: PublicStory[];
  coverage: CoverageCell[];
  stories: number;
  authors: number;
  voters: number;
  /** Public streaks (opted-out people are counted, not named). */
  streaks: { authorId: string | undefined; days: number }[];
  practiseNext: { name: string; people: number } | undefined;
  voteEmoji: string;
  /** The week's mock loops (counts only, never ratings); undefined when the channel paired nobody that week. */
  mockLoops?: { paired: number; held: number };
}

function heat(people: number): string {
  if (people === 0) return ':white_large_square:';
  if (people === 1) return ':large_yellow_square:';
  return ':large_green_square:';
}

/** The weekly digest: top stories, a coverage heatmap without names, participation and streaks, what to practise next. */
export function buildDigestMessage(view: DigestView): { text: string; blocks: KnownBlock[] } {
  const emoji = `:${view.voteEmoji}:`;
  const blocks: KnownBlock[] = [
    { type: 'header', block_id: 'lp_digest_header', text: { type: 'plain_text', text: `Weekly LP digest · week of ${formatLocalDate(view.weekStart)}`, emoji: true } },
  ];
  const top =
    view.topStories.length === 0
      ? `No votes this week. React with ${emoji} on the stories you would want to hear in an interview.`
      : view.topStories
          .map((s, i) => `${i + 1}. ${storyLabel(s)} by ${authorLabel(s.authorId)} · ${plural(s.votes, 'vote')}`)
          .join('\n');
  blocks.push(section('lp_digest_top', `*Top stories this week*\n${top}`));
  blocks.push(
    section(
      'lp_digest_coverage',
      `*Team coverage* (people with a story at the bar for each principle)\n${view.coverage
        .map((c) => `${heat(c.people)} ${escapeMrkdwn(c.principle.name)} · ${c.people}`)
        .join('\n')}`,
    ),
  );
  const streaks = view.streaks.filter((s) => s.days >= 2);
  const streakLine =
    streaks.length === 0
      ? 'No streaks of two prompt days or more yet: answer the next two prompts to start one.'
      : streaks.map((s) => `${authorLabel(s.authorId)} ${s.days}`).join(', ');
  blocks.push(
    section(
      'lp_digest_participation',
      `*Participation*\n${plural(view.stories, 'story', 'stories')} from ${plural(view.authors, 'person', 'people')}, ${plural(view.voters, 'voter')}.\n` +
        `:fire: Streaks (prompt days in a row): ${streakLine}` +
        (view.mockLoops === undefined ? '' : `\n:handshake: Mock loops: ${view.mockLoops.held} of ${plural(view.mockLoops.paired, 'pairing')} met this week.`),
    ),
  );
  if (view.practiseNext !== undefined) {
    const who = view.practiseNext.people === 0 ? 'nobody has a story at the bar for it yet' : `only ${plural(view.practiseNext.people, 'person', 'people')} have a story at the bar for it`;
    blocks.push(section('lp_digest_next', `:dart: *Practise next: ${escapeMrkdwn(view.practiseNext.name)}*, ${who}.`));
  }
  const text = `Weekly LP digest: ${plural(view.stories, 'story', 'stories')} from ${plural(view.authors, 'person', 'people')} this week.`;
  return { text, blocks };
}
