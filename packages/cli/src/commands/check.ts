import { ZhengceError } from '@zhengce/core/lite';
import { tablesOf, panelsOf } from '../analysis.js';
import { UsageError, ReadError } from '../errors.js';
import { allDiagnostics, formatLocated, locate, SEVERITY_RANK, type Located } from '../diagnostics.js';
import { expandInputs, load } from '../inputs.js';
import type { Command } from '../command.js';
import { encodingOf, formatOf, parseCommandArgs } from '../options.js';

const help = `zhengce check — report diagnostics like a compiler

Usage:
  zhengce check <file|dir|->... [--format text|json|ndjson] [--severity error|warning|info]

Prints one line per diagnostic of the parse, the indicator tables and the panels:
  file:line:column: severity code message
and a count on stderr. Exit code 1 when any error-severity diagnostic exists (an unreadable or
unparsable input counts as an error), else 0.

Options:
      --severity   lowest severity printed: error, warning (default), info
  -f, --format     text (default), json (an array), ndjson (one diagnostic per line)
  -e, --encoding   auto (default), utf-8, gb18030, utf-16le, utf-16be

Examples:
  zhengce check fixtures/seeds/
  zhengce check notice.txt --severity info --format json
`;

export const check: Command = {
  name: 'check',
  summary: 'diagnostics as file:line:column: severity code message; exit 1 on errors',
  help,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, { severity: { type: 'string' } }, 'check');
    if (values.help) {
      io.stdout(help);
      return 0;
    }
    const format = formatOf(values.format as string | undefined, ['text', 'json', 'ndjson'], 'check');
    const encoding = encodingOf(values.encoding as string | undefined);
    const minimum = (values.severity as string | undefined) ?? 'warning';
    if (!(minimum in SEVERITY_RANK)) throw new UsageError(`check: unknown --severity '${minimum}' (use error, warning, info)`);
    if (positionals.length === 0) throw new UsageError('check needs a file, a directory or - (stdin). Run zhengce check --help.');
    const inputs = await expandInputs(positionals);
    const all: Located[] = [];
    for (const input of inputs) {
      try {
        const loaded = await load(input, io, encoding);
        const tables = tablesOf(loaded);
        const diagnostics = [
          ...allDiagnostics(loaded.result),
          ...tables.flatMap((t) => t.diagnostics),
          ...panelsOf(loaded, tables).flatMap((p) => p.diagnostics),
        ];
        all.push(...locate(input.name, diagnostics));
      } catch (error) {
        if (error instanceof ReadError) all.push({ file: error.file, line: 1, column: 1, severity: 'error', code: 'unreadable', message: error.reason });
        else if (error instanceof ZhengceError)
          all.push({ file: input.name, line: error.position?.start.line ?? 1, column: error.position?.start.column ?? 1, severity: 'error', code: error.code, message: error.message });
        else throw error;
      }
    }
    const shown = all.filter((d) => SEVERITY_RANK[d.severity] <= SEVERITY_RANK[minimum as keyof typeof SEVERITY_RANK]);
    if (format === 'json') io.stdout(JSON.stringify(shown, null, 2) + '\n');
    else for (const d of shown) io.stdout((format === 'ndjson' ? JSON.stringify(d) : formatLocated(d)) + '\n');
    const count = (s: string) => all.filter((d) => d.severity === s).length;
    const errors = count('error');
    io.stderr(`zhengce check: ${inputs.length} file${inputs.length === 1 ? '' : 's'}, ${errors} error${errors === 1 ? '' : 's'}, ${count('warning')} warnings, ${count('info')} info\n`);
    return errors > 0 ? 1 : 0;
  },
};
