import { describe, expect, it } from 'vitest';
import type { PrincipleId } from '../../src/core/principles.js';
import { expectPhraseCounts } from './rubric-helpers.js';

/**
 * Rubric v3 (issue 9): more ways of telling a principle without its signal words, found on answers the fit had never
 * seen (fresh8). Each family is shown in trades other than the suite answers that showed the gap: the story with the
 * phrase fits the principle better than with a plain phrase in its place.
 */

describe('a judgement call told as doubt about what the evidence leaves out', () => {
  const id = 'are-right-a-lot';
  it.each([
    [
      'I buy stock for a garden centre chain. The sales report said barbecues would sell as last year. {}, so I ordered two thirds of the usual quantity with a top-up option. A wet June proved the smaller order right.',
      "Something didn't sit right: the report never looked at the long-range weather, and I couldn't prove it either way",
      'The report was printed on Monday: it was sent to the buyers, and I read it on the train',
    ],
    [
      'I schedule maintenance for a regional airline. The engine monitoring data showed nothing unusual on one aircraft. {}. We borescoped it that night and found a cracked blade.',
      "The pilots' notes didn't add up with the data and nobody had looked at them, so I asked for an inspection before committing the aircraft to the morning rotation",
      'The pilots wrote their notes in the usual place and I filed them with the rest, then I asked for an inspection as planned for the week',
    ],
  ])('%#', (story, phrased, plain) => expectPhraseCounts(id, story, phrased, plain));
});

describe('holding work back until it is checked, without "standard" or "quality"', () => {
  const id = 'insist-on-the-highest-standards';
  it.each([
    [
      'I lead the sound team on a theatre tour. The venue wanted to open the doors on time even though two speakers crackled during the check. {}. The show started twelve minutes late and the crackle never came back on the tour.',
      'I said I would not sign off the rig without a second check of every cable run, and we found a crushed connector',
      'I said I would look at the rig when the doors opened, and we talked about a connector later',
    ],
    [
      'I manage the print room at a university press. A reprint of a maths textbook was due to ship on Friday. {}. The corrected run shipped on Tuesday.',
      "I wouldn't ship it: the proof had inconsistencies between the equations and the index, and I asked for a second reviewer to read every chapter",
      'I packed it on Thursday: the proof had come in from the author with the index, and I asked for a courier to collect every box',
    ],
  ])('%#', (story, phrased, plain) => expectPhraseCounts(id, story, phrased, plain));
});

describe('a result delivered against a date pulled in, told as the time left', () => {
  const id = 'deliver-results';
  it.each([
    [
      'I run the kitchen at a conference centre. {}. I split the menu across two shifts and prepped the cold dishes overnight. All 600 covers were served and the client booked us again.',
      'The organiser brought the gala dinner forward by a week, leaving us 5 days to do what normally takes a fortnight',
      'The organiser told us about the gala dinner in the usual way, and we talked it through with the team',
    ],
    [
      'I coordinate fit-outs for a chain of opticians. The landlord moved the handover forward, {}. I booked the joiners and the electricians on the same days and ordered the frames display from stock.',
      'leaving us 3 weeks for a shop that normally takes six, and we opened a day early',
      'so we had a chat about the shop and how the fit-out was going, and we opened it',
    ],
  ])('%#', (story, phrased, plain) => expectPhraseCounts(id, story, phrased, plain));
});

describe('disagreeing and then committing, told in plain or learner\'s English', () => {
  const id = 'have-backbone-disagree-and-commit';
  it.each([
    [
      'I am sous chef in a hotel kitchen. The head chef want to take the fish dish off the menu for the wedding season. {}, and I trained the two new cooks on the replacement dish the same week.',
      'I was not agree, I showed him the food cost sheet, but he still decided to remove it. I did not like it, but I accepted',
      'I was on the rota that week, I printed the food cost sheet, and he updated the menu for the season. I read it',
    ],
    [
      'I coordinate volunteers for a river clean-up charity. The trustees chose to cancel the autumn clean for insurance reasons. {}, and I rang every volunteer myself to move them to the spring date.',
      "I thought it was the wrong call and said so at the meeting, but once the trustees decided I'd back it",
      'I wrote the minutes at the meeting and sent them round the next morning with the agenda',
    ],
  ])('%#', (story, phrased, plain) => expectPhraseCounts(id, story, phrased, plain));
});

describe('picking up a new skill, told plainly', () => {
  const id = 'learn-and-be-curious';
  it.each([
    [
      'I am a stage manager at a touring opera company. The lighting desk kept crashing on tour and the crew blamed the venues. {}, and found the crashes followed a cue numbering clash. We renumbered the cues and the desk ran clean for the rest of the tour.',
      "It bugged me that nobody could explain it. I'd never programmed a lighting desk, so I asked the board operator to show me how and spent a few evenings learning to read its logs",
      'It was reported to the office as usual. The board operator checked the desk and wrote it up in the show report each night with the other notes',
    ],
    [
      'I keep the accounts for a family-run vineyard. Our bottling costs went up every year and the supplier invoices did not say why. {}. We switched to lighter bottles and saved on freight.',
      'I had never done anything with shipping rates, so I asked our freight agent to teach me how the weight bands work and spent a few evenings learning to price a pallet myself',
      'I paid the invoices on time as usual and filed them with the rest of the paperwork at the end of each month for the accountant',
    ],
  ])('%#', (story, phrased, plain) => expectPhraseCounts(id, story, phrased, plain));
});
