import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/core/content.js';
import { questionResolver } from '../../../src/core/question-bank/resolve.js';

const content = loadContent();
const team = { id: 'team-7', principleId: 'frugality' as const, text: 'Tell me about a time you cut a cost your customers never noticed.', probes: ['What did you give up to save it?'], track: null };

describe('questions by id', () => {
  const byId = questionResolver(content, (id) => (id === team.id ? team : undefined));

  it('finds built-in questions and a team question, retired ones too, and nothing for an unknown id', () => {
    const builtIn = content.questions[0];
    expect(byId(builtIn?.id as string)).toBe(builtIn);
    expect(byId('team-7')).toMatchObject({ id: 'team-7', principle: 'frugality', text: team.text, probes: [{ text: 'What did you give up to save it?' }] });
    expect(byId('team-8')).toBeUndefined();
  });
});
