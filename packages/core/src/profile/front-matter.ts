import { parse as parseYaml } from 'yaml';
import type { Diagnostic } from '../models/diagnostic.js';
import type { SourceText } from '../source/source-text.js';

export interface FrontMatter {
  data: Record<string, unknown>;
  /** Original offset just past the closing `---` line. */
  end: number;
}

const OPEN = /^\ufeff?\s*---[ \t]*\r?\n/;
const CLOSE = /\r?\n---[ \t]*(?:\r?\n|$)/;

/**
 * Read YAML front matter (`---` … `---` at the very start), with the `yaml` library.
 * Invalid YAML gives a diagnostic and an empty record; the block is still not body text.
 */
export function readFrontMatter(source: SourceText, diagnostics: Diagnostic[]): FrontMatter | undefined {
  const open = OPEN.exec(source.text.slice(0, 64));
  if (!open) return undefined;
  const bodyStart = open[0].length;
  // Front matter is short: only look for the closing line in the first 64 KiB.
  const window = source.text.slice(bodyStart - 1, bodyStart + 65536);
  const close = CLOSE.exec(window);
  if (!close) return undefined;
  const yamlText = window.slice(1, close.index);
  const end = bodyStart - 1 + close.index + close[0].length;
  try {
    const data: unknown = parseYaml(yamlText, { maxAliasCount: 100 });
    if (data && typeof data === 'object' && !Array.isArray(data)) return { data: data as Record<string, unknown>, end };
    // A list or a lone value is YAML, but not fields: say so rather than drop it unseen.
    if (data !== null && data !== undefined) {
      diagnostics.push({
        code: 'front-matter-invalid',
        severity: 'warning',
        message: `The front matter is ${Array.isArray(data) ? 'a list' : 'a single value'}, not fields (key: value); it was set aside.`,
        position: source.position(0, end),
      });
    }
  } catch (error) {
    diagnostics.push({
      code: 'front-matter-invalid',
      severity: 'warning',
      message: `The front matter is not valid YAML: ${(error as Error).message.split('\n')[0]}`,
      position: source.position(0, end),
    });
  }
  return { data: {}, end };
}
