import type { Diagnostic } from '../models/diagnostic.js';
import type { Indicator, IndicatorColumn } from '../models/indicator.js';
import type { SourceText } from '../source/source-text.js';
import { buildIndicator, cellFromTokens, type RawCell, type RowInput } from './build.js';
import type { CellReader } from './cell.js';
import { ATTRIBUTE, CATEGORY, HEADING, bigramSet, joinedText, type Line, type Lines, nextContentLine, type Token, tokenize } from './lines.js';

/** A category met while reading rows. */
export interface CategoryMark {
  name: string;
  label?: string;
  declaredCount?: number;
  start: number;
  end: number;
}

export interface FlatResult {
  indicators: Indicator[];
  categories: CategoryMark[];
  /** Index of the first line after the rows (notes or body). */
  endLine: number;
  truncated: boolean;
}

interface Segment {
  lines: Line[];
  tokens: Token[];
  inlineNumber?: Token;
}

interface ParsedSegment {
  segment: Segment;
  /** A line with a unit and no values standing before the row: a group label (城镇化率). */
  definiteLabel?: Token[];
  /** Lines before the name's last line with no unit: a label or a wrapped name. */
  prefix: Token[][];
  name: Token[];
  values: RawCell[];
  attribute?: RawCell;
}

const VALUE_START = /^(?:[-+－—–]?\d|[[［【〔]|[≥≤><⩾⩽]|控制在|力争|不低于|不高于|不超过|低于|高于|完成|达到|−)/;
const NEEDS_MORE = /(?:[/／,，、]|控制在|达到|力争|不低于|不高于|不超过|低于|高于|超过)$/;
const HAS_CJK = /[\u4e00-\u9fff]/;

function endsWithUnitGroup(text: string): boolean {
  const last = text.charCodeAt(text.length - 1);
  return last === 0x29 || last === 0xff09;
}

/** `text` without the bracketed group it ends with (its unit), if it ends with one. */
function withoutUnitGroup(text: string): string {
  return endsWithUnitGroup(text) ? text.replace(/[(（][^)）]*[)）]$/, '') : text;
}

function isNumberLine(line: Line): boolean {
  return /^\s*\d{1,3}\s*$/.test(line.folded);
}

function isVerticalChar(line: Line): boolean {
  return /^\s*[\u4e00-\u9fff]\s*$/.test(line.folded);
}

function isFurniture(line: Line): boolean {
  const t = line.folded.trim();
  return /^[—-]\s*\d{1,4}\s*[—-]$/.test(t) || /公报\s*\d{4,}/.test(t);
}

/** `text` is folded already (header lines and table lines are read folded): no second `foldWidth`. */
function normalizeHeaderLine(text: string): string {
  return text.replace(/[\s\u3000]+/g, '');
}

/** Split segment tokens into name and value cells. */
function parseSegment(segment: Segment): ParsedSegment | undefined {
  const tokens = segment.tokens;
  if (tokens.length === 0) return undefined;
  const lineOf = (t: Token): number => t.line;
  // Find the name's end: the first token ending with a closing parenthesis whose following token
  // does not open another group; fall back to the last token before a value-looking token.
  let nameEnd = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (ATTRIBUTE.test(t.text)) break;
    if (endsWithUnitGroup(t.text)) {
      let j = i;
      while (j + 1 < tokens.length && /^[(（][^)）]*[)）]$/.test(tokens[j + 1]!.text)) j++;
      nameEnd = j;
      break;
    }
    if (i > 0 && VALUE_START.test(t.text) && !HAS_CJK.test(t.text.slice(0, 1))) {
      nameEnd = i - 1;
      break;
    }
  }
  if (nameEnd < 0) {
    const first = tokens.findIndex((t, i) => i > 0 && (VALUE_START.test(t.text) || ATTRIBUTE.test(t.text)));
    if (first <= 0) return undefined;
    nameEnd = first - 1;
  }
  let nameTokens = tokens.slice(0, nameEnd + 1);
  let rest = tokens.slice(nameEnd + 1);
  let definiteLabel: Token[] | undefined;
  // A label with a unit (主要污染物排放总量减少(％)) alone on its line, with a full row after it.
  const lastNameLine = lineOf(nameTokens[nameTokens.length - 1]!);
  if (rest.length > 0 && lineOf(rest[0]!) !== lastNameLine && !/^[(（]/.test(rest[0]!.text)) {
    const again = parseSegment(Object.assign({}, segment, { tokens: rest }));
    if (again && again.name.length > 0 && endsWithUnitGroup(again.name[again.name.length - 1]!.text)) {
      return Object.assign({}, again, { segment, definiteLabel: nameTokens });
    }
  }
  // Prefix lines: complete lines before the line holding the name's end.
  const prefix: Token[][] = [];
  if (!segment.inlineNumber) {
    const nameLines = [...new Set(nameTokens.map(lineOf))];
    for (const ln of nameLines.slice(0, -1)) prefix.push(nameTokens.filter((t) => t.line === ln));
    nameTokens = nameTokens.filter((t) => t.line === lastNameLine);
  }
  // Value cells: tokens after the name, joined across line breaks when a cell was cut.
  const cells: Token[][] = [];
  for (const t of rest) {
    const prev = cells[cells.length - 1];
    const last = prev?.[prev.length - 1];
    if (prev && last && last.line !== t.line && !ATTRIBUTE.test(t.text) && !ATTRIBUTE.test(last.text)) {
      const prevText = joinedText(prev);
      const joinable =
        NEEDS_MORE.test(prevText) ||
        (HAS_CJK.test(prevText.slice(-1)) && !/(?:左右|以上|以下|以内)$/.test(prevText) && HAS_CJK.test(t.text[0] ?? '') && !VALUE_START.test(t.text));
      if (joinable) {
        prev.push(t);
        continue;
      }
    }
    cells.push([t]);
  }
  let attribute: RawCell | undefined;
  const lastCell = cells[cells.length - 1];
  if (lastCell && ATTRIBUTE.test(joinedText(lastCell))) {
    attribute = cellFromTokens(lastCell);
    cells.pop();
  }
  return {
    segment,
    prefix,
    name: nameTokens,
    values: cells.map(cellFromTokens),
    ...(attribute ? { attribute } : {}),
  };
}


/** 1 when a name shares a pair of ideographs with its group label, else -0.5. */
function affinity(labelGrams: ReadonlySet<string>, nameGrams: ReadonlySet<string>): number {
  for (const g of nameGrams) if (labelGrams.has(g)) return 1;
  return -0.5;
}

interface Plan {
  /** Per segment: does its first prefix line act as a group label? */
  labelAt: boolean[];
  /** Per label segment index: how many segments its group takes. */
  parts: Map<number, number>;
  score: number;
}

/**
 * Decide which unit-less lines before a row are group labels (城镇化率 over 常住/户籍) and which
 * are wrapped names, and how many rows each label takes, so the number of top-level indicators
 * matches the numbers printed for the block (when known). Scores favour short labels, long
 * wraps, and parts that share words with their label.
 */
function planBlock(parsed: ParsedSegment[], count: number | undefined): Plan {
  const n = parsed.length;
  // Width of the name column: the longest line of any name in the block (at least 8).
  let maxLen = 8;
  for (const p of parsed) {
    for (const l of p.prefix) maxLen = Math.max(maxLen, joinedText(l).length);
    maxLen = Math.max(maxLen, withoutUnitGroup(joinedText(p.name)).length);
  }
  const ambiguous = parsed.map((p, i) => (p.prefix.length > 0 && !p.definiteLabel ? i : -1)).filter((i) => i >= 0);
  // How well segment j fits under a label at segment s: the same pairs come back for every mask
  // and every dynamic-programme state, so each is worked out once.
  const labelText = (i: number): string => joinedText(parsed[i]!.definiteLabel ?? parsed[i]!.prefix[0]!);
  const fullName = (j: number, asLabel: boolean): string => {
    const p = parsed[j]!;
    if (p.definiteLabel) return joinedText(p.name);
    return joinedText([...(asLabel ? p.prefix.slice(1) : p.prefix).flat(), ...p.name]);
  };
  // Each label's and name's pairs once too: a label is tried against every part it may take.
  const labelGrams: Array<Set<string> | undefined> = [];
  const nameGrams: Array<Set<string> | undefined> = []; // at 2j, or 2j + 1 read as a label
  const affinities: Array<number | undefined> = [];
  const partAffinity = (s: number, j: number): number => {
    const key = s * n + j;
    let a = affinities[key];
    if (a === undefined) {
      const asLabel = j === s;
      const label = (labelGrams[s] ??= bigramSet(labelText(s)));
      const name = (nameGrams[2 * j + (asLabel ? 1 : 0)] ??= bigramSet(fullName(j, asLabel)));
      affinities[key] = a = affinity(label, name);
    }
    return a;
  };
  // A label at s taking k parts: the sum of their affinities, asked for by every mask and state.
  // Affinities are 1 or -0.5, so the sums are exact whatever the order.
  const groupAffinities: Array<number | undefined> = [];
  const groupAffinity = (s: number, k: number): number => {
    const key = s * (n + 1) + k;
    let total = groupAffinities[key];
    if (total === undefined) {
      total = 0;
      for (let j = s; j < s + k; j++) total += partAffinity(s, j);
      groupAffinities[key] = total;
    }
    return total;
  };
  let best: Plan | undefined;
  const limit = Math.min(ambiguous.length, 12);
  const combos = 1 << limit;
  // What each ambiguous line adds to a plan's score as a label or as a wrap: the same for every
  // mask, so worked out once (the sum below still adds them in the same order).
  const asLabelScore: number[] = [];
  const asWrapScore: number[] = [];
  for (const segIndex of ambiguous) {
    const len = joinedText(parsed[segIndex]!.prefix[0]!).length;
    // A wrapped line fills the name column; a group label is short.
    asLabelScore.push(len <= 8 ? 1 : len >= maxLen - 2 ? -1.5 : 0);
    asWrapScore.push(len >= maxLen - 2 ? 1 : len <= maxLen / 2 ? -2 : 0);
  }
  const definite = parsed.map((p) => p.definiteLabel !== undefined);
  const labelAt: boolean[] = [];
  for (let mask = 0; mask < combos; mask++) {
    for (let i = 0; i < n; i++) labelAt[i] = definite[i]!;
    let score = 0;
    for (let bit = 0; bit < ambiguous.length; bit++) {
      const isLabel = bit < limit && (mask & (1 << bit)) !== 0;
      if (isLabel) labelAt[ambiguous[bit]!] = true;
      score += isLabel ? asLabelScore[bit]! : asWrapScore[bit]!;
    }
    // Choose parts per label.
    const labels: number[] = [];
    for (let i = 0; i < n; i++) if (labelAt[i]) labels.push(i);
    const avail = labels.map((s, k) => (labels[k + 1] ?? n) - s);
    if (avail.some((a) => a < 2)) continue;
    const partScore = (li: number, k: number): number => groupAffinity(labels[li]!, k);
    // Dynamic programme over labels: state = number of top-level indicators so far.
    let states = new Map<number, { score: number; ks: number[] }>();
    states.set(0, { score: 0, ks: [] });
    for (let li = 0; li < labels.length; li++) {
      const next = new Map<number, { score: number; ks: number[] }>();
      for (const [c, st] of states) {
        for (let k = 2; k <= avail[li]!; k++) {
          const top = c + 1 + (avail[li]! - k);
          const sc = st.score + partScore(li, k);
          const prevBest = next.get(top);
          if (!prevBest || sc > prevBest.score) next.set(top, { score: sc, ks: [...st.ks, k] });
        }
      }
      states = next;
    }
    const plainBefore = labels.length > 0 ? labels[0]! : n;
    for (const [c, st] of states) {
      const top = c + plainBefore;
      if (count !== undefined && top !== count) continue;
      const total = score + st.score;
      if (!best || total > best.score) {
        const parts = new Map<number, number>();
        labels.forEach((s, li) => parts.set(s, st.ks[li]!));
        best = { labelAt: [...labelAt], parts, score: total };
      }
    }
  }
  if (best) return best;
  // No plan matches the count: no ambiguous labels, definite labels take their whole run.
  const parts = new Map<number, number>();
  const labels = definite.map((l, i) => (l ? i : -1)).filter((i) => i >= 0);
  labels.forEach((s, k) => parts.set(s, (labels[k + 1] ?? n) - s));
  return { labelAt: definite, parts, score: -Infinity };
}

export interface FlatOptions {
  columns: readonly IndicatorColumn[];
  hasAttribute: boolean;
  /** The header's lines, width-folded. */
  headerLines: readonly string[];
  /** How cells are parsed (the extraction's memo). */
  readCell: CellReader;
}

/**
 * Read rows of a table flattened by PDF extraction (cells separated by spaces, rows wrapped,
 * category labels one character per line, row numbers in a block) or written one cell per line.
 * Rows end at their attribute (预期性/约束性), or when all columns are filled if there is none.
 */
export function readFlatRows(lines: Lines, from: number, options: FlatOptions, src: SourceText, diagnostics: Diagnostic[]): FlatResult {
  const indicators: Indicator[] = [];
  const categories: CategoryMark[] = [];
  const header = options.headerLines.map(normalizeHeaderLine).filter((h) => h !== '');
  const readCell = options.readCell;
  let category: CategoryMark | undefined;
  let numbers: Token[] = [];
  let segments: Segment[] = [];
  let current: Segment | undefined;
  let verticalChars: Line[] = [];
  let truncated = false;
  let i = from;

  const flushVertical = (): void => {
    if (verticalChars.length === 0) return;
    const name = verticalChars.map((l) => l.folded.trim()).join('');
    const start = verticalChars[0]!.start;
    const end = verticalChars[verticalChars.length - 1]!.end;
    const existing = categories.find((c) => c.name === name && c.label === undefined);
    if (existing) category = existing;
    else {
      category = { name, start, end };
      categories.push(category);
    }
    verticalChars = [];
  };

  const finishBlock = (): void => {
    if (segments.length === 0) {
      numbers = [];
      return;
    }
    const parsed = segments.map(parseSegment).filter((p): p is ParsedSegment => p !== undefined);
    const count = numbers.length > 0 ? numbers.length : undefined;
    const plan = planBlock(parsed, count);
    if (count !== undefined && plan.score === -Infinity) {
      diagnostics.push({
        code: 'table-row-anomaly',
        severity: 'warning',
        message: `${count} row numbers printed for the block but its rows could not be matched to them`,
        data: { numbers: count, rows: parsed.length },
        position: src.position(parsed[0]!.segment.tokens[0]!.start, parsed[parsed.length - 1]!.segment.tokens.at(-1)!.end),
      });
    }
    const top: Indicator[] = [];
    const rowOf = (p: ParsedSegment, asLabel: boolean): Indicator => {
      const nameTokens = asLabel || p.definiteLabel ? (p.definiteLabel ? p.name : [...p.prefix.slice(1).flat(), ...p.name]) : [...p.prefix.flat(), ...p.name];
      const allTokens = p.segment.tokens;
      const startTok = p.segment.inlineNumber ?? (asLabel || p.definiteLabel ? nameTokens[0]! : allTokens[0]!);
      const endTok = allTokens[allTokens.length - 1]!;
      // Optional fields set one by one: a literal with conditional spreads takes V8's slow path.
      const row: RowInput = {
        nameCell: cellFromTokens(nameTokens),
        compactName: true,
        valueCells: p.values,
        columns: options.columns,
        start: startTok.start,
        end: endTok.end,
      };
      if (p.segment.inlineNumber) row.number = p.segment.inlineNumber.raw;
      if (p.attribute) row.attributeCell = p.attribute;
      if (category) row.category = category.name;
      return buildIndicator(row, src, diagnostics, readCell);
    };
    for (let s = 0; s < parsed.length; s++) {
      const p = parsed[s]!;
      if (plan.labelAt[s]) {
        const k = plan.parts.get(s) ?? 1;
        const labelTokens = p.definiteLabel ?? p.prefix[0]!;
        const parts: Indicator[] = [];
        for (let j = s; j < s + k && j < parsed.length; j++) parts.push(rowOf(parsed[j]!, j === s));
        const labelCell = cellFromTokens(labelTokens);
        const groupRow: RowInput = {
          nameCell: labelCell,
          compactName: true,
          valueCells: [],
          columns: options.columns,
          start: labelCell.start,
          end: parts[parts.length - 1]!.position.end.offset,
        };
        if (category) groupRow.category = category.name;
        const group = buildIndicator(groupRow, src, diagnostics, readCell);
        group.parts = parts;
        const attrs = new Set(parts.map((x) => x.attribute));
        if (attrs.size === 1 && parts[0]!.attribute) group.attribute = parts[0]!.attribute;
        top.push(group);
        s += k - 1;
      } else {
        top.push(rowOf(p, false));
      }
    }
    if (count !== undefined && top.length === count) {
      top.forEach((ind, k) => {
        const t = numbers[k]!;
        ind.number = Number(t.text);
        ind.cells = [t.text, ...ind.cells];
      });
    } else if (count !== undefined) {
      diagnostics.push({
        code: 'table-numbering',
        severity: 'warning',
        message: `${count} numbers printed for ${top.length} indicators; numbers not assigned`,
        data: { numbers: count, indicators: top.length },
        position: src.position(numbers[0]!.start, numbers[numbers.length - 1]!.end),
      });
    }
    indicators.push(...top);
    segments = [];
    numbers = [];
  };

  const segmentComplete = (seg: Segment): boolean => {
    const last = seg.tokens[seg.tokens.length - 1];
    if (!last) return false;
    if (options.hasAttribute) return ATTRIBUTE.test(last.text);
    const parsed = parseSegment(seg);
    return parsed !== undefined && parsed.values.length >= options.columns.length;
  };

  for (; i < lines.length; i++) {
    const line = lines.at(i)!;
    const text = line.folded.trim();
    if (text === '' || isFurniture(line)) continue;
    // Repeated page header.
    // `text` is trimmed and folded: its first character is the normalized line's first, so most
    // lines are told apart from the header without normalizing them.
    if (header.length > 1 && text.charCodeAt(0) === header[0]!.charCodeAt(0) && normalizeHeaderLine(text) === header[0]) {
      let j = i;
      let k = 0;
      while (j < lines.length && k < header.length) {
        const t = normalizeHeaderLine(lines.at(j)!.folded);
        if (t === '') {
          j++;
          continue;
        }
        if (t !== header[k]) break;
        j++;
        k++;
      }
      if (k === header.length) {
        i = j - 1;
        continue;
      }
    }
    if (!current) {
      if (/^注\s*[:：]/.test(text) || HEADING.test(line.folded) || /^\s*专栏/.test(text)) break;
      const cat = CATEGORY.exec(text);
      if (cat && !/\d{2,}/.test(cat[2]!.replace(/\(.*$/, ''))) {
        flushVertical();
        finishBlock();
        const name = cat[2]!.replace(/\s+/g, '');
        category = { name, label: line.raw.trim(), start: line.start, end: line.end };
        if (cat[3]) category.declaredCount = Number(cat[3]);
        categories.push(category);
        continue;
      }
      if (isVerticalChar(line) && !isNumberLine(line)) {
        if (verticalChars.length === 0) finishBlock();
        verticalChars.push(line);
        continue;
      }
      flushVertical();
      if (isNumberLine(line)) {
        // A run of number lines is a block of row numbers; a single one numbers the next row.
        const next = nextContentLine(lines, i + 1);
        if (numbers.length > 0 || (next && isNumberLine(next))) {
          if (numbers.length === 0) finishBlock();
          numbers.push(...tokenize(line));
          continue;
        }
        current = { lines: [line], tokens: [], inlineNumber: tokenize(line)[0]! };
        continue;
      }
      const toks = tokenize(line);
      current = { lines: [line], tokens: toks };
      if (toks.length > 1 && /^\d{1,3}$/.test(toks[0]!.text) && !ATTRIBUTE.test(toks[1]!.text)) {
        current.inlineNumber = toks[0]!;
        current.tokens = toks.slice(1);
      }
    } else {
      if (/^注\s*[:：]/.test(text) || HEADING.test(line.folded) || /^\s*专栏/.test(text)) {
        truncated = true;
        break;
      }
      current.lines.push(line);
      current.tokens.push(...tokenize(line));
    }
    if (segmentComplete(current)) {
      segments.push(current);
      current = undefined;
    } else if (current.lines.length > 8 || current.tokens.reduce((s, t) => s + t.text.length, 0) > 240) {
      // Not a row: body text resumed.
      i = current.lines[0]!.index;
      current = undefined;
      break;
    }
  }
  if (current) {
    truncated = true;
    const end = current.lines[current.lines.length - 1]!;
    diagnostics.push({
      code: 'table-truncated',
      severity: 'warning',
      message: 'The table ends inside a row',
      position: src.position(current.lines[0]!.start, end.end),
    });
  }
  flushVertical();
  finishBlock();
  return { indicators, categories, endLine: i, truncated };
}
