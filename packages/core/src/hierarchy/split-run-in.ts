import { sliceMapped } from '../normalize/mapped-text.js';
import type { Block } from '../segment/blocks.js';
import { matchLabel } from './labels.js';
import { parseChineseNumeral } from '../numerals/chinese-numerals.js';

const RUN_IN_ARTICLE = /[。；]\s*(第([〇零一二三四五六七八九十百千两0-9]{1,8})条)(?=\s)/g;

/**
 * PDF extraction sometimes runs the next article into the previous line
 * (`…转化落地。 第十八条 省人民政府…`). Split a block where the article that comes next in the
 * sequence starts right after a sentence end, followed by a space as article labels are.
 */
export function splitRunInArticles(blocks: readonly Block[]): Block[] {
  const out: Block[] = [];
  let lastArticle = 0;
  for (const block of blocks) {
    let rest: Block = block;
    const label = matchLabel(block.text);
    if (label?.kind === 'article') lastArticle = label.number;
    for (;;) {
      RUN_IN_ARTICLE.lastIndex = 0;
      let split: number | undefined;
      for (const m of rest.text.matchAll(RUN_IN_ARTICLE)) {
        if (lastArticle > 0 && parseChineseNumeral(m[2]!) === lastArticle + 1) {
          split = m.index! + 1;
          break;
        }
      }
      if (split === undefined) break;
      const head = { ...rest, ...sliceMapped(rest, 0, split) };
      const tail = { ...rest, ...sliceMapped(rest, split), start: rest.offsets[split]!, indent: false, afterBlank: false };
      delete tail.boldLead;
      delete tail.markdownHeading;
      out.push(head);
      const trimmed = tail.text.length - tail.text.trimStart().length;
      rest = trimmed > 0 ? { ...tail, ...sliceMapped(tail, trimmed) } : tail;
      lastArticle++;
    }
    out.push(rest);
  }
  return out;
}
