import type { Unit } from '../models/unit.js';
import { parseKnownUnit, unknownUnit } from './parse-unit.js';

/** Result of {@link parseUnitFromName}. */
export interface NameWithUnit {
  /** The name without its trailing unit group, trimmed. */
  name: string;
  /** The unit; for a composite group (`（万吨、万千瓦）`) the first one. */
  unit?: Unit;
  /** Every unit of a composite group `（%、‰）` or `（个/家）`, in order; absent otherwise. */
  units?: Unit[];
  /** A qualifying note inside the unit group: `（亿元，当年价）` → `当年价`. */
  note?: string;
}

/** Options of {@link parseUnitFromName}. */
export interface ParseUnitFromNameOptions {
  /** Accept unit text we do not know as dimension `other` (default `true`: tables invent units). */
  allowUnknown?: boolean;
}

// A trailing group only: inner groups such as 执业（助理）医师 belong to the name.
const TRAILING_GROUP = /[（(]([^（）()]*)[）)]\s*$/;
// Only short, digit-free groups can be units; longer ones are explanations kept in the name.
const MEASURE_WORD = /[个家户张件所座项处条种台辆套册部篇床人元吨米亩次箱只头匹艘架栋间位名宗例]$/;
const UNIT_LIKE = /^[^\d\s，,；;]{1,8}$|^1?\/10万$/;

/**
 * Split an indicator name as written in a table header or row into the name and its unit:
 * `地区生产总值（亿元）` → `地区生产总值` + 亿元. Handles full- and half-width parentheses, a
 * composite unit group joined by `、` or `/`, a note after `，`, and names with no unit.
 * A trailing group that does not look like a unit (`（助理）`, `（含…）`) stays in the name.
 *
 * @param raw - The name as written.
 * @param options - {@link ParseUnitFromNameOptions}.
 * @returns The name and, when present, its unit(s).
 * @example
 * parseUnitFromName('地区生产总值（亿元）');
 * // { name: '地区生产总值', unit: { raw: '亿元', base: '元', multiplier: 100000000, dimension: 'currency' } }
 * parseUnitFromName('高质量发展指数'); // { name: '高质量发展指数' }
 */
export function parseUnitFromName(raw: string, options: ParseUnitFromNameOptions = {}): NameWithUnit {
  const allowUnknown = options.allowUnknown ?? true;
  const text = raw.trim();
  const match = TRAILING_GROUP.exec(text);
  if (!match) return { name: text };
  const inner = match[1]!.trim();
  const [unitText = '', ...noteParts] = inner.split(/[，,；;]/);
  const pieces = unitText.split(/[、]|\/(?!10万)/).map((p) => p.trim()).filter((p) => p !== '');
  // `人/亿元` is one ratio unit, not two: try the whole text as a unit before splitting on `/`.
  const whole = tryUnit(unitText.trim(), false);
  const units = whole
    ? [whole]
    : pieces.every((p) => UNIT_LIKE.test(p))
      ? pieces.map((p) => tryUnit(p, allowUnknown))
      : [];
  if (units.length === 0 || units.some((u) => u === undefined)) return { name: text };
  const name = text.slice(0, match.index).trim();
  const result: NameWithUnit = { name, unit: units[0]! };
  if (units.length > 1) result.units = units as Unit[];
  const note = noteParts.join('，').trim();
  if (note !== '') result.note = note;
  return result;
}

function tryUnit(text: string, allowUnknown: boolean): Unit | undefined {
  if (text === '') return undefined;
  const known = parseKnownUnit(text);
  if (known) return known;
  if (!allowUnknown || !UNIT_LIKE.test(text)) return undefined;
  // A word like 助理 in 执业（助理）医师 must not become a unit: an unknown unit is short and
  // carries a magnitude prefix or ends in a measure word.
  const plausible = text.length <= 4 && (/^[万亿千百]/.test(text) || MEASURE_WORD.test(text));
  // parseKnownUnit missed and the text is not blank (UNIT_LIKE holds no space, and only the
  // no-break space, itself a space, folds to one): what parseUnit with allowUnknown returns.
  return plausible ? unknownUnit(text) : undefined;
}
