import { renderCheatSheet, type CheatSheetStory } from '../../core/cheat-sheet.js';
import type { Content } from '../../core/content.js';
import { computeCoverage, fullyCovered, principlesToWorkOn, type PrincipleCoverage } from '../../core/coverage.js';
import { withVerifiedOutLoud, type VerifiedStory } from '../../core/mock/verified.js';
import { PRINCIPLE_IDS, type Principle, type PrincipleId } from '../../core/principles.js';
import { localDateOf } from '../../core/schedule.js';
import { cleanTitle, storyTitle } from '../../core/story-title.js';
import type { UserSettingsStore } from '../../store/user-settings.js';
import { toScoredStories, type StoryListItem, type StoryScore, type StoryStore } from '../../store/stories.js';

/** How many stories one page of `/lp stories` shows (a section each, well inside a message's 50 blocks). */
export const STORIES_PER_PAGE = 10;

export interface CoverageRow {
  principle: Principle;
  coverage: PrincipleCoverage;
}

export interface CoverageReport {
  userId: string;
  rows: CoverageRow[];
  fullyCovered: number;
  /** The three principles to work on next, weakest first. */
  next: CoverageRow[];
}

export interface StoryPage {
  items: (StoryListItem & { title: string; principle: Principle | undefined })[];
  total: number;
  offset: number;
  principle: Principle | undefined;
}

export interface CoverageDeps {
  stories: StoryStore;
  settings: UserSettingsStore;
  content: Content;
  /** The person's mock-loop stories rated Inclined or better ("verified out loud"). */
  verified?: (userId: string) => readonly VerifiedStory[];
}

/** Coverage of the 16 principles, the story bank and the cheat sheet. */
export class CoverageService {
  constructor(private readonly deps: CoverageDeps) {}

  report(userId: string): CoverageReport {
    return this.reportFrom(userId, this.deps.stories.storyScores(userId));
  }

  /** The report from stories already read (the Home reads them once for coverage and the score trend). */
  reportFrom(userId: string, scores: readonly StoryScore[]): CoverageReport {
    const coverage = withVerifiedOutLoud(computeCoverage(PRINCIPLE_IDS, toScoredStories(scores)), this.deps.verified?.(userId) ?? []);
    const rows = coverage.flatMap((c) => {
      const principle = this.principle(c.principleId);
      return principle === undefined ? [] : [{ principle, coverage: c }];
    });
    const next = principlesToWorkOn(coverage, 3).flatMap((c) => rows.filter((r) => r.coverage === c));
    return { userId, rows, fullyCovered: fullyCovered(coverage), next };
  }

  /** Someone else's coverage is shown only when they have not opted out of public lists. */
  isVisibleTo(viewerId: string, ownerId: string): boolean {
    return viewerId === ownerId || !this.deps.settings.get(ownerId).leaderboardOptout;
  }

  storyPage(userId: string, principleId: PrincipleId | undefined, offset: number): StoryPage {
    const start = Math.max(0, offset);
    const page = this.deps.stories.storyPage(userId, { ...(principleId === undefined ? {} : { principleId }), offset: start, limit: STORIES_PER_PAGE });
    return {
      total: page.total,
      offset: start,
      principle: principleId === undefined ? undefined : this.principle(principleId),
      items: page.items.map((item) => ({ ...item, title: item.title, principle: this.principle(item.principleId) })),
    };
  }

  /** Today's date (YYYY-MM-DD) in the person's zone (UTC until they answer a prompt), for export file names. */
  localDate(userId: string, now: Date): string {
    return localDateOf(now, this.deps.stories.zoneOf(userId));
  }

  /** `/lp stories rename <n> <title>`: `number` as typed (the list's numbers), `typed` the new title ('' resets it). */
  rename(userId: string, number: string, typed: string): { renamed: true; number: number; title: string } | { renamed: false; number: number | undefined } {
    const n = Number(number);
    if (number === '' || !Number.isSafeInteger(n) || n < 1) return { renamed: false, number: undefined };
    const title = cleanTitle(typed);
    return this.deps.stories.renameStory(userId, n, title) === undefined ? { renamed: false, number: n } : { renamed: true, number: n, title };
  }

  /**
   * The Markdown cheat sheet: each principle's best two stories at the bar, then what is still uncovered. Dated
   * `now` in the person's zone (UTC until they answer a prompt).
   */
  cheatSheet(userId: string, now: Date): string {
    const report = this.report(userId);
    return renderCheatSheet({
      generatedOn: localDateOf(now, this.deps.stories.zoneOf(userId)),
      principles: report.rows.map(({ principle, coverage }) => ({
        name: principle.name,
        stories: coverage.coveringStoryIds.slice(0, 2).flatMap((id): CheatSheetStory[] => {
          const story = this.deps.stories.withFeedback(id);
          if (story === undefined) return [];
          return [
            {
              title: story.title ?? storyTitle(story.text),
              score: story.feedback.score,
              level: story.feedback.level,
              sections: story.feedback.sections,
              text: story.text,
              followUps: story.feedback.followUps,
            },
          ];
        }),
      })),
    });
  }

  private principle(id: PrincipleId): Principle | undefined {
    return this.deps.content.principles.find((p) => p.id === id);
  }
}
