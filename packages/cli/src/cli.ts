import { ReadError, UsageError } from './errors.js';
import { processIo, type Io } from './io.js';
import type { Command } from './command.js';
import { parse } from './commands/parse.js';
import { outline } from './commands/outline.js';
import { indicators } from './commands/indicators.js';
import { projects } from './commands/projects.js';
import { targets } from './commands/targets.js';
import { progress } from './commands/progress.js';
import { check } from './commands/check.js';
import { batch } from './commands/batch.js';
import { demo } from './commands/demo.js';

/** Every command, in the order `--help` lists them. */
export const COMMANDS: readonly Command[] = [parse, outline, indicators, projects, targets, progress, check, batch, demo];

/** The version printed by `--version` (kept equal to package.json by a test). */
export const VERSION = '0.1.0';

export const HELP = `zhengce — parse Chinese government policy documents (决定, 规划纲要, 条例, 公报)

Usage:
  zhengce <command> <file|dir|->... [options]

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(11)} ${c.summary}`).join('\n')}

Common options:
  -f, --format     json | ndjson | csv | md | html | text (each command lists what it supports)
  -e, --encoding   auto (default) | utf-8 | gb18030 | utf-16le | utf-16be
  -h, --help       help for a command: zhengce <command> --help
      --version    print the version

Inputs: files, directories (read recursively: .txt .md .markdown .text) and - for stdin.
Exit codes: 0 success · 1 an input could not be read or parsed (check: an error diagnostic) · 2 usage error.

Examples:
  zhengce demo
  zhengce parse fixtures/seeds/004_a2b1769d98c9ece2.txt > regulation.json
  zhengce parse fixtures/seeds/004_a2b1769d98c9ece2.txt --outline
  zhengce indicators fixtures/seeds/001_f61c2087ba53f0d6.txt --csv
  zhengce progress fixtures/seeds/003_3191d9a98261c202.txt --format md
  zhengce check fixtures/seeds/
  zhengce batch fixtures/seeds > seeds.ndjson
`;

/**
 * Run the command line with `argv` (without `node` and the script) and return the exit code:
 * 0 success, 1 unreadable/unparsable input (or `check` errors), 2 usage error.
 *
 * @param argv - the arguments, e.g. `['parse', 'doc.txt', '--outline']`
 * @param io - where to read and write; default the process's streams
 * @example
 * const code = await main(['outline', 'doc.txt']);
 */
export async function main(argv: readonly string[], io: Io = processIo()): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    const topic = name === 'help' ? COMMANDS.find((c) => c.name === rest[0]) : undefined;
    io.stdout(topic ? topic.help : HELP);
    return name === undefined ? 2 : 0;
  }
  if (name === '--version' || name === '-v') {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.stderr(
      name.startsWith('-')
        ? `zhengce: unknown option '${name}'. Run zhengce --help.\n`
        : `zhengce: unknown command '${name}'. Run zhengce --help.\n`,
    );
    return 2;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`zhengce: ${error.message}\n`);
      return 2;
    }
    if (error instanceof ReadError) {
      io.stderr(`zhengce: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}
