import { parseChineseNumeral } from '../numerals/chinese-numerals.js';

const NUM = '0-9〇零一二三四五六七八九十';
/** A Chinese date: 2024年3月28日, 二〇二一年一月二十三日 (spaces already removed by cleaning). */
const CHINESE_DATE_SOURCE = `([${NUM}]{4})年([${NUM}]{1,3})月([${NUM}]{1,3})日`;
export const CHINESE_DATE = new RegExp(CHINESE_DATE_SOURCE);
const CHINESE_DATES = new RegExp(CHINESE_DATE_SOURCE, 'g');
const ISO_LIKE = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/;

/** Days in a month of the (proleptic) Gregorian calendar, as JavaScript dates count them. */
function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

const twoDigits = (n: number): string => (n < 10 ? `0${n}` : `${n}`);

/**
 * An ISO date `YYYY-MM-DD` from year, month and day, or `undefined` when no such day exists
 * (2021年2月30日 is rejected). Checked by calendar arithmetic rather than a `Date`: a local-time
 * `Date` costs about a microsecond to build and read back, and a document has dozens of dates.
 */
export function isoDate(year: number, month: number, day: number): string | undefined {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return undefined;
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return `${year}-${twoDigits(month)}-${twoDigits(day)}`;
}

/**
 * Parse a date written in Chinese or ISO-like form.
 *
 * @example
 * parseDate('2024年3月28日');        // '2024-03-28'
 * parseDate('二〇二一年一月二十三日'); // '2021-01-23'
 * parseDate('2021-04-09');            // '2021-04-09'
 */
export function parseDate(text: string): string | undefined {
  const trimmed = text.trim();
  const iso = ISO_LIKE.exec(trimmed);
  if (iso) return isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const m = CHINESE_DATE.exec(trimmed);
  if (!m) return undefined;
  const year = parseChineseNumeral(m[1]!);
  const month = parseChineseNumeral(m[2]!);
  const day = parseChineseNumeral(m[3]!);
  if (year === undefined || month === undefined || day === undefined) return undefined;
  return isoDate(year, month, day);
}

/** Every date in a text, with its index. */
export function findDates(text: string): Array<{ date: string; index: number; length: number }> {
  const found: Array<{ date: string; index: number; length: number }> = [];
  if (!text.includes('日')) return found; // most text: no regex at all
  // One shared global regex (not a fresh one, nor matchAll's clone, per call), reset here;
  // parseDate, called in the loop, uses its own regex, so `lastIndex` is never shared.
  CHINESE_DATES.lastIndex = 0;
  for (let m = CHINESE_DATES.exec(text); m; m = CHINESE_DATES.exec(text)) {
    const date = parseDate(m[0]);
    if (date) found.push({ date, index: m.index, length: m[0].length });
  }
  return found;
}
