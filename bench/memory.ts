/**
 * Child process of the benchmark: parse the ~11 MB corpus once and report memory.
 * Run as `node --expose-gc --trace-gc --import tsx bench/memory.ts <task>`;
 * the parent reads the `--trace-gc` lines for the peak heap and the `MEMORY_JSON` line.
 */
import { corpus } from './inputs.js';
import { TASKS } from './tasks.js';

const name = process.argv[2] ?? 'zhengce full parse';
const task = TASKS.find((t) => t.name === name);
if (!task) throw new Error(`unknown task ${name}`);
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with --expose-gc');

const input = corpus();
gc();
gc();
const before = process.memoryUsage();
const rssBefore = process.resourceUsage().maxRSS * 1024;
const t0 = performance.now();
// The whole result, held until the end: "retained" is what keeping it costs.
const result = (task.keep ?? task.run)(input.text);
const ms = performance.now() - t0;
const afterRun = process.memoryUsage();
gc();
gc();
const retained = process.memoryUsage();
const peakRss = process.resourceUsage().maxRSS * 1024;
console.log(
  `MEMORY_JSON ${JSON.stringify({
    task: name,
    inputBytes: input.bytes,
    inputChars: input.text.length,
    ms,
    heapBefore: before.heapUsed,
    rssBefore: before.rss,
    maxRssBefore: rssBefore,
    heapAfterRun: afterRun.heapUsed,
    heapRetained: retained.heapUsed,
    peakRss,
    kept: typeof result,
  })}`,
);
