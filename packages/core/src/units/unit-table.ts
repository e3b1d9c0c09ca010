import type { UNIT_DIMENSIONS } from '../models/vocabularies.js';

export type UnitDimension = (typeof UNIT_DIMENSIONS)[number];

/**
 * Base units as written in plans, with their dimension. Order does not matter: lookups are exact,
 * and the pattern sorts by length so `千瓦时` wins over `千瓦` and `个百分点` over `个`.
 */
export const BASE_UNITS = [
  ['元', 'currency'],
  ['美元', 'currency'],
  ['千瓦时', 'energy'],
  ['度', 'energy'],
  ['吨标准煤', 'energy'],
  ['吨标煤', 'energy'],
  ['千瓦', 'power'],
  ['瓦', 'power'],
  ['吨', 'mass'],
  ['千克', 'mass'],
  ['公斤', 'mass'],
  ['克', 'mass'],
  ['克标准煤', 'mass'],
  ['斤', 'mass'],
  ['立方米', 'volume'],
  ['方', 'volume'],
  ['千伏', 'other'],
  ['伏', 'other'],
  ['平方千米', 'area'],
  ['平方公里', 'area'],
  ['平方米', 'area'],
  ['公顷', 'area'],
  ['亩', 'area'],
  ['公里', 'length'],
  ['千米', 'length'],
  ['米', 'length'],
  ['人', 'people'],
  ['人次', 'people'],
  ['个', 'count'],
  ['家', 'count'],
  ['户', 'count'],
  ['张', 'count'],
  ['件', 'count'],
  ['所', 'count'],
  ['座', 'count'],
  ['项', 'count'],
  ['处', 'count'],
  ['条', 'count'],
  ['种', 'count'],
  ['台', 'count'],
  ['辆', 'count'],
  ['套', 'count'],
  ['册', 'count'],
  ['部', 'count'],
  ['篇', 'count'],
  ['床', 'count'],
  ['标箱', 'count'],
  ['岁', 'time'],
  ['年', 'time'],
  ['小时', 'time'],
  ['天', 'time'],
  ['%', 'percent'],
  ['‰', 'permille'],
  ['个百分点', 'percentage-point'],
  ['百分点', 'percentage-point'],
] as const satisfies readonly (readonly [string, UnitDimension])[];

export type BaseUnit = (typeof BASE_UNITS)[number][0];

/** Magnitude prefixes, longest first so `万亿` is tried before `万`. */
export const UNIT_PREFIXES = [
  ['万亿', 1e12],
  ['百万', 1e6],
  ['十万', 1e5],
  ['亿', 1e8],
  ['万', 1e4],
  ['千', 1e3],
  ['百', 1e2],
] as const;

export type UnitPrefix = (typeof UNIT_PREFIXES)[number][0];

/** Incidence per 100 000 people (`1/10万`, `/10万`): a rate, not a count with a 万 prefix. */
export const PER_100K_FORMS = ['1/10万', '/10万', '1/100000', '/100000'] as const;

const BASE_MAP: ReadonlyMap<string, UnitDimension> = new Map(BASE_UNITS);

/** The dimension of a base unit, or `undefined` when it is not one we know. */
export function baseDimension(base: string): UnitDimension | undefined {
  return BASE_MAP.get(base);
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/**
 * Regex source matching one unit right after a number: optional prefix, a base, and an optional
 * `/denominator`. A flat alternation of literals: no nested quantifiers, so matching is linear.
 */
export const UNIT_PATTERN_SOURCE: string = (() => {
  const bases = BASE_UNITS.map(([b]) => b).sort((a, b) => b.length - a.length).map(escape).join('|');
  const prefixes = UNIT_PREFIXES.map(([p]) => p).map(escape).join('|');
  const per100k = PER_100K_FORMS.map(escape).join('|');
  // A bare base first, so `千瓦时` is not read as 千 + 瓦 (alternation takes the first success).
  const simple = `(?:${bases}|(?:${prefixes})(?:${bases}))`;
  return `(?:${per100k}|${simple}(?:/${simple})?|(?:${prefixes}))`;
})();
