import type { Unit } from '../models/unit.js';
import { UnitError } from './errors.js';
import { parseUnit } from './parse-unit.js';

/**
 * Convert a value between two units of the same base: `value × from.multiplier / to.multiplier`,
 * rounded to 15 significant digits so `390 万千瓦 → 亿千瓦` reads 0.039, not 0.039000000000000004.
 *
 * @param value - The value in `from`.
 * @param from - Source unit, parsed or as text.
 * @param to - Target unit, parsed or as text.
 * @returns The value in `to`.
 * @throws {UnitError} `incompatible-units` when the bases differ (万吨 → 千瓦); any error of
 *   {@link parseUnit} for unit text.
 * @example
 * convertQuantity(390, '万千瓦', '千瓦'); // 3900000
 * convertQuantity(2.5, '万亿元', '亿元'); // 25000
 * convertQuantity(0.5, '吨/万元', '吨/亿元'); // 5000
 */
export function convertQuantity(value: number, from: Unit | string, to: Unit | string): number {
  const a = typeof from === 'string' ? parseUnit(from) : from;
  const b = typeof to === 'string' ? parseUnit(to) : to;
  if (a.base !== b.base || a.dimension !== b.dimension) {
    throw new UnitError(
      'incompatible-units',
      `${a.raw} → ${b.raw}`,
      `Cannot convert ${a.raw} (${a.base || a.dimension}) to ${b.raw} (${b.base || b.dimension})`,
      `无法将 ${a.raw} 换算为 ${b.raw}：二者不是同一种量${a.base && b.base ? `（${a.base}、${b.base}）` : ''}。`,
    );
  }
  return Number(((value * a.multiplier) / b.multiplier).toPrecision(15));
}
