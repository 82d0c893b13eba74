/*
 * Weekly mock-loop pairing, pure: who interviews whom this week. Pairs of two, one trio when the pool is odd; never a
 * pair either person asked to avoid; pairs that have met before as late as possible (never met first, then the
 * longest ago). Randomised so a pool with no history does not pair the same way every week, and the best of several
 * tries is kept.
 */

export interface PairingInput {
  /** Everyone in the pool this week. */
  people: readonly string[];
  /** Past meetings: `pairKey(a, b)` -> the week index of their latest pairing (larger = more recent). */
  lastMet: ReadonlyMap<string, number>;
  /** Pairs that must never be grouped (`pairKey`), whoever asked. */
  avoid: ReadonlySet<string>;
  random: () => number;
  /** Tries of the randomised greedy matching; the cheapest is kept. */
  tries?: number;
}

export interface Pairing {
  /** Groups of two, or three for the one odd person out. */
  groups: string[][];
  /** People who could not be grouped with anyone they do not avoid. */
  unpaired: string[];
}

/** The order-free key of two people. */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

/** A pair never met costs nothing; one met costs more the more recently it was (a repeat always costs more than none). */
function pairCost(input: PairingInput, a: string, b: string): number {
  const key = pairKey(a, b);
  if (input.avoid.has(key)) return Number.POSITIVE_INFINITY;
  const week = input.lastMet.get(key);
  return week === undefined ? 0 : 1_000 + week;
}

function groupCost(input: PairingInput, group: readonly string[]): number {
  let cost = 0;
  for (let i = 0; i < group.length; i++) for (let j = i + 1; j < group.length; j++) cost += pairCost(input, group[i] as string, group[j] as string);
  return cost;
}

function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** One randomised greedy matching: each person in turn takes the cheapest partner still free. */
function greedy(input: PairingInput): Pairing & { cost: number } {
  const free = shuffled(input.people, input.random);
  const groups: string[][] = [];
  const unpaired: string[] = [];
  let cost = 0;
  while (free.length > 1) {
    const person = free.shift() as string;
    let best = -1;
    let bestCost = Number.POSITIVE_INFINITY;
    free.forEach((other, index) => {
      const c = pairCost(input, person, other);
      if (c < bestCost) [best, bestCost] = [index, c];
    });
    if (best === -1) {
      unpaired.push(person);
      continue;
    }
    groups.push([person, ...free.splice(best, 1)]);
    cost += bestCost;
  }
  // The odd one out joins the group where they add least, if any group can take them.
  for (const person of free) {
    let best = -1;
    let bestCost = Number.POSITIVE_INFINITY;
    groups.forEach((group, index) => {
      const c = groupCost(input, [...group, person]) - groupCost(input, group);
      if (group.length === 2 && c < bestCost) [best, bestCost] = [index, c];
    });
    if (best === -1) unpaired.push(person);
    else {
      (groups[best] as string[]).push(person);
      cost += bestCost;
    }
  }
  // Someone left out costs more than any repeat, so a try that groups everyone wins.
  cost += unpaired.length * 1_000_000;
  return { groups, unpaired, cost };
}

/** This week's groups for the pool. */
export function pairPool(input: PairingInput): Pairing {
  if (input.people.length < 2) return { groups: [], unpaired: [...input.people] };
  let best: (Pairing & { cost: number }) | undefined;
  for (let t = 0; t < (input.tries ?? 50); t++) {
    const attempt = greedy(input);
    if (best === undefined || attempt.cost < best.cost) best = attempt;
    if (best.cost === 0) break;
  }
  const { groups, unpaired } = best as Pairing;
  return { groups: groups.map((group) => [...group].sort()), unpaired: [...unpaired].sort() };
}

/** Who interviews whom: in a pair each the other, in a trio round the circle (A -> B -> C -> A). */
export function interviewOrder(members: readonly string[]): { interviewerId: string; candidateId: string }[] {
  return members.map((interviewerId, i) => ({ interviewerId, candidateId: members[(i + 1) % members.length] as string }));
}