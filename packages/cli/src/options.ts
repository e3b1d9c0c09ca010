import { parseArgs, type ParseArgsConfig } from 'node:util';
import { ENCODINGS } from '@zhengce/core/lite';
import { UsageError } from './errors.js';

/** Output formats; each command accepts a subset. `text` is the human-readable default of some commands. */
export const FORMATS = ['json', 'ndjson', 'csv', 'md', 'html', 'text'] as const;
export type Format = (typeof FORMATS)[number];

export const ENCODING_OPTIONS = ['auto', ...ENCODINGS] as const;
export type EncodingOption = (typeof ENCODING_OPTIONS)[number];

type Options = NonNullable<ParseArgsConfig['options']>;

/** Options every command understands. */
export const COMMON_OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  format: { type: 'string', short: 'f' },
  encoding: { type: 'string', short: 'e' },
} as const satisfies Options;

/** Parsed option values. */
export type Values = Record<string, string | boolean | (string | boolean)[] | undefined>;

/**
 * Parse a command's arguments with node:util parseArgs (strict): unknown options are a
 * {@link UsageError} with parseArgs' one-line message.
 */
export function parseCommandArgs(
  argv: readonly string[],
  options: Options = {},
  command = '',
): { values: Values; positionals: string[] } {
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      options: { ...COMMON_OPTIONS, ...options },
      allowPositionals: true,
      strict: true,
    });
    return { values: values as Values, positionals };
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    const help = `Run zhengce ${command ? `${command} ` : ''}--help.`;
    const option = /'(-[^']*)'/.exec(message)?.[1];
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option) throw new UsageError(`unknown option '${option}'. ${help}`);
    throw new UsageError(`${message.split(/\.\s|\n/)[0]!.replace(/\.$/, '')}. ${help}`);
  }
}

/** A string option's value. */
export const stringOption = (values: Values, name: string): string | undefined =>
  typeof values[name] === 'string' ? (values[name] as string) : undefined;

/** The chosen format, checked against what the command supports. */
export function formatOf(value: string | undefined, supported: readonly Format[], command: string): Format {
  const format = (value ?? supported[0]) as Format;
  if (!supported.includes(format)) {
    throw new UsageError(`${command}: unsupported --format '${value}' (use ${supported.join(', ')})`);
  }
  return format;
}

/** The chosen encoding. */
export function encodingOf(value: string | undefined): EncodingOption {
  const encoding = (value ?? 'auto') as EncodingOption;
  if (!ENCODING_OPTIONS.includes(encoding)) {
    throw new UsageError(`unknown --encoding '${value}' (use ${ENCODING_OPTIONS.join(', ')})`);
  }
  return encoding;
}
