import type { Unit } from '../models/unit.js';
import { foldWidth } from '../normalize/width.js';

/** An indicator name split into the name proper and the unit written in parentheses. */
export interface NameAndUnit {
  name: string;
  /** Unit as written inside the parentheses, folded to half width: `亿元`, `%`, `人/亿元`. */
  unitRaw?: string;
  /** Other parenthesised notes after the unit: `新基建`. */
  notes: string[];
}

const MAGNITUDES: ReadonlyArray<readonly [string, number]> = [
  ['万亿', 1e12],
  ['亿', 1e8],
  ['千万', 1e7],
  ['百万', 1e6],
  ['十万', 1e5],
  ['万', 1e4],
  ['千', 1e3],
  ['百', 1e2],
];

/** Base units that start with a magnitude character and must not be split (千瓦, 千米, 千克). */
const BASES_WITH_MAGNITUDE = ['千瓦时', '千瓦', '千米', '千克', '千公顷', '百分点', '百分比'];

const DIMENSIONS: ReadonlyArray<readonly [RegExp, Unit['dimension']]> = [
  [/^(?:%|％|百分比)$/, 'percent'],
  [/^‰$/, 'permille'],
  [/^1\/10万$|^\/10万$|^1\/100000$/, 'per-100k'],
  [/^(?:个)?百分点$/, 'percentage-point'],
  [/^(?:元|美元|人民币|元人民币)$/, 'currency'],
  [/^(?:吨标准煤|吨标煤|标准煤|tce)$/, 'energy'],
  [/^(?:千瓦时|度|kWh)$/, 'energy'],
  [/^(?:千瓦|瓦|kW|MW|GW)$/, 'power'],
  [/^(?:吨|千克|公斤|克)$/, 'mass'],
  [/^(?:平方米|平方千米|平方公里|亩|公顷|千公顷)$/, 'area'],
  [/^(?:立方米|方)$/, 'volume'],
  [/^(?:公里|千米|米)$/, 'length'],
  [/^(?:人|人次|名)$/, 'people'],
  [/^(?:年|岁|天|小时|月|日)$/, 'time'],
  [/^(?:个|户|家|项|所|件|张|套|座|处|台|辆|条|册|床|位|次)$/, 'count'],
  [/\//, 'ratio'],
];

/**
 * Parse a unit as written (`亿元`, `万千瓦`, `%`, `人/亿元`, `１/１０万`) into a base unit, a
 * power-of-ten multiplier and a dimension. Simple and local to tables; the `units` stage has
 * the full parser.
 *
 * @example
 * parseTableUnit('亿元'); // { raw: '亿元', base: '元', multiplier: 1e8, dimension: 'currency' }
 */
export function parseTableUnit(raw: string): Unit {
  const text = foldWidth(raw).replace(/\s+/g, '');
  if (/^1\/10万$/.test(text)) return { raw, base: '1/10万', multiplier: 1, dimension: 'per-100k' };
  if (text.includes('/')) return { raw, base: text, multiplier: 1, dimension: 'ratio' };
  let base = text;
  let multiplier = 1;
  if (!BASES_WITH_MAGNITUDE.includes(text)) {
    for (const [prefix, factor] of MAGNITUDES) {
      if (text.startsWith(prefix) && text.length > prefix.length) {
        const candidate = text.slice(prefix.length);
        base = candidate;
        multiplier = factor;
        break;
      }
    }
  }
  let dimension: Unit['dimension'] = 'other';
  for (const [pattern, dim] of DIMENSIONS) {
    if (pattern.test(base)) {
      dimension = dim;
      break;
    }
  }
  return { raw, base, multiplier, dimension };
}

const OPEN = '(（';
const CLOSE = ')）';

/**
 * Split `地区生产总值（亿元）` into name `地区生产总值` and unit `亿元`. The unit is the first
 * trailing parenthesised group; parentheses inside the name (`研究与试验发展(R&D)经费投入强度(%)`,
 * `每千人口拥有执业(助理)医师数(人)`) stay in the name. Trailing groups after the unit
 * (`(新基建)`) are returned as notes.
 *
 * @example
 * splitNameUnit('５G网络用户普及率(％)(新基建)'); // { name: '５G网络用户普及率', unitRaw: '%', notes: ['新基建'] }
 */
export function splitNameUnit(rawName: string): NameAndUnit {
  let text = rawName.trim();
  const groups: string[] = [];
  // Peel trailing parenthesised groups.
  for (;;) {
    const last = text[text.length - 1];
    if (last === undefined || !CLOSE.includes(last)) break;
    let depth = 0;
    let at = -1;
    for (let i = text.length - 1; i >= 0; i--) {
      const ch = text[i]!;
      if (CLOSE.includes(ch)) depth++;
      else if (OPEN.includes(ch)) {
        depth--;
        if (depth === 0) {
          at = i;
          break;
        }
      }
    }
    if (at <= 0) break;
    groups.unshift(text.slice(at + 1, text.length - 1));
    text = text.slice(0, at).trimEnd();
  }
  if (groups.length === 0) return { name: text, notes: [] };
  // The unit is the first group that reads as a unit; a group like `(助理)` ending the name
  // with no unit after it is rare, so the first trailing group is the unit.
  const [unit, ...notes] = groups;
  return { name: text, unitRaw: foldWidth(unit!).replace(/\s+/g, ''), notes };
}
