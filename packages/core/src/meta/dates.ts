// By function, not from the package's index: importing the index loads every one of date-fns'
// ~250 modules in Node (113 ms alone, against 13 ms for these two; loading @zhengce/core went
// from ~200 to ~70 ms, the two imports overlapping with the rest).
import { formatISO } from 'date-fns/formatISO';
import { isValid } from 'date-fns/isValid';
import { parseChineseNumeral } from '../numerals/chinese-numerals.js';

const NUM = '0-9〇零一二三四五六七八九十';
/** A Chinese date: 2024年3月28日, 二〇二一年一月二十三日 (spaces already removed by cleaning). */
const CHINESE_DATE_SOURCE = `([${NUM}]{4})年([${NUM}]{1,3})月([${NUM}]{1,3})日`;
export const CHINESE_DATE = new RegExp(CHINESE_DATE_SOURCE);
const CHINESE_DATES = new RegExp(CHINESE_DATE_SOURCE, 'g');
const DATE_ONLY = { representation: 'date' } as const;
const ISO_LIKE = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/;

/**
 * Days already formatted, by `year * 10000 + month * 100 + day` (`null`: no such day). A text
 * names the same few dates many times (its own date, its history, the dates it cites), and
 * validating and formatting one costs more than the rest of reading it. Cleared when full, so
 * a huge archive of distinct dates cannot grow it without bound.
 */
const formatted = new Map<number, string | null>();
const FORMATTED_MAX = 4096;

/**
 * An ISO date `YYYY-MM-DD` from year, month and day, or `undefined` when no such day exists
 * (validated with date-fns: 2021年2月30日 is rejected).
 */
function isoDate(year: number, month: number, day: number): string | undefined {
  if (year < 1000 || year > 9999) return undefined;
  // Only whole numbers with a month and day below 100 have a key of their own: others are never
  // cached (and never valid).
  const keyed = Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(day) && month >= 0 && month < 100 && day >= 0 && day < 100;
  const key = keyed ? year * 10000 + month * 100 + day : -1;
  const known = key >= 0 ? formatted.get(key) : undefined;
  if (known !== undefined) return known ?? undefined;
  const date = new Date(year, month - 1, day);
  const valid = isValid(date) && date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day;
  // formatISO, not format(date, 'yyyy-MM-dd'): the same text for years 1000–9999, without parsing a format string.
  const iso = valid ? formatISO(date, DATE_ONLY) : undefined;
  if (key >= 0) {
    if (formatted.size >= FORMATTED_MAX) formatted.clear();
    formatted.set(key, iso ?? null);
  }
  return iso;
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
