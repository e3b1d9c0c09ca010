import { formatOutline, toHtml, toMarkdown, type ParseResult, type ParsedText } from '@zhengce/core/lite';
import { printJson, runDocuments, type Command } from '../command.js';
import { UsageError } from '../errors.js';
import { printDiagnostics } from '../diagnostics.js';

const help = `zhengce parse — parse documents to JSON (diagnostics on stderr)

Usage:
  zhengce parse <file|dir|->... [--format json|ndjson|md|html] [--outline|--all] [--encoding <enc>]

Options:
  -f, --format     json (default, pretty), ndjson (one {file, result} per line), md, html
      --outline    print the readable outline instead (same as zhengce outline)
      --all        everything in one JSON (json, ndjson): { result, tables, panels, targets },
                   as core's parseAll — tree, indicator tables, 专栏 panels, targets in the text
  -e, --encoding   auto (default), utf-8, gb18030, utf-16le, utf-16be
  -h, --help       this help

Diagnostics (warnings and errors) go to stderr as file:line:column: severity code message;
the exit code is 0 when every input was read and parsed.

Examples:
  zhengce parse fixtures/seeds/004_a2b1769d98c9ece2.txt > regulation.json
  zhengce parse fixtures/seeds/004_a2b1769d98c9ece2.txt --outline
  zhengce parse fixtures/seeds/001_f61c2087ba53f0d6.txt --all > plan.json
  zhengce parse notice.txt --encoding gb18030 --format html > notice.html
  cat notice.txt | zhengce parse - --format md
`;

export const parse: Command = {
  name: 'parse',
  summary: 'parse documents to JSON, Markdown or HTML',
  help,
  run: (argv, io) =>
    runDocuments<ParseResult | ParsedText>(argv, io, {
      name: 'parse',
      formats: ['json', 'ndjson', 'md', 'html'],
      options: { outline: { type: 'boolean' }, all: { type: 'boolean' } },
      help,
      all: (values, format) => {
        if (!values.all) return undefined;
        if (values.outline || (format !== 'json' && format !== 'ndjson')) {
          throw new UsageError('parse: --all prints JSON (--format json or ndjson), not an outline, Markdown or HTML');
        }
        return {};
      },
      each: (loaded, run) => {
        printDiagnostics(loaded.input.name, loaded.result, run.io, { to: 'stderr', minimum: 'warning' });
        return loaded.parsed ?? loaded.result;
      },
      done: (results, run) => {
        // Without --all every value is a ParseResult.
        const parsed = results as Array<{ input: (typeof results)[number]['input']; value: ParseResult }>;
        if (run.values.all) printJson(results, run, 'parsed');
        else if (run.values.outline) {
          for (const r of parsed) run.io.stdout(formatOutline(r.value) + '\n');
        } else if (run.format === 'md') {
          for (const r of parsed) run.io.stdout(toMarkdown(r.value));
        } else if (run.format === 'html') {
          for (const r of parsed) run.io.stdout(toHtml(r.value, { standalone: parsed.length === 1 }));
        } else printJson(results, run, 'result');
      },
    }),
};
