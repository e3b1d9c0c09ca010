import { growthRate } from './growth-rate.js';
import type { Calculation, NumericInput } from './input.js';

/**
 * Annual growth, in percent, needed to go from `current` to `target` in `years` years:
 * `g = ((target / current)^(1 / years) − 1) × 100` — the CAGR formula read forward.
 *
 * @param current - The latest value (> 0).
 * @param target - The target value (≥ 0).
 * @param years - Years left (> 0).
 * @returns The required rate in percent per year (negative when the target is below `current`).
 * @throws {CalculatorError} `non-positive-value` (current ≤ 0), `negative-value` (target < 0),
 *   `invalid-years` (years ≤ 0), `missing-value` / `not-finite`.
 * @example
 * requiredAnnualGrowth(100, 150, 5); // { value: 8.44717711977, warnings: [] }
 */
export function requiredAnnualGrowth(
  current: NumericInput,
  target: NumericInput,
  years: number,
): Calculation<number> {
  return growthRate(current, target, years, ['current', 'target']);
}
