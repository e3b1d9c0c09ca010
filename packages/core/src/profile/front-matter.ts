import { CORE_SCHEMA, load as loadYaml } from 'js-yaml';
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
 * Read YAML front matter (`---` … `---` at the very start), with `js-yaml` and the YAML 1.2 core
 * schema (dates stay strings, as written). Invalid YAML gives a diagnostic and an empty record;
 * the block is still not body text.
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
  const setAside = (why: string): void => {
    diagnostics.push({ code: 'front-matter-invalid', severity: 'warning', message: `The front matter ${why}`, position: source.position(0, end) });
  };
  let data: unknown;
  try {
    data = loadYaml(yamlText, { schema: CORE_SCHEMA });
  } catch (error) {
    setAside(`is not valid YAML: ${String(error instanceof Error ? error.message : error).split('\n')[0]}`);
    return { data: {}, end };
  }
  const limit = expansionLimit(yamlText);
  if (expandsBeyond(data, limit)) {
    setAside(`repeats itself through aliases into more than ${limit} values (an alias expansion bomb); it was set aside.`);
  } else if (data && typeof data === 'object' && !Array.isArray(data)) {
    return { data: data as Record<string, unknown>, end };
  } else if (data !== null && data !== undefined) {
    // A list or a lone value is YAML, but not fields: say so rather than drop it unseen.
    setAside(`is ${Array.isArray(data) ? 'a list' : 'a single value'}, not fields (key: value); it was set aside.`);
  }
  return { data: {}, end };
}

/**
 * How many values front matter may hold once its aliases are expanded. Without aliases a value
 * takes at least one character, so this leaves room for honest reuse (`&defaults`), not for an
 * expansion bomb (`a: &a [x, x]`, `b: &b [*a, *a]`, … doubling at each line).
 */
const expansionLimit = (yamlText: string): number => 1000 + 4 * yamlText.length;

/**
 * Whether `data`, with every alias expanded (as `JSON.stringify` or a renderer would), holds more
 * than `limit` values. js-yaml shares an aliased value instead of copying it, so loading is
 * cheap; reading the result is not. Stops as soon as the count passes the limit (cycles too).
 */
export function expandsBeyond(data: unknown, limit: number): boolean {
  let count = 0;
  const stack: unknown[] = [data];
  while (stack.length > 0) {
    const value = stack.pop();
    if (++count > limit) return true;
    if (value !== null && typeof value === 'object') {
      for (const child of Object.values(value)) stack.push(child);
    }
  }
  return false;
}
