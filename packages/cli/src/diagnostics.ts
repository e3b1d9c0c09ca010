import { documentsOf, type Diagnostic, type ParseResult, type Severity } from '@zhengce/core/lite';
import type { Io } from './io.js';

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** A diagnostic located in a file, as `check` prints it. */
export interface Located {
  file: string;
  line: number;
  column: number;
  severity: Severity;
  code: string;
  message: string;
}

/** Every diagnostic of a parse result (gazette and its documents), in source order. */
export function allDiagnostics(result: ParseResult): Diagnostic[] {
  const list = result.kind === 'gazette' ? [...result.diagnostics, ...documentsOf(result).flatMap((d) => d.diagnostics)] : [...result.diagnostics];
  return list;
}

/** Diagnostics with a file, line and column (1:1 when a diagnostic has no position), sorted. */
export function locate(file: string, diagnostics: readonly Diagnostic[]): Located[] {
  return diagnostics
    .map((d) => ({
      file,
      line: d.position?.start.line ?? 1,
      column: d.position?.start.column ?? 1,
      severity: d.severity,
      code: d.code,
      message: d.message,
    }))
    .sort((a, b) => a.line - b.line || a.column - b.column || RANK[a.severity] - RANK[b.severity]);
}

/** `file:line:column: severity code message`, as compilers print. */
export const formatLocated = (d: Located): string => `${d.file}:${d.line}:${d.column}: ${d.severity} ${d.code} ${d.message.replace(/\s*\n\s*/g, ' ')}`;

/** Print a result's diagnostics at or above `minimum` severity. */
export function printDiagnostics(
  file: string,
  result: ParseResult,
  io: Io,
  options: { to: 'stdout' | 'stderr'; minimum: Severity },
): void {
  for (const d of locate(file, allDiagnostics(result))) {
    if (RANK[d.severity] > RANK[options.minimum]) continue;
    io[options.to](formatLocated(d) + '\n');
  }
}

export { RANK as SEVERITY_RANK };
