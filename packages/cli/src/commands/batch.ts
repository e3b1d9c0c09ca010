import { availableParallelism } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { processJob, type BatchJob, type BatchOutcome } from '../batch-core.js';
import type { Command } from '../command.js';
import { UsageError } from '../errors.js';
import { expandInputs, STDIN_NAME } from '../inputs.js';
import type { Io } from '../io.js';
import { encodingOf, formatOf, parseCommandArgs } from '../options.js';

const help = `zhengce batch — parse a whole folder to NDJSON, in parallel

Usage:
  zhengce batch <dir|file>... [--jobs <n>] [--all] [--encoding <enc>]

Writes one JSON line per file on stdout, in input order: {"file", "result"} or, when a file
fails, {"file", "error": {"code", "message"}} — no document is lost. Files are parsed in
worker threads, one per CPU core by default. A progress bar is drawn on stderr only when
stderr is a terminal; a summary (documents, kinds, diagnostics, failures, time) ends on stderr.
Exit code 1 when any file failed, else 0. Directories are read recursively (.txt .md .markdown .text).

Options:
  -j, --jobs       worker threads (default: the number of CPU cores; 1 parses in the main thread)
      --all        everything per file, as zhengce parse --all: {"file", "parsed": {result, tables,
                   panels, targets}}
  -e, --encoding   auto (default), utf-8, gb18030, utf-16le, utf-16be

Examples:
  zhengce batch fixtures/seeds > seeds.ndjson
  zhengce batch archive/ --jobs 4 | jq -c 'select(.error)'
  zhengce batch archive/ --all | jq -c '{file, targets: (.parsed.targets | length)}'
`;

/** The worker entry: the built `batch-worker.js` beside this chunk, or the TypeScript source under tsx. */
function spawnWorker(): Worker {
  const here = import.meta.url;
  if (here.endsWith('.ts')) {
    // Development (tsx, vitest): bootstrap tsx inside the worker, then load the TypeScript entry.
    const require = createRequire(here);
    const tsx = pathToFileURL(join(dirname(require.resolve('tsx/package.json')), 'dist/esm/api/index.mjs')).href;
    const entry = new URL('../batch-worker.ts', here).href;
    const code = `const { register } = await import(${JSON.stringify(tsx)}); register(); await import(${JSON.stringify(entry)});`;
    return new Worker(new URL(`data:text/javascript,${encodeURIComponent(code)}`), { execArgv: ['--conditions=source'] });
  }
  return new Worker(fileURLToPath(new URL('./batch-worker.js', here)));
}

class Progress {
  private last = 0;
  constructor(
    private readonly io: Io,
    private readonly total: number,
  ) {}

  draw(done: number, file: string): void {
    if (!this.io.stderrIsTTY) return;
    const now = Date.now();
    if (done < this.total && now - this.last < 80) return;
    this.last = now;
    const width = 24;
    const filled = Math.round((done / Math.max(1, this.total)) * width);
    const name = file.length > 40 ? `…${file.slice(-39)}` : file;
    const line = `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${this.total} ${name}`;
    this.io.stderr(`\r\x1b[2K${line.slice(0, (this.io.columns ?? 80) - 1)}`);
  }

  clear(): void {
    if (this.io.stderrIsTTY) this.io.stderr('\r\x1b[2K');
  }
}

async function runInWorkers(
  jobs: BatchJob[],
  threads: number,
  onOutcome: (o: BatchOutcome) => void,
  onWorkerError: (error: Error) => void,
): Promise<void> {
  const queue = [...jobs];
  await Promise.all(
    Array.from({ length: threads }, async () => {
      const worker = spawnWorker();
      try {
        await new Promise<void>((resolve, reject) => {
          let current: BatchJob | undefined;
          const next = () => {
            current = queue.shift();
            if (current) worker.postMessage(current);
            else resolve();
          };
          worker.on('message', (outcome: BatchOutcome) => {
            onOutcome(outcome);
            next();
          });
          worker.on('error', (error) => {
            // The worker died (or could not start): its job and the rest run in the main thread.
            if (current) queue.unshift(current);
            reject(error);
          });
          next();
        });
      } catch (error) {
        onWorkerError(error as Error);
        for (let job = queue.shift(); job; job = queue.shift()) onOutcome(await processJob(job));
      } finally {
        await worker.terminate();
      }
    }),
  );
}

export const batch: Command = {
  name: 'batch',
  summary: 'parse a folder to NDJSON in parallel, with a summary',
  help,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, { jobs: { type: 'string', short: 'j' }, all: { type: 'boolean' } }, 'batch');
    if (values.help) {
      io.stdout(help);
      return 0;
    }
    formatOf(values.format as string | undefined, ['ndjson'], 'batch');
    const encoding = encodingOf(values.encoding as string | undefined);
    if (positionals.length === 0) throw new UsageError('batch needs a directory or files. Run zhengce batch --help.');
    if (positionals.includes('-')) throw new UsageError('batch reads files, not stdin; use zhengce parse - for stdin');
    const jobsOption = values.jobs as string | undefined;
    const requested = jobsOption === undefined ? availableParallelism() : Number(jobsOption);
    if (!Number.isInteger(requested) || requested < 1) throw new UsageError(`batch: --jobs must be a whole number ≥ 1, not '${jobsOption}'`);
    const started = performance.now();
    const inputs = (await expandInputs(positionals)).filter((i) => i.name !== STDIN_NAME);
    const all = values.all === true;
    const jobs: BatchJob[] = inputs.map((input, index) => ({ index, file: input.path!, encoding, all }));
    const threads = Math.min(requested, jobs.length);

    const progress = new Progress(io, jobs.length);
    const pending = new Map<number, BatchOutcome>();
    let nextIndex = 0;
    let done = 0;
    let failed = 0;
    const kinds = new Map<string, number>();
    const diagnostics = { error: 0, warning: 0, info: 0 };
    const onOutcome = (outcome: BatchOutcome) => {
      done++;
      if (!outcome.ok) failed++;
      for (const kind of outcome.kinds) kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
      diagnostics.error += outcome.diagnostics.error;
      diagnostics.warning += outcome.diagnostics.warning;
      diagnostics.info += outcome.diagnostics.info;
      // Print in input order: hold back results that finished early.
      pending.set(outcome.index, outcome);
      for (let o = pending.get(nextIndex); o; o = pending.get(nextIndex)) {
        io.stdout(o.line + '\n');
        pending.delete(nextIndex++);
      }
      progress.draw(done, jobs[outcome.index]?.file ?? '');
    };

    if (threads <= 1) for (const job of jobs) onOutcome(await processJob(job));
    else {
      await runInWorkers(jobs, threads, onOutcome, (error) => {
        progress.clear();
        io.stderr(`zhengce batch: a worker failed (${error.message.split('\n')[0]}); continuing in the main thread\n`);
      });
    }
    progress.clear();

    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const kindList = [...kinds].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(', ') || 'none';
    io.stderr(
      `zhengce batch: ${jobs.length} file${jobs.length === 1 ? '' : 's'}, ${jobs.length - failed} parsed, ${failed} failed; ` +
        `kinds: ${kindList}; diagnostics: ${diagnostics.error} errors, ${diagnostics.warning} warnings, ${diagnostics.info} info; ` +
        `${seconds} s on ${Math.max(1, threads)} thread${threads > 1 ? 's' : ''}\n`,
    );
    return failed > 0 ? 1 : 0;
  },
};
