import { describe, expect, it } from 'vitest';
import { loadPrinciples, suggestPrinciples } from '../../src/core/principles.js';
import { unknownPrincipleReply } from '../../src/features/commands/replies.js';

// Issue 11 part 6: an unknown principle got a paragraph of all 16 names and ids instead of the one that was meant.
const principles = loadPrinciples();
const suggested = (input: string) => suggestPrinciples(input, principles).map((p) => p.name);

describe('suggestPrinciples', () => {
  it.each([
    ['dive deeep', 'Dive Deep'],
    ['deepdive', 'Dive Deep'],
    ['ownrship', 'Ownership'],
    ['costumer obsesion', 'Customer Obsession'],
    ['frugal-ity', 'Frugality'],
    ['bias for actoin', 'Bias for Action'],
    ['disagree & commit', 'Have Backbone; Disagree and Commit'],
    ['delivering results', 'Deliver Results'],
    ['earths best', "Strive to be Earth's Best Employer"],
    ['think-bigg', 'Think Big'],
    ['curios', 'Learn and Be Curious'],
  ])('%s -> %s first', (input, name) => {
    expect(suggested(input)[0]).toBe(name);
  });

  it('suggests at most two', () => {
    expect(suggested('best').length).toBeLessThanOrEqual(2);
    expect(suggested('best')).toEqual(expect.arrayContaining(["Strive to be Earth's Best Employer", 'Hire and Develop the Best']));
  });

  it('suggests nothing when nothing is close', () => {
    expect(suggested('telepathy')).toEqual([]);
    expect(suggested('x'.repeat(10_000))).toEqual([]);
    expect(suggested('')).toEqual([]);
    expect(suggested('the and of')).toEqual([]);
  });
});

describe('unknownPrincipleReply', () => {
  it('quotes what was typed and asks "Did you mean ...?" instead of listing all 16', () => {
    const reply = unknownPrincipleReply('dive deeep', principles);
    expect(reply).toBe("I don't know the principle `dive deeep`. Did you mean *Dive Deep*?");
  });

  it('offers two when two are close', () => {
    expect(unknownPrincipleReply('best', principles)).toMatch(/^I don't know the principle `best`\. Did you mean \*.+\* or \*.+\*\?$/);
  });

  it('lists the names (without ids) only when nothing is close, and escapes what was typed', () => {
    const reply = unknownPrincipleReply('<!channel> telepathy', principles);
    expect(reply).toContain('`&lt;!channel&gt; telepathy`');
    expect(reply).toContain('Use a name or id, in any case: Customer Obsession, Ownership,');
    expect(reply).not.toContain('`dive-deep`');
  });
});
