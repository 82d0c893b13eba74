import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/core/content.js';
import { scoreAnswer, type Feedback } from '../../../src/core/rubric/index.js';
import { readSlackText } from '../../../src/core/slack-text.js';
import { buildFeedbackMessage } from '../../../src/features/thread-answers/feedback-view.js';
import { buildFeedbackModal, buildSharedStoryMessage } from '../../../src/features/practice/views.js';
import type { FeedbackResult } from '../../../src/features/practice/service.js';
import { storiesReply } from '../../../src/features/stories/views.js';

/**
 * Issue 11.1 at the views: the rubric reads plain text (Slack's markup read once on the way in), and every view that
 * quotes the person's words escapes them exactly once, so Slack shows "R&D" and "< 300 ms" and nothing pings.
 */

const content = loadContent();
const principle = content.principles.find((p) => p.id === 'bias-for-action') ?? content.principles[0]!;

/** As Slack sends it in a message event. */
const SLACK_TEXT =
  'Last spring I ran the R&amp;D budget review for our P&amp;L owner, <@U0XXXX|sam>, because R&amp;D spend had grown for two years. ' +
  'I pulled every R&amp;D invoice and the P&amp;L lines behind them, and I found that the p95 latency target of &lt; 300 ms drove most of the cost. ' +
  'I moved those R&amp;D tools to a cheaper tier where &lt; 300 ms was not needed, as <@U0XXXX|sam> and <!channel> heard in the P&amp;L review.';

/** Every mrkdwn string of a view or message, fallback text included. */
function mrkdwnOf(view: unknown): string {
  const texts: string[] = [];
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value !== null && typeof value === 'object') {
      const object = value as Record<string, unknown>;
      if (typeof object.text === 'string') texts.push(object.text);
      Object.values(object).forEach(walk);
    }
  };
  walk(view);
  return texts.join('\n');
}

/** What must never be in a view quoting user text: a code escaped twice, or a live mention. */
function expectEscapedOnce(shown: string): void {
  expect(shown).not.toMatch(/&amp;(amp|lt|gt);/);
  expect(shown).not.toMatch(/<!(channel|here|everyone)/);
  expect(shown).not.toMatch(/<@U0XXXX/);
}

/** Feedback whose evidence is `quotes`, the rest from a real scoring. */
function withEvidence(quotes: string[]): Feedback {
  const feedback = scoreAnswer(readSlackText(SLACK_TEXT), { principle: principle.id, content });
  return {
    ...feedback,
    criteria: Object.fromEntries(Object.entries(feedback.criteria).map(([id, c]) => [id, { ...c, evidence: quotes }])) as Feedback['criteria'],
  };
}

describe('the thread feedback message quotes the story escaped once', () => {
  it('a story read from Slack text: R&D, P&L, < 300 ms, a mention and @channel', () => {
    const feedback = scoreAnswer(readSlackText(SLACK_TEXT), { principle: principle.id, content });
    const shown = mrkdwnOf(buildFeedbackMessage({ feedback, principleName: principle.name, audience: 'private' }));
    expectEscapedOnce(shown);
    const quotes = shown.split('\n').filter((line) => line.startsWith('> '));
    expect(quotes.length).toBeGreaterThan(0);
    expect(quotes.join('\n')).toContain('R&amp;D');
  });

  it('evidence with the characters and markup a person typed literally is escaped once, never live', () => {
    const typed = ['R&D and P&L at < 300 ms, > 2x', 'I told <!channel> and <@U0XXXX> and <!here|here>, see <https://x.test|the doc>'];
    for (const audience of ['private', 'thread'] as const) {
      // The short card quotes one piece of evidence; the full card ("Show all criteria") quotes two per weak criterion.
      for (const detail of ['short', 'full'] as const) {
        const view = buildFeedbackMessage({ feedback: withEvidence(typed), principleName: principle.name, audience, authorId: 'U0ANA', answerId: 1, detail });
        const shown = mrkdwnOf(view);
        expectEscapedOnce(shown);
        expect(shown).toContain('> R&amp;D and P&amp;L at &lt; 300 ms, &gt; 2x');
        if (detail === 'full') expect(shown).toContain('> I told &lt;!channel&gt; and &lt;@U0XXXX&gt; and &lt;!here|here&gt;, see &lt;https://x.test|the doc&gt;');
        // The only live mention is the app's own, of the author, in the visible thread reply.
        expect(shown.match(/<@/g) ?? []).toHaveLength(audience === 'thread' ? 1 : 0);
      }
    }
    // The second quote, with the live-looking markup, leads when it is the first piece of evidence.
    const reversed = mrkdwnOf(buildFeedbackMessage({ feedback: withEvidence([...typed].reverse()), principleName: principle.name, audience: 'private' }));
    expectEscapedOnce(reversed);
    expect(reversed).toContain('> I told &lt;!channel&gt; and &lt;@U0XXXX&gt; and &lt;!here|here&gt;, see &lt;https://x.test|the doc&gt;');
    expect(reversed.match(/<@/g) ?? []).toHaveLength(0);
  });

  it('before the fix: scoring the raw Slack text quoted codes escaped twice (the bug this guards against)', () => {
    const raw = scoreAnswer(SLACK_TEXT, { principle: principle.id, content });
    const shown = mrkdwnOf(buildFeedbackMessage({ feedback: raw, principleName: principle.name, audience: 'private' }));
    expect(shown).toMatch(/&amp;(amp|lt|gt);/);
  });
});

describe('practice, stories and Home views escape the person’s plain text once', () => {
  const plain = 'R&D and P&L at < 300 ms; I told <!channel> and <@U0XXXX>';

  it('the practice feedback modal and a shared practice story', () => {
    const question = content.questions.find((q) => q.principle === principle.id)!;
    const result: FeedbackResult = {
      answerId: 1,
      principle,
      question,
      feedback: withEvidence([plain]),
      covered: 0,
      alsoFits: [],
      shared: false,
      shareUnconfirmed: false,
      followUpsAnswered: 0,
    };
    const modal = mrkdwnOf(buildFeedbackModal(result));
    expectEscapedOnce(modal);
    expect(modal).toContain('R&amp;D and P&amp;L at &lt; 300 ms; I told &lt;!channel&gt; and &lt;@U0XXXX&gt;');

    const shared = buildSharedStoryMessage('U0ANA', principle, plain);
    const sharedText = mrkdwnOf(shared.blocks) + '\n' + shared.text;
    expectEscapedOnce(sharedText);
    expect(sharedText).toContain('R&amp;D and P&amp;L at &lt; 300 ms; I told &lt;!channel&gt; and &lt;@U0XXXX&gt;');
  });

  it('the story bank', () => {
    const title = 'R&D at < 300 ms with @sam and @channel';
    const reply = storiesReply({
      items: [{ answerId: 1, principleId: principle.id, kind: 'thread', text: title, title, principle, score: 70, level: 'Meets the bar', votes: 0, createdAt: '2026-11-30T10:00:00Z' }],
      total: 1,
      offset: 0,
      principle: undefined,
    });
    const stories = mrkdwnOf(reply.blocks);
    expectEscapedOnce(stories);
    expect(stories).toContain('R&amp;D at &lt; 300 ms with @sam and @channel');
  });
});
