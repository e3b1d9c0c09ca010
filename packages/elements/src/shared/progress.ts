import type { Indicator, IndicatorValue } from '@zhengce/core';

/**
 * LOCAL progress assessment for the elements, used only because `@zhengce/core` does not yet
 * export a calculator (`assessProgress`). Everything that computes progress goes through this
 * one module so it can be swapped for core's implementation in one place.
 *
 * Method: UN ESCAP's SDG progress assessment. From the baseline x0 (year t0), the latest actual
 * xc (year tc) and the target xT (year T):
 *   required CAGR  r* = (xT / x0)^(1 / (T − t0)) − 1
 *   achieved CAGR  r  = (xc / x0)^(1 / (tc − t0)) − 1
 *   ratio = r / r*  → on track when ≥ 0.95 (Statistics Canada / Open SDG threshold), else off track.
 * A target already met (in the indicator's better direction) is `achieved`. Growth-rate
 * indicators (地区生产总值增长, 增速) compare the mean of actual annual rates with the target rate.
 * A level indicator with only an annual-growth target gets xT = x0 (1 + g)^(T − t0).
 */
export const PROGRESS_STATUSES = ['achieved', 'on-track', 'off-track', 'unknown'] as const;
export type ProgressStatus = (typeof PROGRESS_STATUSES)[number];

export interface YearValue {
  year: number;
  value: number;
}

export interface ProgressAssessment {
  status: ProgressStatus;
  /** Achieved ÷ required growth, when both are defined. */
  ratio?: number;
  direction: 'increase' | 'decrease';
  base?: YearValue;
  /** Target level (computed from a growth target when needed). */
  target?: YearValue;
  actuals: YearValue[];
  /** True when the indicator is itself a growth rate and the target is a rate. */
  rateIndicator: boolean;
}

export const ON_TRACK_RATIO = 0.95;

const RATE_NAME = /(增长|增速|增长率)$/u;
const DECREASE_NAME = /(降低|下降|减少)/u;

function byRole(ind: Indicator, role: IndicatorValue['role']): IndicatorValue[] {
  return ind.values.filter((v) => v.role === role);
}

/**
 * Baseline, target and actual values of an indicator as (year, value) points, and its status.
 * `defaultYears` gives the table's base and target years when values carry none.
 */
export function assessIndicatorProgress(
  ind: Indicator,
  defaultYears: { base?: number; target?: number } = {},
): ProgressAssessment {
  const baseV = byRole(ind, 'baseline')[0];
  const targetV = byRole(ind, 'target')[0];
  const growthV = byRole(ind, 'growth')[0];
  const actuals: YearValue[] = byRole(ind, 'actual')
    .filter((v): v is IndicatorValue & { value: number; year: number } => v.value !== undefined && v.year !== undefined)
    .map((v) => ({ year: v.year, value: v.value }))
    .sort((a, b) => a.year - b.year);
  const t0 = baseV?.year ?? defaultYears.base;
  const T = targetV?.year ?? growthV?.year ?? defaultYears.target;
  const base = baseV?.value !== undefined && t0 !== undefined ? { year: t0, value: baseV.value } : undefined;
  const rateIndicator = RATE_NAME.test(ind.name) && targetV?.value === undefined && growthV?.value !== undefined;

  let direction: 'increase' | 'decrease' = DECREASE_NAME.test(ind.name) ? 'decrease' : 'increase';
  const q = targetV?.qualifier ?? growthV?.qualifier;
  if (q === 'at-most' || q === 'less-than') direction = 'decrease';

  let target: YearValue | undefined;
  if (T !== undefined) {
    if (targetV?.value !== undefined) target = { year: T, value: targetV.value };
    else if (rateIndicator && growthV?.value !== undefined) target = { year: T, value: growthV.value };
    else if (growthV?.value !== undefined && base && !growthV.cumulative && growthV.growthKind !== 'cumulative')
      target = { year: T, value: base.value * (1 + growthV.value / 100) ** (T - base.year) };
  }
  if (target && base && q !== 'at-most' && q !== 'less-than' && !rateIndicator)
    direction = target.value < base.value ? 'decrease' : 'increase';

  const result: ProgressAssessment = { status: 'unknown', direction, actuals, rateIndicator };
  if (base) result.base = base;
  if (target) result.target = target;
  const latest = actuals.at(-1);
  if (!latest || !target) return result;

  const better = (a: number, b: number): boolean => (direction === 'increase' ? a >= b : a <= b);

  if (rateIndicator) {
    const since = actuals.filter((a) => base === undefined || a.year > base.year);
    const mean = since.reduce((s, a) => s + a.value, 0) / Math.max(since.length, 1);
    result.ratio = target.value === 0 ? undefined : mean / target.value;
    if (latest.year >= target.year) result.status = better(mean, target.value) ? 'achieved' : 'off-track';
    else result.status = result.ratio !== undefined && result.ratio >= ON_TRACK_RATIO ? 'on-track' : 'off-track';
    return result;
  }

  if (better(latest.value, target.value)) {
    result.status = 'achieved';
    return result;
  }
  if (!base || latest.year <= base.year || base.value <= 0 || latest.value <= 0 || target.value <= 0) {
    result.status = latest.year >= target.year ? 'off-track' : 'unknown';
    return result;
  }
  const required = (target.value / base.value) ** (1 / (target.year - base.year)) - 1;
  const achieved = (latest.value / base.value) ** (1 / (latest.year - base.year)) - 1;
  if (required === 0) return result;
  result.ratio = achieved / required;
  result.status = latest.year < target.year && result.ratio >= ON_TRACK_RATIO ? 'on-track' : 'off-track';
  return result;
}
