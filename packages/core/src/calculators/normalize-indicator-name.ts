import { foldWidth } from '../normalize/width.js';
import { parseUnitFromName } from '../units/parse-unit-from-name.js';

/** Leading words that say where, not what: 全省地区生产总值 and 地区生产总值 are one indicator. */
export const NAME_SCOPE_PREFIXES = ['全省', '全市', '全区', '全县', '全州', '全盟', '我省', '我市', '本省', '本市'] as const;

const NOISE = /[\s∗*※#、，,。．.·:：;；“”"'‘’《》〈〉（）()【】[\]{}—–\-_/\\|]/g;

/**
 * Reduce an indicator name to a key for matching rows across tables and plans: drop the trailing
 * unit group, a scope prefix (全省, 全市 …), footnote marks, punctuation, brackets and whitespace;
 * fold full-width characters.
 *
 * @param name - Name as written, with or without unit.
 * @returns The matching key.
 * @example
 * normalizeIndicatorName('全省地区生产总值（亿元）∗'); // '地区生产总值'
 * normalizeIndicatorName('每千人口拥有执业（助理）医师（人）'); // '每千人口拥有执业助理医师'
 */
export function normalizeIndicatorName(name: string): string {
  const folded = foldWidth(name).trim().replace(/[∗*※#]+$/, '');
  let key = parseUnitFromName(folded).name.replace(NOISE, '');
  for (const prefix of NAME_SCOPE_PREFIXES) {
    if (key.startsWith(prefix) && key.length > prefix.length) {
      key = key.slice(prefix.length);
      break;
    }
  }
  return key;
}
