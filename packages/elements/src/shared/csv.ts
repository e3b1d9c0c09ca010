import { ZcDownloadEvent } from './events.js';

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

/** A file name from a title: characters file systems refuse, and spaces, become `_`. */
export function csvFilename(title: string): string {
  return `${title.replace(/[\\/:*?"<>|\s]+/gu, '_')}.csv`;
}

/**
 * Offer CSV text as a download from `host`: a cancelable `zc-download` event first (a page can
 * take the CSV and call preventDefault()), then a temporary object URL clicked as a link.
 */
export function downloadCsv(host: HTMLElement, csv: string, filename: string): void {
  if (!host.dispatchEvent(new ZcDownloadEvent(csv, filename))) return;
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
