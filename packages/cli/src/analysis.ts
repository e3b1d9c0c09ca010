import {
  assessProgress,
  compareTargetsToActuals,
  extractIndicatorTables,
  extractPanels,
  inferDirection,
  type Direction,
  type Indicator,
  type IndicatorTable,
  type IndicatorValue,
  type Panel,
  type ProgressAssessment,
  type TargetActualRow,
} from '@zhengce/core/lite';
import type { Loaded } from './inputs.js';

/** An indicator and its parts (compound rows `A/B/C`), depth first. */
export function flattenIndicators(indicators: readonly Indicator[]): Indicator[] {
  return indicators.flatMap((i) => [i, ...flattenIndicators(i.parts ?? [])]);
}

export const tablesOf = (loaded: Loaded): IndicatorTable[] => extractIndicatorTables(loaded.text);
/** Panels; pass the document's tables when you have them, so they are not read twice. */
export const panelsOf = (loaded: Loaded, tables?: readonly IndicatorTable[]): Panel[] =>
  extractPanels(loaded.text, tables ? { tables } : {});

/** One row of the progress report: the comparison of target and actual, and the ESCAP assessment. */
export interface ProgressRow {
  table: string;
  number?: number | undefined;
  indicator: string;
  unit?: string | undefined;
  direction: Direction;
  baseline?: IndicatorValue | undefined;
  target?: IndicatorValue | undefined;
  actual?: IndicatorValue | undefined;
  /** Target vs actual (`compareTargetsToActuals`): met, not-met, not-comparable. */
  status: TargetActualRow['status'];
  reason: TargetActualRow['reason'];
  /** ESCAP / Open SDG anticipated progress (`assessProgress`), when baseline, actual and target are numbers. */
  progress?: ProgressAssessment | undefined;
}

function directionOf(indicator: Indicator, target: IndicatorValue | undefined): Direction {
  if (target?.qualifier === 'at-most' || target?.qualifier === 'less-than') return 'lower-is-better';
  if (target?.qualifier === 'at-least' || target?.qualifier === 'more-than') return 'higher-is-better';
  return inferDirection(indicator.name);
}

/** Tables that have actual values (a review table: 目标 beside 实现情况). */
export function tablesWithActuals(tables: readonly IndicatorTable[]): IndicatorTable[] {
  return tables.filter((t) => t.columns.some((c) => c.role === 'actual'));
}

/** The progress report of a table with actuals. */
export function progressOf(table: IndicatorTable): ProgressRow[] {
  const byName = new Map(flattenIndicators(table.indicators).map((i) => [i.name, i]));
  return compareTargetsToActuals(table, { directionOf: (i) => directionOf(i, i.values.find((v) => v.role === 'target')) }).map((row) => {
    const indicator = byName.get(row.indicator);
    const baseline = indicator?.values.find((v) => v.role === 'baseline');
    const direction = indicator ? directionOf(indicator, row.target) : inferDirection(row.indicator);
    const out: ProgressRow = {
      table: table.title,
      number: row.number,
      indicator: row.indicator,
      unit: indicator?.unit?.raw,
      direction,
      baseline,
      target: row.target,
      actual: row.actual,
      status: row.status,
      reason: row.reason,
    };
    const years = [baseline?.year, row.actual?.year, row.target?.year];
    if (
      baseline?.value !== undefined &&
      row.actual?.value !== undefined &&
      row.target?.value !== undefined &&
      years.every((y) => y !== undefined)
    ) {
      out.progress = assessProgress({
        baseline: { year: baseline.year!, value: baseline },
        current: { year: row.actual.year!, value: row.actual },
        target: { year: row.target.year!, value: row.target },
        direction,
      });
    }
    return out;
  });
}
