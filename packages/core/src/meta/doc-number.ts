import type { Announcement, DocNumber } from '../models/meta.js';
import { isTrimmedCode } from '../normalize/chars.js';
import { parseChineseNumeral } from '../numerals/chinese-numerals.js';

const DOC_NUMBER = /([\u4e00-\u9fff]{1,12}?)\s*[〔［\[【(（]\s*(\d{4})\s*[〕］\]】)）]\s*(\d{1,5})\s*号/;
/**
 * `DOC_NUMBER` without the issuer: it starts at a bracket, where `DOC_NUMBER` tries up to twelve
 * ideographs from every position, so a text without a number is rejected about five times faster.
 */
const DOC_NUMBER_TAIL = /[〔［\[【(（]\s*\d{4}\s*[〕］\]】)）]\s*\d{1,5}\s*号/;

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

/**
 * Whether a text, spaces aside, starts and ends as an announcement number line does (第 or a
 * bracket first; 号 or a bracket last): two characters read, where looking for 号 read all of a
 * long paragraph, and the lines of a document's head are tested one by one.
 */
function mayBeAnnouncementNumber(text: string): boolean {
  let from = 0;
  let to = text.length;
  while (from < to && isTrimmedCode(text.charCodeAt(from))) from++;
  while (to > from && isTrimmedCode(text.charCodeAt(to - 1))) to--;
  const first = text.charCodeAt(from);
  const last = text.charCodeAt(to - 1);
  return to > from && (first === 0x7b2c || first === 0xff08 || first === 0x28) && (last === 0x53f7 || last === 0xff09 || last === 0x29);
}

/** Parse an announcement number line `（第二十一号）`. */
export function parseAnnouncementNumber(text: string): Omit<Announcement, 'issuer'> | undefined {
  if (!mayBeAnnouncementNumber(text)) return undefined; // most text: skip the regex
  const m = ANNOUNCEMENT_NUMBER.exec(text.trim());
  if (!m) return undefined;
  const number = parseChineseNumeral(m[1]!);
  return number === undefined ? undefined : { raw: text.trim(), number };
}
