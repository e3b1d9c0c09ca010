import { CalculatorError } from './errors.js';
import { clean, requireInput, type Calculation, type NumericInput } from './input.js';

/**
 * `((to / from)^(1 / years) − 1) × 100`, shared by the CAGR and required-growth calculators so
 * that their errors name their own arguments.
 */
export function growthRate(
  from: NumericInput,
  to: NumericInput,
  years: number,
  names: readonly [string, string],
): Calculation<number> {
  const [fromName, toName] = names;
  const a = requireInput(from, fromName);
  const b = requireInput(to, toName);
  if (!(years > 0) || !Number.isFinite(years)) {
    throw new CalculatorError('invalid-years', 'years', `years must be > 0, got ${years}`, `年数须大于 0，实为 ${years}。`);
  }
  // A rate of change of 0 or of a negative number has no meaning: the ratio is undefined.
  if (a.value <= 0) {
    throw new CalculatorError('non-positive-value', fromName, `${fromName} must be > 0, got ${a.value}`, `${fromName} 须大于 0，实为 ${a.value}。`);
  }
  if (b.value < 0) {
    throw new CalculatorError('negative-value', toName, `${toName} must be ≥ 0, got ${b.value}`, `${toName} 须大于或等于 0，实为 ${b.value}。`);
  }
  const value = clean((Math.pow(b.value / a.value, 1 / years) - 1) * 100);
  return { value, warnings: [...a.warnings, ...b.warnings] };
}
