import { isTrimmedCode } from '../normalize/chars.js';
import { codes } from '../normalize/codes.js';
import { VERB_ADVERBS } from './verbs.js';

const LEADING: readonly RegExp[] = [
  /^[\s“”"‘’、，,；;：:—\-*#（）()]+/,
  /^(?:到|至|在|于)?\s*\d{4}\s*年(?:前|底|末|时)?/,
  /^“?十[一二三四五六七八九]五”?(?:时期|期间|末期|末|以来)?/,
  /^(?:全省|全市|全区|全县|我省|我市|其中|力争|确保|努力|争取|同时|并且|并|实现|推动|促进|使得|使|每年|年度|此外)/,
];
// `人均预期寿命较2015年增加` names the indicator, not the comparison.
export const TRAILING_COMPARISON =
  /(?:(?:较|比|与)(?:\d{4}\s*年|上年|去年|基期|基年|年初|同期|上年同期|前三季度|上半年)(?:相比)?|同比|环比|连续[一二三四五六七八九十\d]{1,2}年|预计|预期|有望|每年|年均)$/;

/**
 * The last characters a `TRAILING_COMPARISON` match can end with (年 期 初 度 比 计 望 均): a `…$`
 * pattern is tried from every position of the name, so a name ending otherwise skips it.
 */
export const COMPARISON_FINALS = codes('年期初度比计望均');

/** `name` without a trailing comparison (较2015年, 同比, 预计), trimmed. */
function withoutTrailingComparison(name: string): string {
  return COMPARISON_FINALS.has(name.charCodeAt(name.length - 1)) ? name.replace(TRAILING_COMPARISON, '').trim() : name;
}

/**
 * Text before a verb that names no indicator of its own: nothing, or only a comparison base
 * (`，同比增长6.3%`, `，较年初增加319.5亿元`, `，分别增长4.6%`).
 */
export const COMPARISON_ONLY = /^(?:同比|环比|分别|(?:较|比)(?:上年|去年|年初|同期|上年同期|前三季度|上半年))?$/;

/**
 * Reduce the text before a target verb to the indicator's name: drop the leading time phrase
 * (到2030年, “十五五”时期), scope and modality words (全省, 力争, 确保), adverbs before the verb
 * (再, 进一步) and a trailing comparison (较2015年).
 *
 * @param text - Text between the clause start and the verb.
 * @returns The indicator name, possibly empty.
 * @example
 * cleanIndicator('到2030年，力争营收'); // '营收'
 */
export function cleanIndicator(text: string): string {
  let name = text.trim();
  let changed = true;
  while (changed && name !== '') {
    changed = false;
    for (const re of LEADING) {
      const next = name.replace(re, '');
      if (next !== name) {
        name = next.trim();
        changed = true;
      }
    }
  }
  changed = true;
  while (changed && name !== '') {
    changed = false;
    const next = withoutTrailingComparison(name);
    if (next !== name) {
      name = next;
      changed = true;
    }
    for (const adverb of VERB_ADVERBS) {
      if (name.endsWith(adverb) && name.length > adverb.length) {
        name = name.slice(0, -adverb.length).trim();
        changed = true;
      }
    }
  }
  return withoutTrailingQuotesAndSpaces(name);
}

/** Spaces and the quotes “ ” ", which a name never ends with. */
const isTrailingNoise = (c: number): boolean => isTrimmedCode(c) || c === 0x201c || c === 0x201d || c === 0x22;

/** `text.replace(/[\s“”"]+$/, '')` without a regex tried from every character. */
function withoutTrailingQuotesAndSpaces(text: string): string {
  let end = text.length;
  while (end > 0 && isTrailingNoise(text.charCodeAt(end - 1))) end--;
  return end === text.length ? text : text.slice(0, end);
}
