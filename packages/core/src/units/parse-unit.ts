import type { Unit } from '../models/unit.js';
import { foldWidth } from '../normalize/width.js';
import { UnitError } from './errors.js';
import { PER_100K_FORMS, UNIT_PREFIXES, baseDimension, type UnitDimension } from './unit-table.js';

/** Options of {@link parseUnit}. */
export interface ParseUnitOptions {
  /**
   * Return an unknown unit as `{ base: raw, multiplier: 1, dimension: 'other' }` instead of
   * throwing. Tables use units we cannot list in advance (`万标箱`, `处`…).
   */
  allowUnknown?: boolean;
}

/** What a unit means, without its text: a {@link Unit} less `raw`. */
export interface UnitMeaning {
  base: string;
  multiplier: number;
  dimension: UnitDimension;
}

function parseSimple(text: string): UnitMeaning | undefined {
  // The whole text first: `千瓦`, `千米`, `千克` are bases, not 千 × 瓦.
  const whole = baseDimension(text);
  if (whole) return { base: text, multiplier: 1, dimension: whole };
  for (const [prefix, multiplier] of UNIT_PREFIXES) {
    if (!text.startsWith(prefix)) continue;
    const rest = text.slice(prefix.length);
    if (rest === '') return { base: '', multiplier, dimension: 'other' };
    const dimension = baseDimension(rest);
    if (dimension) return { base: rest, multiplier, dimension };
    // 万亿元: 万 then 亿元 would also work, but the longer prefix is listed first.
  }
  return undefined;
}

/**
 * Parse a unit as written in a plan (`万千瓦`, `亿元`, `%`, `人/亿元`, `1/10万`) into its base, the
 * power-of-ten multiplier of its magnitude prefix, and its dimension. A ratio `a/b` gets the base
 * `<base a>/<base b>` and the multiplier `mult(a) / mult(b)`, so `吨/万元` converts to `吨/元`.
 * Full-width characters and surrounding spaces are ignored; `raw` keeps the text as given.
 *
 * @param raw - The unit text.
 * @param options - {@link ParseUnitOptions}.
 * @returns The parsed {@link Unit}.
 * @throws {UnitError} `empty-unit` for blank text; `unknown-unit` for text that is not a unit
 *   (unless `allowUnknown`).
 * @example
 * parseUnit('万千瓦'); // { raw: '万千瓦', base: '千瓦', multiplier: 10000, dimension: 'power' }
 * parseUnit('吨/万元'); // { raw: '吨/万元', base: '吨/元', multiplier: 0.0001, dimension: 'ratio' }
 * parseUnit('1/10万'); // { raw: '1/10万', base: '1/10万', multiplier: 1, dimension: 'per-100k' }
 */
export function parseUnit(raw: string, options: ParseUnitOptions = {}): Unit {
  const text = unitText(raw);
  if (text === '') throw new UnitError('empty-unit', raw, 'Empty unit', '单位为空。');
  const meaning = unitMeaning(text);
  if (meaning) return withRaw(raw, meaning);
  if (options.allowUnknown) return unknownUnit(raw, text);
  throw new UnitError('unknown-unit', raw, `Unknown unit: ${raw}`, `无法识别的单位：${raw}。`);
}

/** Unit text as it is read: width-folded, every whitespace removed. */
function unitText(raw: string): string {
  return foldWidth(raw).replace(/\s+/g, '');
}

/**
 * `raw` as a unit we do not know, as {@link parseUnit} with `allowUnknown` returns it: its text
 * (`unitText`, passed when already computed) as base, multiplier 1, dimension `other`, keys in
 * the order of {@link Unit}. For text that is not blank once folded and stripped of spaces.
 */
export function unknownUnit(raw: string, text: string = unitText(raw)): Unit {
  return withRaw(raw, unknownMeaning(text));
}

/** The meaning of unit text we do not know (folded, without spaces): itself, multiplier 1, dimension `other`. */
export function unknownMeaning(text: string): UnitMeaning {
  return { base: text, multiplier: 1, dimension: 'other' };
}

/**
 * {@link parseUnit} without throwing: the unit, or `undefined` where `parseUnit` would throw
 * (blank or unknown text). For callers that try text that is often no unit: an error and its
 * stack trace cost far more than the parse.
 */
export function parseKnownUnit(raw: string): Unit | undefined {
  const text = unitText(raw);
  const meaning = text === '' ? undefined : unitMeaning(text);
  return meaning && withRaw(raw, meaning);
}

/** A unit from its text and meaning, keys in the order of {@link Unit} (raw first). */
export function withRaw(raw: string, meaning: UnitMeaning): Unit {
  return { raw, base: meaning.base, multiplier: meaning.multiplier, dimension: meaning.dimension };
}

/**
 * The meaning of unit text that is already width-folded and free of spaces (as a unit matched
 * in folded text is), or `undefined` for text that is no unit we know.
 *
 * @example
 * unitMeaning('万千瓦'); // { base: '千瓦', multiplier: 10000, dimension: 'power' }
 */
export function unitMeaning(text: string): UnitMeaning | undefined {
  if ((PER_100K_FORMS as readonly string[]).includes(text)) return { base: '1/10万', multiplier: 1, dimension: 'per-100k' };
  const simple = parseSimple(text);
  if (simple) return simple;
  const slash = text.indexOf('/');
  if (slash > 0 && slash < text.length - 1) {
    const top = parseSimple(text.slice(0, slash));
    const bottom = parseSimple(text.slice(slash + 1));
    if (top && bottom && top.base !== '' && bottom.base !== '') {
      const multiplier = Number((top.multiplier / bottom.multiplier).toPrecision(15));
      return { base: `${top.base}/${bottom.base}`, multiplier, dimension: 'ratio' };
    }
  }
  return undefined;
}

/**
 * Like {@link parseUnit}, but returns a result instead of throwing (zod's `safeParse` shape).
 *
 * @param raw - The unit text.
 * @returns `{ success: true, data }` or `{ success: false, error }`.
 * @example
 * safeParseUnit('斤两').success; // false
 */
export function safeParseUnit(
  raw: string,
): { success: true; data: Unit } | { success: false; error: UnitError } {
  try {
    return { success: true, data: parseUnit(raw) };
  } catch (error) {
    if (error instanceof UnitError) return { success: false, error };
    throw error;
  }
}
