import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { decode, parseAll, parseDocument, type ParseAllOptions, type ParseResult, type ParsedText } from '@zhengce/core/lite';
import { ReadError, reasonOf } from './errors.js';
import type { Io } from './io.js';
import type { EncodingOption } from './options.js';

/** File extensions read when an input is a directory. */
export const TEXT_EXTENSIONS = ['.txt', '.md', '.markdown', '.text'] as const;

/** Name shown for standard input. */
export const STDIN_NAME = '<stdin>';

/** One input: a file path, or `-` for standard input. */
export interface InputRef {
  /** As shown in messages: the path as given (or found in a directory), or `<stdin>`. */
  name: string;
  path?: string;
}

async function walk(dir: string, out: string[]): Promise<void> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    throw new ReadError(dir, reasonOf(error));
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) await walk(path, out);
    else if (entry.isFile() && TEXT_EXTENSIONS.some((ext) => entry.name.toLowerCase().endsWith(ext))) out.push(path);
  }
}

/**
 * Expand the positional arguments: files as given, `-` as stdin, directories walked recursively
 * (sorted, hidden entries skipped, only {@link TEXT_EXTENSIONS}).
 * @throws {ReadError} when an argument does not exist
 */
export async function expandInputs(args: readonly string[]): Promise<InputRef[]> {
  const out: InputRef[] = [];
  for (const arg of args) {
    if (arg === '-') {
      out.push({ name: STDIN_NAME });
      continue;
    }
    let info;
    try {
      info = await stat(arg);
    } catch (error) {
      throw new ReadError(arg, reasonOf(error));
    }
    if (info.isDirectory()) {
      const files: string[] = [];
      await walk(arg, files);
      out.push(...files.map((path) => ({ name: path, path })));
    } else out.push({ name: arg, path: arg });
  }
  return out;
}

/** The bytes of an input. @throws {ReadError} */
export async function readInput(input: InputRef, io: Io): Promise<Uint8Array> {
  if (!input.path) return io.readStdin();
  try {
    return await readFile(input.path);
  } catch (error) {
    throw new ReadError(input.name, reasonOf(error));
  }
}

/** A read and parsed input: the parse result and the decoded text (for tables, panels, targets). */
export interface Loaded {
  input: InputRef;
  result: ParseResult;
  text: string;
  /** Everything `parseAll` reads, when the command asked for it (then `result` is its tree). */
  parsed?: ParsedText;
}

/**
 * Read, decode and parse one input; with `all`, read everything with `parseAll` in the same
 * pass instead of parsing the tree alone. @throws {ReadError} or core's `ZhengceError`
 */
export async function load(input: InputRef, io: Io, encoding: EncodingOption, all?: ParseAllOptions): Promise<Loaded> {
  const bytes = await readInput(input, io);
  const text = decode(bytes, { encoding }).text;
  if (all) {
    const parsed = parseAll(bytes, { ...all, encoding });
    return { input, result: parsed.result, text, parsed };
  }
  return { input, result: parseDocument(bytes, { encoding }), text };
}

