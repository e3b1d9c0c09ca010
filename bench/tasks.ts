import MarkdownIt from 'markdown-it';
import type * as Core from '../packages/core/src/index.js';

// The built package, as installed: what users run (`pnpm bench` builds it first). Through tsx,
// the TypeScript source carries a dev-only cost — esbuild's keepNames wraps every named inner
// function in `__name()` each time it is created — that the published code does not.
const builtCore = new URL('../packages/core/dist/index.js', import.meta.url).href;
const { parseAll }: typeof Core = await import(builtCore);

/** A benchmarked function over one text; returns something so the work is never dead code. */
export type Task = (text: string) => unknown;

/**
 * Our full parse: the document tree (or gazette), indicator tables, 专栏 panels and targets in
 * running text — everything a consumer gets from one text, in the one call the docs recommend
 * (`parseAll`, which decodes, indexes and folds the text once for all four).
 */
export const fullParse: Task = (text) => {
  const { result, tables, panels, targets } = parseAll(text);
  return [result.kind, tables.length, panels.length, targets.length];
};

const md = new MarkdownIt();
/** Peer: markdown-it's block and inline tokenizer (no rendering). */
export const markdownIt: Task = (text) => md.parse(text, {}).length;

const HEADING = /^\s*(?:第[一二三四五六七八九十百零〇两\d]+[编章节条]|[（(][一二三四五六七八九十]+[)）]|专栏)/;
/** Floor: split into lines and test one anchored regex per line — the least any line parser does. */
export const floor: Task = (text) => {
  let n = 0;
  for (const line of text.split('\n')) if (HEADING.test(line)) n++;
  return n;
};

/**
 * The benchmarked tasks. `keep` returns the whole result (the memory child holds it to measure
 * what a result costs to keep); `run` returns a few numbers, so timing never pays for keeping.
 */
export const TASKS: ReadonlyArray<{ name: string; run: Task; keep?: Task }> = [
  { name: 'zhengce full parse', run: fullParse, keep: (text) => parseAll(text) },
  { name: 'markdown-it parse', run: markdownIt, keep: (text) => md.parse(text, {}) },
  { name: 'floor (split + regex)', run: floor },
];
