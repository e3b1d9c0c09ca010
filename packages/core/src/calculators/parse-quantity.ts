import type { Bounds, Qualifier, Quantity } from '../models/quantity.js';
import { foldWidth } from '../normalize/width.js';
import { UNIT_PATTERN_SOURCE } from '../units/unit-table.js';

/** Words or signs before a number and the qualifier they give; longest first. */
export const QUANTITY_PREFIXES = [
  ['大于等于', 'at-least'],
  ['小于等于', 'at-most'],
  ['不低于', 'at-least'],
  ['不少于', 'at-least'],
  ['不高于', 'at-most'],
  ['不超过', 'at-most'],
  ['不大于', 'at-most'],
  ['控制在', 'at-most'],
  ['超过', 'more-than'],
  ['高于', 'more-than'],
  ['大于', 'more-than'],
  ['多于', 'more-than'],
  ['低于', 'less-than'],
  ['少于', 'less-than'],
  ['小于', 'less-than'],
  ['>=', 'at-least'],
  ['<=', 'at-most'],
  ['≥', 'at-least'],
  ['≤', 'at-most'],
  ['>', 'more-than'],
  ['<', 'less-than'],
  ['约', 'about'],
] as const satisfies readonly (readonly [string, Qualifier])[];

/** Words after a number (and its unit) and the qualifier they give; longest first. */
export const QUANTITY_SUFFIXES = [
  ['及以上', 'at-least'],
  ['及以下', 'at-most'],
  ['以上', 'at-least'],
  ['以下', 'at-most'],
  ['以内', 'at-most'],
  ['左右', 'about'],
  ['上下', 'about'],
] as const satisfies readonly (readonly [string, Qualifier])[];

const FOOTNOTE = /[∗*※#]+$/;
const EMPTY = /^[—–\-―─/、…．.]*$/;
const BRACKETED = /^[[【〔]([^\]】〕]*)[\]】〕]$/;
// One number, optional thousands separators, optional range `2—4`; then an optional unit.
const NUMBER = new RegExp(
  `^([+-]?\\d+(?:,\\d{3})*(?:\\.\\d+)?)(?:[—–~～\\-至](\\d+(?:,\\d{3})*(?:\\.\\d+)?))?(${UNIT_PATTERN_SOURCE})?`,
);

/** The bounds a qualifier puts on `value`; `about` and `exact` keep the value without bounds. */
export function boundsOf(qualifier: Qualifier | undefined, value: number): Bounds | undefined {
  switch (qualifier) {
    case 'at-least':
      return { min: value, minInclusive: true };
    case 'more-than':
      return { min: value, minInclusive: false };
    case 'at-most':
      return { max: value, maxInclusive: true };
    case 'less-than':
      return { max: value, maxInclusive: false };
    default:
      return undefined;
  }
}

function stripPrefix<T extends string>(
  text: string,
  table: readonly (readonly [string, T])[],
): [string, T | undefined] {
  for (const [word, meaning] of table) if (text.startsWith(word)) return [text.slice(word.length), meaning];
  return [text, undefined];
}

function stripSuffix<T extends string>(
  text: string,
  table: readonly (readonly [string, T])[],
): [string, T | undefined] {
  for (const [word, meaning] of table) if (text.endsWith(word)) return [text.slice(0, -word.length), meaning];
  return [text, undefined];
}

/**
 * Parse a value as stated in a table cell or a sentence into a {@link Quantity}: the number, its
 * qualifier and bounds (`6.5左右`, `≥95`, `>90`, `5以上`, `0.2以下`, `控制在4479.1以内`), a
 * cumulative value in brackets (`[5]`), a stretch goal (`力争7`), a range (`2—4`), footnote marks
 * (`95∗`, `3.6**`), full-width digits, thousands separators, and a unit after the number, which is
 * dropped (the unit belongs to the column or the sentence). Text without a number is a text target
 * (`完成国家下达目标任务`); a dash or an empty cell gives just `{ raw }`.
 *
 * @param raw - The cell or phrase.
 * @returns The quantity; never throws.
 * @example
 * parseQuantity('6.5左右'); // { raw: '6.5左右', value: 6.5, qualifier: 'about' }
 * parseQuantity('控制在4479.1以内');
 * // { raw: '控制在4479.1以内', value: 4479.1, qualifier: 'at-most', bounds: { max: 4479.1, maxInclusive: true } }
 * parseQuantity('[5]'); // { raw: '[5]', value: 5, qualifier: 'exact', cumulative: true }
 */
export function parseQuantity(raw: string): Quantity {
  const quantity: Quantity = { raw };
  let text = foldWidth(raw).replace(/\s+/g, '');
  const mark = FOOTNOTE.exec(text);
  if (mark) {
    quantity.footnotes = [mark[0]];
    text = text.slice(0, mark.index);
  }
  if (EMPTY.test(text)) return quantity;
  const bracketed = BRACKETED.exec(text);
  if (bracketed) {
    quantity.cumulative = true;
    text = bracketed[1]!;
  }
  if (text.startsWith('力争')) {
    quantity.strive = true;
    text = text.slice(2);
  }
  if (text.startsWith('达到')) text = text.slice(2);
  const [afterPrefix, prefixQualifier] = stripPrefix(text, QUANTITY_PREFIXES);
  const [core, suffixQualifier] = stripSuffix(afterPrefix, QUANTITY_SUFFIXES);
  const match = NUMBER.exec(core);
  if (!match || match[0].length !== core.length) {
    quantity.text = foldWidth(raw).trim().replace(FOOTNOTE, '');
    return quantity;
  }
  const first = Number(match[1]!.replace(/,/g, ''));
  if (match[2] !== undefined) {
    const second = Number(match[2].replace(/,/g, ''));
    quantity.bounds = { min: Math.min(first, second), max: Math.max(first, second), minInclusive: true, maxInclusive: true };
    return quantity;
  }
  quantity.value = first;
  // 控制在5以下: the suffix is the more specific word; 控制在 alone still caps.
  const qualifier: Qualifier = suffixQualifier ?? prefixQualifier ?? 'exact';
  quantity.qualifier = qualifier;
  const bounds = boundsOf(qualifier, first);
  if (bounds) quantity.bounds = bounds;
  return quantity;
}
