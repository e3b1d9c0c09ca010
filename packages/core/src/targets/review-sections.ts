import type { Node } from '../models/node.js';
import { isTrimmedCode } from '../normalize/chars.js';
import { codes } from '../normalize/codes.js';

/**
 * A heading that opens a review of the past period rather than goals: `发展基础`,
 * `“十三五”发展成就`, `“十三五”时期工作回顾`, `2020年工作回顾`, `过去五年工作回顾`, `主要成就`,
 * `2020年国民经济和社会发展计划执行情况` (a plan or budget report's account of the past year).
 * The whole title must be such a label: `夯实农业发展基础` is a goal, not a review.
 */
export const REVIEW_HEADING =
  /^(?:[“"]?[一二三四五六七八九十]{1,3}五[”"]?|\d{4}\s*年|过去[一五]年)?(?:时期|期间|以来)?(?:的)?(?:工作|发展)?(?:回顾|成就|基础)(?:和成就|与成就)?$|^(?:主要|取得的)成就$|^(?:\d{4}\s*年)?[^，。；]{0,24}执行情况$/;

/** The last characters of every review label: 回顾, 成就, 基础, 执行情况. */
export const REVIEW_FINALS = codes('顾就础况');

/** The code of the last non-space character of a title ("" and all spaces: NaN). */
function lastVisibleCode(text: string): number {
  let i = text.length - 1;
  while (i >= 0 && isTrimmedCode(text.charCodeAt(i))) i--;
  return text.charCodeAt(i);
}

/** Node types that head a span of text (not run-in titles of paragraphs or table rows). */
const HEADING_TYPES = new Set<Node['type']>(['part', 'chapter', 'section', 'point', 'item', 'heading']);

/** Whether a node's title labels a review of the past period. */
export function isReviewHeading(node: Node): boolean {
  return HEADING_TYPES.has(node.type) && node.title !== undefined &&
    // Most headings end otherwise: ruled out without the regex and the copy without spaces.
    REVIEW_FINALS.has(lastVisibleCode(node.title)) && REVIEW_HEADING.test(node.title.replace(/\s+/g, ''));
}

/** The original spans `[start, end)` of the review sections of a tree, in text order. */
export function reviewSpans(nodes: readonly Node[]): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  const visit = (list: readonly Node[]): void => {
    for (const node of list) {
      if (isReviewHeading(node)) spans.push({ start: node.position.start.offset, end: node.position.end.offset });
      else if (node.children.length > 0) visit(node.children); // most nodes are leaves
    }
  };
  visit(nodes);
  return spans;
}
