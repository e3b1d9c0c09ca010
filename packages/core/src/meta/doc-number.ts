import type { Announcement, DocNumber } from '../models/meta.js';
import { codes } from '../normalize/codes.js';
import { parseChineseNumeral } from '../numerals/chinese-numerals.js';

/** 〔2021〕7号: a document number after its issuer, the year in brackets. */
const YEAR_AND_SERIAL = String.raw`[〔［\[【(（]\s*(\d{4})\s*[〕］\]】)）]\s*(\d{1,5})\s*号`;
const DOC_NUMBER = new RegExp(String.raw`([\u4e00-\u9fff]{1,12}?)\s*` + YEAR_AND_SERIAL);
/**
 * `DOC_NUMBER` without the issuer: it starts at a bracket, where `DOC_NUMBER` tries up to twelve
 * ideographs from every position, so a text without a number is rejected about five times faster.
 */
const DOC_NUMBER_TAIL = new RegExp(YEAR_AND_SERIAL);

/**
 * Find and parse a document number (文号).
 *
 * @example
 * parseDocNumber('晋政发〔2021〕7号'); // { raw: '晋政发〔2021〕7号', agency: '晋政发', year: 2021, serial: 7 }
 */
export function parseDocNumber(text: string): DocNumber | undefined {
  if (!text.includes('号') || !DOC_NUMBER_TAIL.test(text)) return undefined; // most text: skip the full regex
  const m = DOC_NUMBER.exec(text);
  if (!m) return undefined;
  return { raw: m[0], agency: m[1]!, year: Number(m[2]), serial: Number(m[3]) };
}

const ANNOUNCEMENT_NUMBER = /^[（(]?第([〇零一二三四五六七八九十百千两0-9]{1,8})号[)）]?$/;
const ANNOUNCEMENT_FIRSTS = codes('第（(');
const ANNOUNCEMENT_LASTS = codes('号）)');

/** Parse an announcement number line `（第二十一号）`. */
export function parseAnnouncementNumber(text: string): Omit<Announcement, 'issuer'> | undefined {
  const line = text.trim();
  // Most lines of a document's head neither start with 第 or a bracket nor end with 号 or one:
  // two characters read, no regex.
  if (!ANNOUNCEMENT_FIRSTS.has(line.charCodeAt(0)) || !ANNOUNCEMENT_LASTS.has(line.charCodeAt(line.length - 1))) return undefined;
  const m = ANNOUNCEMENT_NUMBER.exec(line);
  if (!m) return undefined;
  const number = parseChineseNumeral(m[1]!);
  return number === undefined ? undefined : { raw: line, number };
}
