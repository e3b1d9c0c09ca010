/**
 * Ratios of two tasks timed in the same interleaved rounds. Every round runs each task once,
 * back to back, so the ratio of their times in one round cancels what drifts between rounds (other
 * processes on a shared machine, the heap's state); the median of those ratios, with a
 * distribution-free confidence interval, says whether a difference is more than noise.
 */

import { median } from './interleave.js';

/** A median with the interval that holds the true median with at least the stated confidence. */
export interface MedianInterval {
  median: number;
  low: number;
  high: number;
}

/**
 * `P(X ≤ k)` for X ~ Binomial(n, 1/2), for every k: a running sum of C(n, k) / 2^n, each term
 * built in logarithms (2^-n alone underflows to 0 from n = 1075 on).
 */
function binomialHalfCdf(n: number): number[] {
  const cdf: number[] = [];
  let logTerm = -n * Math.LN2; // log(C(n, 0) / 2^n)
  let sum = 0;
  for (let k = 0; k <= n; k++) {
    sum += Math.exp(logTerm);
    cdf.push(sum);
    logTerm += Math.log(n - k) - Math.log(k + 1);
  }
  return cdf;
}

/**
 * The median of `xs` and a confidence interval for it from order statistics (the interval a sign
 * test gives, valid for any distribution): `[x₍ₖ₎, x₍ₙ₋ₖ₊₁₎]` for the largest k with
 * `2·P(Binomial(n, ½) ≤ k − 1) ≤ 1 − confidence`, for rounds taken as independent draws. Undefined
 * when the rounds are too few for any such k (fewer than 6 at 95 %).
 *
 * @example
 * medianInterval([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]); // { median: 5.5, low: 2, high: 9 }
 */
export function medianInterval(xs: readonly number[], confidence = 0.95): MedianInterval | undefined {
  const n = xs.length;
  if (n === 0) return undefined;
  const sorted = [...xs].sort((a, b) => a - b);
  const cdf = binomialHalfCdf(n);
  let k = 0;
  while (k + 1 <= n && 2 * cdf[k]! <= 1 - confidence) k++; // cdf[k] = P(X ≤ (k + 1) − 1)
  if (k === 0) return undefined;
  return { median: median(sorted), low: sorted[k - 1]!, high: sorted[n - k]! };
}

/** `b[i] / a[i]` for every round both timed: with times, how many times faster `a` ran than `b`. */
export function roundRatios(a: readonly number[], b: readonly number[]): number[] {
  const n = Math.min(a.length, b.length);
  return Array.from({ length: n }, (_, i) => b[i]! / a[i]!);
}
