import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/core/content.js';
import type { Principle } from '../../src/core/principles.js';
import type { Question } from '../../src/core/questions.js';
import { buildPromptMessage } from '../../src/features/daily-prompt/prompt-message.js';

const principle: Principle = {
  id: 'dive-deep',
  name: 'Dive Deep',
  description: 'Leaders operate at all levels and stay connected to the details.',
  signals: ['root cause', 'data', 'metrics'],
  aliases: ['dive deep'],
};
const question: Question = {
  id: 'dive-deep-01',
  principle: 'dive-deep',
  text: 'Tell me about a time the data & the anecdotes disagreed <and> you dug in.',
  probes: [
    { kind: 'metrics', text: 'Which numbers did you look at?' },
    { kind: 'learning', text: 'What would you do differently?' },
  ],
};

function allText(blocks: unknown): string {
  return JSON.stringify(blocks);
}

describe('buildPromptMessage', () => {
  it('shows the principle, the question, the STAR-L reminder and how to answer and vote', () => {
    const { text, blocks } = buildPromptMessage({ principle, question, dateLabel: 'Mon 2 Mar' });
    expect(blocks[0]).toMatchObject({ type: 'header', text: { type: 'plain_text', text: 'Dive Deep' } });
    const json = allText(blocks);
    expect(json).toContain('Mon 2 Mar');
    expect(json).toContain('Tell me about a time the data &amp; the anecdotes disagreed &lt;and&gt; you dug in.');
    expect(json).toMatch(/STAR-L/);
    expect(json).toMatch(/60-90 seconds/);
    expect(json).toMatch(/150-225 words/);
    expect(json).toMatch(/baseline/);
    expect(json).toMatch(/delta/);
    expect(json).toMatch(/impact/);
    expect(json).toMatch(/\\"I\\" for the decisions you made yourself/);
    expect(json).toMatch(/\\"we\\" for what the team executed/);
    expect(json).toMatch(/differently/);
    expect(json).toMatch(/Reply in this thread/);
    expect(json).toMatch(/40\+ words get private feedback/);
    expect(json).toMatch(/reacting with :star:/);
    expect(text).toContain('Dive Deep');
    expect(text).toContain('&lt;and&gt;');
    expect(text).toContain('Reply in the thread');
  });

  it('uses the channel vote emoji and the configured answer length', () => {
    const { text, blocks } = buildPromptMessage({ principle, question, dateLabel: 'Mon 2 Mar', voteEmoji: ':rocket:', minAnswerWords: 60 });
    expect(allText(blocks)).toContain('reacting with :rocket:');
    expect(allText(blocks)).toContain('60+ words');
    expect(allText(blocks)).not.toContain(':star:');
    expect(text).toContain(':rocket:');
  });

  it('has one button, "Answer privately", naming the question for the practice modal', () => {
    const { blocks } = buildPromptMessage({ principle, question, dateLabel: 'Mon 2 Mar' });
    const actions = blocks.filter((b) => b.type === 'actions');
    expect(actions).toHaveLength(1);
    expect(JSON.parse(JSON.stringify(actions[0])).elements).toEqual([
      { type: 'button', action_id: 'lp_answer_privately', text: { type: 'plain_text', text: 'Answer privately' }, value: question.id },
    ]);
  });

  it('stays within Block Kit limits even for absurdly long content', () => {
    const { text, blocks } = buildPromptMessage({
      principle: { ...principle, name: 'N'.repeat(400) },
      question: { ...question, text: '<&>'.repeat(3000) },
      dateLabel: 'Mon 2 Mar',
    });
    expect(blocks.length).toBeLessThanOrEqual(50);
    for (const block of blocks) {
      if (block.type === 'header') expect(block.text.text.length).toBeLessThanOrEqual(150);
      if (block.type === 'section') expect(block.text?.text.length ?? 0).toBeLessThanOrEqual(3000);
      if (block.type === 'context') expect(block.elements.length).toBeLessThanOrEqual(10);
    }
    expect(text.length).toBeLessThan(4000);
  });

  it('fits Block Kit limits for every question in data/', () => {
    const { principles, questions } = loadContent();
    for (const q of questions) {
      const p = principles.find((candidate) => candidate.id === q.principle)!;
      const { text, blocks } = buildPromptMessage({ principle: p, question: q, dateLabel: 'Wed 31 Dec' });
      const header = blocks[0];
      expect(header?.type === 'header' && header.text.text).toBe(p.name);
      expect(allText(blocks)).not.toContain('…');
      expect(text.length).toBeLessThan(4000);
    }
  });
});
