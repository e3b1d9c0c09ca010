/** A CSV cell value. */
export type Cell = string | number | boolean | undefined | null;

/**
 * One RFC 4180 CSV line (CRLF-free: `\n` line ends). Fields with `,` `"` or line breaks are quoted;
 * a text field starting with `=`, `+`, `@` or a tab is prefixed with `'` so spreadsheets do not
 * run it as a formula (negative numbers are numbers, not text, and are left alone).
 */
export function csvLine(cells: readonly Cell[]): string {
  return (
    cells
      .map((cell) => {
        if (cell === undefined || cell === null) return '';
        if (typeof cell !== 'string') return String(cell);
        const safe = /^[=+@\t\r]/.test(cell) ? `'${cell}` : cell;
        return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
      })
      .join(',') + '\n'
  );
}

/** A CSV document: header then rows. */
export function csv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return csvLine(header) + rows.map(csvLine).join('');
}

/** A Markdown pipe table (text escaped for `|` and line breaks). */
export function mdTable(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const cell = (c: Cell) => (c === undefined || c === null ? '' : String(c)).replace(/\|/g, '\\|').replace(/\r?\n/g, ' ').replace(/</g, '&lt;');
  return [
    `| ${header.map(cell).join(' | ')} |`,
    `|${' --- |'.repeat(header.length)}`,
    ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
  ].join('\n') + '\n';
}
