import { sliceMapped } from '../normalize/mapped-text.js';
import type { Block } from '../segment/blocks.js';
import { matchLabel } from './labels.js';
import { parseChineseNumeral } from '../numerals/chinese-numerals.js';

const RUN_IN_ARTICLE = /[。；]\s*(第([〇零一二三四五六七八九十百千两0-9]{1,8})条)(?=\s)/g;

/** Where article `next` runs in after a sentence end in `text` (the index after the 。 or ；), if it does. */
function runInSplit(text: string, next: number): number | undefined {
  // exec on the shared global regex, not matchAll: matchAll clones the regex on every call.
  RUN_IN_ARTICLE.lastIndex = 0;
  for (let m = RUN_IN_ARTICLE.exec(text); m; m = RUN_IN_ARTICLE.exec(text)) {
    if (parseChineseNumeral(m[2]!) === next) return m.index + 1;
  }
  return undefined;
}

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
    // Only an article label matters here, and articles start with 第.
    const label = block.text.startsWith('第') ? matchLabel(block.text) : undefined;
    if (label?.kind === 'article') lastArticle = label.number;
    // Nothing to split before the first article, nor in a block that names no 条.
    while (lastArticle > 0 && rest.text.includes('条')) {
      const split = runInSplit(rest.text, lastArticle + 1);
      if (split === undefined) break;
      const head = { ...rest, ...sliceMapped(rest, 0, split) };
      const tail = { ...rest, ...sliceMapped(rest, split), start: rest.offsets[split]!, indent: false, afterBlank: false, boldLead: undefined, markdownHeading: undefined };
      out.push(head);
      const trimmed = tail.text.length - tail.text.trimStart().length;
      rest = trimmed > 0 ? { ...tail, ...sliceMapped(tail, trimmed) } : tail;
      lastArticle++;
    }
    out.push(rest);
  }
  return out;
}
