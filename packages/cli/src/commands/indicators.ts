import type { IndicatorTable } from '@zhengce/core/lite';
import { flattenIndicators, tablesOf } from '../analysis.js';
import { printJson, runDocuments, type Command } from '../command.js';
import { csv, mdTable, type Cell } from '../csv.js';
import type { InputRef } from '../inputs.js';

const help = `zhengce indicators — indicator tables (主要指标) as JSON or CSV

Usage:
  zhengce indicators <file|dir|->... [--format json|ndjson|csv|md] [--csv]

Options:
  -f, --format     json (default: the IndicatorTable array), ndjson (one {file, tables} per line),
                   csv (one row per indicator value), md (one Markdown table per indicator table)
      --csv        same as --format csv
  -e, --encoding   auto (default), utf-8, gb18030, utf-16le, utf-16be

CSV columns: ${'file, table, panel, number, category, indicator, unit, attribute, role, column, year, raw, value, qualifier, cumulative, restoration_method, restoration_confidence'}
(restoration_* are set when a lost decimal point was restored: see docs/indicators.md).

Examples:
  zhengce indicators fixtures/seeds/001_f61c2087ba53f0d6.txt
  zhengce indicators fixtures/seeds/003_3191d9a98261c202.txt --csv > indicators.csv
`;

export const INDICATOR_CSV_HEADER = [
  'file',
  'table',
  'panel',
  'number',
  'category',
  'indicator',
  'unit',
  'attribute',
  'role',
  'column',
  'year',
  'raw',
  'value',
  'qualifier',
  'cumulative',
  'restoration_method',
  'restoration_confidence',
] as const;

/** One CSV row per indicator value (compound rows: one per part). */
export function indicatorRows(file: string, tables: readonly IndicatorTable[]): Cell[][] {
  return tables.flatMap((table) =>
    flattenIndicators(table.indicators).flatMap((ind) =>
      ind.values.map((v) => [
        file,
        table.title,
        table.panelLabel,
        ind.numberLabel ?? ind.number,
        ind.category,
        ind.name,
        ind.unit?.raw,
        ind.attribute,
        v.role,
        v.column,
        v.year,
        v.raw,
        v.value,
        v.qualifier,
        v.cumulative,
        v.restoration?.method,
        v.restoration?.confidence,
      ]),
    ),
  );
}

export const indicators: Command = {
  name: 'indicators',
  summary: 'indicator tables (主要指标) as JSON, CSV or Markdown',
  help,
  run: (argv, io) =>
    runDocuments<IndicatorTable[]>(argv.map((a) => (a === '--csv' ? '--format=csv' : a)), io, {
      name: 'indicators',
      formats: ['json', 'ndjson', 'csv', 'md'],
      help,
      each: (loaded) => tablesOf(loaded),
      done: (results, run) => {
        if (run.format === 'csv') {
          run.io.stdout(csv(INDICATOR_CSV_HEADER, results.flatMap((r) => indicatorRows(r.input.name, r.value))));
        } else if (run.format === 'md') {
          for (const r of results) run.io.stdout(markdown(r.input, r.value));
        } else printJson(results, run, 'tables');
      },
    }),
};

function markdown(input: InputRef, tables: readonly IndicatorTable[]): string {
  return tables
    .map((t) => {
      const header = ['序号', '指标', ...t.columns.map((c) => (c.group ? `${c.group} ${c.label}` : c.label)), '属性'];
      const rows = flattenIndicators(t.indicators).map((ind) => [
        ind.numberLabel ?? ind.number,
        ind.rawName,
        ...t.columns.map((c) => ind.values.find((v) => v.column === c.label && (v.group ?? '') === (c.group ?? ''))?.raw),
        ind.attribute === 'binding' ? '约束性' : ind.attribute === 'expected' ? '预期性' : '',
      ]);
      return `## ${t.panelLabel ? `${t.panelLabel} ` : ''}${t.title}\n\n_${input.name}_\n\n${mdTable(header, rows)}\n`;
    })
    .join('');
}
