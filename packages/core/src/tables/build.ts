import type { Diagnostic } from '../models/diagnostic.js';
import type { Indicator, IndicatorColumn, IndicatorValue } from '../models/indicator.js';
import type { SourceText } from '../source/source-text.js';
import { foldWidth } from '../normalize/width.js';
import { type CellReader, toQuantity } from './cell.js';
import { ATTRIBUTE, joinedRaw, joinedText } from './lines.js';
import type { Token } from './lines.js';
import { parseTableUnit, splitNameUnit } from './name-unit.js';

/** A cell before it is mapped to a column. */
export interface RawCell {
  /** `raw` width-folded (`foldWidth`): a slice of the folded text, as `raw` is of the source. */
  text: string;
  raw: string;
  start: number;
  end: number;
}

export function cellFromTokens(tokens: readonly Token[]): RawCell {
  return {
    text: joinedText(tokens),
    raw: joinedRaw(tokens),
    start: tokens[0]!.start,
    end: tokens[tokens.length - 1]!.end,
  };
}

function attributeOf(text: string | undefined): Indicator['attribute'] {
  if (!text) return undefined;
  const t = text.trim(); // a cell's text: already folded
  if (/^预期/.test(t)) return 'expected';
  if (/^约束/.test(t)) return 'binding';
  return undefined;
}

/** The value of a cell under its column: only the cell's raw text and span are read. */
function valueFromCell(cell: Pick<RawCell, 'raw' | 'start' | 'end'>, column: IndicatorColumn, src: SourceText, readCell: CellReader): IndicatorValue | undefined {
  const parsed = readCell(cell.raw);
  if (!parsed) return undefined;
  // toQuantity returns a fresh object: the column's fields are set on it rather than copied again.
  const v = toQuantity(parsed) as IndicatorValue;
  v.role = column.role;
  v.column = column.label;
  if (column.year !== undefined) v.year = column.year;
  if (column.group) v.group = column.group;
  if (column.role === 'growth') {
    if (parsed.cumulative) v.growthKind = 'cumulative';
    else if (/年均|增速/.test(column.label)) v.growthKind = 'annual-average';
    else if (/累计/.test(column.label)) v.growthKind = 'cumulative';
  }
  v.position = src.position(cell.start, cell.end);
  return v;
}

/** Split a top-level `/` list (outside parentheses): `A/B/C(个)` → [A, B, C(个)]. */
function splitSlashes(text: string): string[] {
  // Most names and cells hold no slash: nothing to split, no copy character by character.
  if (!text.includes('/') && !text.includes('／')) return [text];
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of text) {
    if (ch === '(' || ch === '（') depth++;
    if (ch === ')' || ch === '）') depth = Math.max(0, depth - 1);
    if ((ch === '/' || ch === '／') && depth === 0) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

export interface RowInput {
  number?: string;
  nameCell: RawCell;
  /** Whitespace inside the name is layout, not content (PDF text). */
  compactName: boolean;
  valueCells: RawCell[];
  attributeCell?: RawCell;
  columns: readonly IndicatorColumn[];
  category?: string;
  start: number;
  end: number;
}

/**
 * Build one indicator from its cells; `/`-joined rows become parts. `readCell` parses a cell
 * (an extraction's memo, so the decimal restoration does not parse the same cells again).
 */
export function buildIndicator(row: RowInput, src: SourceText, diagnostics: Diagnostic[], readCell: CellReader): Indicator {
  const rawName = row.compactName ? row.nameCell.raw.replace(/[\s\u3000]+/g, '') : row.nameCell.raw.trim();
  // The same cut of the cell's folded text (folding changes no whitespace but the no-break
  // space, which both cuts drop).
  const foldedName = row.compactName ? row.nameCell.text.replace(/[\s\u3000]+/g, '') : row.nameCell.text.trim();
  const { name, unitRaw, notes } = splitNameUnit(foldedName);
  const ind: Indicator = {
    name: notes.length > 0 ? `${name}(${notes.join(')(')})` : name,
    rawName,
    values: [],
    cells: [],
    position: src.position(row.start, row.end),
  };
  const number = row.number !== undefined ? foldWidth(row.number).trim() : undefined;
  if (number !== undefined) {
    if (/^\d+$/.test(number)) ind.number = Number(number);
    else ind.numberLabel = number;
  }
  if (row.category) ind.category = row.category;
  if (unitRaw) ind.unit = parseTableUnit(unitRaw);
  const attr = attributeOf(row.attributeCell?.text);
  if (attr) ind.attribute = attr;
  // Pushed one by one: spreads of conditional arrays make and copy an array each.
  const cells: string[] = [];
  if (number !== undefined) cells.push(number);
  cells.push(foldedName);
  for (const c of row.valueCells) cells.push(c.text);
  if (row.attributeCell) cells.push(row.attributeCell.text);
  ind.cells = cells;
  const footnotes = new Set<string>();
  row.valueCells.forEach((cell, i) => {
    const column = row.columns[i];
    if (!column) return;
    const v = valueFromCell(cell, column, src, readCell);
    if (!v) return;
    if (v.footnotes) v.footnotes.forEach((f) => footnotes.add(f));
    ind.values.push(v);
  });
  if (row.valueCells.length > row.columns.length) {
    diagnostics.push({
      code: 'table-unparsed-cell',
      severity: 'warning',
      message: `${ind.name}: ${row.valueCells.length - row.columns.length} cell(s) beyond the header's columns`,
      data: { indicator: ind.name, extra: row.valueCells.slice(row.columns.length).map((c) => c.text).join(' ') },
      position: ind.position,
    });
  }
  if (footnotes.size > 0) ind.footnotes = [...footnotes];
  // Compound row: 国家实验室/国家级重点实验室/…(个) with values 0/5/0/1.
  const nameParts = splitSlashes(name);
  if (nameParts.length > 1) {
    const valueParts = row.valueCells.map((c) => splitSlashes(c.raw));
    const numericCells = valueParts.filter((p, i) => p.length > 1 || readCell(row.valueCells[i]!.raw)?.value !== undefined);
    if (numericCells.length > 0 && numericCells.every((p) => p.length === nameParts.length)) {
      ind.parts = nameParts.map((partName, k) => {
        const part: Indicator = {
          name: partName.trim(),
          rawName: partName.trim() + (unitRaw ? `(${unitRaw})` : ''),
          values: [],
          cells: [partName.trim(), ...valueParts.map((p) => (p.length > 1 ? p[k]! : p[0]!))],
          position: ind.position,
        };
        if (ind.unit) part.unit = ind.unit;
        if (ind.attribute) part.attribute = ind.attribute;
        if (ind.category) part.category = ind.category;
        row.valueCells.forEach((cell, i) => {
          const column = row.columns[i];
          if (!column) return;
          const pieces = valueParts[i]!;
          const piece = pieces.length > 1 ? pieces[k]! : pieces[0]!;
          const v = valueFromCell({ raw: piece, start: cell.start, end: cell.end }, column, src, readCell);
          if (v) part.values.push(v);
        });
        return part;
      });
      ind.values = [];
    }
  }
  return ind;
}

/** Whether a cell's (folded) text names an indicator's attribute: 预期性, 约束性. */
export function isAttributeText(text: string): boolean {
  return ATTRIBUTE.test(text.trim());
}
