import { CalculatorError } from './errors.js';
import { clean, requireInput, type Calculation, type NumericInput } from './input.js';

/**
 * Value after `years` years of compound growth: `V = base × (1 + g / 100)^years`.
 *
 * @param base - Starting value.
 * @param annualGrowthPercent - Growth per year in percent (−100 < g).
 * @param years - Years (≥ 0; 0 returns `base`).
 * @returns The projected value, with warnings for uncertain inputs.
 * @throws {CalculatorError} `invalid-years` when `years < 0`; `negative-value` when
 *   `annualGrowthPercent < −100` (a fall of more than everything).
 * @example
 * projectValue(100, 10, 2); // { value: 121, warnings: [] }
 */
export function projectValue(
  base: NumericInput,
  annualGrowthPercent: NumericInput,
  years: number,
): Calculation<number> {
  const b = requireInput(base, 'base');
  const g = requireInput(annualGrowthPercent, 'annualGrowthPercent');
  if (!(years >= 0) || !Number.isFinite(years)) {
    throw new CalculatorError('invalid-years', 'years', `years must be ≥ 0, got ${years}`, `年数须大于或等于 0，实为 ${years}。`);
  }
  if (g.value < -100) {
    throw new CalculatorError('negative-value', 'annualGrowthPercent', `growth below −100%: ${g.value}`, `年均增长率不得低于 −100%，实为 ${g.value}%。`);
  }
  const value = clean(b.value * Math.pow(1 + g.value / 100, years));
  return { value, warnings: [...b.warnings, ...g.warnings] };
}
