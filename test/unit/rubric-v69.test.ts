import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/core/content.js';
import { scoreAnswer } from '../../src/core/rubric/index.js';

/**
 * Rubric v69: five or more stock claims, stand-ins and buzzwords in a story of the speaker's own steps that names next
 * to nothing and gives not one figure make it a template; "the review comes back to us at the end of the month" ends a
 * story before its outcome.
 */
const content = loadContent();

const genericThroughout = "At the contact centre where I work, I lead the team that handles complaints for several product lines, and our customers are both the callers and the sales teams. A while ago we started hearing that the customer experience was falling short of expectations. Callers were waiting too long for answers, some cases bounced between teams, and the sales managers were frustrated by how long it all took. I saw this as a chance to put the customer first. I started by listening to the voice of the customer, reading survey comments and talking with callers and key stakeholders about their pain points. Based on that, I redesigned the complaints process end to end, simplified our letters, introduced clearer service levels and worked with the sales teams to align on priorities. I also empowered my team to make decisions closer to the caller and to own each case from start to finish. The impact was significant: waiting times came down considerably, repeat calls dropped and satisfaction improved markedly. For me the key takeaway is that when you start from the customer, the right decisions become clearer, and it is something I bring to everything I do.";
const endOfTheMonth = "I produce a consumer affairs programme for a national radio station in Warsaw. In May a reporter found that a delivery company had been charging 40,000 customers a cancellation fee its own terms did not allow, and we had the documents and two former staff on record. The channel's editor wanted to drop the company's name because of the legal risk. I disagreed: we had given the company two chances to respond, and without the name the segment told listeners nothing they could use. I offered to go through every claim line by line with the station's lawyer and to read the company's full written answer on air. The editor agreed to send the script to a full legal review before deciding. I spent a week with the lawyer checking each claim against our documents. The review comes back to us at the end of the month, and until then nobody, me included, knows which version will go on air.";

describe('a fluent story of stock phrases with nothing real in it', () => {
  it('is a template, and the card says so', () => {
    const feedback = scoreAnswer(genericThroughout, { content, principle: 'customer-obsession' });
    expect(feedback.gate?.id).toBe('template');
    expect(feedback.gate?.message).toContain('stock claims');
  });
  it('is not read so once it gives one measured figure', () => {
    // Seven stock phrases, not eight: from eight on, rubric v73 reads a template whatever figures it gives.
    const measured = genericThroughout
      .replace('waiting times came down considerably', 'waiting times came down from 9 minutes to 4')
      .replace('I saw this as a chance to put the customer first.', 'I saw this as a chance to help the callers sooner.');
    expect(scoreAnswer(measured, { content, principle: 'customer-obsession' }).gates).not.toContain('template');
  });
});

describe('a story that ends before its outcome', () => {
  it('has no result when "the review comes back to us at the end of the month" ends it', () => {
    expect(scoreAnswer(endOfTheMonth, { content, principle: 'have-backbone-disagree-and-commit' }).gates).toContain('no-result');
  });
});
