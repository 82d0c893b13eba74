import type { Content } from '../content.js';
import { principlesToWorkOn, type PrincipleCoverage } from '../coverage.js';
import type { Principle, PrincipleId } from '../principles.js';
import { questionsFor, type ProbeKind, type Question } from '../questions.js';

/*
 * The interviewer's packet for one candidate: the two principles the candidate is weakest on (so the loop practises
 * what their written stories do not yet cover), for each a question, three probes and what a strong answer shows.
 */

const PACKET_PRINCIPLES = 2;

/** Amazon's four-point scale, as a bar raiser writes it on a scorecard. */
export const RATINGS = ['strongly-inclined', 'inclined', 'not-inclined', 'strongly-not-inclined'] as const;
export type Rating = (typeof RATINGS)[number];
export const RATING_LABELS: Readonly<Record<Rating, string>> = {
  'strongly-inclined': 'Strongly inclined',
  inclined: 'Inclined',
  'not-inclined': 'Not inclined',
  'strongly-not-inclined': 'Strongly not inclined',
};

/** Inclined or better: the story holds up when told out loud and probed. */
export function ratingPasses(rating: Rating): boolean {
  return rating === 'strongly-inclined' || rating === 'inclined';
}

/** One principle to ask about: which question, in order. */
export interface PacketAssignment {
  principleId: PrincipleId;
  questionId: string;
}

export interface PacketItem {
  principle: Principle;
  question: Question;
  /** Numbers, the trade-off, what they would do differently: the question's own probe of that kind when it has one. */
  probes: string[];
  /** The question's other probes, for when time allows. */
  moreProbes: string[];
  /** What a strong answer shows: the principle, then the bar every story is held to. */
  strongShows: string[];
}

const GENERIC_PROBES: Readonly<Record<'metrics' | 'tradeoffs' | 'learning', string>> = {
  metrics: 'What was the number before, what was it after, and what did that change mean for the customer or the business?',
  tradeoffs: 'What did you give up or risk with that choice, and how did you guard against it going wrong?',
  learning: 'Looking back, what would you do differently, and have you done it since?',
};

/** The bar of every story, in the rubric's terms. */
const THE_BAR = [
  'A situation and task in a sentence or two, then what *they* did: "I" for their own decisions, "we" only for the team\'s work.',
  'Numbers as before -> after -> impact, not "it improved a lot".',
  'A trade-off or risk named, and how they guarded against it.',
  'What they learned or would do differently, shown in something they do now.',
  'About 60-90 seconds out loud; ready for a follow-up on any step.',
];

/**
 * The candidate's two weakest principles (fewest stories at the bar, then the lowest best score; when everything is
 * covered, the lowest best scores), and for each a question: the `rotation`-th of the principle's questions, so the
 * same person is not asked the same one every week.
 */
export function choosePacket(coverage: readonly PrincipleCoverage[], content: Content, rotation: number): PacketAssignment[] {
  const short = principlesToWorkOn(coverage);
  const rest = [...coverage].filter((c) => !short.includes(c)).sort((a, b) => (a.bestScore ?? -1) - (b.bestScore ?? -1));
  return [...short, ...rest].slice(0, PACKET_PRINCIPLES).map(({ principleId }) => {
    const questions = questionsFor(principleId, content.questions);
    const question = questions[Math.abs(rotation) % questions.length] as Question;
    return { principleId, questionId: question.id };
  });
}

/** The packet as the interviewer reads it; assignments whose principle or question is no longer known are left out. */
export function packetItems(assignments: readonly PacketAssignment[], content: Content): PacketItem[] {
  return assignments.flatMap(({ principleId, questionId }) => {
    const principle = content.principles.find((p) => p.id === principleId);
    const question = content.questions.find((q) => q.id === questionId);
    if (principle === undefined || question === undefined) return [];
    const own = (kind: ProbeKind) => question.probes.find((probe) => probe.kind === kind)?.text;
    const kinds = ['metrics', 'tradeoffs', 'learning'] as const;
    const probes = kinds.map((kind) => own(kind) ?? GENERIC_PROBES[kind]);
    const moreProbes = question.probes.filter((probe) => !(kinds as readonly string[]).includes(probe.kind)).map((probe) => probe.text);
    return [{ principle, question, probes, moreProbes, strongShows: [principle.description, ...THE_BAR] }];
  });
}
