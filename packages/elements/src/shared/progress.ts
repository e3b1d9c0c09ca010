import {
  assessProgress,
  inferDirection,
  satisfiesTarget,
  type Direction,
  type Indicator,
  type IndicatorValue,
  type ProgressAssessment,
} from '@zhengce/core/lite';

/**
 * The ONE place where the elements turn an indicator into a progress verdict. The method is
 * core's `assessProgress` (UN ESCAP / Open SDG: achieved ÷ required compound annual growth,
 * on track at ≥ 0.95) and `satisfiesTarget` (qualified targets such as `>42`, `<5.5`); this
 * module only picks the points out of an `Indicator` and folds core's five statuses into the
 * three a reader sees:
 *   target-met → achieved · on-track → on track ·
 *   needs-acceleration, limited-progress, worsening → off track · not-assessable → unknown.
 * A target year that has passed without the target met is off track.
 * Growth-rate indicators (地区生产总值增长, …增速) with an annual-growth target compare the mean
 * of the actual annual rates since the base year with the target rate.
 * A level indicator with only an annual-growth target g gets the target x₀ (1 + g)^(T − t₀).
 */
export const PROGRESS_DISPLAY_STATUSES = ['achieved', 'on-track', 'off-track', 'unknown'] as const;
export type ProgressDisplayStatus = (typeof PROGRESS_DISPLAY_STATUSES)[number];

export interface YearValue {
  year: number;
  value: number;
}

export interface IndicatorProgress {
  status: ProgressDisplayStatus;
  direction: Direction;
  base?: YearValue;
  /** Target level (computed from a growth target when needed). */
  target?: YearValue;
  actuals: YearValue[];
  /** True when the indicator is itself a growth rate and the target is a rate. */
  rateIndicator: boolean;
  /** Achieved ÷ required growth (or mean rate ÷ target rate), when defined. */
  ratio?: number;
  /** Core's full assessment, when one was made. */
  assessment?: ProgressAssessment;
}

const RATE_NAME = /(增长|增速|增长率)$/u;

const byRole = (ind: Indicator, role: IndicatorValue['role']): IndicatorValue[] => ind.values.filter((v) => v.role === role);

/**
 * Baseline, target and actual values of an indicator as (year, value) points, and its status.
 * `defaultYears` gives the table's base and target years when values carry none.
 */
export function assessIndicatorProgress(
  ind: Indicator,
  defaultYears: { base?: number; target?: number } = {},
): IndicatorProgress {
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
  const goal = targetV?.value !== undefined ? targetV : growthV;

  let direction: Direction = inferDirection(ind.name);
  if (goal?.qualifier === 'at-most' || goal?.qualifier === 'less-than') direction = 'lower-is-better';
  else if (goal?.qualifier === 'at-least' || goal?.qualifier === 'more-than') direction = 'higher-is-better';

  let target: YearValue | undefined;
  if (T !== undefined) {
    if (targetV?.value !== undefined) target = { year: T, value: targetV.value };
    else if (rateIndicator && growthV?.value !== undefined) target = { year: T, value: growthV.value };
    else if (growthV?.value !== undefined && base && !growthV.cumulative && growthV.growthKind !== 'cumulative')
      target = { year: T, value: base.value * (1 + growthV.value / 100) ** (T - base.year) };
  }

  const result: IndicatorProgress = { status: 'unknown', direction, actuals, rateIndicator };
  if (base) result.base = base;
  if (target) result.target = target;
  const latest = actuals.at(-1);
  if (!latest || !target || !goal) return result;
  const verdictOptions = { direction, ...(ind.unit ? { unit: ind.unit } : {}) };

  if (rateIndicator) {
    const since = actuals.filter((a) => !base || a.year > base.year);
    if (since.length === 0) return result;
    const mean = since.reduce((s, a) => s + a.value, 0) / since.length;
    const met = satisfiesTarget(mean, goal, verdictOptions).status === 'met';
    if (target.value !== 0) result.ratio = mean / target.value;
    if (latest.year >= target.year) result.status = met ? 'achieved' : 'off-track';
    else result.status = met || (result.ratio !== undefined && result.ratio >= 0.95) ? 'on-track' : 'off-track';
    return result;
  }

  // A level target stated with a qualifier (>42, <5.5) is met per its bounds.
  if (targetV?.value !== undefined && satisfiesTarget(latest.value, targetV, verdictOptions).status === 'met') {
    result.status = 'achieved';
    return result;
  }
  if (!base) {
    if (latest.year >= target.year) result.status = 'off-track';
    return result;
  }
  const a = assessProgress({ baseline: base, current: latest, target, direction });
  result.assessment = a;
  if (a.ratio !== undefined) result.ratio = a.ratio;
  switch (a.status) {
    case 'target-met':
      result.status = 'achieved';
      break;
    case 'on-track':
      result.status = latest.year >= target.year ? 'off-track' : 'on-track';
      break;
    case 'not-assessable':
      result.status = latest.year >= target.year ? 'off-track' : 'unknown';
      break;
    default:
      result.status = 'off-track';
  }
  return result;
}
