import { describe, expect, it } from 'vitest';
import { pairKey, pairPool } from '../../src/core/mock/pairing.js';

/** A seeded generator, so a failing case can be replayed. */
function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const people = (n: number) => Array.from({ length: n }, (_, i) => `U${String(i).padStart(3, '0')}`);
const everyone = (groups: string[][], unpaired: string[]) => [...groups.flat(), ...unpaired].sort();

describe('mock-loop pairing', () => {
  it('pairs an even pool in twos and puts the odd one out in a trio, everyone exactly once', () => {
    for (const n of [2, 3, 4, 7, 10, 25]) {
      const pool = people(n);
      const { groups, unpaired } = pairPool({ people: pool, lastMet: new Map(), avoid: new Set(), random: seeded(n) });
      expect(unpaired).toEqual([]);
      expect(everyone(groups, unpaired)).toEqual(pool);
      expect(groups.filter((g) => g.length === 3)).toHaveLength(n % 2);
      expect(groups.every((g) => g.length === 2 || g.length === 3)).toBe(true);
    }
  });

  it('one person is nobody to pair with', () => {
    expect(pairPool({ people: ['U1'], lastMet: new Map(), avoid: new Set(), random: seeded(1) })).toEqual({ groups: [], unpaired: ['U1'] });
  });

  it('never groups two people when either asked to avoid the other', () => {
    for (let seed = 0; seed < 30; seed++) {
      const pool = people(6);
      const avoid = new Set([pairKey('U000', 'U001'), pairKey('U002', 'U000'), pairKey('U003', 'U004')]);
      const { groups, unpaired } = pairPool({ people: pool, lastMet: new Map(), avoid, random: seeded(seed) });
      expect(unpaired).toEqual([]);
      for (const group of groups) for (const a of group) for (const b of group) if (a !== b) expect(avoid.has(pairKey(a, b))).toBe(false);
    }
  });

  it('leaves out only someone who avoids everyone else, and says so', () => {
    const pool = ['UA', 'UB', 'UC'];
    const avoid = new Set([pairKey('UA', 'UB'), pairKey('UA', 'UC')]);
    const { groups, unpaired } = pairPool({ people: pool, lastMet: new Map(), avoid, random: seeded(3) });
    expect(groups).toEqual([['UB', 'UC']]);
    expect(unpaired).toEqual(['UA']);
  });

  it('over weeks, nobody meets the same partner again until they have met everyone', () => {
    const pool = people(8);
    const lastMet = new Map<string, number>();
    const random = seeded(42);
    for (let week = 0; week < 7; week++) {
      const { groups } = pairPool({ people: pool, lastMet, avoid: new Set(), random, tries: 200 });
      for (const [a, b] of groups) {
        expect(lastMet.has(pairKey(a as string, b as string)), `week ${week}: ${a} and ${b} met before`).toBe(false);
        lastMet.set(pairKey(a as string, b as string), week);
      }
    }
    // 8 people have 7 partners each: after 7 weeks each has met all of them.
    expect(lastMet.size).toBe((8 * 7) / 2);
  });

  it('when a repeat is unavoidable, the pair that met longest ago meets again', () => {
    const lastMet = new Map([
      [pairKey('UA', 'UB'), 1],
      [pairKey('UC', 'UD'), 1],
      [pairKey('UA', 'UC'), 5],
      [pairKey('UB', 'UD'), 5],
      [pairKey('UA', 'UD'), 9],
      [pairKey('UB', 'UC'), 9],
    ]);
    const { groups } = pairPool({ people: ['UA', 'UB', 'UC', 'UD'], lastMet, avoid: new Set(), random: seeded(7) });
    expect(groups.sort()).toEqual([
      ['UA', 'UB'],
      ['UC', 'UD'],
    ]);
  });
});
