import { readFile } from 'node:fs/promises';
import { parseAll, parseDocument, ZhengceError, type Encoding } from '@zhengce/core/lite';
import { reasonOf } from './errors.js';
import { allDiagnostics } from './diagnostics.js';

/** A job: one file to parse. */
export interface BatchJob {
  index: number;
  file: string;
  encoding: Encoding | 'auto';
  /** Everything (`parseAll`: tree, tables, panels, targets) instead of the tree alone. */
  all?: boolean;
}

/** What a worker sends back: the NDJSON line (already serialized) and counts for the summary. */
export interface BatchOutcome {
  index: number;
  /** One NDJSON line, without the line break. */
  line: string;
  ok: boolean;
  /** Kind of the result (`gazette`, `regulation` …) and of a gazette's documents. */
  kinds: string[];
  diagnostics: { error: number; warning: number; info: number };
}

/**
 * Parse one file to its NDJSON line: `{"file", "result"}` (with `all`: `{"file", "parsed"}`,
 * `parseAll`'s result, tables, panels and targets) or, on failure,
 * `{"file", "error": {"code", "message"}}`. Never throws: every document is accounted for.
 */
export async function processJob(job: BatchJob): Promise<BatchOutcome> {
  const diagnostics = { error: 0, warning: 0, info: 0 };
  const fail = (code: string, message: string): BatchOutcome => ({
    index: job.index,
    line: JSON.stringify({ file: job.file, error: { code, message } }),
    ok: false,
    kinds: [],
    diagnostics: { ...diagnostics },
  });
  let bytes: Uint8Array;
  try {
    bytes = await readFile(job.file);
  } catch (error) {
    return fail('unreadable', reasonOf(error));
  }
  try {
    const parsed = job.all ? parseAll(bytes, { encoding: job.encoding }) : undefined;
    const result = parsed?.result ?? parseDocument(bytes, { encoding: job.encoding });
    for (const d of allDiagnostics(result)) diagnostics[d.severity]++;
    const kinds = result.kind === 'gazette' ? ['gazette', ...result.documents.map((d) => d.kind)] : [result.kind];
    const line = JSON.stringify(parsed ? { file: job.file, parsed } : { file: job.file, result });
    return { index: job.index, line, ok: true, kinds, diagnostics };
  } catch (error) {
    if (error instanceof ZhengceError) return fail(error.code, error.message);
    return fail('internal-error', (error as Error).message ?? String(error));
  }
}
