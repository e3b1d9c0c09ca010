import type { Diagnostic } from '../models/diagnostic.js';
import type { Indicator, IndicatorColumn, IndicatorTable } from '../models/indicator.js';
import { isTrimmedCode, skipTrimmed, trimmedLength } from '../normalize/chars.js';
import { foldWidth } from '../normalize/width.js';
import { parseChineseNumeral } from '../numerals/chinese-numerals.js';
import { SourceText } from '../source/source-text.js';
import { buildIndicator, isAttributeText, type RawCell, type RowInput } from './build.js';
import { readHeader } from './columns.js';
import { readFlatRows, type CategoryMark } from './flat.js';
import { CATEGORY, HEADING, type Line, type Lines, MARKUP_CHAR, nextContentLine, linesOf, plain } from './lines.js';
import { decimalRestorer } from './restore.js';
import { type CellReader, cellReader } from './cell.js';

/** Options of {@link extractIndicatorTables}. */
export interface ExtractIndicatorTablesOptions {
  /**
   * Lost-decimal handling: `auto` (default) restores only tables that show the pattern,
   * `always` forces it, `never` leaves digits as integers.
   */
  decimals?: 'auto' | 'always' | 'never';
  /** Clean copies of the same figures (e.g. a web copy of the document) for decimal restoration. */
  references?: readonly string[];
}

const TITLE = /指标/;
const PANEL_LABEL = /^(专栏\s*([0-9０-９]+|[一二三四五六七八九十]+))\s*/;

function isTitleLine(line: Line): boolean {
  // A title holds 指标 once markup is stripped, so its line holds 指: most lines stop here.
  if (!line.folded.includes('指')) return false;
  // A line without markup is its own plain text: a paragraph too long for a title (most lines
  // holding 指) is turned away without copying it.
  if (!MARKUP_CHAR.test(line.folded) && trimmedLength(line.folded) > 60) return false;
  const t = plain(line.folded); // trimmed
  if (t.length === 0 || t.length > 60 || !TITLE.test(t)) return false;
  if (/[。.;；,，、]/.test(t) || /\t|\|/.test(t)) return false;
  return /^(?:专栏|附表|表\s*\d)|(?:主要指标|指标体系|指标表|实现情况)$/.test(t);
}

/**
 * What divides a delimited table's cells: a tab, or the pipe its rows start with — `|`, or `｜`
 * typed in full width (width folding keeps it: in running text it is the documents' own). A
 * table's rows are split at its header row's separator only, so a `｜` inside a cell of a `|`
 * table stays text.
 */
type Separator = '\t' | '|' | '｜';

/** The pipe a row starts with (after blanks), if any. */
function leadingPipe(text: string): '|' | '｜' | undefined {
  const c = text.charCodeAt(skipTrimmed(text, 0));
  return c === 0x7c ? '|' : c === 0xff5c ? '｜' : undefined;
}

/** The separator of a row that may be a table's header: a tab if it holds one, else its leading pipe. */
function rowSeparator(text: string): Separator | undefined {
  return text.includes('\t') ? '\t' : leadingPipe(text);
}

/** Whether a row belongs to a table divided by `separator`. */
function isRowOf(text: string, separator: Separator): boolean {
  return separator === '\t' ? text.includes('\t') : leadingPipe(text) === separator;
}

/** A markdown alignment row (`| --- | :--: |`), in half or full width (`｜：－－－｜`, `－` folded). */
const ALIGNMENT_ROW = /^\s*[|｜]?\s*[:：]?-{2,}/;

/** `text` is folded already (every caller reads folded lines): no second `foldWidth`. */
function isHeaderLine(text: string): boolean {
  return /指\s*标|序\s*号/.test(text) && /属\s*性|\d{4}\s*年|年均增长|目标/.test(text);
}

/**
 * The cells of a tab or pipe row. A cell's folded text is sliced from the line's folded copy:
 * folding maps each code unit to one code unit and keeps whitespace whitespace, so the slice
 * equals `foldWidth` of the trimmed raw cell without folding every cell again.
 */
function splitCells(line: Line, separator: Separator): RawCell[] {
  const cells: RawCell[] = [];
  const raw = line.raw;
  let from = 0;
  let to = raw.length;
  if (separator !== '\t') {
    from = raw.indexOf(separator) + 1;
    const last = raw.lastIndexOf(separator);
    to = last < from ? raw.length : last;
  }
  // Each cell's bounds found in place (separator by `indexOf`, trim by code unit): one slice
  // per cell and text, no split of the row into untrimmed parts first.
  for (let start = from; ; ) {
    let stop = raw.indexOf(separator, start);
    if (stop === -1 || stop > to) stop = to;
    let a = start;
    let b = stop;
    while (a < b && isTrimmedCode(raw.charCodeAt(a))) a++;
    while (b > a && isTrimmedCode(raw.charCodeAt(b - 1))) b--;
    cells.push({ raw: raw.slice(a, b), text: line.folded.slice(a, b), start: line.start + a, end: line.start + b });
    if (stop >= to) return cells;
    start = stop + 1;
  }
}

/** A line without HTML tags and `**`: most lines hold neither `<` nor `*` and are returned as they are. */
function withoutMarkup(text: string): string {
  if (!text.includes('<') && !text.includes('*')) return text;
  return text.replace(/<[^>]{0,40}>|\*\*/g, '');
}

interface Found {
  /** The table's title line, if one stands just above the header (undefined otherwise: one shape for every table found). */
  titleLine: Line | undefined;
  headerLine: number;
  format: Separator | 'flat';
}

/**
 * What a line must hold to start a table: a cell separator (a tab, or the pipe a markdown row
 * starts with, `|` or `｜`) or, in a title, the 指 of 指标. Searched in the whole folded text so
 * that lines without any are skipped without being read.
 */
const TABLE_START_CHARS = ['\t', '|', '｜', '指'] as const;

/**
 * A search for the first line at or after `from` holding one of {@link TABLE_START_CHARS}
 * (`lines.length` when none does). Each character is found with `indexOf` and its position kept
 * until the search passes it: V8 finds one character in a two-byte string several times faster
 * than a `/[\t|指]/g` scan (001: 0.17 against 0.87 ms over the whole text). `from` never
 * decreases from one call to the next ({@link findTables} always searches past the line it was
 * given), so a kept position is never beyond a match a later search must find.
 */
function startCandidates(folded: string, lines: Lines): (from: number) => number {
  // Next offset of each character at or after the last search; -1: to be searched.
  const next = TABLE_START_CHARS.map(() => -1);
  return (from) => {
    if (from >= lines.length) return lines.length;
    const at = lines.startOf(from);
    let first = folded.length;
    for (let k = 0; k < next.length; k++) {
      if (next[k]! < at) {
        const found = folded.indexOf(TABLE_START_CHARS[k]!, at);
        next[k] = found === -1 ? folded.length : found;
      }
      if (next[k]! < first) first = next[k]!;
    }
    return first < folded.length ? lines.indexAt(first) : lines.length;
  };
}

function findTables(folded: string, lines: Lines): Found[] {
  const found: Found[] = [];
  const nextStartCandidate = startCandidates(folded, lines);
  let i = nextStartCandidate(0);
  while (i < lines.length) {
    const line = lines.at(i)!;
    const t = line.folded;
    const separator = rowSeparator(t);
    if (separator !== undefined && isHeaderLine(withoutMarkup(t))) {
      let titleLine: Line | undefined;
      for (let k = i - 1; k >= 0 && k >= i - 4; k--) {
        if (lines.at(k)!.folded.trim() === '') continue;
        if (isTitleLine(lines.at(k)!)) titleLine = lines.at(k)!;
        break;
      }
      found.push({ titleLine, headerLine: i, format: separator });
      i = nextStartCandidate(i + 1);
      continue;
    }
    if (isTitleLine(line)) {
      // A flattened header follows within a few lines.
      let k = i + 1;
      let seen = 0;
      let headerText = '';
      while (k < lines.length && seen < 16) {
        const lt = lines.at(k)!.folded;
        if (lt.trim() !== '') {
          seen++;
          if (rowSeparator(lt) !== undefined) break;
          headerText += ` ${lt}`;
          if (/属\s*性/.test(lt) || (isHeaderLine(headerText) && /\d{4}\s*年/.test(headerText) && seen >= 3)) break;
        }
        k++;
      }
      if (k < lines.length && rowSeparator(lines.at(k)!.folded) === undefined && isHeaderLine(headerText) && /属\s*性|序\s*号/.test(headerText)) {
        found.push({ titleLine: line, headerLine: i + 1, format: 'flat' });
        i = nextStartCandidate(k);
        continue;
      }
    }
    i = nextStartCandidate(i + 1);
  }
  return found;
}

/**
 * The last category named like the indicator's that starts at or before it: the heading it stands
 * under when a category name comes back. Searched from the end, without a reversed copy per row.
 */
function lastCategoryBefore(categories: readonly CategoryMark[], ind: Indicator): CategoryMark | undefined {
  const at = ind.position.start.offset;
  for (let k = categories.length - 1; k >= 0; k--) {
    const cat = categories[k]!;
    if (cat.name === ind.category && cat.start <= at) return cat;
  }
  return undefined;
}

function titleParts(titleLine: Line | undefined): { title: string; panelLabel?: string; panelNumber?: number } {
  if (!titleLine) return { title: '' };
  const text = plain(titleLine.raw); // trimmed
  const m = PANEL_LABEL.exec(text);
  if (!m) return { title: text };
  const label = m[1]!.trim();
  const n = parseChineseNumeral(foldWidth(m[2]!));
  return { title: text.slice(m[0].length).trim(), panelLabel: label, ...(n !== undefined ? { panelNumber: n } : {}) };
}

function readNotes(lines: Lines, from: number): { notes: IndicatorTable['notes']; end: number; endOffset?: number } {
  let i = from;
  while (i < lines.length && lines.at(i)!.folded.trim() === '') i++;
  const first = lines.at(i);
  if (!first || !/^\s*注\s*[:：]/.test(plain(first.folded))) return { notes: [], end: from };
  let text = '';
  let endOffset = first.end;
  for (; i < lines.length; i++) {
    const t = lines.at(i)!.folded.trim();
    if (t === '' && text !== '') {
      // markdown: notes end at the paragraph break unless the text stops mid-sentence
      if (/[。.]$/.test(text)) break;
      continue;
    }
    if (text !== '' && HEADING.test(lines.at(i)!.folded)) break;
    text += plain(t);
    endOffset = lines.at(i)!.end;
    if (/[。.]$/.test(t)) {
      const next = nextContentLine(lines, i + 1);
      if (!next || !/^[②③④⑤⑥⑦⑧⑨⑩]/.test(next.folded.trim())) {
        i++;
        break;
      }
    }
  }
  const body = text.replace(/^注\s*[:：]\s*/, '');
  const notes: IndicatorTable['notes'] = [];
  const pieces = body.split(/(?=[①②③④⑤⑥⑦⑧⑨⑩])/);
  for (const piece of pieces) {
    const m = /^([①②③④⑤⑥⑦⑧⑨⑩])(.*)$/s.exec(piece);
    if (m) notes.push({ mark: m[1]!, text: m[2]!.trim() });
    else if (piece.trim()) notes.push({ mark: '注', text: piece.trim() });
  }
  // Mark definitions inside the notes: ∗为2019年数据, []为累计完成数.
  for (const m of body.matchAll(/(\[\]|［］|[∗*]{1,3})\s*(?:为|表示)\s*([^,，;；.。、]{1,30})/g)) {
    notes.push({ mark: m[1]!, text: m[2]!.trim() });
  }
  return { notes, end: i, endOffset };
}

/** Year stated by a footnote mark's note: `∗为2019年数据` → 2019. */
function applyFootnoteYears(indicators: Indicator[], notes: IndicatorTable['notes']): void {
  const years = new Map<string, number>();
  for (const n of notes) {
    const y = /^(\d{4})\s*年/.exec(n.text);
    if (y && /^[∗*]+$/.test(n.mark)) years.set(n.mark.replace(/\*/g, '∗'), Number(y[1]));
  }
  if (years.size === 0) return;
  const visit = (ind: Indicator): void => {
    for (const v of ind.values) {
      const mark = v.footnotes?.[0]?.replace(/\*/g, '∗');
      if (mark && years.has(mark) && v.role === 'baseline') v.year = years.get(mark)!;
      else if (mark && years.has(mark) && v.role === 'actual') v.year = years.get(mark)!;
    }
    ind.parts?.forEach(visit);
  };
  indicators.forEach(visit);
}

/** `rowCategories[k]`: the category mark `indicators[k]` was read under. */
function tableDiagnostics(
  indicators: Indicator[],
  categories: CategoryMark[],
  rowCategories: ReadonlyArray<CategoryMark | undefined>,
  src: SourceText,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  // Declared category counts.
  for (const c of categories) {
    // Counted only for a category that declares its count: most declare none.
    if (c.declaredCount === undefined) continue;
    const found = indicators.filter((ind, k) => ind.category === c.name && (c.label === undefined || rowCategories[k] === c)).length;
    if (c.declaredCount !== found) {
      out.push({
        code: 'table-category-count',
        severity: 'warning',
        message: `Category ${c.name} declares ${c.declaredCount} indicators but lists ${found}`,
        data: { category: c.label ?? c.name, declared: c.declaredCount, found },
        position: src.position(c.start, c.end),
      });
    }
  }
  // Categories repeated under different headings.
  const seen = new Map<string, CategoryMark>();
  for (const c of categories) {
    const prev = seen.get(c.name);
    if (prev && prev !== c) {
      out.push({
        code: 'table-category-duplicate',
        severity: 'warning',
        message: `Category ${c.name} appears again (${c.label ?? c.name}; first ${prev.label ?? prev.name})`,
        data: { category: c.name, label: c.label ?? c.name, first: prev.label ?? prev.name },
        position: src.position(c.start, c.end),
      });
    } else seen.set(c.name, c);
  }
  // Repeated rows: same name, unit and values.
  // First rows by raw name; a row is compared only with the earlier rows of its name.
  const rows = new Map<string, Indicator[]>();
  for (const ind of indicators) {
    const named = rows.get(ind.rawName);
    const prev = named?.find((row) => sameRow(row, ind));
    if (prev) {
      out.push({
        code: 'table-row-duplicate',
        severity: 'warning',
        message: `Row ${ind.numberLabel ?? ind.number ?? ''} ${ind.name} repeats row ${prev.numberLabel ?? prev.number ?? ''}`.replace(/\s+/g, ' '),
        data: { indicator: ind.name, row: String(ind.numberLabel ?? ind.number ?? ''), first: String(prev.numberLabel ?? prev.number ?? '') },
        position: ind.position,
      });
    } else if (named) named.push(ind);
    else rows.set(ind.rawName, [ind]);
  }
  // Numbering: integers should rise by one.
  let last: number | undefined;
  for (const ind of indicators) {
    const n = ind.number ?? (ind.numberLabel ? Number(ind.numberLabel.split('.')[0]) : undefined);
    if (n === undefined || Number.isNaN(n)) continue;
    if (last !== undefined && n !== last && n !== last + 1) {
      out.push({
        code: 'table-numbering',
        severity: 'warning',
        message: `Row number ${n} follows ${last}`,
        data: { number: n, previous: last },
        position: ind.position,
      });
    }
    last = n;
  }
  return out;
}

/**
 * Whether two rows are the same: name, raw values, cells of the parts (no parts and an empty
 * list alike). Compared field by field instead of building a key string per row: rows of
 * different names, most of them, are never compared at all.
 */
export function sameRow(a: Indicator, b: Indicator): boolean {
  if (a.rawName !== b.rawName || a.values.length !== b.values.length) return false;
  for (let k = 0; k < a.values.length; k++) if (a.values[k]!.raw !== b.values[k]!.raw) return false;
  const partsA = a.parts ?? [];
  const partsB = b.parts ?? [];
  if (partsA.length !== partsB.length) return false;
  for (let p = 0; p < partsA.length; p++) {
    const cellsA = partsA[p]!.cells;
    const cellsB = partsB[p]!.cells;
    if (cellsA.length !== cellsB.length) return false;
    for (let k = 0; k < cellsA.length; k++) if (cellsA[k] !== cellsB[k]) return false;
  }
  return true;
}

function readDelimitedRows(
  lines: Lines,
  headerLine: number,
  separator: Separator,
  src: SourceText,
  diagnostics: Diagnostic[],
  readCell: CellReader,
): { indicators: Indicator[]; categories: CategoryMark[]; rowCategories: Array<CategoryMark | undefined>; columns: IndicatorColumn[]; endLine: number } {
  const headerCells = splitCells(lines.at(headerLine)!, separator).map((c) => plain(c.text));
  const layout = readHeader(headerCells.join(' '));
  let numberIdx = headerCells.findIndex((c) => /序\s*号/.test(c));
  const nameIdx = headerCells.findIndex((c) => /指\s*标|名\s*称|项\s*目/.test(c));
  const attrIdx = headerCells.findIndex((c) => /属\s*性/.test(c));
  if (numberIdx === nameIdx) numberIdx = -1;
  const valueIdx = headerCells.map((_, i) => i).filter((i) => i !== numberIdx && i !== nameIdx && i !== attrIdx && headerCells[i] !== '');
  const columns: IndicatorColumn[] =
    layout.columns.length === valueIdx.length ? layout.columns : valueIdx.map((i) => ({ label: headerCells[i]!, role: 'other' as const }));
  const targetCol = columns.findIndex((c) => c.role === 'target');
  const otherCol = columns.findIndex((c) => c.role === 'other');
  const indicators: Indicator[] = [];
  const categories: CategoryMark[] = [];
  const rowCategories: Array<CategoryMark | undefined> = [];
  let category: CategoryMark | undefined;
  let i = headerLine + 1;
  for (; i < lines.length; i++) {
    const line = lines.at(i)!;
    const t = line.folded;
    if (t.trim() === '') {
      const next = nextContentLine(lines, i + 1);
      if (next && isRowOf(next.folded, separator)) continue;
      break;
    }
    if (!isRowOf(t, separator)) break;
    if (separator !== '\t' && ALIGNMENT_ROW.test(t)) continue;
    const cells = splitCells(line, separator);
    const filled = cells.filter((c) => c.text !== '');
    const firstText = plain(filled[0]?.text ?? '');
    const cat = CATEGORY.exec(firstText);
    if (filled.length === 1 && cat) {
      category = { name: cat[2]!.replace(/\s+/g, ''), label: firstText, start: filled[0]!.start, end: filled[0]!.end };
      if (cat[3]) category.declaredCount = Number(cat[3]);
      categories.push(category);
      continue;
    }
    if (filled.length === 1 && !/\d/.test(firstText)) {
      // A category without numbering, alone in its row.
      category = { name: firstText, label: firstText, start: filled[0]!.start, end: filled[0]!.end };
      categories.push(category);
      continue;
    }
    const nameCell = cells[nameIdx >= 0 ? nameIdx : numberIdx >= 0 ? numberIdx + 1 : 0];
    if (!nameCell || nameCell.text === '') continue;
    const numberCell = numberIdx >= 0 ? cells[numberIdx] : undefined;
    const valueCells = valueIdx.map((k) => cells[k] ?? { raw: '', text: '', start: line.end, end: line.end });
    const attributeCell = attrIdx >= 0 ? cells[attrIdx] : cells.find((c) => isAttributeText(c.text));
    // Optional fields set one by one: a literal with conditional spreads takes V8's slow path
    // (about a microsecond a row on Node 20).
    const row: RowInput = {
      nameCell,
      compactName: false,
      valueCells,
      columns,
      start: line.start + (line.raw.length - line.raw.trimStart().length),
      end: line.end,
    };
    if (numberCell && numberCell.text !== '') row.number = numberCell.raw;
    if (attributeCell && attributeCell.text !== '') row.attributeCell = attributeCell;
    if (category) row.category = category.name;
    const ind = buildIndicator(row, src, diagnostics, readCell);
    // A value in the remarks column while the target column is empty.
    if (targetCol >= 0 && otherCol >= 0 && !ind.values.some((v) => v.role === 'target') && ind.values.some((v) => v.role === 'other')) {
      diagnostics.push({
        code: 'table-row-anomaly',
        severity: 'info',
        message: `${ind.name}: target column empty, a value stands in the ${columns[otherCol]!.label} column`,
        data: { indicator: ind.name, column: columns[otherCol]!.label },
        position: ind.position,
      });
    }
    indicators.push(ind);
    rowCategories.push(category);
  }
  return { indicators, categories, rowCategories, columns, endLine: i };
}

/**
 * Find every main-indicator table (主要指标) in a document and read it: columns from the header
 * (base year, target year, 年均增长/[累计], 实现情况, 属性), categories with their declared counts,
 * indicators with values parsed into quantities (qualifiers, cumulative `[…]`, footnote marks,
 * text targets) and units, notes, and diagnostics for anomalies (repeated rows, category counts
 * that do not match, repeated categories, row numbering). Three layouts are read: tab-separated
 * rows, markdown pipe rows, and text flattened by PDF extraction (spaces as the only cell
 * separator, wrapped names, one character per line category labels, row numbers in a block,
 * repeated page headers, one cell per line). Tables whose numbers lost their decimal points are
 * restored with {@link restoreDecimals}. Positions point into the original text.
 *
 * @param source The decoded document text (or a {@link SourceText}).
 * @returns The tables in document order.
 * @example
 * const [table] = extractIndicatorTables(text);
 * table.indicators[0]; // { number: 1, name: '地区生产总值增长', unit: { raw: '%', … }, values: [ … ], attribute: 'expected', … }
 */
export function extractIndicatorTables(source: SourceText | string, options: ExtractIndicatorTablesOptions = {}): IndicatorTable[] {
  const src = typeof source === 'string' ? new SourceText(source) : source;
  const folded = src.folded;
  const lines = linesOf(src);
  // The document is its tables' clean copy too (a figure in the text, outside the table itself).
  const restore = decimalRestorer([folded, ...(options.references ?? []).map(foldWidth)]);
  // Cells are parsed once for the rows and read again by the decimal check and restoration.
  const readCell = cellReader();
  const tables: IndicatorTable[] = [];
  for (const found of findTables(folded, lines)) {
    const diagnostics: Diagnostic[] = [];
    let indicators: Indicator[];
    let categories: CategoryMark[];
    let rowCategories: Array<CategoryMark | undefined>;
    let columns: IndicatorColumn[];
    let endLine: number;
    if (found.format === 'flat') {
      // Header: lines up to the one holding 属性 (or the last header-like line).
      let k = found.headerLine;
      const headerLines: string[] = [];
      let headerText = '';
      let headerEnd = k;
      let seen = 0;
      for (; k < lines.length && seen < 16; k++) {
        const lt = lines.at(k)!.folded;
        if (lt.trim() === '') continue;
        seen++;
        headerLines.push(lt);
        headerText += ` ${lt}`;
        headerEnd = k;
        if (/属\s*性/.test(lt)) break;
      }
      const layout = readHeader(headerText);
      columns = layout.columns;
      const flat = readFlatRows(lines, headerEnd + 1, { columns, hasAttribute: layout.hasAttribute, headerLines, readCell }, src, diagnostics);
      indicators = flat.indicators;
      categories = flat.categories;
      endLine = flat.endLine;
      rowCategories = indicators.map((ind) => lastCategoryBefore(categories, ind));
    } else {
      const read = readDelimitedRows(lines, found.headerLine, found.format, src, diagnostics, readCell);
      indicators = read.indicators;
      categories = read.categories;
      rowCategories = read.rowCategories;
      columns = read.columns;
      endLine = read.endLine;
    }
    if (indicators.length === 0) continue;
    const { notes, endOffset } = readNotes(lines, endLine);
    applyFootnoteYears(indicators, notes);
    diagnostics.push(...tableDiagnostics(indicators, categories, rowCategories, src));
    const start = found.titleLine ? found.titleLine.start + (found.titleLine.raw.length - found.titleLine.raw.trimStart().length) : lines.at(found.headerLine)!.start;
    const lastInd = indicators[indicators.length - 1]!;
    const end = Math.max(lastInd.position.end.offset, endOffset ?? 0);
    const { title, panelLabel, panelNumber } = titleParts(found.titleLine);
    let table: IndicatorTable = {
      title,
      ...(panelLabel ? { panelLabel } : {}),
      ...(panelNumber !== undefined ? { panelNumber } : {}),
      columns,
      categories: dedupeCategories(categories),
      indicators,
      notes,
      diagnostics,
      position: src.position(start, end),
    };
    table = restore(table, options.decimals ?? 'auto', { ref: 0, start, end }, readCell);
    tables.push(table);
  }
  return tables;
}

function dedupeCategories(categories: CategoryMark[]): IndicatorTable['categories'] {
  const out: IndicatorTable['categories'] = [];
  for (const c of categories) {
    const entry: IndicatorTable['categories'][number] = { name: c.name };
    if (c.label !== undefined) entry.label = c.label;
    if (c.declaredCount !== undefined) entry.declaredCount = c.declaredCount;
    if (out.some((o) => o.name === entry.name && o.label === entry.label)) continue;
    out.push(entry);
  }
  return out;
}
