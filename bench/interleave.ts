import type { BenchInput } from './inputs.js';
import type { Task } from './tasks.js';

export interface RunOptions {
  /** Wall-clock budget for the timed rounds of one input, ms. At least `minRounds` run anyway. */
  budgetMs: number;
  minRounds: number;
  maxRounds: number;
  /** Each timed sample repeats a task until it lasts at least this long (timer resolution). */
  sampleMs: number;
  /** Untimed runs of every task before timing (at least; see `warmupMs`). */
  warmup: number;
  /**
   * Untimed, interleaved rounds of every task go on until this long has passed, ms. A count of
   * runs is not warm-up for code of very different sizes: on a 0.23 MB text the full parse takes
   * about 1.5 s of running before V8 has optimized all of it (11.6 ms a run in its first half
   * second, 2.5 ms from 1.5 s on), markdown-it half a second; timed from the third run, the median
   * of a 5 s budget still held rounds from before. 0: count only.
   */
  warmupMs: number;
}

export interface TaskResult {
  task: string;
  /** Median time of one run, ms. */
  medianMs: number;
  minMs: number;
  maxMs: number;
  rounds: number;
  /** MB (10^6 bytes of UTF-8 input) per second, from the median. */
  mbPerS: number;
  /** Time of one run in each timed round, ms, in round order: round i of every task is paired. */
  samples: number[];
}

function time(run: Task, text: string, reps: number): number {
  let sink: unknown;
  const t0 = performance.now();
  for (let i = 0; i < reps; i++) sink = run(text);
  const t1 = performance.now();
  if (sink === Symbol.for('never')) console.log(sink);
  return (t1 - t0) / reps;
}

/** The median of `xs` (the mean of the middle two for an even count). */
export const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/**
 * Time several tasks on the same input, interleaved: every round runs each task once (in a
 * rotating order, so none always runs first after the others' garbage), after warm-up: untimed
 * interleaved rounds for `warmupMs` (and at least `warmup` of them).
 */
export function interleave(input: BenchInput, tasks: ReadonlyArray<{ name: string; run: Task }>, options: RunOptions): TaskResult[] {
  // No warm-up asked (a large input, after the JIT warmed on small ones): one run per sample.
  if (options.warmup <= 0) return timeRounds(input, tasks, options, tasks.map(() => 1));
  const once = tasks.map(() => 0);
  const warmEnd = performance.now() + options.warmupMs;
  for (let round = 0; round < options.warmup || performance.now() < warmEnd; round++) {
    tasks.forEach((task, j) => (once[j] = time(task.run, input.text, 1)));
  }
  // Runs per sample from the last, warm run of each task.
  const reps = once.map((ms) => Math.max(1, Math.ceil(options.sampleMs / Math.max(ms, 0.001))));
  return timeRounds(input, tasks, options, reps);
}

/** The timed rounds: every round runs each task `reps[j]` times, in a rotating order. */
function timeRounds(input: BenchInput, tasks: ReadonlyArray<{ name: string; run: Task }>, options: RunOptions, reps: readonly number[]): TaskResult[] {
  const samples = tasks.map(() => [] as number[]);
  const start = performance.now();
  for (let round = 0; round < options.maxRounds; round++) {
    if (round >= options.minRounds && performance.now() - start > options.budgetMs) break;
    for (let k = 0; k < tasks.length; k++) {
      const j = (k + round) % tasks.length;
      samples[j]!.push(time(tasks[j]!.run, input.text, reps[j]!));
    }
  }
  return tasks.map((task, j) => {
    const s = samples[j]!;
    const medianMs = median(s);
    return {
      task: task.name,
      medianMs,
      minMs: Math.min(...s),
      maxMs: Math.max(...s),
      rounds: s.length,
      mbPerS: input.bytes / 1e6 / (medianMs / 1000),
      samples: s,
    };
  });
}
