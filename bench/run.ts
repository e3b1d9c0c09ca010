/**
 * `pnpm bench`: speed and memory of the full parse against peers on the same inputs, written to
 * docs/performance.md between the `bench:start`/`bench:end` markers.
 *
 * Flags: `--quick` (seeds only, short budgets, no memory or cold-start children), `--no-write` (print only).
 */
import { spawnSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { allSeeds, corpus, SEEDS_DIR, seedInputs, type BenchInput } from './inputs.js';
import { interleave, median, type RunOptions, type TaskResult } from './interleave.js';
import { TASKS } from './tasks.js';
import { renderReport, writeReport, type ColdRun, type ColdStart, type InputResult, type MemoryResult, type Paired } from './report.js';

const args = new Set(process.argv.slice(2));
const quick = args.has('--quick');
const ROOT = fileURLToPath(new URL('../', import.meta.url));

const small: RunOptions = { budgetMs: quick ? 1500 : 5000, minRounds: 5, maxRounds: 200, sampleMs: 50, warmup: 3, warmupMs: quick ? 1500 : 3000 };
// The corpus: the JIT is warm from the smaller inputs; each round is long (~2.5 s for all its
// tasks), so few rounds — but nine, not two: single runs of 11 MB on this shared machine move by
// a third, a median of two is their mean, and nine is the fewest whose 95 % interval for the
// median of the per-round ratios (bench/paired.ts) drops the extreme rounds (six give min–max).
const large: RunOptions = { budgetMs: 0, minRounds: 9, maxRounds: 9, sampleMs: 0, warmup: 0, warmupMs: 0 };

function log(message: string): void {
  process.stderr.write(`${message}\n`);
}

function bench(input: BenchInput, options: RunOptions): InputResult {
  log(`· ${input.name}: ${(input.bytes / 1e6).toFixed(2)} MB …`);
  const results: TaskResult[] = interleave(input, TASKS, options);
  for (const r of results) log(`    ${r.task.padEnd(24)} ${r.medianMs.toFixed(2).padStart(10)} ms  ${r.mbPerS.toFixed(2).padStart(8)} MB/s  (${r.rounds} rounds)`);
  return { input: input.name, bytes: input.bytes, chars: input.text.length, results };
}

const GC_LINE = /^\[(\d+):(0x[0-9a-f]+)\]\s+[\d.]+ ms: ([A-Za-z-]+(?: \([^)]*\))?) ([\d.]+) \(([\d.]+)\) -> ([\d.]+) \(([\d.]+)\) MB/;

/** The JSON a child process printed on its one line starting with `tag` and a space, if it printed one. */
function taggedJson<T>(stdout: string, tag: string): T | undefined {
  const line = stdout.split('\n').find((l) => l.startsWith(`${tag} `));
  return line === undefined ? undefined : (JSON.parse(line.slice(tag.length + 1)) as T);
}

/** What `bench/memory.ts` prints on its `MEMORY_JSON` line (the fields read here). */
interface MemoryJson {
  inputBytes: number;
  ms: number;
  heapBefore: number;
  heapAfterRun: number;
  heapRetained: number;
  rssBefore: number;
  peakRss: number;
}

/** Run one task over the corpus in a child process and read its memory. */
function memory(task: string): MemoryResult | undefined {
  log(`· memory: ${task} on the corpus (child process) …`);
  const child = spawnSync(
    process.execPath,
    ['--expose-gc', '--trace-gc', '--import', 'tsx', 'bench/memory.ts', task],
    { cwd: ROOT, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 },
  );
  const data = child.status === 0 ? taggedJson<MemoryJson>(child.stdout, 'MEMORY_JSON') : undefined;
  if (!data) {
    log(`  failed (${child.status}): ${child.stderr.slice(-2000)}`);
    return undefined;
  }
  // Peak heap as seen by the collector: the largest heap size just before a GC, in the isolate
  // with the biggest heap (tsx's loader runs in a second, small isolate).
  const perIsolate = new Map<string, number>();
  for (const line of child.stdout.split('\n')) {
    const m = GC_LINE.exec(line);
    if (!m) continue;
    const before = Number(m[4]) * 1024 * 1024;
    perIsolate.set(m[2]!, Math.max(perIsolate.get(m[2]!) ?? 0, before));
  }
  const peakHeap = Math.max(data.heapAfterRun, ...perIsolate.values());
  const result: MemoryResult = {
    task,
    inputBytes: data.inputBytes,
    ms: data.ms,
    heapBefore: data.heapBefore,
    peakHeap,
    heapRetained: data.heapRetained,
    rssBefore: data.rssBefore,
    peakRss: data.peakRss,
  };
  log(`    peak heap ${(peakHeap / 1e6).toFixed(0)} MB, retained ${(data.heapRetained / 1e6).toFixed(0)} MB, peak RSS ${(data.peakRss / 1e6).toFixed(0)} MB`);
  return result;
}

const COLD_RUNS = 5;
const COLD_LIBRARIES = ['zhengce', 'zhengce-lite', 'markdown-it'] as const;

/**
 * A one-shot use of each library on each seed, in fresh processes (`bench/cold-start.mjs`): the
 * median of `COLD_RUNS` loads and first parses, the libraries alternating.
 */
function coldStarts(seeds: readonly BenchInput[]): ColdStart[] {
  log(`· cold start: ${COLD_RUNS} fresh processes per library and seed …`);
  return seeds.flatMap((seed) => {
    const runs = new Map(COLD_LIBRARIES.map((library) => [library, { importMs: [] as number[], firstMs: [] as number[] }]));
    for (let i = 0; i < COLD_RUNS; i++) {
      for (const library of COLD_LIBRARIES) {
        const child = spawnSync(process.execPath, ['bench/cold-start.mjs', library, `${SEEDS_DIR}${seed.file!}`], { cwd: ROOT, encoding: 'utf8' });
        const data = child.status === 0 ? taggedJson<ColdRun>(child.stdout, 'COLD_JSON') : undefined;
        if (!data) {
          // As for memory: the rest of the report is still worth writing.
          log(`    ${seed.name}: cold start of ${library} failed (${child.status}): ${child.stderr.slice(-2000)}`);
          return [];
        }
        runs.get(library)!.importMs.push(data.importMs);
        runs.get(library)!.firstMs.push(data.firstMs);
      }
    }
    const of = (library: (typeof COLD_LIBRARIES)[number]) => ({ importMs: median(runs.get(library)!.importMs), firstMs: median(runs.get(library)!.firstMs) });
    const result: ColdStart = { input: seed.name, bytes: seed.bytes, ours: of('zhengce'), lite: of('zhengce-lite'), markdownIt: of('markdown-it') };
    log(`    ${seed.name}: zhengce load ${result.ours.importMs.toFixed(0)} ms + first parse ${result.ours.firstMs.toFixed(1)} ms; lite load ${result.lite.importMs.toFixed(0)} ms; markdown-it ${result.markdownIt.importMs.toFixed(0)} + ${result.markdownIt.firstMs.toFixed(1)} ms`);
    return [result];
  });
}

const t0 = performance.now();
const seeds = seedInputs();
const inputs: InputResult[] = [];
for (const s of seeds) inputs.push(bench(s, small));
inputs.push(bench(allSeeds(seeds), small));
let memoryResults: MemoryResult[] = [];
let linearity: Paired | undefined;
if (!quick) {
  // Linearity is judged on times taken in the same rounds as the corpus (paired), so load from
  // other processes on a shared machine hits both sizes alike. The smaller texts are parsed over
  // and over until they make as many bytes as the corpus: both sides then allocate as much and
  // pay for the same garbage, where one run of 003 could pass between two major collections
  // whose cost a 10.9 MB run always bears.
  const big = corpus(10, seeds);
  const gazette = seeds.find((s) => s.name === '003')!;
  const all = allSeeds(seeds);
  const gazetteCopies = Math.round(big.bytes / gazette.bytes);
  const allCopies = Math.round(big.bytes / all.bytes);
  const repeated = (task: (typeof TASKS)[number], text: string, copies: number) => () => {
    let last: unknown;
    for (let i = 0; i < copies; i++) last = task.run(text);
    return last;
  };
  const paired = [
    ...TASKS,
    { name: `${TASKS[0]!.name} @003`, run: repeated(TASKS[0]!, gazette.text, gazetteCopies) },
    { name: `${TASKS[1]!.name} @003`, run: repeated(TASKS[1]!, gazette.text, gazetteCopies) },
    { name: `${TASKS[0]!.name} @all`, run: repeated(TASKS[0]!, all.text, allCopies) },
  ];
  log(`· ${big.name}: ${(big.bytes / 1e6).toFixed(2)} MB, paired with 003 ×${gazetteCopies} and all seeds ×${allCopies} …`);
  const results = interleave(big, paired, large);
  for (const r of results) log(`    ${r.task.padEnd(30)} ${r.medianMs.toFixed(2).padStart(10)} ms`);
  inputs.push({ input: big.name, bytes: big.bytes, chars: big.text.length, results: results.slice(0, TASKS.length) });
  linearity = {
    results: results.slice(TASKS.length),
    gazetteBytes: gazette.bytes,
    gazetteCopies,
    allBytes: all.bytes,
    allCopies,
    corpus: inputs[inputs.length - 1]!,
  };
  memoryResults = ['zhengce full parse', 'markdown-it parse'].map(memory).filter((m): m is MemoryResult => m !== undefined);
}
const cold = quick ? [] : coldStarts(seeds);
const cpu = cpus();
const report = renderReport({
  date: new Date().toISOString().slice(0, 10),
  machine: `${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM, Node ${process.version}, ${process.platform}-${process.arch}`,
  inputs,
  memory: memoryResults,
  cold,
  warmupMs: small.warmupMs,
  paired: linearity,
  quick,
  seconds: (performance.now() - t0) / 1000,
});
process.stdout.write(`${report}\n`);
if (!args.has('--no-write')) {
  const path = writeReport(report);
  log(`wrote ${path}`);
}
// Rendering in Chromium (bench/elements.ts): its own section of the page, skipped by --quick.
if (!quick) await (await import('./elements.js')).runElementsBench({ write: !args.has('--no-write') });
