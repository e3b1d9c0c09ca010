import type { LineTable } from './lines.js';

// Cleaned lines hold at most one space in a row, so ` ?` where a page may put a space: no
// unbounded `\s*` next to another, which could backtrack.

/** One control of a page's toolbar: `【打印】`, `[关闭]`, `返回顶部`. */
const CONTROL = '[【\\[]? ?(?:打印(?:本页)?|关闭(?:本页|窗口)?|收藏|返回顶部|保存) ?[】\\]]?';

/**
 * What the page around a document adds, written the same way on most government sites: the QR
 * code caption, related-reading links, toolbars (print, close), share buttons and font-size
 * switches. Whole lines only.
 */
const WEB_CHROME = new RegExp(
  [
    '扫一扫在手机(?:上)?打开(?:当前|本)页(?:面)?',
    '相关(?:解读|链接|文件|阅读|稿件)[：:]?',
    `${CONTROL}(?: ?${CONTROL})*`,
    '分享到[：:].{0,60}',
    '[【\\[]? ?字(?:号|体)[：:]? ?[大中小](?: ?[大中小]){2} ?[】\\]]?.{0,40}',
  ]
    .map((p) => `(?:${p})`)
    .join('|')
    .replace(/^/, '^(?:')
    .concat(')$'),
);
/** An attachment heading with nothing after it but page chrome. */
const EMPTY_ATTACHMENTS = /^附 ?件[：:]?$/;

/**
 * The lines a web page added after the document: scanning back from the end, every line of page
 * chrome (and an empty `附件：` among them) up to the last line of content. Only the trailing
 * run counts, and only when it holds a chrome phrase, so a document quoting `相关解读` in its
 * body keeps it.
 *
 * @param lines - cleaned physical lines
 * @param setAside - by line index, 1 for lines already set aside (furniture, web metadata)
 * @returns indices of the chrome lines
 */
export function findTrailingChrome(lines: LineTable, setAside: Uint8Array): number[] {
  const chrome: number[] = [];
  let phrases = 0;
  for (let i = lines.length - 1; i >= 0; i--) {
    if (lines.textLength(i) === 0 || setAside[i] === 1) continue;
    const text = lines.text(i);
    if (WEB_CHROME.test(text)) phrases++;
    else if (!EMPTY_ATTACHMENTS.test(text)) break;
    chrome.push(i);
  }
  return phrases > 0 ? chrome.reverse() : [];
}
