import { CalculatorError } from './errors.js';
import { clean, requireInput, type Calculation, type NumericInput } from './input.js';

/** One year of a {@link trajectory}. */
export interface TrajectoryPoint {
  year: number;
  value: number;
}

/**
 * Year-by-year values of compound growth from `fromYear` (the base year, value `base`) to
 * `toYear`: `V(y) = base × (1 + g / 100)^(y − fromYear)`.
 *
 * @param base - Value in `fromYear`.
 * @param annualGrowthPercent - Growth per year in percent.
 * @param fromYear - Base year (integer).
 * @param toYear - Last year (integer ≥ `fromYear`).
 * @returns `toYear − fromYear + 1` points, the first being the base.
 * @throws {CalculatorError} `invalid-years` when the years are not integers or `toYear < fromYear`.
 * @example
 * trajectory(100, 10, 2020, 2022).value;
 * // [{ year: 2020, value: 100 }, { year: 2021, value: 110 }, { year: 2022, value: 121 }]
 */
export function trajectory(
  base: NumericInput,
  annualGrowthPercent: NumericInput,
  fromYear: number,
  toYear: number,
): Calculation<TrajectoryPoint[]> {
  const b = requireInput(base, 'base');
  const g = requireInput(annualGrowthPercent, 'annualGrowthPercent');
  if (!Number.isInteger(fromYear) || !Number.isInteger(toYear) || toYear < fromYear) {
    throw new CalculatorError(
      'invalid-years',
      'toYear',
      `need integer years with toYear ≥ fromYear, got ${fromYear}..${toYear}`,
      `年份须为整数且 toYear 不早于 fromYear，实为 fromYear ${fromYear}、toYear ${toYear}。`,
    );
  }
  const factor = 1 + g.value / 100;
  const value: TrajectoryPoint[] = [];
  for (let year = fromYear; year <= toYear; year++) {
    value.push({ year, value: clean(b.value * Math.pow(factor, year - fromYear)) });
  }
  return { value, warnings: [...b.warnings, ...g.warnings] };
}
