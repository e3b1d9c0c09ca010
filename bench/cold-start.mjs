/**
 * Child process of the benchmark: the cost of a one-shot use (a command line run on one file),
 * which steady-state rounds do not show. Loads one library with `import()` (both are ES modules
 * to a caller that imports them), then times its first parse of one text. Plain JavaScript run
 * by plain `node`, not through tsx, whose loader would add its own cost to every module loaded.
 *
 * Run as `node bench/cold-start.mjs <zhengce|zhengce-lite|markdown-it> <file>`; prints one `COLD_JSON` line.
 */
import { readFileSync } from 'node:fs';

const [library, file] = process.argv.slice(2);
const text = new TextDecoder().decode(readFileSync(file));

const t0 = performance.now();
let run;
if (library === 'zhengce' || library === 'zhengce-lite') {
  // The lite entry: the same parsers without zod (what the command line loads).
  const entry = library === 'zhengce' ? '../packages/core/dist/index.js' : '../packages/core/dist/lite.js';
  const { parseAll } = await import(new URL(entry, import.meta.url).href);
  run = () => parseAll(text);
} else if (library === 'markdown-it') {
  const { default: MarkdownIt } = await import('markdown-it');
  const md = new MarkdownIt();
  run = () => md.parse(text, {});
} else throw new Error(`unknown library ${library}`);
const t1 = performance.now();
run();
const t2 = performance.now();
console.log(`COLD_JSON ${JSON.stringify({ library, importMs: t1 - t0, firstMs: t2 - t1 })}`);
