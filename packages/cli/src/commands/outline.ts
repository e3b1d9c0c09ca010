import { documentsOf, formatOutline, type Node, type ParseResult } from '@zhengce/core/lite';
import { printJson, runDocuments, type Command } from '../command.js';

const help = `zhengce outline — the readable outline: title, key facts, 编/章/节/条, points and 专栏

Usage:
  zhengce outline <file|dir|->... [--depth <n>] [--no-points] [--format text|json|ndjson|md]

Options:
      --depth      deepest level shown (0 = top level only)
      --no-points  leave out points 一、二、
  -f, --format     text (default), json/ndjson (a tree of {type, label, title, id, children}), md (nested list)
  -e, --encoding   auto (default), utf-8, gb18030, utf-16le, utf-16be

Examples:
  zhengce outline fixtures/seeds/001_f61c2087ba53f0d6.txt --depth 0
  zhengce outline fixtures/seeds/003_3191d9a98261c202.txt --format md
`;

const TYPES = new Set<Node['type']>(['part', 'chapter', 'section', 'article', 'panel', 'point', 'heading']);

interface OutlineEntry {
  type: Node['type'];
  label?: string;
  title?: string;
  id?: string;
  children: OutlineEntry[];
}

function tree(nodes: readonly Node[], depth: number, max: number | undefined, points: boolean): OutlineEntry[] {
  return nodes
    .filter((n) => TYPES.has(n.type) && (points || n.type !== 'point') && (n.label !== undefined || n.title !== undefined))
    .map((n) => ({
      type: n.type,
      ...(n.label === undefined ? {} : { label: n.label }),
      ...(n.title === undefined ? {} : { title: n.title }),
      ...(n.id === undefined ? {} : { id: n.id }),
      children: max === undefined || depth < max ? tree(n.children, depth + 1, max, points) : [],
    }));
}

function md(entries: readonly OutlineEntry[], depth: number): string {
  return entries
    .map((e) => `${'  '.repeat(depth)}- ${[e.label, e.title].filter(Boolean).join(' ').replace(/([\\`*_[\]<>|])/g, '\\$1')}\n${md(e.children, depth + 1)}`)
    .join('');
}

export const outline: Command = {
  name: 'outline',
  summary: 'print the readable outline of documents',
  help,
  run: (argv, io) =>
    runDocuments<ParseResult>(argv, io, {
      name: 'outline',
      formats: ['text', 'json', 'ndjson', 'md'],
      options: { depth: { type: 'string' }, 'no-points': { type: 'boolean' } },
      help,
      each: (loaded) => loaded.result,
      done: (results, run) => {
        const depthValue = run.values.depth as string | undefined;
        const maxDepth = depthValue === undefined ? undefined : Number(depthValue);
        if (maxDepth !== undefined && !(Number.isInteger(maxDepth) && maxDepth >= 0)) {
          run.io.stderr(`zhengce: outline: --depth must be a whole number ≥ 0, not '${depthValue}'\n`);
          return 2;
        }
        const points = !run.values['no-points'];
        if (run.format === 'text') {
          for (const r of results) {
            run.io.stdout(formatOutline(r.value, { ...(maxDepth === undefined ? {} : { maxDepth }), points }) + '\n');
          }
          return;
        }
        const trees = results.map((r) => ({
          input: r.input,
          value: documentsOf(r.value).map((d) => ({ title: d.meta.title, kind: d.kind, outline: tree(d.children, 0, maxDepth, points) })),
        }));
        if (run.format === 'md') {
          for (const t of trees) for (const d of t.value) run.io.stdout(`# ${d.title ?? '(无标题)'}\n\n${md(d.outline, 0)}\n`);
        } else printJson(trees, run, 'documents');
      },
    }),
};
