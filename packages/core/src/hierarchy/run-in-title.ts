const FULL_STOP = 0x3002; // 。

/**
 * The run-in title of a paragraph: its first sentence when that sentence is a short phrase
 * (no comma) followed by more text — `推动科技成果转化。加强技术转移体系建设…`. Plans and
 * decisions print it in bold; text copies lose the bold but keep the shape.
 *
 * @returns the length of the title (including its 。), or 0 when there is none
 */
export function runInTitleLength(text: string): number {
  // Only a 。 among the first 25 characters can end a title, so only they are read: V8 finds a
  // character of U+30xx with memchr on its high byte (0x30, also the digit 0 and the low byte of
  // many ideographs), which stops often in Chinese text.
  const reach = Math.min(text.length, 25);
  let end = -1;
  for (let i = 0; i < reach; i++) {
    if (text.charCodeAt(i) === FULL_STOP) {
      end = i;
      break;
    }
  }
  if (end < 2) return 0; // none among the first 25, or too early
  const sentence = text.slice(0, end);
  if (/[，,；;：:、“”（）()]/.test(sentence) || /\d{4}年/.test(sentence)) return 0;
  const rest = text.length - end - 1;
  return rest >= Math.max(10, 2 * end) ? end + 1 : 0;
}
