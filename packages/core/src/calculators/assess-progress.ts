import type { Direction } from './direction.js';
import { clean, readInput, type CalculationWarning, type NumericInput } from './input.js';

/** Anticipated-progress categories (Open SDG / Statistics Canada), plus the cases with no verdict. */
export const PROGRESS_STATUSES = [
  'target-met',
  'on-track',
  'needs-acceleration',
  'limited-progress',
  'worsening',
  'not-assessable',
] as const;
export type ProgressStatus = (typeof PROGRESS_STATUSES)[number];

/** Why an assessment is what it is, beyond the ratio: stable codes. */
export const PROGRESS_REASONS = [
  'ratio',
  'target-met',
  'fell-behind-met-target',
  'missing-value',
  'not-finite',
  'no-elapsed-time',
  'invalid-target-year',
] as const;
export type ProgressReason = (typeof PROGRESS_REASONS)[number];

/** Growth measured as compound rates (percent per year) or, when a value is ≤ 0, linear (units per year). */
export const GROWTH_METHODS = ['compound', 'linear'] as const;
export type GrowthMethod = (typeof GROWTH_METHODS)[number];

/** A value in a year. */
export interface ProgressPoint {
  year: number;
  value: NumericInput | undefined;
}

/** Input of {@link assessProgress}. */
export interface ProgressInput {
  baseline: ProgressPoint;
  current: ProgressPoint;
  target: ProgressPoint;
  direction: Direction;
}

/** Options of {@link assessProgress}: the Open SDG thresholds by default. */
export interface AssessProgressOptions {
  /** Ratio at or above which progress is on track. Default 0.95. */
  onTrack?: number;
  /** Ratio at or above which progress needs acceleration (below: limited). Default 0.6. */
  needsAcceleration?: number;
}

/** Result of {@link assessProgress}: every number is finite or absent, never NaN. */
export interface ProgressAssessment {
  status: ProgressStatus;
  reason: ProgressReason;
  message: string;
  method?: GrowthMethod;
  /** Current status: share of the way from baseline to target covered, `(c − b) / (t − b)`. */
  currentStatus?: number;
  /** Growth achieved per year from baseline to current. */
  achievedGrowth?: number;
  /** Growth per year from baseline needed to reach the target in the target year. */
  requiredGrowth?: number;
  /** `achievedGrowth / requiredGrowth`: the anticipated-progress measure. */
  ratio?: number;
  /** Growth per year still needed from the current value to reach the target on time. */
  remainingRequiredGrowth?: number;
  warnings: CalculationWarning[];
}

function finite(value: number): number | undefined {
  return Number.isFinite(value) ? clean(value) : undefined;
}

function rate(method: GrowthMethod, from: number, to: number, years: number): number {
  return method === 'compound' ? (Math.pow(to / from, 1 / years) - 1) * 100 : (to - from) / years;
}

function put<K extends keyof ProgressAssessment>(out: ProgressAssessment, key: K, value: number | undefined): void {
  if (value !== undefined) (out as unknown as Record<string, number>)[key] = value;
}

/**
 * Assess progress toward a target with UN ESCAP's SDG progress method as implemented by
 * Statistics Canada and Open SDG:
 * - current status `(c − b) / (t − b)`: share of the distance from baseline to target covered;
 * - achieved growth `CAGRₐ = (c / b)^(1 / (t_c − t_b)) − 1`, required growth
 *   `CAGRᵣ = (t / b)^(1 / (t_t − t_b)) − 1`, anticipated progress `R = CAGRₐ / CAGRᵣ`;
 * - on track `R ≥ 0.95`, needs acceleration `0.6 ≤ R < 0.95`, limited progress `0 ≤ R < 0.6`,
 *   worsening `R < 0`; a target already met (`c ≥ t`, or `≤` for lower-is-better) is `target-met`.
 * When any of b, c, t is ≤ 0 a compound rate is undefined, so linear rates `(c − b) / years` are
 * used instead (`method: 'linear'`). A baseline that already met the target followed by a current
 * value that does not is `worsening` (the required growth points the wrong way).
 *
 * @param input - Baseline, current and target points and the direction of "better".
 * @param options - {@link AssessProgressOptions}.
 * @returns A {@link ProgressAssessment}; degenerate input gives `not-assessable` with a reason.
 * @example
 * assessProgress({
 *   baseline: { year: 2020, value: 100 }, current: { year: 2022, value: 110.25 },
 *   target: { year: 2025, value: 140.255 }, direction: 'higher-is-better',
 * }).status; // 'needs-acceleration' (CAGRₐ = 5 %, CAGRᵣ = 7 %, R = 0.714…)
 */
export function assessProgress(input: ProgressInput, options: AssessProgressOptions = {}): ProgressAssessment {
  const b = readInput(input.baseline.value, 'baseline');
  const c = readInput(input.current.value, 'current');
  const t = readInput(input.target.value, 'target');
  const warnings = [...b.warnings, ...c.warnings, ...t.warnings];
  const none = (reason: ProgressReason, message: string): ProgressAssessment => ({
    status: 'not-assessable',
    reason,
    message,
    warnings,
  });
  if (b.value === undefined || c.value === undefined || t.value === undefined) {
    return none('missing-value', 'baseline, current and target values are all needed');
  }
  if (![b.value, c.value, t.value, input.baseline.year, input.current.year, input.target.year].every(Number.isFinite)) {
    return none('not-finite', 'values and years must be finite numbers');
  }
  const elapsed = input.current.year - input.baseline.year;
  const horizon = input.target.year - input.baseline.year;
  if (elapsed <= 0) return none('no-elapsed-time', 'the current year must be after the baseline year');
  if (horizon <= 0) return none('invalid-target-year', 'the target year must be after the baseline year');

  const d = input.direction === 'lower-is-better' ? -1 : 1;
  const method: GrowthMethod = b.value > 0 && c.value > 0 && t.value > 0 ? 'compound' : 'linear';
  const achieved = rate(method, b.value, c.value, elapsed);
  const required = rate(method, b.value, t.value, horizon);
  const out: ProgressAssessment = { status: 'not-assessable', reason: 'ratio', message: '', method, warnings };
  if (t.value !== b.value) put(out, 'currentStatus', finite((c.value - b.value) / (t.value - b.value)));
  put(out, 'achievedGrowth', finite(achieved));
  put(out, 'requiredGrowth', finite(required));
  const left = input.target.year - input.current.year;
  if (left > 0) put(out, 'remainingRequiredGrowth', finite(method === 'compound' && c.value > 0 ? rate('compound', c.value, t.value, left) : (t.value - c.value) / left));

  if (d * (c.value - t.value) >= 0) {
    return { ...out, status: 'target-met', reason: 'target-met', message: `current ${c.value} already meets target ${t.value}` };
  }
  // Required growth zero or pointing away from "better": the baseline had met the target.
  if (d * required <= 0) {
    return {
      ...out,
      status: 'worsening',
      reason: 'fell-behind-met-target',
      message: `baseline ${b.value} met target ${t.value} but current ${c.value} does not`,
    };
  }
  const ratio = clean(achieved / required);
  const onTrack = options.onTrack ?? 0.95;
  const acceleration = options.needsAcceleration ?? 0.6;
  const status: ProgressStatus =
    ratio >= onTrack ? 'on-track' : ratio >= acceleration ? 'needs-acceleration' : ratio >= 0 ? 'limited-progress' : 'worsening';
  return { ...out, ratio, status, reason: 'ratio', message: `achieved ${clean(achieved)} / required ${clean(required)} per year = ${ratio}` };
}
