import type { DocumentTarget } from '@zhengce/core/lite';
import { printJson, runDocuments, type Command } from '../command.js';
import { UsageError } from '../errors.js';
import { csv, mdTable, type Cell } from '../csv.js';

const help = `zhengce targets — numeric targets stated in running text

Usage:
  zhengce targets <file|dir|->... [--plan-end <year>] [--format json|ndjson|csv|md]

A target without a stated year gets the plan period's end year, read from the document title
(第十四个五年规划 / 十四五 → 2025, 第十五个五年 → 2030) unless --plan-end is given. A figure in a
review of the past period (发展基础, “十三五”发展成就, 工作回顾, 计划执行情况) is a result, not a
goal: it is marked review (CSV column review, 性质 回顾 in md) and gets no plan year.

Options:
      --plan-end   year for targets without a stated year (overrides the title)
  -f, --format     json (default), ndjson, csv (one row per target), md
  -e, --encoding   auto (default), utf-8, gb18030, utf-16le, utf-16be

CSV columns: file, document, indicator, kind, raw, value, qualifier, strive, unit, year, year_stated, review, line, column, sentence

Examples:
  zhengce targets fixtures/seeds/001_f61c2087ba53f0d6.txt --format md
  zhengce targets plan.txt --plan-end 2030 --format csv
`;

const HEADER = ['file', 'document', 'indicator', 'kind', 'raw', 'value', 'qualifier', 'strive', 'unit', 'year', 'year_stated', 'review', 'line', 'column', 'sentence'];

function rows(file: string, targets: readonly DocumentTarget[]): Cell[][] {
  return targets.map((t) => [
    file,
    t.document,
    t.indicator,
    t.kind,
    t.quantity.raw,
    t.quantity.value,
    t.quantity.qualifier,
    t.quantity.strive,
    t.unit?.raw,
    t.year,
    t.yearStated,
    t.review ?? false,
    t.position.start.line,
    t.position.start.column,
    t.sentence,
  ]);
}

export const targets: Command = {
  name: 'targets',
  summary: 'numeric targets in running text',
  help,
  run: (argv, io) =>
    runDocuments<DocumentTarget[]>(argv, io, {
      name: 'targets',
      formats: ['json', 'ndjson', 'csv', 'md'],
      options: { 'plan-end': { type: 'string' } },
      help,
      // Targets come from parseAll: paragraphs rejoined, review sections and plan periods read.
      all: (values) => {
        const raw = values['plan-end'] as string | undefined;
        const planEnd = raw === undefined ? undefined : Number(raw);
        if (planEnd !== undefined && !(Number.isInteger(planEnd) && planEnd > 1900 && planEnd < 2200)) {
          throw new UsageError(`targets: --plan-end must be a year, not '${raw}'`);
        }
        return planEnd === undefined ? {} : { planEndYear: planEnd };
      },
      each: (loaded) => loaded.parsed!.targets,
      done: (results, run) => {
        if (run.format === 'csv') run.io.stdout(csv(HEADER, results.flatMap((r) => rows(r.input.name, r.value))));
        else if (run.format === 'md') {
          const body = results.flatMap((r) => rows(r.input.name, r.value).map((row) => [row[2], row[4], row[8], row[9], row[3], row[11] ? '回顾' : '目标', `${row[12]}:${row[13]}`]));
          run.io.stdout(mdTable(['指标', '数值', '单位', '年份', '类型', '性质', '位置'], body));
        } else printJson(results, run, 'targets');
      },
    }),
};
