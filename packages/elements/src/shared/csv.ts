/** Characters that make spreadsheet apps treat a cell as a formula (CSV/formula injection). */
const FORMULA_START = /^[=+\-@\t\r]/u;

/**
 * One CSV cell: neutralizes formula injection by prefixing `'` to cells starting with
 * `=`, `+`, `-`, `@`, tab or CR (OWASP), then quotes cells holding `"`, `,` or line breaks.
 */
export function escapeCsvCell(cell: string): string {
  let s = cell;
  if (FORMULA_START.test(s)) s = `'${s}`;
  if (/[",\r\n]/u.test(s)) s = `"${s.replaceAll('"', '""')}"`;
  return s;
}

/** CSV text (RFC 4180, CRLF line ends) with a BOM so spreadsheet apps read the UTF-8 Chinese. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return '\uFEFF' + rows.map((r) => r.map(escapeCsvCell).join(',')).join('\r\n') + '\r\n';
}
