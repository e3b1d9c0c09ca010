import type { Panel } from '@zhengce/core/lite';
import { panelsOf } from '../analysis.js';
import { printJson, runDocuments, type Command } from '../command.js';
import { csv, mdTable, type Cell } from '../csv.js';

const help = `zhengce projects — projects and initiatives listed in 专栏 panels

Usage:
  zhengce projects <file|dir|->... [--format json|ndjson|csv|md] [--all]

Options:
  -f, --format     json (default: panels with their groups and projects), ndjson, csv (one row per project), md
      --all        include every panel kind (indicators, glossary, other), not only projects and initiatives
  -e, --encoding   auto (default), utf-8, gb18030, utf-16le, utf-16be

CSV columns: file, panel, panel_title, kind, group, action, name, location, scale, period, line, column

Examples:
  zhengce projects fixtures/seeds/001_f61c2087ba53f0d6.txt --format csv > projects.csv
  zhengce projects fixtures/seeds/002_28f39d7899324ef3.txt --format md
`;

const HEADER = ['file', 'panel', 'panel_title', 'kind', 'group', 'action', 'name', 'location', 'scale', 'period', 'line', 'column'];

function rows(file: string, panels: readonly Panel[]): Cell[][] {
  return panels.flatMap((p) =>
    p.groups.flatMap((g) =>
      g.items.map((item) => [
        file,
        p.label,
        p.title,
        p.kind,
        g.title,
        item.action,
        item.name,
        item.location,
        item.scale,
        item.period,
        item.position.start.line,
        item.position.start.column,
      ]),
    ),
  );
}

export const projects: Command = {
  name: 'projects',
  summary: 'projects listed in 专栏 panels',
  help,
  run: (argv, io) =>
    runDocuments<Panel[]>(argv, io, {
      name: 'projects',
      formats: ['json', 'ndjson', 'csv', 'md'],
      options: { all: { type: 'boolean' } },
      help,
      each: (loaded, run) => panelsOf(loaded).filter((p) => run.values.all || p.kind === 'projects' || p.kind === 'initiatives'),
      done: (results, run) => {
        if (run.format === 'csv') run.io.stdout(csv(HEADER, results.flatMap((r) => rows(r.input.name, r.value))));
        else if (run.format === 'md') {
          for (const r of results) {
            for (const p of r.value) {
              const body = rows(r.input.name, [p]).map((row) => row.slice(4, 10));
              run.io.stdout(`## ${p.label} ${p.title}\n\n${mdTable(['分组', '动作', '项目', '地点', '规模', '时间'], body)}\n`);
            }
          }
        } else printJson(results, run, 'panels');
      },
    }),
};
