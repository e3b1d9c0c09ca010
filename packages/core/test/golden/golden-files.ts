import { parseAll, parseDocument, formatOutline, type DocumentTarget } from '../../src/index.js';
import { SEEDS, seed } from '../helpers.js';

/** One target per line, tab-separated: where, goal or review, indicator, kind, as written, value, year. */
function targetLine(t: DocumentTarget): string {
  const q = t.quantity;
  const restored = q.restoration ? ` (restored: ${q.restoration.method} ${q.restoration.confidence})` : '';
  const value = (q.value !== undefined ? `${q.value} ${q.qualifier ?? ''}`.trim() : `${q.bounds?.min}–${q.bounds?.max}`) + restored;
  const year = t.year === undefined ? '-' : `${t.year}${t.yearStated ? ' stated' : ''}`;
  return [`${t.position.start.line}:${t.position.start.column}`, t.review ? 'review' : 'goal', t.indicator, t.kind, q.raw, value, year].join('\t');
}

/** Targets grouped under the title of their document (a gazette bundles many). */
function targetLines(targets: readonly DocumentTarget[]): string {
  const out: string[] = [];
  let document: string | undefined;
  for (const t of targets) {
    if (t.document !== document || out.length === 0) out.push(`# ${t.document ?? '(no document)'}`);
    document = t.document;
    out.push(targetLine(t));
  }
  return out.join('\n') + '\n';
}

/**
 * Golden files of the parse: a readable outline per seed, full JSON for the small ones, and the
 * targets `parseAll` finds in the running text.
 */
export function goldenFiles(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of Object.keys(SEEDS) as Array<keyof typeof SEEDS>) {
    const result = parseDocument(seed(name));
    files[`${name}.outline.txt`] = formatOutline(result) + '\n';
    if (name === 'decision' || name === 'regulation') files[`${name}.json`] = JSON.stringify(result, null, 1) + '\n';
    const { targets } = parseAll(seed(name));
    if (targets.length > 0) files[`${name}.targets.tsv`] = targetLines(targets);
  }
  return files;
}
