import type { Diagnostic } from '../models/diagnostic.js';
import type { Indicator, IndicatorTable, IndicatorValue } from '../models/indicator.js';
import type { Restoration } from '../models/quantity.js';
import type { Unit } from '../models/unit.js';
import { isDigitCode } from '../normalize/chars.js';
import { foldWidth } from '../normalize/width.js';
import { type CellReader, cellReader, parseCell, withValue } from './cell.js';
import { bigramSet } from './lines.js';

/** Options of {@link restoreDecimals}. */
export interface RestoreDecimalsOptions {
  /**
   * Clean copies: texts that print the same figures with their decimal points (the same document
   * scraped from the web, the running text around the table). A number found there, near words of
   * the indicator's name, confirms a reading with certainty.
   */
  references?: readonly string[];
  /** `auto` (default): restore only when {@link showsLostDecimals}; `always`; `never`. */
  mode?: 'auto' | 'always' | 'never';
}

/** One way to read a string of digits whose decimal point may have been lost. */
export interface DecimalReading {
  value: number;
  /** Digits after the point. */
  decimals: number;
}

/**
 * Every reading of a digit string whose decimal point may have been lost, fewest decimals first.
 * A leading zero fixes the point right after it (`02` is 0.2); a single digit has one reading.
 *
 * @example
 * decimalReadings('1183639').map((r) => r.value); // [1183639, 118363.9, 11836.39, 1183.639]
 * decimalReadings('02').map((r) => r.value);      // [0.2]
 */
export function decimalReadings(digits: string): DecimalReading[] {
  const d = foldWidth(digits).replace(/[,\s]/g, '');
  const sign = d.startsWith('-') ? -1 : 1;
  const body = d.replace(/^[+-]/, '');
  if (!/^\d+$/.test(body)) {
    const value = Number(d);
    return Number.isFinite(value) ? [{ value, decimals: (body.split('.')[1] ?? '').length }] : [];
  }
  return digitReadings(sign, body);
}

/** Up to this many digits the integer is exact, so dividing by 10^k rounds the same as `Number('…')` does. */
const EXACT_DIGITS = 15;

/**
 * The readings of `body`, one or more ASCII digits, with `sign`. The value with `k` decimals is
 * the integer divided by 10^k: both are exact doubles when the digits are few, so the division
 * rounds the same exact ratio `Number('118.3639')` rounds, without writing the string out.
 */
function digitReadings(sign: number, body: string): DecimalReading[] {
  if (body.length > 1 && body.charCodeAt(0) === 0x30) {
    return [{ value: sign * Number(`0.${body.slice(1)}`), decimals: body.length - 1 }];
  }
  const out: DecimalReading[] = [];
  const maxDecimals = Math.min(3, body.length - 1);
  const whole = Number(body);
  for (let k = 0; k <= maxDecimals; k++) {
    let value: number;
    if (k === 0) value = whole;
    else if (body.length <= EXACT_DIGITS) value = whole / POWERS_OF_TEN[k]!;
    else value = Number(`${body.slice(0, body.length - k)}.${body.slice(body.length - k)}`);
    out.push({ value: sign * value, decimals: k });
  }
  return out;
}

const POWERS_OF_TEN = [1, 10, 100, 1000];

interface Range {
  min: number;
  max: number;
}

const GROWTH_NAME = /增长|增速|降低|下降|减少|提高|提升幅度|增幅/;

/** Plausible range of a value, from the unit, the indicator's name and the column's role. */
export function plausibleRange(name: string, unit: Unit | undefined, value: Pick<IndicatorValue, 'role' | 'cumulative'>): Range | undefined {
  const growth = value.role === 'growth' || GROWTH_NAME.test(name);
  const percentLike = unit === undefined || unit.dimension === 'percent' || unit.dimension === 'percentage-point';
  if (growth && percentLike) {
    return value.cumulative ? { min: -100, max: 100 } : { min: -30, max: 30 };
  }
  if (value.role === 'growth' || value.cumulative) return undefined;
  if (/失业率/.test(name)) return { min: 0, max: 15 };
  if (/预期寿命/.test(name)) return { min: 50, max: 90 };
  if (/受教育年限/.test(name)) return { min: 4, max: 18 };
  if (/每千(?:人口|名|人)/.test(name)) return { min: 0, max: 20 };
  if (/强度/.test(name) && unit?.dimension === 'percent') return { min: 0, max: 10 };
  if (/死亡率/.test(name) && unit?.dimension === 'permille') return { min: 0, max: 20 };
  if (unit?.dimension === 'percent') return { min: 0, max: 100 };
  if (unit?.dimension === 'permille') return { min: 0, max: 1000 };
  if (unit && unit.multiplier >= 1e8 && /吨|立方米|标准煤/.test(unit.base)) return { min: 0, max: 60 };
  return undefined;
}

/** Units whose values are whole counts unless the name makes them a rate (每万人…, 人均…). */
export function isWholeCount(name: string, unit: Unit | undefined): boolean {
  if (!unit) return false;
  if (/每|人均|户均|平均|率|占比|比重|密度/.test(name)) return false;
  return unit.dimension === 'count' || (unit.dimension === 'currency' && unit.multiplier === 1);
}

interface CellRef {
  indicator: Indicator;
  valueIndex: number;
  value: IndicatorValue;
  digits: string;
  readings: DecimalReading[];
  priors: number[];
  clean: Array<'context' | 'bare' | undefined>;
}

/** A number printed with its decimal point in a reference text. */
interface IndexedNumber {
  text: string;
  /** Words before it, back to the previous number or clause end: what the number measures. */
  before: string;
  /** Which reference, and where in it. */
  ref: number;
  at: number;
  /** The character pairs of `before`, made on first need and kept: every cell printing the same digits reads them. */
  beforeGrams: Set<string> | undefined;
}

interface NumberIndex {
  byDigits: Map<string, IndexedNumber[]>;
}

/** A span of one reference to ignore: the table itself, when the reference is its own document. */
export interface ExcludedSpan {
  ref: number;
  start: number;
  end: number;
}

/** Digits and the clause ends 。；; bound the context that names a number. */
const isContextStop = (c: number): boolean => isDigitCode(c) || c === 0x3002 || c === 0xff1b || c === 0x3b;

/**
 * Every number printed with a decimal point in the (already width-folded) references, by its
 * digits without the point. Integers are not indexed: they cannot confirm where a point goes.
 */
function indexReferences(folded: readonly string[]): NumberIndex {
  const byDigits = new Map<string, IndexedNumber[]>();
  folded.forEach((text, ref) => {
    forEachDecimalNumber(text, (at, end) => {
      const number = text.slice(at, end);
      const key = number.replace('.', '');
      const list = byDigits.get(key) ?? [];
      const floor = Math.max(0, at - 40);
      let cut = at;
      while (cut > floor && !isContextStop(text.charCodeAt(cut - 1))) cut--;
      if (list.length < 50) list.push({ text: number, before: text.slice(cut, at), ref, at, beforeGrams: undefined });
      byDigits.set(key, list);
    });
  });
  return { byDigits };
}

/**
 * Calls `found(start, end)` for the numbers written with a point (`12.5`) in `text`, in order, not
 * counting one that continues a dotted run (the `3.4` of `1.2.3.4`, a version or section number).
 * The same spans as `/\d+\.\d+/g` matches whose previous character is neither a digit nor a
 * point, found from each `.` with `indexOf`: the regex tries a match at every digit of the text,
 * points are fewer (a pass over 001: 0.27 → 0.03 ms; 003, all digits and few decimals: 0.19 → 0.15 ms).
 */
function forEachDecimalNumber(text: string, found: (start: number, end: number) => void): void {
  for (let dot = text.indexOf('.'); dot !== -1; dot = text.indexOf('.', dot + 1)) {
    let end = dot + 1;
    while (end < text.length && isDigitCode(text.charCodeAt(end))) end++;
    if (end === dot + 1) continue;
    let start = dot;
    while (start > 0 && isDigitCode(text.charCodeAt(start - 1))) start--;
    if (start === dot || (start > 0 && text.charCodeAt(start - 1) === 0x2e)) continue;
    found(start, end);
  }
}

/** The character pairs of an indicator name, its bracketed unit left out. */
const nameGrams = (name: string): Set<string> => bigramSet(name.replace(/[(（][^)）]*[)）]/g, ''));

/** The context before a number names the indicator: most of the name's character pairs occur in it. */
function sharesWords(grams: ReadonlySet<string>, hit: IndexedNumber): boolean {
  if (grams.size === 0) return false;
  const ctx = (hit.beforeGrams ??= bigramSet(hit.before));
  let shared = 0;
  for (const g of grams) if (ctx.has(g)) shared++;
  return shared / grams.size >= 0.6;
}

/**
 * `digits` (ASCII digits only) with a point before its last `decimals` digits, as printed in a
 * clean copy (`118363`, 2 → `1183.63`); `decimals` is at least 1 and less than the number of
 * digits, as for every reading with a point. Sliced, not replaced with a regex built per reading:
 * this runs for every reading of every cell.
 */
function withPointBefore(digits: string, decimals: number): string {
  const at = digits.length - decimals;
  return `${digits.slice(0, at)}.${digits.slice(at)}`;
}

/** Penalty per number of decimals (index), by kind of value; made once, not per reading. */
const PLANNED_PENALTY = [0, -0.4, -0.8, -4];
const SHORT_MEASURED_PENALTY = [0, -0.4, -3, -4];
const THREE_DIGIT_MEASURED_PENALTY = [-0.3, 0, -0.6, -4];
const LONG_MEASURED_PENALTY = [-0.5, -0.3, 0, -3];

function digitsPenalty(role: IndicatorValue['role'], length: number, decimals: number): number {
  if (role === 'target' || role === 'growth') return PLANNED_PENALTY[decimals] ?? -4;
  // Measured values (baseline, actual): long digit strings usually carried a point.
  if (length <= 2) return SHORT_MEASURED_PENALTY[decimals] ?? -4;
  if (length === 3) return THREE_DIGIT_MEASURED_PENALTY[decimals] ?? -4;
  return LONG_MEASURED_PENALTY[decimals] ?? -4;
}

function tolerance(target: number): number {
  return Math.max(0.051, Math.abs(target) * 0.01);
}

/** How far apart two levels are allowed to be: a penalty when one is over 4 or 20 times the other. */
function ratioPenalty(x: number, y: number): number {
  if (x === 0 || y === 0) return 0;
  const r = Math.max(Math.abs(x), Math.abs(y)) / Math.min(Math.abs(x), Math.abs(y));
  return r > 20 ? -4 : r > 4 ? -2 : 0;
}

/** A change (growth, cumulative) checked against base and the level it leads to. */
interface ArithmeticCheck {
  change: number;
  base: number;
  level: number;
  cumulative: boolean;
  /** Years from base to level, for compound annual growth. */
  years?: number;
  /**
   * Whether the check holds, per triple of readings (base × level × change, row-major): 0 not yet
   * known, 1 holds, 2 fails. Filled on first need: many combinations share a triple.
   */
  holds: Uint8Array;
}

/** Scores one combination: `choice[i]` is the reading of `cells[i]`. */
type ConsistencyScorer = (choice: readonly number[], arithmetic?: Set<number>) => number;

/** The penalty between two cells' readings, one entry per pair of readings (`a`'s reading × `width` + `b`'s). */
interface PairPenalties {
  a: number;
  b: number;
  width: number;
  table: number[];
}

/**
 * The row-level consistency score of one combination of readings (`choice[i]` for `cells[i]`).
 * Which cells are compared never depends on the readings, so the pairs are worked out once per
 * row, and the ratio penalty of every pair of readings is tabled: the returned scorer, run for
 * every combination, looks them up. Each penalty is a whole number, so the sum is exact in any
 * order. `arithmetic`, when given, collects the cells confirmed by row arithmetic.
 */
function consistencyScorer(
  cells: readonly CellRef[],
  name: string,
  unit: Unit | undefined,
  fixedLevels: readonly number[],
): ConsistencyScorer {
  const isLevel = (c: CellRef): boolean => c.value.role !== 'growth' && !c.value.cumulative && c.value.role !== 'other';
  const levels: number[] = [];
  cells.forEach((c, i) => {
    if (isLevel(c)) levels.push(i);
  });
  // Changes of the same kind (planned vs achieved) stay within a small factor too.
  const changePairs: Array<[number, number]> = [];
  for (let a = 0; a < cells.length; a++) {
    for (let b = a + 1; b < cells.length; b++) {
      const x = cells[a]!.value;
      const y = cells[b]!.value;
      if (isLevel(cells[a]!) || isLevel(cells[b]!) || (x.cumulative ?? false) !== (y.cumulative ?? false)) continue;
      changePairs.push([a, b]);
    }
  }
  // Cumulative change: base ± cum ≈ level of the same group; annual growth: base·(1+g)^n ≈ level.
  const baseIndex = cells.findIndex((c) => c.value.role === 'baseline' && !c.value.cumulative);
  const readingsAt = (i: number): number => cells[i]!.readings.length;
  const holdsFor = (i: number, levelIndex: number): Uint8Array => new Uint8Array(readingsAt(baseIndex) * readingsAt(levelIndex) * readingsAt(i));
  const checks: ArithmeticCheck[] = [];
  cells.forEach((c, i) => {
    const cumulative = c.value.cumulative === true;
    if (!cumulative && c.value.role !== 'growth') return;
    const levelIndex = cells.findIndex(
      (o) => (o.value.role === 'target' || o.value.role === 'actual') && !o.value.cumulative && (o.value.group ?? '') === (c.value.group ?? ''),
    );
    if (baseIndex < 0 || levelIndex < 0) return;
    if (cumulative) {
      checks.push({ change: i, base: baseIndex, level: levelIndex, cumulative, holds: holdsFor(i, levelIndex) });
      return;
    }
    const by = cells[levelIndex]!.value.year;
    const bx = cells[baseIndex]!.value.year;
    if (by !== undefined && bx !== undefined && by > bx && unit?.dimension !== 'percent' && !GROWTH_NAME.test(name)) {
      checks.push({ change: i, base: baseIndex, level: levelIndex, cumulative, years: by - bx, holds: holdsFor(i, levelIndex) });
    }
  });
  const percent = unit?.dimension === 'percent';
  // Levels of one indicator stay within a small factor of each other, and of fixed levels (5-8).
  const pairs: PairPenalties[] = [];
  const addPair = (a: number, b: number): void => {
    const table: number[] = [];
    for (const x of cells[a]!.readings) for (const y of cells[b]!.readings) table.push(ratioPenalty(x.value, y.value));
    pairs.push({ a, b, width: cells[b]!.readings.length, table });
  };
  for (let a = 0; a < levels.length; a++) for (let b = a + 1; b < levels.length; b++) addPair(levels[a]!, levels[b]!);
  for (const [a, b] of changePairs) addPair(a, b);
  const fixedPenalties = levels.map((i) =>
    cells[i]!.readings.map((r) => {
      let penalty = 0;
      for (const f of fixedLevels) penalty += ratioPenalty(r.value, f);
      return penalty;
    }),
  );

  // A check's values are read from the readings only where its triple is first met.
  const valueAt = (choice: readonly number[], i: number): number => cells[i]!.readings[choice[i]!]!.value;
  return (choice, arithmetic) => {
    let score = 0;
    for (const pair of pairs) score += pair.table[choice[pair.a]! * pair.width + choice[pair.b]!]!;
    if (fixedLevels.length > 0) for (let l = 0; l < levels.length; l++) score += fixedPenalties[l]![choice[levels[l]!]!]!;
    for (const check of checks) {
      const holds = check.holds;
      const at = (choice[check.base]! * readingsAt(check.level) + choice[check.level]!) * readingsAt(check.change) + choice[check.change]!;
      if (holds[at] === 0) holds[at] = checkHolds(check, valueAt(choice, check.base), valueAt(choice, check.level), valueAt(choice, check.change), percent) ? 1 : 2;
      if (holds[at] === 1) {
        score += 3;
        arithmetic?.add(check.change).add(check.base).add(check.level);
      }
    }
    return score;
  };
}

/** Whether `base` changed by `g` (cumulative, or annual growth over the check's years) reaches `level`. */
function checkHolds(check: ArithmeticCheck, base: number, level: number, g: number, percent: boolean): boolean {
  const tol = tolerance(level);
  if (check.cumulative) {
    if (Math.abs(base + g - level) <= tol || Math.abs(base - g - level) <= tol) return true;
    return !percent && Math.abs(base * (1 + g / 100) - level) <= tol * 2;
  }
  return Math.abs(base * (1 + g / 100) ** check.years! - level) <= Math.abs(level) * 0.02;
}

/**
 * True when the table's numbers show the lost-decimal pattern: no decimal point anywhere in its
 * value cells, while some integer reading is implausible for its unit (a share above 100%, an
 * annual growth above 30%, a life expectancy above 90 years).
 */
export function showsLostDecimals(table: IndicatorTable): boolean {
  return showsLostDecimalsIn(table, parseCell);
}

function showsLostDecimalsIn(table: IndicatorTable, readCell: CellReader): boolean {
  // One printed point settles it (most tables print some): stop there, and judge plausibility,
  // the costlier test, only until one value fails it.
  let implausible = false;
  const hasPoint = (ind: Indicator): boolean => {
    for (const v of ind.values) {
      if (v.value === undefined) continue;
      const digits = readCell(v.raw)?.digits;
      if (digits !== undefined && hasDecimalPoint(digits)) return true;
      if (!implausible) {
        const range = plausibleRange(ind.name, ind.unit, v);
        implausible = range !== undefined && (v.value > range.max || v.value < range.min);
      }
    }
    return ind.parts?.some(hasPoint) ?? false;
  };
  return !table.indicators.some(hasPoint) && implausible;
}

/** `foldWidth(digits).includes('.')` without folding: `．` is the only character folding to `.`. */
const hasDecimalPoint = (digits: string): boolean => digits.includes('.') || digits.includes('．');

/**
 * The best combination of readings of a row's cells (prior plus consistency), trying all
 * `total` of them; `alt[i][k]` gets the best score of any combination reading cell `i` as `k`.
 * Combinations are visited as an odometer (cell 0 turns fastest) and the winner kept in place:
 * no division per digit and no object per improvement. Priors are summed in cell order each
 * time (not updated incrementally) so every score is the same float as a fresh sum.
 */
function bestCombination(
  cells: readonly CellRef[],
  score: ConsistencyScorer,
  total: number,
  alt: number[][],
): { score: number; choice: number[]; arithmetic: Set<number> } {
  const n = cells.length;
  const choice = new Array<number>(n).fill(0);
  const bestChoice = new Array<number>(n).fill(0);
  let bestScore = -Infinity;
  for (let m = 0; m < total; m++) {
    let prior = 0;
    for (let i = 0; i < n; i++) prior += cells[i]!.priors[choice[i]!]!;
    const combined = prior + score(choice);
    for (let i = 0; i < n; i++) {
      const row = alt[i]!;
      if (combined > row[choice[i]!]!) row[choice[i]!] = combined;
    }
    if (m === 0 || combined > bestScore + 1e-9) {
      bestScore = combined;
      for (let i = 0; i < n; i++) bestChoice[i] = choice[i]!;
    }
    // Next combination: turn cell 0, carrying into the next cell when it wraps.
    for (let i = 0; i < n; i++) {
      if (++choice[i]! < cells[i]!.readings.length) break;
      choice[i] = 0;
    }
  }
  // Which cells the arithmetic confirmed, for the winner only.
  const arithmetic = new Set<number>();
  score(bestChoice, arithmetic);
  return { score: bestScore, choice: bestChoice, arithmetic };
}

/**
 * An indicator with its lost decimal points restored. Always a new object, never the caller's
 * (its table stays as it was), so `restoreDecimals` may name the copy in place.
 */
function restoreIndicator(
  indicator: Indicator,
  index: NumberIndex,
  diagnostics: Diagnostic[],
  exclude: ExcludedSpan | undefined,
  readCell: CellReader,
): Indicator {
  if (indicator.parts && indicator.parts.length > 0) {
    return Object.assign({}, indicator, { parts: indicator.parts.map((p) => restoreIndicator(p, index, diagnostics, exclude, readCell)) });
  }
  const cells: CellRef[] = [];
  let whole: boolean | undefined;
  indicator.values.forEach((value, valueIndex) => {
    if (value.value === undefined) return;
    const parsed = readCell(value.raw);
    if (!parsed?.digits) return;
    const folded = foldWidth(parsed.digits);
    if (folded.includes('.') || folded.includes(',')) return;
    // What is left is what parseCell's number matched: an optional sign and digits.
    const signed = folded.charCodeAt(0) === 0x2b || folded.charCodeAt(0) === 0x2d;
    const unsigned = signed ? folded.slice(1) : folded;
    const readings = digitReadings(folded.charCodeAt(0) === 0x2d ? -1 : 1, unsigned);
    const range = plausibleRange(indicator.name, indicator.unit, value);
    whole ??= isWholeCount(indicator.name, indicator.unit);
    const length = unsigned.length;
    const hits = index.byDigits.get(unsigned);
    let grams: Set<string> | undefined;
    const clean: CellRef['clean'] = [];
    const fits = (r: DecimalReading): boolean => !range || (Math.abs(r.value) <= Math.max(Math.abs(range.max), Math.abs(range.min)) && r.value >= range.min);
    // A range only speaks when some reading with at most two decimals fits it; otherwise the unit
    // is not what the cell holds (a % column holding 25828 元) and the digits are taken as written.
    const rangeApplies = readings.some((r) => r.decimals <= 2 && fits(r));
    const priors = readings.map((r, k) => {
      let p = readings.length === 1 ? 0 : digitsPenalty(value.role, length, r.decimals);
      if (rangeApplies && !fits(r)) p -= 6;
      if (!rangeApplies && range && r.decimals === 0) p += 0.8;
      if (whole && r.decimals > 0) p -= 3;
      let mark: 'context' | 'bare' | undefined;
      // Only a number printed with its point confirms a reading; integers prove nothing.
      const text = hits !== undefined && r.decimals > 0 ? withPointBefore(unsigned, r.decimals) : undefined;
      if (text !== undefined) {
        for (const hit of hits!) {
          if (hit.text !== text) continue;
          if (exclude && hit.ref === exclude.ref && hit.at >= exclude.start && hit.at < exclude.end) continue;
          // The name's pairs once per cell: a number printed many times has many hits.
          grams ??= nameGrams(indicator.name);
          if (sharesWords(grams, hit)) {
            mark = 'context';
            break;
          }
          mark = 'bare';
        }
      }
      if (mark === 'context') p += 6;
      else if (mark === 'bare') p += 0.3;
      clean[k] = mark;
      return p;
    });
    cells.push({ indicator, valueIndex, value, digits: parsed.digits, readings, priors, clean });
  });
  // Nothing to restore: a copy all the same, so the caller can name it in place.
  if (cells.length === 0) return Object.assign({}, indicator);
  const fixedLevels = indicator.values
    .filter((v) => v.value === undefined && v.bounds?.min !== undefined && v.bounds.max !== undefined && v.role !== 'growth')
    .map((v) => (v.bounds!.min! + v.bounds!.max!) / 2);
  // Enumerate combinations (rows are short); fall back to independent choice when huge.
  const total = cells.reduce((a, c) => a * c.readings.length, 1);
  const alt: number[][] = cells.map((c) => c.readings.map(() => -Infinity));
  let best: { score: number; choice: number[]; arithmetic: Set<number> };
  if (total <= 4096) {
    best = bestCombination(cells, consistencyScorer(cells, indicator.name, indicator.unit, fixedLevels), total, alt);
  } else {
    const choice = cells.map((c) => c.priors.indexOf(Math.max(...c.priors)));
    cells.forEach((c, i) => c.priors.forEach((p, k) => (alt[i]![k] = p)));
    best = { score: 0, choice, arithmetic: new Set() };
  }
  const values = [...indicator.values];
  cells.forEach((c, i) => {
    const k = best.choice[i]!;
    const reading = c.readings[k]!;
    if (c.readings.length === 1 && reading.decimals === 0) return; // nothing was ambiguous
    // The other readings, best first.
    const others: Array<{ r: DecimalReading; s: number }> = [];
    for (let j = 0; j < c.readings.length; j++) if (j !== k) others.push({ r: c.readings[j]!, s: alt[i]![j]! });
    others.sort((a, b) => b.s - a.s);
    const margin = others.length > 0 ? best.score - others[0]!.s : 10;
    let method: Restoration['method'];
    let confidence: number;
    if (c.readings.length === 1) {
      method = 'leading-zero';
      confidence = 0.95;
    } else if (c.clean[k] === 'context') {
      method = 'clean-copy';
      confidence = reading.decimals > 0 ? 1 : 0.9;
    } else {
      const rangeDecided = c.priors.some((p, j) => j !== k && p <= -6);
      method = best.arithmetic.has(i) ? 'arithmetic' : rangeDecided && margin >= 3 ? 'range' : 'digits-rule';
      confidence = Math.max(0.3, Math.min(0.9, 0.5 + margin / 10));
    }
    confidence = Math.round(confidence * 100) / 100;
    const restoration: Restoration = { digits: c.digits, method, confidence };
    const alternatives = others.filter((o) => o.s > -Infinity && o.s > best.score - 6).map((o) => o.r.value);
    if (alternatives.length > 0) restoration.alternatives = alternatives;
    const sign = c.value.value !== undefined && c.value.value < 0 ? -1 : 1;
    const restoredValue = Math.abs(reading.value) * sign;
    // withValue returns a new object: set the restoration on it rather than copying it again.
    const next: IndicatorValue = withValue(c.value, restoredValue);
    next.restoration = restoration;
    values[c.valueIndex] = next;
    const changed = restoredValue !== c.value.value;
    const digits = foldWidth(c.digits);
    const data = { indicator: indicator.name, digits, value: restoredValue, method, confidence };
    const diagnostic: Diagnostic =
      confidence >= 0.8
        ? {
            code: 'decimal-restored',
            severity: 'info',
            message: `${indicator.name}: read ${digits} as ${restoredValue} (${method}, confidence ${confidence})`,
            data,
          }
        : {
            code: 'decimal-uncertain',
            severity: 'warning',
            message: `${indicator.name}: ${digits} read as ${restoredValue}${changed ? '' : ' (no point)'}, uncertain (${method}, confidence ${confidence}); other readings ${alternatives.join(', ') || 'none'}`,
            data,
          };
    const position = c.value.position ?? indicator.position;
    diagnostic.position = position;
    diagnostics.push(diagnostic);
  });
  // Object.assign, not a spread: V8 11 (Node 20) copies `{ ...indicator, values }` on a slow path (~1 µs).
  return Object.assign({}, indicator, { values });
}

/** Restore `PM25` → `PM2.5` in names when a clean copy prints the token with its point. */
function restoreNameTokens(name: string, foldedReferences: readonly string[], found: FoundIn): string {
  return name.replace(/[A-Za-z]+\d{2,}/g, (token) => {
    for (let r = 0; r < foldedReferences.length; r++) {
      const letters = token.replace(/\d+$/, '');
      const digits = token.slice(letters.length);
      for (let k = 1; k < digits.length; k++) {
        const candidate = `${letters}${digits.slice(0, k)}.${digits.slice(k)}`;
        if (found(r, candidate)) return candidate;
      }
    }
    return token;
  });
}

/** Whether reference `r` contains `text`. */
type FoundIn = (r: number, text: string) => boolean;

/**
 * `includes` on the references, each answer kept: the references are whole documents and a
 * gazette's tables repeat the same names (PM25 in every environment table), so each search of
 * the document runs once per extraction, not once per table.
 */
function searchOnce(foldedReferences: readonly string[]): FoundIn {
  const answers = new Map<string, boolean>();
  return (r, text) => {
    const key = `${r}:${text}`;
    let answer = answers.get(key);
    if (answer === undefined) answers.set(key, (answer = foldedReferences[r]!.includes(text)));
    return answer;
  };
}

/**
 * Restore decimal points lost in PDF extraction (`１１８３６３９` → 11836.39) in an indicator
 * table. Each numeric cell of ambiguous digits gets a `restoration` record (raw digits, method,
 * confidence 0..1, alternatives) and a `decimal-restored` (confident) or `decimal-uncertain`
 * (guess) diagnostic. Evidence, strongest first: a clean copy of the number near the indicator's
 * name in `references` (certain); a leading zero (`02` = 0.2); row arithmetic (base + cumulative ≈
 * target, base·(1+g)^n ≈ target); plausible ranges per unit and indicator (shares ≤ 100%, growth
 * rates, life expectancy); levels of one row within a small factor; digit habits (targets are round,
 * measured values carry one or two decimals, counts are whole).
 * Tables without the lost-decimal pattern are returned unchanged in `auto` mode.
 *
 * @example
 * const fixed = restoreDecimals(table, { references: [webCopyText] });
 * fixed.indicators[0].values[0]; // { raw: '１１８３６３９', value: 11836.39, restoration: { digits: '１１８３６３９', method: 'clean-copy', confidence: 1 } … }
 */
export function restoreDecimals(table: IndicatorTable, options: RestoreDecimalsOptions = {}): IndicatorTable {
  return decimalRestorer((options.references ?? []).map(foldWidth))(table, options.mode ?? 'auto');
}

/**
 * `restoreDecimals` for many tables over the same references: the references are indexed once,
 * on first need. `exclude` skips a span of one reference (the table itself, when the reference
 * is the whole document), so a document can serve as the clean copy of its own tables.
 */
export function decimalRestorer(
  foldedReferences: readonly string[],
): (table: IndicatorTable, mode: RestoreDecimalsOptions['mode'], exclude?: ExcludedSpan, readCell?: CellReader) => IndicatorTable {
  let index: NumberIndex | undefined;
  const found = searchOnce(foldedReferences);
  return (table, mode = 'auto', exclude, readCell = cellReader()) => {
    if (mode === 'never') return table;
    if (mode === 'auto' && !showsLostDecimalsIn(table, readCell)) return table;
    index ??= indexReferences(foldedReferences);
    const diagnostics: Diagnostic[] = [];
    // `restored` is a fresh copy made by restoreIndicator (the caller's table stays as it was):
    // named in place, not copied again, and so are its parts (fresh copies too).
    const fixName = (restored: Indicator): Indicator => {
      restored.name = restoreNameTokens(restored.name, foldedReferences, found);
      restored.parts?.forEach(fixName);
      return restored;
    };
    const indicators = table.indicators.map((ind) => fixName(restoreIndicator(ind, index!, diagnostics, exclude, readCell)));
    return Object.assign({}, table, { indicators, diagnostics: [...table.diagnostics, ...diagnostics] });
  };
}
