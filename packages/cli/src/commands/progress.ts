import type { IndicatorValue } from '@zhengce/core/lite';
import { progressOf, tablesOf, tablesWithActuals, type ProgressRow } from '../analysis.js';
import { printJson, runDocuments, type Command } from '../command.js';
import { csv, mdTable, type Cell } from '../csv.js';

const help = `zhengce progress — targets against actuals in review tables (目标 beside 实现情况)

For every indicator table that has actual values, each target is compared with the actual of
the same year (met / not-met / not-comparable, qualifiers such as 以上 and 以下 honoured), and,
where baseline, actual and target are numbers, progress is assessed with the UN ESCAP / Open SDG
method (achieved ÷ required compound annual growth: on-track ≥ 0.95, needs-acceleration ≥ 0.6,
limited-progress ≥ 0, worsening < 0; target-met when reached). See docs/calculators.md.

Usage:
  zhengce progress <file|dir|->... [--format json|ndjson|csv|md]

Options:
  -f, --format     json (default), ndjson, csv (one row per target), md
  -e, --encoding   auto (default), utf-8, gb18030, utf-16le, utf-16be

CSV columns: file, table, number, indicator, unit, direction, baseline_year, baseline, target_year,
target, actual_year, actual, status, reason, progress, ratio, uncertain

Examples:
  zhengce progress fixtures/seeds/003_3191d9a98261c202.txt --format md
`;

const HEADER = [
  'file', 'table', 'number', 'indicator', 'unit', 'direction', 'baseline_year', 'baseline', 'target_year',
  'target', 'actual_year', 'actual', 'status', 'reason', 'progress', 'ratio', 'uncertain',
];

function rows(file: string, report: readonly ProgressRow[]): Cell[][] {
  return report.map((r) => [
    file,
    r.table,
    r.number,
    r.indicator,
    r.unit,
    r.direction,
    r.baseline?.year,
    r.baseline?.raw,
    r.target?.year,
    r.target?.raw,
    r.actual?.year,
    r.actual?.raw,
    r.status,
    r.reason,
    r.progress?.status,
    r.progress?.ratio === undefined ? undefined : Math.round(r.progress.ratio * 1000) / 1000,
    [r.baseline, r.target, r.actual].some((v) => v?.restoration && v.restoration.confidence < 1),
  ]);
}

export const progress: Command = {
  name: 'progress',
  summary: 'targets vs actuals and ESCAP progress for review tables',
  help,
  run: (argv, io) =>
    runDocuments<ProgressRow[]>(argv, io, {
      name: 'progress',
      formats: ['json', 'ndjson', 'csv', 'md'],
      help,
      each: (loaded, run) => {
        const tables = tablesWithActuals(tablesOf(loaded));
        if (tables.length === 0) run.io.stderr(`zhengce: ${loaded.input.name}: no indicator table with actual values (实现情况)\n`);
        return tables.flatMap(progressOf);
      },
      done: (results, run) => {
        if (run.format === 'csv') run.io.stdout(csv(HEADER, results.flatMap((r) => rows(r.input.name, r.value))));
        else if (run.format === 'md') {
          const shown = (v: IndicatorValue | undefined) =>
            v === undefined ? '' : `${v.value ?? v.raw}${v.restoration && v.restoration.confidence < 1 ? '?' : ''}`;
          const body = results.flatMap((r) =>
            r.value.map((p) => [p.number, p.indicator, shown(p.baseline), shown(p.target), shown(p.actual), p.status, p.progress?.status, p.progress?.ratio?.toFixed(2)]),
          );
          run.io.stdout(mdTable(['序号', '指标', '基期', '目标', '实际', '目标对比', '进度', '比值'], body) + '\n? restored from digits whose decimal point was lost: uncertain (see docs/indicators.md)\n');
        } else printJson(results, run, 'progress');
      },
    }),
};
