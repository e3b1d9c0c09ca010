import { growthRate } from './growth-rate.js';
import type { Calculation, NumericInput } from './input.js';

/**
 * Compound annual growth rate (CAGR), in percent:
 * `CAGR = ((end / start)^(1 / years) − 1) × 100`.
 *
 * @param start - Value at the start (> 0).
 * @param end - Value after `years` years (≥ 0).
 * @param years - Number of years between them (> 0, may be fractional).
 * @returns The rate in percent per year, with warnings for uncertain inputs.
 * @throws {CalculatorError} `non-positive-value` when `start ≤ 0`; `negative-value` when
 *   `end < 0`; `invalid-years` when `years ≤ 0`; `missing-value` / `not-finite` for absent inputs.
 * @example
 * compoundAnnualGrowth(100, 121, 2); // { value: 10, warnings: [] }
 */
export function compoundAnnualGrowth(
  start: NumericInput,
  end: NumericInput,
  years: number,
): Calculation<number> {
  return growthRate(start, end, years, ['start', 'end']);
}
