import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { TaskResult } from './interleave.js';
import { medianInterval, roundRatios, type MedianInterval } from './paired.js';

export const REPORT_PATH = fileURLToPath(new URL('../docs/performance.md', import.meta.url));
export const START = '<!-- bench:start -->';
export const END = '<!-- bench:end -->';

export interface InputResult {
  input: string;
  bytes: number;
  chars: number;
  results: TaskResult[];
}

export interface MemoryResult {
  task: string;
  inputBytes: number;
  ms: number;
  heapBefore: number;
  peakHeap: number;
  heapRetained: number;
  rssBefore: number;
  peakRss: number;
}

/** Times of the full parse (and markdown-it) on 003 and all seeds, taken in the corpus rounds. */
export interface Paired {
  /**
   * The smaller texts' tasks: each run parses its text `…Copies` times over, as many bytes as the
   * corpus. Their `mbPerS` counts the corpus's bytes, not bytes × copies: read their per-byte
   * time through `nsPerPairedByte` only.
   */
  results: TaskResult[];
  gazetteBytes: number;
  gazetteCopies: number;
  allBytes: number;
  allCopies: number;
  corpus: InputResult;
}

/** Per-byte time of a paired task over the smaller text parsed `copies` times in each run, ns. */
const nsPerPairedByte = (result: TaskResult, bytes: number, copies: number) => (result.medianMs * 1e6) / (bytes * copies);

/**
 * The corpus's per-byte time over a paired task's, round by round (both ran in every round), with
 * the median's 95 % interval: how sure one run is of the linearity ratio, as the speed table's
 * interval is of the speed ratio.
 */
function linearityPerRound(paired: Paired, task: string, suffix: string, bytes: number, copies: number): MedianInterval | undefined {
  const small = paired.results.find((r) => r.task === `${task} @${suffix}`)!.samples;
  const big = get(paired.corpus, task).samples;
  const perByte = roundRatios(small, big).map((r) => (r * bytes * copies) / paired.corpus.bytes);
  return medianInterval(perByte);
}

/** Loading a library in a fresh process and its first parse there, ms. */
export interface ColdRun {
  importMs: number;
  firstMs: number;
}

/** A one-shot use in a fresh process: medians of loading the library and of its first parse. */
export interface ColdStart {
  input: string;
  bytes: number;
  ours: ColdRun;
  /** The same through `@zhengce/core/lite` (no zod). */
  lite: ColdRun;
  markdownIt: ColdRun;
}

export interface Report {
  cold: ColdStart[];
  /** Untimed interleaved rounds before each (small) input's timed rounds, ms. */
  warmupMs: number;
  paired?: Paired | undefined;
  date: string;
  machine: string;
  inputs: InputResult[];
  memory: MemoryResult[];
  quick: boolean;
  seconds: number;
}

const OURS = 'zhengce full parse';
const MD = 'markdown-it parse';
const FLOOR = 'floor (split + regex)';

const mb = (bytes: number) => (bytes / 1e6).toFixed(bytes < 1e5 ? 3 : 2);
const fmt = (x: number, digits = 2) => (Number.isFinite(x) ? x.toFixed(digits) : '—');
const get = (row: InputResult, task: string) => row.results.find((r) => r.task === task)!;
/** Nanoseconds per input byte, from the median. */
const nsPerByte = (row: InputResult, task: string) => (get(row, task).medianMs * 1e6) / row.bytes;

/** Ours ÷ markdown-it in speed, from the medians: what the verdict reads. */
const ratio = (row: InputResult) => get(row, OURS).mbPerS / get(row, MD).mbPerS;
/** Ours ÷ markdown-it in speed, round by round (see `paired.ts`): median and 95 % interval. */
const perRound = (row: InputResult): MedianInterval | undefined => medianInterval(roundRatios(get(row, OURS).samples, get(row, MD).samples));
const interval = (r: MedianInterval | undefined) => (r ? `${fmt(r.median)}× (${fmt(r.low)}–${fmt(r.high)})` : '—');

function speedTable(inputs: readonly InputResult[]): string[] {
  const out = [
    '| input | size (MB) | zhengce full parse (MB/s) | markdown-it `parse` (MB/s) | floor: split + 1 regex/line (MB/s) | ours ÷ markdown-it | the same per round: median (95 % interval) | ours ÷ floor | rounds |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const row of inputs) {
    const ours = get(row, OURS);
    const md = get(row, MD);
    const floor = get(row, FLOOR);
    out.push(
      `| ${row.input} | ${mb(row.bytes)} | ${fmt(ours.mbPerS)} (${fmt(ours.medianMs, 1)} ms) | ${fmt(md.mbPerS)} | ${fmt(floor.mbPerS, 1)} | ${fmt(ratio(row))}× | ${interval(perRound(row))} | ${fmt(ours.mbPerS / floor.mbPerS, 3)}× | ${ours.rounds} |`,
    );
  }
  out.push(
    '',
    'Each round times every task once, back to back (a sample: as many runs as fill ~50 ms, one run for the corpus), so the ratio of the two parsers\' times in one round cancels what drifts between rounds (other processes on this shared machine, the heap). The interval holds the median of those ratios with 95 % confidence if rounds are independent draws, whatever their distribution (order statistics, as for a sign test); none is given below 6 rounds. The verdict below is the ratio of the medians; the interval says how sure this run is of it, and where it spans 1× this run does not tell the two apart. Separate runs differ by more (each process settles its own compiled code and heap), so compare several runs before concluding.',
  );
  return out;
}

function linearity(paired: Paired | undefined): string[] {
  if (!paired) return ['_Linearity needs the corpus run (not run with `--quick`)._'];
  const at = (suffix: string) => paired.results.find((r) => r.task.endsWith(suffix))!;
  const { gazetteBytes, gazetteCopies, allBytes, allCopies } = paired;
  const out = [
    `Times taken in the same interleaved rounds as the corpus (paired), median of the rounds. In each round the smaller texts are parsed over and over, as many bytes as the corpus (003 ×${gazetteCopies}, all seeds ×${allCopies}), so both sides allocate as much and pay for their own collections (a single run of 003 mostly falls between two major collections, one every seven or so copies of the seeds, while a 10.9 MB run includes about one of its own). The question is the issue's: does parsing 10.9 MB at once cost more per byte than parsing it in pieces of 0.65 MB? The per-round columns divide the two per-byte times within each round (the same machine load for both) and give the median of those ratios with its 95 % interval, as the speed table does.`,
    '',
    `| task | ns/byte at 003 (0.65 MB ×${gazetteCopies}) | ns/byte at all seeds (1.09 MB ×${allCopies}) | ns/byte at corpus (10.9 MB ×1) | corpus ÷ 003 | the same per round: median (95 % interval) | corpus ÷ all seeds (same mix) | the same per round |`,
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  const ours003 = nsPerPairedByte(at(`${OURS} @003`), gazetteBytes, gazetteCopies);
  const oursAll = nsPerPairedByte(at(`${OURS} @all`), allBytes, allCopies);
  const oursBig = nsPerByte(paired.corpus, OURS);
  const ours003Rounds = linearityPerRound(paired, OURS, '003', gazetteBytes, gazetteCopies);
  const oursAllRounds = linearityPerRound(paired, OURS, 'all', allBytes, allCopies);
  out.push(
    `| ${OURS} | ${fmt(ours003, 1)} | ${fmt(oursAll, 1)} | ${fmt(oursBig, 1)} | ${fmt(oursBig / ours003)}× | ${interval(ours003Rounds)} | ${fmt(oursBig / oursAll)}× | ${interval(oursAllRounds)} |`,
  );
  const md003 = nsPerPairedByte(at(`${MD} @003`), gazetteBytes, gazetteCopies);
  const mdBig = nsPerByte(paired.corpus, MD);
  out.push(`| ${MD} | ${fmt(md003, 1)} | — | ${fmt(mdBig, 1)} | ${fmt(mdBig / md003)}× | ${interval(linearityPerRound(paired, MD, '003', gazetteBytes, gazetteCopies))} | — | — |`);
  return out;
}

/** Per-byte time at 10.9 MB at most this many times that at 0.65 MB counts as linear: run-to-run noise on a shared 2-core machine. */
const LINEAR_ENOUGH = 1.1;

function targets(inputs: readonly InputResult[], paired: Paired | undefined): string[] {
  const slower = inputs.filter((r) => ratio(r) < 1);
  // The verdict is the ratio of the medians, as before; the per-round interval says how sure it is.
  const detail = (r: InputResult) => {
    const round = perRound(r);
    const within = round !== undefined && round.low <= 1 && round.high >= 1;
    return `${r.input} (${fmt(ratio(r))}×; per round ${interval(round)}${within ? ', within this run\'s noise' : ''})`;
  };
  const out = [
    `- **At least as fast as markdown-it on the same input**: ${slower.length === 0 ? 'met on every input' : `**not met** on ${slower.map(detail).join(', ')}`}.`,
  ];
  if (paired) {
    const ours003 = nsPerPairedByte(paired.results.find((r) => r.task === `${OURS} @003`)!, paired.gazetteBytes, paired.gazetteCopies);
    const ratio = nsPerByte(paired.corpus, OURS) / ours003;
    const round = linearityPerRound(paired, OURS, '003', paired.gazetteBytes, paired.gazetteCopies);
    // The interval reaching below the threshold: this run cannot tell the ratio from one that meets it.
    const within = ratio > LINEAR_ENOUGH && round !== undefined && round.low <= LINEAR_ENOUGH;
    out.push(
      `- **Linear (per-byte time at 10.9 MB no worse than at 0.65 MB)**: ${ratio <= LINEAR_ENOUGH ? 'met' : '**not met**'} (${fmt(ratio)}× the per-byte time of 003, parsed ${paired.gazetteCopies} times over in each round; per round ${interval(round)}${within ? ', reaching the threshold: within this run\'s noise' : ''}; ≤ ${fmt(LINEAR_ENOUGH)}× counts as met, for noise).`,
    );
  }
  return out;
}

function memoryTable(memory: readonly MemoryResult[]): string[] {
  if (memory.length === 0) return ['_Memory is measured only in the full run (not with `--quick`)._'];
  const out = [
    '| task (corpus, 10.9 MB) | time (s) | heap before | peak heap (GC trace) | peak − before | retained after GC | RSS before | peak RSS |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  const cell = (bytes: number, input: number) => `${(bytes / 1e6).toFixed(0)} MB (${fmt(bytes / input, 1)}×)`;
  for (const m of memory) {
    out.push(
      `| ${m.task} | ${fmt(m.ms / 1000, 1)} | ${cell(m.heapBefore, m.inputBytes)} | ${cell(m.peakHeap, m.inputBytes)} | ${cell(m.peakHeap - m.heapBefore, m.inputBytes)} | ${cell(m.heapRetained - m.heapBefore, m.inputBytes)} | ${cell(m.rssBefore, m.inputBytes)} | ${cell(m.peakRss, m.inputBytes)} |`,
    );
  }
  out.push(
    '',
    'Multiples are of the input size in UTF-8 bytes. "Heap before" already holds the input string (UTF-16 in V8: about 2 bytes per character, ~0.67× of the UTF-8 size for Chinese text) and the loaded code. "Peak heap" is the largest heap size V8 reported just before a collection (`--trace-gc`), so the true peak is at most one young generation higher. "Retained after GC" is the growth of the heap with the result still referenced (the result\'s own size). RSS is the process\'s resident set (`process.resourceUsage().maxRSS` for the peak), which includes V8\'s reserved but unused heap.',
  );
  return out;
}

function coldTable(cold: readonly ColdStart[]): string[] {
  if (cold.length === 0) return ['_Cold starts are measured only in the full run (not with `--quick`)._'];
  const out = [
    'A one-shot use (a command line run on one file): a fresh `node` process loads the library (`import`; zhengce both as `@zhengce/core` and as `@zhengce/core/lite`, the same parsers without zod, which the command line uses, each in processes of its own, its first parse timed there too) and parses the text once, before the JIT has optimized anything; median of fresh processes per library and seed, the libraries alternating (`bench/cold-start.mjs`). The rounds above measure the other case, a long-running process parsing many texts.',
    '',
    '| input | size (MB) | zhengce: load (ms) | zhengce/lite: load (ms) | zhengce: first parse (ms) | markdown-it: load (ms) | markdown-it: first parse (ms) | first parse: ours ÷ markdown-it (speed) | load + first parse: ours ÷ markdown-it (speed) | load + first parse with lite ÷ markdown-it (speed) |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const c of cold) {
    const first = c.markdownIt.firstMs / c.ours.firstMs;
    const theirs = c.markdownIt.importMs + c.markdownIt.firstMs;
    const total = theirs / (c.ours.importMs + c.ours.firstMs);
    const lite = theirs / (c.lite.importMs + c.lite.firstMs);
    out.push(
      `| ${c.input} | ${mb(c.bytes)} | ${fmt(c.ours.importMs, 0)} | ${fmt(c.lite.importMs, 0)} | ${fmt(c.ours.firstMs, 1)} | ${fmt(c.markdownIt.importMs, 0)} | ${fmt(c.markdownIt.firstMs, 1)} | ${fmt(first)}× | ${fmt(total)}× | ${fmt(lite)}× |`,
    );
  }
  return out;
}

/** The generated block (between the markers). */
export function renderReport(report: Report): string {
  return [
    START,
    `_Generated by \`pnpm bench${report.quick ? ' --quick' : ''}\` on ${report.date} · ${report.machine} · ran ${report.seconds.toFixed(0)} s. Do not edit by hand._`,
    '',
    '### Speed',
    '',
    `Median of interleaved rounds after warm-up (untimed interleaved rounds of every task for ${fmt(report.warmupMs / 1000, 1)} s; none for the corpus, which runs after the JIT has warmed on the rest), same input string for every task. MB = 10⁶ bytes of UTF-8 input. Ratios are of throughput: 0.25× means four times slower.`,
    '',
    ...speedTable(report.inputs),
    '',
    '### Linearity',
    '',
    ...linearity(report.paired),
    '',
    '### Targets',
    '',
    ...targets(report.inputs, report.paired),
    '',
    '### Memory',
    '',
    ...memoryTable(report.memory),
    '',
    '### Cold start',
    '',
    ...coldTable(report.cold),
    END,
  ].join('\n');
}

const TEMPLATE = (block: string) => `# Performance\n\n${block}\n`;

/** Replace the generated block in docs/performance.md; everything outside the markers is kept. */
export function writeReport(block: string, path = REPORT_PATH): string {
  const current = existsSync(path) ? readFileSync(path, 'utf8') : TEMPLATE(`${START}\n${END}`);
  const from = current.indexOf(START);
  const to = current.indexOf(END);
  const next = from >= 0 && to > from ? current.slice(0, from) + block + current.slice(to + END.length) : `${current.trimEnd()}\n\n${block}\n`;
  writeFileSync(path, next);
  return path;
}
