import type { Qualifier, Quantity } from '../models/quantity.js';
import { boundsOf } from '../calculators/parse-quantity.js';
import { isDigitCode, isTrimmedCode } from '../normalize/chars.js';
import { foldWidth } from '../normalize/width.js';
import { codes } from '../normalize/codes.js';

/** Cells that mean "no value": dashes, slashes, 无. */
const EMPTY_CELL = /^(?:[-—–－―‒─_/／]{1,3}|无|空|\/|)$/;

/** Prefix qualifiers, longest first. */
const PREFIXES: ReadonlyArray<readonly [string, Qualifier]> = [
  ['不低于', 'at-least'],
  ['不少于', 'at-least'],
  ['不高于', 'at-most'],
  ['不超过', 'at-most'],
  ['控制在', 'at-most'],
  ['超过', 'more-than'],
  ['高于', 'more-than'],
  ['大于', 'more-than'],
  ['低于', 'less-than'],
  ['小于', 'less-than'],
  ['>=', 'at-least'],
  ['<=', 'at-most'],
  ['≥', 'at-least'],
  ['≤', 'at-most'],
  ['⩾', 'at-least'],
  ['⩽', 'at-most'],
  ['>', 'more-than'],
  ['<', 'less-than'],
  ['约', 'about'],
];

/** Suffix qualifiers. */
const SUFFIXES: ReadonlyArray<readonly [string, Qualifier]> = [
  ['左右', 'about'],
  ['以上', 'at-least'],
  ['以下', 'at-most'],
  ['以内', 'at-most'],
  ['之内', 'at-most'],
];

/** Marks a footnote reference ends a cell with (`12.5*`, `3※`). */
const FOOTNOTE_MARKS = '*∗※#＃';
const FOOTNOTE_TAIL = new RegExp(`[${FOOTNOTE_MARKS}]+$`);
const FOOTNOTE_CODES = codes(FOOTNOTE_MARKS);
/** [ ［ 【 〔: the brackets a cumulative value opens with. */
const OPENING_BRACKETS = codes('[［【〔');
// One number: optional sign, digits with optional thousands separators, optional decimals.
const NUMBER = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?|^[+-]?\d+(?:\.\d+)?/;

/** A parsed cell, with the raw digits of its main number kept for decimal restoration. */
export interface ParsedCell extends Quantity {
  /** Digits of the main number exactly as found in the cell (before folding), e.g. `１１８３６３９`. */
  digits?: string;
  /** Offset of `digits` inside `raw`. */
  digitsOffset?: number;
  /** Inline unit written in the cell after the number: `个`, `μg/m3`, `%`. */
  inlineUnit?: string;
}

/** Recompute `bounds` after `value` changed (e.g. after decimal restoration). */
export function withValue<T extends Quantity>(q: T, value: number): T {
  // Object.assign, not a spread: V8 11 (Node 20) copies `{ ...q, value }` on a slow path (~1 µs).
  const out: T = Object.assign({}, q, { value });
  const bounds = boundsOf(q.qualifier, value);
  if (bounds) out.bounds = bounds;
  else delete out.bounds;
  return out;
}

/** True when the (width-folded) cell holds no value (`—`, `-`, `/`, empty). */
function isEmptyFolded(folded: string): boolean {
  // No empty form holds a digit: a cell opening with one (most do) needs no regex.
  if (isDigitCode(folded.charCodeAt(0))) return false;
  return EMPTY_CELL.test(folded.replace(/\s+/g, ''));
}

/** The qualifier whose word `text` starts with (first listed wins), by index: tuples are not destructured on this hot path. */
function leadingQualifier(text: string, words: ReadonlyArray<readonly [string, Qualifier]>): readonly [string, Qualifier] | undefined {
  for (let k = 0; k < words.length; k++) if (text.startsWith(words[k]![0])) return words[k];
  return undefined;
}

/**
 * Parse one indicator-table cell into a {@link Quantity}: number, qualifier (左右, 以上, 以下,
 * 以内, 控制在…以下, ≥, ≤, >, <), 力争 (strive), `[…]` cumulative, footnote marks (`∗`, `∗∗`),
 * ranges (`5-8`) and targets stated in words (`完成国家下达目标任务`).
 * Full-width digits are accepted. Returns `undefined` for an empty cell (`—`, `-`, `/`).
 *
 * @example
 * parseCell('６５左右'); // { raw: '６５左右', value: 65, qualifier: 'about', digits: '６５', … }
 * parseCell('[≥20]');   // { raw: '[≥20]', value: 20, qualifier: 'at-least', cumulative: true, … }
 */
export function parseCell(raw: string): ParsedCell | undefined {
  const folded = foldWidth(raw);
  if (isEmptyFolded(folded)) return undefined;
  const out: ParsedCell = { raw };
  // Work on a cursor over the folded text so offsets into `raw` stay exact.
  let start = 0;
  let end = folded.length;
  // By code unit (`isTrimmedCode` is the set `\s` matches): no one-character string per test.
  const skipSpace = (): void => {
    while (start < end && isTrimmedCode(folded.charCodeAt(start))) start++;
    while (end > start && isTrimmedCode(folded.charCodeAt(end - 1))) end--;
  };
  skipSpace();
  // Footnote marks at the end (most cells end in a digit: no slice and regex for them).
  const tail = end > start && FOOTNOTE_CODES.has(folded.charCodeAt(end - 1)) ? FOOTNOTE_TAIL.exec(folded.slice(start, end)) : null;
  if (tail) {
    out.footnotes = [raw.slice(end - tail[0].length, end)];
    end -= tail[0].length;
    skipSpace();
  }
  let rest = folded.slice(start, end);
  if (rest.startsWith('力争')) {
    out.strive = true;
    start += 2;
    skipSpace();
    rest = folded.slice(start, end);
  }
  // Cumulative: [ … ] possibly followed by a suffix qualifier: [15]左右.
  if (OPENING_BRACKETS.has(rest.charCodeAt(0))) {
    const close = rest.search(/[\]］】〕]/);
    if (close > 0) {
      out.cumulative = true;
      const after = rest.slice(close + 1).trim();
      const inner = parseCell(raw.slice(start + 1, start + close));
      if (inner) {
        const { raw: _r, ...innerFields } = inner;
        Object.assign(out, innerFields, { raw, cumulative: true });
        if (inner.digitsOffset !== undefined) out.digitsOffset = inner.digitsOffset + start + 1;
        if (out.footnotes === undefined && inner.footnotes) out.footnotes = inner.footnotes;
      }
      for (const [suffix, qualifier] of SUFFIXES) {
        if (after.startsWith(suffix)) {
          out.qualifier = qualifier;
          if (out.value !== undefined) {
            const b = boundsOf(qualifier, out.value);
            if (b) out.bounds = b;
          }
        }
      }
      return out;
    }
  }
  let qualifier: Qualifier | undefined;
  const textStart = start;
  const prefix = isDigitCode(rest.charCodeAt(0)) ? undefined : leadingQualifier(rest, PREFIXES);
  if (prefix) {
    qualifier = prefix[1];
    start += prefix[0].length;
    skipSpace();
    rest = folded.slice(start, end);
  }
  const num = NUMBER.exec(rest);
  if (!num) {
    // A target stated in words: 完成国家下达目标任务, 高于全国平均水平.
    out.text = folded.slice(textStart, end).trim() || folded.trim();
    if (qualifier) out.qualifier = qualifier;
    return out;
  }
  const numberText = num[0];
  const value = Number(numberText.includes(',') ? numberText.replace(/,/g, '') : numberText);
  out.digits = raw.slice(start, start + numberText.length);
  out.digitsOffset = start;
  out.value = value;
  let after = rest.slice(numberText.length);
  // A cell that ends at its number (most do) has no range, suffix, words or unit to read.
  if (after === '') {
    if (qualifier) {
      out.qualifier = qualifier;
      const b = boundsOf(qualifier, value);
      if (b) out.bounds = b;
    }
    return out;
  }
  // Range: 5-8, 5—8, 5~8, 5至8.
  const range = /^\s*(?:-|—|–|~|～|至|到)\s*([+-]?\d+(?:\.\d+)?)/.exec(after);
  if (range && !qualifier) {
    const max = Number(range[1]);
    delete out.value;
    out.bounds = { min: value, max, minInclusive: true, maxInclusive: true };
    after = after.slice(range[0].length);
  }
  // Suffix: 左右, 以上, 以下, 以内 — possibly after an inline unit (5个左右, 44μg/m3).
  let suffixQualifier: Qualifier | undefined;
  let unitText = after;
  // Every suffix has two characters: a shorter rest holds none.
  if (after.length >= 2) {
    for (const entry of SUFFIXES) {
      const suffix = entry[0];
      const at = after.indexOf(suffix);
      if (at >= 0 && at <= 4) {
        suffixQualifier = entry[1];
        unitText = after.slice(0, at);
        const remainder = after.slice(at + suffix.length);
        const text = remainder.replace(/^[,，;；、\s]+/, '').trim();
        if (text) {
          if (text.startsWith('力争')) out.strive = true;
          out.text = text;
        }
        break;
      }
    }
  }
  if (suffixQualifier === undefined) {
    // Trailing words after a comma: 12,力争达到全国平均水平.
    const comma = /[,，;；]/.exec(after);
    if (comma) {
      unitText = after.slice(0, comma.index);
      const text = after.slice(comma.index + 1).trim();
      if (text) {
        if (text.startsWith('力争')) out.strive = true;
        out.text = text;
      }
    }
  }
  const unit = unitText.trim();
  if (unit) out.inlineUnit = unit;
  const finalQualifier = suffixQualifier ?? qualifier;
  if (finalQualifier) {
    out.qualifier = finalQualifier;
    if (out.value !== undefined) {
      const b = boundsOf(finalQualifier, out.value);
      if (b) out.bounds = b;
    }
  }
  return out;
}

/** How a stage reads a cell: `parseCell`, or a memo of it (see {@link cellReader}). */
export type CellReader = (raw: string) => ParsedCell | undefined;

/**
 * A `parseCell` that parses each distinct cell text once. One is shared by an extraction: rows
 * are built from parsed cells and the decimal check and restoration read the same cells again.
 * The parsed cells are shared, so their readers must not change them.
 */
export function cellReader(): CellReader {
  // An empty cell is kept as null: one lookup tells a known empty cell from an unknown one.
  const parsed = new Map<string, ParsedCell | null>();
  return (raw) => {
    let cell = parsed.get(raw);
    if (cell === undefined) parsed.set(raw, (cell = parseCell(raw) ?? null));
    return cell ?? undefined;
  };
}

/**
 * Strip the parser-internal fields, leaving a plain {@link Quantity} (a fresh object, keys in the
 * cell's order). Copied key by key: rest destructuring (`{ digits, ...q } = cell`) takes V8's slow
 * generic copy on Node 20, about twice the time, and this runs for every value of every table.
 * Parsed cells are shared by a memo (`cellReader`), so the nested `bounds` and `footnotes` are
 * copied too: two values read from the same cell text never share an object a caller may change.
 */
export function toQuantity(cell: ParsedCell): Quantity {
  const q: Record<string, unknown> = {};
  for (const key in cell) {
    if (key === 'digits' || key === 'digitsOffset' || key === 'inlineUnit') continue;
    if (key === 'bounds' && cell.bounds) q[key] = { ...cell.bounds };
    else if (key === 'footnotes' && cell.footnotes) q[key] = [...cell.footnotes];
    else q[key] = cell[key as keyof ParsedCell];
  }
  return q as unknown as Quantity;
}
