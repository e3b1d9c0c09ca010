import { isDigitCode } from '../normalize/chars.js';

const DIGITS: Record<string, number> = {
  〇: 0, 零: 0, 一: 1, 壹: 1, 二: 2, 贰: 2, 两: 2, 三: 3, 叁: 3, 四: 4, 肆: 4,
  五: 5, 伍: 5, 六: 6, 陆: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9,
};
const SMALL_UNITS: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const BIG_UNITS: Record<string, number> = { 万: 1e4, 亿: 1e8 };

/**
 * Every numeral character's value by code unit, read for every character of every numbered line
 * (a Map lookup per character cost more than the rest of the parse): a byte per code unit from
 * 〇 (U+3007) to the last numeral character, 0 for none, else 1 + the index of its value in
 * `VALUES` (digits 0–9, then the units 十 百 千 万 亿).
 */
const VALUES = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 100, 1000, 1e4, 1e8];
const FIRST_CODE = 0x3007;
const VALUE_INDEX = (() => {
  const entries = Object.entries({ ...DIGITS, ...SMALL_UNITS, ...BIG_UNITS });
  const last = Math.max(...entries.map(([ch]) => ch.charCodeAt(0)));
  const index = new Uint8Array(last - FIRST_CODE + 1);
  for (const [ch, value] of entries) index[ch.charCodeAt(0) - FIRST_CODE] = VALUES.indexOf(value) + 1;
  return index;
})();

/** The value of a numeral character (0–9 for a digit, 10 … 1e8 for a unit), or -1. */
function numeralValue(code: number): number {
  const at = VALUE_INDEX[code - FIRST_CODE];
  return at ? VALUES[at - 1]! : -1;
}

function isAsciiDigits(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (!isDigitCode(text.charCodeAt(i))) return false;
  return true;
}

/**
 * Parse a Chinese numeral (一百零三, 二十一, 十五, 两千, 二〇二一) or Arabic digits to an integer.
 * Returns `undefined` when the string is not a numeral.
 *
 * @example
 * parseChineseNumeral('一百零三'); // 103
 * parseChineseNumeral('二〇二一'); // 2021
 * parseChineseNumeral('十五');     // 15
 */
export function parseChineseNumeral(input: string): number | undefined {
  const text = input.trim();
  if (text === '') return undefined;
  if (isAsciiDigits(text)) return Number(text);
  // Digit-by-digit form (二〇二一): no unit characters at all. Read by code unit: called for every
  // numbered line of a text, so no array of characters per call.
  let digits = '';
  for (let i = 0; i < text.length; i++) {
    const digit = numeralValue(text.charCodeAt(i));
    if (digit < 0 || digit > 9) break;
    digits += digit;
  }
  if (digits.length === text.length) return Number(digits);
  let total = 0;
  let section = 0;
  let digit: number | undefined;
  for (let i = 0; i < text.length; i++) {
    const value = numeralValue(text.charCodeAt(i));
    if (value < 0) return undefined;
    if (value <= 9) {
      digit = value;
    } else if (value < 1e4) {
      section += (digit ?? 1) * value;
      digit = undefined;
    } else {
      total = (total + section + (digit ?? 0)) * value;
      section = 0;
      digit = undefined;
    }
  }
  return total + section + (digit ?? 0);
}

const DIGIT_CHARS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

function belowTenThousand(n: number): string {
  const units = ['千', '百', '十', ''];
  const digits = String(n).padStart(4, '0').split('').map(Number);
  let out = '';
  let pendingZero = false;
  digits.forEach((d, i) => {
    if (d === 0) {
      if (out !== '') pendingZero = true;
      return;
    }
    if (pendingZero) out += '零';
    pendingZero = false;
    out += DIGIT_CHARS[d]! + units[i]!;
  });
  return out;
}

/**
 * Write a non-negative integer as a Chinese numeral in the style of article numbers.
 *
 * @example
 * toChineseNumeral(103); // '一百零三'
 * toChineseNumeral(15);  // '十五'
 * toChineseNumeral(0);   // '〇'
 */
export function toChineseNumeral(value: number): string {
  if (!Number.isInteger(value) || value < 0) throw new RangeError(`Not a non-negative integer: ${value}`);
  if (value === 0) return '〇';
  const parts: string[] = [];
  const bigUnits = ['', '万', '亿', '万亿'];
  let rest = value;
  let unit = 0;
  let needZero = false;
  while (rest > 0) {
    const chunk = rest % 10000;
    rest = Math.floor(rest / 10000);
    if (chunk > 0) {
      let text = belowTenThousand(chunk) + bigUnits[unit]!;
      if (needZero) text += '零';
      parts.unshift(text);
      needZero = chunk < 1000 && rest > 0;
    } else if (parts.length > 0) {
      needZero = true;
    }
    unit++;
  }
  let result = parts.join('');
  // 一十五 → 十五 at the start, as written in documents.
  if (result.startsWith('一十')) result = result.slice(1);
  return result.replace(/零+/g, '零').replace(/零$/, '');
}
