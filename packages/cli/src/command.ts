import { ZhengceError, type ParseAllOptions } from '@zhengce/core/lite';
import { ReadError, UsageError } from './errors.js';
import { expandInputs, load, type InputRef, type Loaded } from './inputs.js';
import type { Io } from './io.js';
import { encodingOf, formatOf, parseCommandArgs, type Format, type Values } from './options.js';
import type { ParseArgsConfig } from 'node:util';

/** One subcommand of `zhengce`. */
export interface Command {
  name: string;
  /** One line for the command list. */
  summary: string;
  /** The full `--help` text, with examples. */
  help: string;
  run: (argv: readonly string[], io: Io) => Promise<number>;
}

/** What a document command's `render` receives. */
export interface Run {
  values: Values;
  format: Format;
  io: Io;
  /** How many inputs there are (for json: one object, or an array of them). */
  count: number;
}

/**
 * The shared shape of the per-document commands: parse the options, expand the inputs, load each
 * one (read, decode, parse) and hand it to `each`; `done` gets what `each` returned, in input
 * order. Read and parse failures print one line and make the exit code 1; the other inputs still run.
 */
export async function runDocuments<T>(
  argv: readonly string[],
  io: Io,
  spec: {
    name: string;
    formats: readonly Format[];
    options?: NonNullable<ParseArgsConfig['options']>;
    help: string;
    /**
     * Options of `parseAll` when the command needs everything (tables, panels, targets) read in
     * one pass (`loaded.parsed`); undefined to parse the tree alone. Called once, before any input.
     */
    all?: (values: Values, format: Format) => ParseAllOptions | undefined;
    each: (loaded: Loaded, run: Run) => T | Promise<T>;
    done: (results: { input: InputRef; value: T }[], run: Run) => number | void;
  },
): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, spec.options, spec.name);
  if (values.help) {
    io.stdout(spec.help);
    return 0;
  }
  const format = formatOf(values.format as string | undefined, spec.formats, spec.name);
  const encoding = encodingOf(values.encoding as string | undefined);
  const all = spec.all?.(values, format);
  if (positionals.length === 0) throw new UsageError(`${spec.name} needs a file, a directory or - (stdin). Run zhengce ${spec.name} --help.`);
  const inputs = await expandInputs(positionals);
  const run: Run = { values, format, io, count: inputs.length };
  let code = 0;
  const results: { input: InputRef; value: T }[] = [];
  for (const input of inputs) {
    try {
      const loaded = await load(input, io, encoding, all);
      results.push({ input, value: await spec.each(loaded, run) });
    } catch (error) {
      if (error instanceof ReadError) io.stderr(`zhengce: ${error.message}\n`);
      else if (error instanceof ZhengceError) io.stderr(`zhengce: ${input.name}: ${error.code}: ${error.message}\n`);
      else throw error;
      code = 1;
    }
  }
  const done = spec.done(results, run);
  return Math.max(code, done ?? 0);
}

/** JSON for one or many inputs: the value itself for one, `[{ file, …value }]` for several. */
export function printJson<T>(results: { input: InputRef; value: T }[], run: Run, key: string): void {
  if (run.format === 'ndjson') {
    for (const r of results) run.io.stdout(JSON.stringify({ file: r.input.name, [key]: r.value }) + '\n');
  } else if (run.count === 1 && results.length === 1) {
    run.io.stdout(JSON.stringify(results[0]!.value, null, 2) + '\n');
  } else {
    run.io.stdout(JSON.stringify(results.map((r) => ({ file: r.input.name, [key]: r.value })), null, 2) + '\n');
  }
}
