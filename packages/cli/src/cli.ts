import { readFile, stat } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { formatOutline, parseDocument, ZhengceError, type ParseResult } from '@zhengce/core';

/** Where the CLI writes; injectable so tests capture output without spawning processes. */
export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

const defaultIo: Io = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

export const HELP = `zhengce — parse Chinese government policy documents

Usage:
  zhengce parse <file> [--outline]   JSON on stdout, diagnostics on stderr
  zhengce demo                       parse the bundled 15th five-year plan outline and print it

Examples:
  zhengce parse fixtures/seeds/004_a2b1769d98c9ece2.txt
  zhengce parse fixtures/seeds/003_3191d9a98261c202.txt --outline
`;

/** The bundled fixture the demo parses. */
export const DEMO_FIXTURE = fileURLToPath(new URL('../../../fixtures/seeds/001_f61c2087ba53f0d6.txt', import.meta.url));

async function readInput(file: string): Promise<Uint8Array> {
  const info = await stat(file);
  if (info.isDirectory()) throw new Error(`${file} is a directory`);
  return readFile(file);
}

function diagnosticsOf(result: ParseResult) {
  return result.kind === 'gazette'
    ? [...result.diagnostics, ...result.documents.flatMap((d) => d.diagnostics)]
    : result.diagnostics;
}

function printDiagnostics(file: string, result: ParseResult, io: Io): void {
  for (const d of diagnosticsOf(result)) {
    if (d.severity === 'info') continue;
    const at = d.position ? `${d.position.start.line}:${d.position.start.column}` : '1:1';
    io.stderr(`${file}:${at}: ${d.severity} ${d.code} ${d.message}\n`);
  }
}

/**
 * Run the command line with `argv` (without `node` and the script). Returns the exit code.
 *
 * @example
 * await main(['parse', 'doc.txt', '--outline']);
 */
export async function main(argv: readonly string[], io: Io = defaultIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: { outline: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    io.stderr(`zhengce: ${(error as Error).message}\n`);
    return 2;
  }
  const [command, ...files] = parsed.positionals;
  if (parsed.values.help || !command) {
    io.stdout(HELP);
    return command || parsed.values.help ? 0 : 2;
  }
  if (command === 'demo') {
    const result = parseDocument(await readInput(DEMO_FIXTURE));
    io.stdout(formatOutline(result) + '\n');
    return 0;
  }
  if (command !== 'parse') {
    io.stderr(`zhengce: unknown command '${command}'. Run zhengce --help.\n`);
    return 2;
  }
  const file = files[0];
  if (!file) {
    io.stderr('zhengce: parse needs a file. Run zhengce --help.\n');
    return 2;
  }
  let bytes: Uint8Array;
  try {
    bytes = await readInput(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : (error as Error).message;
    io.stderr(`zhengce: cannot read ${file}: ${why}\n`);
    return 1;
  }
  try {
    const result = parseDocument(bytes);
    io.stdout(parsed.values.outline ? formatOutline(result) + '\n' : JSON.stringify(result, null, 2) + '\n');
    printDiagnostics(file, result, io);
    return 0;
  } catch (error) {
    if (error instanceof ZhengceError) {
      io.stderr(`zhengce: ${file}: ${error.code}: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}
