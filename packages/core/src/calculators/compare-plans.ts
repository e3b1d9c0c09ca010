import type { Indicator, IndicatorTable, IndicatorValue } from '../models/indicator.js';
import { convertQuantity } from '../units/convert-quantity.js';
import { flattenIndicators, type ComparisonReason, type CompareTargetsOptions } from './compare-targets-to-actuals.js';
import { inferDirection } from './direction.js';
import type { CalculationWarning } from './input.js';
import { normalizeIndicatorName } from './normalize-indicator-name.js';
import { satisfiesTarget, type TargetVerdict, type VerdictStatus } from './satisfies-target.js';

/** One earlier-plan indicator checked against the later plan's baseline. */
export interface PlanComparisonRow {
  /** Matching key, see `normalizeIndicatorName`. */
  key: string;
  /** Name in the earlier plan. */
  indicator: string;
  earlier: Indicator;
  later?: Indicator;
  /** The earlier plan's target. */
  target?: IndicatorValue;
  /** The later plan's baseline (the earlier period's outcome). */
  baseline?: IndicatorValue;
  /** The baseline converted into the earlier indicator's unit, when the units differ in prefix. */
  baselineValue?: number;
  status: VerdictStatus;
  reason: ComparisonReason;
  verdict?: TargetVerdict;
  warnings: CalculationWarning[];
}

/** Result of {@link comparePlans}. */
export interface PlanComparison {
  rows: PlanComparisonRow[];
  /** Names of later-plan indicators that match nothing in the earlier plan (new indicators). */
  unmatchedLater: string[];
}

function latest(values: IndicatorValue[]): IndicatorValue | undefined {
  return [...values].sort((a, b) => (b.year ?? 0) - (a.year ?? 0))[0];
}

function compareRow(key: string, earlier: Indicator, later: Indicator | undefined, options: CompareTargetsOptions): PlanComparisonRow {
  const row = { key, indicator: earlier.name, earlier };
  const notComparable = (reason: ComparisonReason, extra: Partial<PlanComparisonRow> = {}): PlanComparisonRow => ({
    ...row,
    ...extra,
    status: 'not-comparable',
    reason,
    warnings: [],
  });
  const target = latest(earlier.values.filter((v) => v.role === 'target'));
  if (!target) return notComparable('no-target', later ? { later } : {});
  if (!later) return notComparable('no-match', { target });
  const baselines = later.values.filter((v) => v.role === 'baseline');
  const baseline = baselines.find((v) => v.year !== undefined && v.year === target.year) ?? baselines[0];
  if (!baseline) return notComparable('no-baseline', { later, target });
  if (baseline.year !== undefined && target.year !== undefined && baseline.year !== target.year) {
    return notComparable('year-mismatch', { later, target, baseline });
  }
  let baselineValue = baseline.value;
  if (baselineValue !== undefined && earlier.unit && later.unit) {
    try {
      baselineValue = convertQuantity(baselineValue, later.unit, earlier.unit);
    } catch {
      return notComparable('unit-mismatch', { later, target, baseline });
    }
  }
  const direction = options.directionOf?.(earlier) ?? inferDirection(earlier.name);
  // Keep the baseline's restoration so uncertain digits still warn after conversion.
  const verdict = satisfiesTarget({ ...baseline, value: baselineValue }, target, {
    ...options,
    direction,
    ...(earlier.unit ? { unit: earlier.unit } : {}),
  });
  return {
    ...row,
    later,
    target,
    baseline,
    ...(baselineValue !== undefined && baselineValue !== baseline.value ? { baselineValue } : {}),
    status: verdict.status,
    reason: 'verdict',
    verdict,
    warnings: verdict.warnings,
  };
}

/**
 * Check an earlier plan's targets against a later plan's baselines: the 十五五 table's 2025 column
 * is how the 十四五 targets for 2025 turned out. Indicators match by
 * `normalizeIndicatorName` (units, punctuation, 全省/全市 prefixes and whitespace ignored); units of
 * the same base are converted; different bases are `unit-mismatch`.
 *
 * @param earlier - The earlier plan's indicator table.
 * @param later - The later plan's indicator table.
 * @param options - {@link CompareTargetsOptions}.
 * @returns One row per earlier indicator and the names of later indicators with no match.
 * @example
 * comparePlans(plan14, plan15).rows.map((r) => [r.indicator, r.status]);
 * // [['地区生产总值', 'met'], ['城镇调查失业率', 'met'], ['高质量发展指数', 'not-comparable']]
 */
export function comparePlans(
  earlier: IndicatorTable,
  later: IndicatorTable,
  options: CompareTargetsOptions = {},
): PlanComparison {
  const laterByKey = new Map<string, Indicator>();
  for (const indicator of flattenIndicators(later.indicators)) {
    const key = normalizeIndicatorName(indicator.rawName || indicator.name);
    if (!laterByKey.has(key)) laterByKey.set(key, indicator);
  }
  const used = new Set<string>();
  const rows = flattenIndicators(earlier.indicators)
    .filter((indicator) => indicator.values.length > 0)
    .map((indicator) => {
      const key = normalizeIndicatorName(indicator.rawName || indicator.name);
      const match = laterByKey.get(key);
      if (match) used.add(key);
      return compareRow(key, indicator, match, options);
    });
  const unmatchedLater = [...laterByKey.entries()].filter(([key, ind]) => !used.has(key) && ind.values.length > 0).map(([, ind]) => ind.name);
  return { rows, unmatchedLater };
}
