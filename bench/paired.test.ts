import { describe, expect, it } from 'vitest';
import { medianInterval, roundRatios } from './paired.js';

describe('medianInterval', () => {
  it('brackets the median with the order statistics a sign test gives', () => {
    // n = 10: P(X ≤ 1) = 11/1024 ≈ 0.011 ≤ 0.025 < P(X ≤ 2) = 56/1024: k = 2, [x₂, x₉].
    expect(medianInterval([10, 9, 8, 7, 6, 5, 4, 3, 2, 1])).toEqual({ median: 5.5, low: 2, high: 9 });
    // n = 30: P(X ≤ 9) ≈ 0.0214, P(X ≤ 10) ≈ 0.0494: k = 10, [x₁₀, x₂₁].
    const thirty = Array.from({ length: 30 }, (_, i) => i + 1);
    expect(medianInterval(thirty)).toEqual({ median: 15.5, low: 10, high: 21 });
    // Odd n: the middle value.
    expect(medianInterval([3, 1, 2, 5, 4, 7, 6])?.median).toBe(4);
  });

  it('has no interval for too few rounds (below 6 at 95 %), and a wider one at higher confidence', () => {
    expect(medianInterval([1, 2, 3, 4, 5])).toBeUndefined();
    expect(medianInterval([1, 2, 3, 4, 5, 6])).toEqual({ median: 3.5, low: 1, high: 6 });
    expect(medianInterval([])).toBeUndefined();
    const thirty = Array.from({ length: 30 }, (_, i) => i + 1);
    const wide = medianInterval(thirty, 0.99)!;
    expect(wide.low).toBeLessThan(10);
    expect(wide.high).toBeGreaterThan(21);
  });

  it('covers the true median of a known distribution as often as it claims, no more', () => {
    // Uniform(0, 1), median 0.5, samples of 25: k = 8, so the interval misses with probability
    // 2·P(X ≤ 7) ≈ 4.3 %. Over 4,000 samples (mulberry32, a full-period generator) the miss rate
    // must be near that: an interval one order statistic too wide (k − 1) misses 1.5 %, too
    // narrow (k + 1) 10.8 %.
    let state = 12345;
    const random = () => {
      state = (state + 0x6d2b79f5) | 0;
      let t = Math.imul(state ^ (state >>> 15), 1 | state);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
    };
    let misses = 0;
    for (let trial = 0; trial < 4000; trial++) {
      const interval = medianInterval(Array.from({ length: 25 }, random))!;
      if (interval.low > 0.5 || interval.high < 0.5) misses++;
    }
    expect(misses / 4000).toBeGreaterThan(0.03);
    expect(misses / 4000).toBeLessThan(0.06);
  });

  it('stays exact for many rounds (no underflow)', () => {
    const many = Array.from({ length: 2001 }, (_, i) => i);
    const interval = medianInterval(many)!;
    expect(interval.median).toBe(1000);
    // ±1.96·√n/2 ≈ ±44 order statistics around the median.
    expect(interval.low).toBeGreaterThan(940);
    expect(interval.low).toBeLessThan(1000);
    expect(interval.high).toBeGreaterThan(1000);
    expect(interval.high).toBeLessThan(1060);
  });
});

describe('roundRatios', () => {
  it('divides round by round, over the rounds both have', () => {
    expect(roundRatios([2, 4, 5], [4, 4, 10, 99])).toEqual([2, 1, 2]);
  });
});
