import type { Quantity } from '../models/quantity.js';
import type { Unit } from '../models/unit.js';
import type { Direction } from './direction.js';
import { readInput, type CalculationWarning, type NumericInput } from './input.js';

export const VERDICT_STATUSES = ['met', 'not-met', 'not-comparable'] as const;
export type VerdictStatus = (typeof VERDICT_STATUSES)[number];

/** Why a verdict was reached: stable codes. */
export const VERDICT_REASONS = [
  'within-bounds',
  'outside-bounds',
  'within-tolerance',
  'outside-tolerance',
  'reached',
  'not-reached',
  'text-target',
  'no-target-value',
  'missing-value',
] as const;
export type VerdictReason = (typeof VERDICT_REASONS)[number];

/** Result of {@link satisfiesTarget}. */
export interface TargetVerdict {
  status: VerdictStatus;
  reason: VerdictReason;
  /** English explanation with the numbers compared. */
  message: string;
  /** The interval the value had to fall in, when there was one. */
  accepted?: { min?: number; max?: number; minInclusive?: boolean; maxInclusive?: boolean };
  /** Tolerance applied to an `about` target, in the target's unit. */
  tolerance?: number;
  warnings: CalculationWarning[];
}

/** Options of {@link satisfiesTarget}. */
export interface SatisfiesTargetOptions {
  /** Unit of the target: percentages (`%`, `个百分点`, `‰`) get an absolute tolerance. */
  unit?: Unit;
  /**
   * Which way is better. For `about` targets it makes the band one-sided (growth of 7 meets
   * "6.5左右" when higher is better); for plain `exact` values it decides whether reaching means
   * ≥ or ≤. Default: `higher-is-better` for exact values, two-sided for `about`.
   */
  direction?: Direction;
  /** Absolute tolerance of `about` for percentage units. Default 0.5 (points). */
  absoluteTolerance?: number;
  /** Relative tolerance of `about` for other units. Default 0.05 (±5 %). */
  relativeTolerance?: number;
}

const PERCENT_DIMENSIONS = new Set(['percent', 'percentage-point', 'permille']);
// Comparisons forgive binary noise only, never a real difference in the written digits.
const EPSILON = 1e-9;

function isPercent(quantity: Quantity, unit: Unit | undefined): boolean {
  if (unit) return PERCENT_DIMENSIONS.has(unit.dimension);
  return /[%％‰]|百分点/.test(quantity.raw);
}

function inside(value: number, b: NonNullable<TargetVerdict['accepted']>): boolean {
  const eps = EPSILON * Math.max(1, Math.abs(value));
  if (b.min !== undefined && (b.minInclusive === false ? value <= b.min + eps : value < b.min - eps)) return false;
  if (b.max !== undefined && (b.maxInclusive === false ? value >= b.max - eps : value > b.max + eps)) return false;
  return true;
}

function describe(b: NonNullable<TargetVerdict['accepted']>): string {
  const lo = b.min === undefined ? '(−∞' : `${b.minInclusive === false ? '(' : '['}${b.min}`;
  const hi = b.max === undefined ? '+∞)' : `${b.max}${b.maxInclusive === false ? ')' : ']'}`;
  return `${lo}, ${hi}`;
}

/**
 * Judge whether a value meets a stated target.
 * - bounds (`≥95`, `>90`, `5以上`, `0.2以下`, `控制在…以内`, a range `2—4`): met when inside them;
 * - `about` (`6.5左右`): met when within a tolerance — ±`absoluteTolerance` (0.5) for
 *   percentages, ±`relativeTolerance` (5 %) of the target otherwise; one-sided given a direction;
 * - `exact` (a plain value): met when reached — `value ≥ target`, or `≤` for lower-is-better;
 * - a text target or a missing number: `not-comparable`.
 * Warnings carry any restored (uncertain) input, from the value or the target.
 *
 * @param value - The observed value: a number, or a Quantity-like object.
 * @param quantity - The target as a {@link Quantity} (see `parseQuantity`).
 * @param options - {@link SatisfiesTargetOptions}.
 * @returns A {@link TargetVerdict}; never throws.
 * @example
 * satisfiesTarget(5.4, parseQuantity('6.5左右'), { unit: parseUnit('%') }).status; // 'not-met'
 * satisfiesTarget(0.023, parseQuantity('控制在0.2以下')).status; // 'met'
 */
export function satisfiesTarget(
  value: NumericInput | undefined,
  quantity: Quantity,
  options: SatisfiesTargetOptions = {},
): TargetVerdict {
  const observed = readInput(value, 'value');
  const target = readInput(quantity, 'target');
  const warnings = [...observed.warnings, ...target.warnings];
  if (quantity.value === undefined && quantity.bounds === undefined) {
    return quantity.text !== undefined
      ? { status: 'not-comparable', reason: 'text-target', message: `target is stated in words: ${quantity.text}`, warnings }
      : { status: 'not-comparable', reason: 'no-target-value', message: `target ${quantity.raw} has no value`, warnings };
  }
  const v = observed.value;
  if (v === undefined || !Number.isFinite(v)) {
    return { status: 'not-comparable', reason: 'missing-value', message: 'no observed value', warnings };
  }
  const t = quantity.value;
  if (quantity.qualifier === 'about' && t !== undefined) {
    const tolerance = isPercent(quantity, options.unit)
      ? (options.absoluteTolerance ?? 0.5)
      : Math.abs(t) * (options.relativeTolerance ?? 0.05);
    const accepted: NonNullable<TargetVerdict['accepted']> = {};
    if (options.direction !== 'higher-is-better') Object.assign(accepted, { max: t + tolerance, maxInclusive: true });
    if (options.direction !== 'lower-is-better') Object.assign(accepted, { min: t - tolerance, minInclusive: true });
    const ok = inside(v, accepted);
    return {
      status: ok ? 'met' : 'not-met',
      reason: ok ? 'within-tolerance' : 'outside-tolerance',
      message: `${v} ${ok ? 'is' : 'is not'} in ${describe(accepted)} (${t} ± ${tolerance})`,
      accepted,
      tolerance,
      warnings,
    };
  }
  const bounds = quantity.bounds;
  if (bounds && (bounds.min !== undefined || bounds.max !== undefined)) {
    const ok = inside(v, bounds);
    return {
      status: ok ? 'met' : 'not-met',
      reason: ok ? 'within-bounds' : 'outside-bounds',
      message: `${v} ${ok ? 'is' : 'is not'} in ${describe(bounds)}`,
      accepted: { ...bounds },
      warnings,
    };
  }
  // A plain value is a level to reach: from below unless lower is better.
  const accepted: NonNullable<TargetVerdict['accepted']> =
    options.direction === 'lower-is-better' ? { max: t!, maxInclusive: true } : { min: t!, minInclusive: true };
  const ok = inside(v, accepted);
  return {
    status: ok ? 'met' : 'not-met',
    reason: ok ? 'reached' : 'not-reached',
    message: `${v} ${ok ? 'reaches' : 'does not reach'} ${t} (${options.direction ?? 'higher-is-better'})`,
    accepted,
    warnings,
  };
}
