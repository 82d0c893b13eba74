import type { Content } from '../content.js';
import { principlesToWorkOn, type PrincipleCoverage } from '../coverage.js';
import type { Principle, PrincipleId } from '../principles.js';
import { questionsFor, type ProbeKind, type Question } from '../questions.js';
import { CRITERIA } from '../rubric/index.js';
import type { CriterionId } from '../rubric/criteria/types.js';

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

/** What a story at the top of the rubric shows, criterion by criterion: the rubric's own anchors for a 4. */
const BAR_CRITERIA = ['structure', 'ownership', 'metrics', 'tradeoffs', 'learning', 'length'] as const satisfies readonly CriterionId[];

/**
 * The candidate's two weakest principles (fewest stories at the bar, then the lowest best score; when everything is
 * covered, the lowest best scores), never one they asked to skip, and for each a question: the `rotation`-th of the
 * principle's questions, so the same person is not asked the same one every week. Principles exactly as weak as the
 * weakest take turns by `rotation` too, so someone with no stories yet is not asked about the same two every week.
 */
export function choosePacket(
  coverage: readonly PrincipleCoverage[],
  content: Content,
  rotation: number,
  skipped: ReadonlySet<PrincipleId> = new Set(),
): PacketAssignment[] {
  const open = coverage.filter((c) => !skipped.has(c.principleId));
  const short = principlesToWorkOn(open);
  const rest = open.filter((c) => !short.includes(c)).sort((a, b) => (a.bestScore ?? -1) - (b.bestScore ?? -1));
  const ranked = [...short, ...rest];
  const first = ranked[0];
  const tied = ranked.filter((c) => first !== undefined && c.covered === first.covered && c.bestScore === first.bestScore);
  const turn = tied.length > PACKET_PRINCIPLES ? (Math.abs(rotation) * PACKET_PRINCIPLES) % tied.length : 0;
  const inTurn = [...tied.slice(turn), ...tied.slice(0, turn), ...ranked.slice(tied.length)];
  return inTurn.slice(0, PACKET_PRINCIPLES).map(({ principleId }) => {
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
    // The question's other probes; when it has none, the principle's own, from its other questions.
    const other = (probes: Question['probes']) => probes.filter((probe) => !(kinds as readonly string[]).includes(probe.kind)).map((probe) => probe.text);
    const asked = other(question.probes);
    const moreProbes = asked.length > 0 ? asked : [...new Set(questionsFor(principleId, content.questions).flatMap((q) => other(q.probes)))].slice(0, 3);
    return [{ principle, question, probes, moreProbes, strongShows: [principle.description, ...BAR_CRITERIA.map((id) => CRITERIA[id].anchors[4])] }];
  });
}
