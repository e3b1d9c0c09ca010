import type { Indicator, IndicatorTable, IndicatorValue } from '../models/indicator.js';
import { inferDirection, type Direction } from './direction.js';
import type { CalculationWarning } from './input.js';
import { satisfiesTarget, type SatisfiesTargetOptions, type TargetVerdict, type VerdictStatus } from './satisfies-target.js';

/** Why a row has the status it has, beyond the verdict's own reason. */
export const COMPARISON_REASONS = [
  'verdict',
  'no-target',
  'no-actual',
  'no-match',
  'no-baseline',
  'year-mismatch',
  'unit-mismatch',
] as const;
export type ComparisonReason = (typeof COMPARISON_REASONS)[number];

/** One row of {@link compareTargetsToActuals}. */
export interface TargetActualRow {
  /** Indicator name (without unit). */
  indicator: string;
  number?: number;
  year?: number;
  target?: IndicatorValue;
  actual?: IndicatorValue;
  status: VerdictStatus;
  /** `verdict` when `verdict` decided; otherwise why there was nothing to compare. */
  reason: ComparisonReason;
  verdict?: TargetVerdict;
  warnings: CalculationWarning[];
}

/** Options of {@link compareTargetsToActuals}. */
export interface CompareTargetsOptions extends Omit<SatisfiesTargetOptions, 'unit' | 'direction'> {
  /** Direction per indicator; default {@link inferDirection} on its name. */
  directionOf?: (indicator: Indicator) => Direction | undefined;
}

/** The indicator and its parts (compound rows `A/B/C`), depth first. */
export function flattenIndicators(indicators: readonly Indicator[]): Indicator[] {
  const out: Indicator[] = [];
  const visit = (indicator: Indicator): void => {
    out.push(indicator);
    for (const part of indicator.parts ?? []) visit(part);
  };
  indicators.forEach(visit);
  return out;
}

function rowsOf(indicator: Indicator, options: CompareTargetsOptions): TargetActualRow[] {
  const base = { indicator: indicator.name, ...(indicator.number === undefined ? {} : { number: indicator.number }) };
  const targets = indicator.values.filter((v) => v.role === 'target');
  const actuals = indicator.values.filter((v) => v.role === 'actual');
  if (targets.length === 0) return [{ ...base, status: 'not-comparable', reason: 'no-target', warnings: [] }];
  const direction = options.directionOf?.(indicator) ?? inferDirection(indicator.name);
  return targets.map((target) => {
    // Same year; a value without a year pairs only when it is the only candidate.
    const actual =
      actuals.find((a) => a.year !== undefined && a.year === target.year) ??
      (actuals.length === 1 && (actuals[0]!.year === undefined || target.year === undefined) ? actuals[0] : undefined);
    const year = target.year ?? actual?.year;
    const row = { ...base, ...(year === undefined ? {} : { year }), target };
    if (!actual) return { ...row, status: 'not-comparable' as const, reason: 'no-actual' as const, warnings: [] };
    const verdict = satisfiesTarget(actual, target, {
      ...options,
      direction,
      ...(indicator.unit ? { unit: indicator.unit } : {}),
    });
    return { ...row, actual, status: verdict.status, reason: 'verdict' as const, verdict, warnings: verdict.warnings };
  });
}

/**
 * Compare each indicator's target with its actual value for the same year, as in a review table
 * (目标 beside 实现情况): one row per target value, `met` / `not-met` / `not-comparable`, with the
 * reason. Compound rows are compared part by part (the parent too, when it has values).
 *
 * @param input - An {@link IndicatorTable} or its indicators.
 * @param options - {@link CompareTargetsOptions}.
 * @returns One row per target value, plus a `no-target` row for an indicator without one.
 * @example
 * compareTargetsToActuals(table).map((r) => [r.indicator, r.status]);
 * // [['地区生产总值增长', 'not-met'], ['城镇调查失业率', 'met']]
 */
export function compareTargetsToActuals(
  input: IndicatorTable | readonly Indicator[],
  options: CompareTargetsOptions = {},
): TargetActualRow[] {
  const indicators = 'indicators' in input ? input.indicators : input;
  return flattenIndicators(indicators)
    .filter((indicator) => indicator.values.length > 0 || !indicator.parts?.length)
    .flatMap((indicator) => rowsOf(indicator, options));
}
