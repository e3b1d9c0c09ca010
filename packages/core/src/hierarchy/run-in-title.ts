/**
 * The run-in title of a paragraph: its first sentence when that sentence is a short phrase
 * (no comma) followed by more text — `推动科技成果转化。加强技术转移体系建设…`. Plans and
 * decisions print it in bold; text copies lose the bold but keep the shape.
 *
 * @returns the length of the title (including its 。), or 0 when there is none
 */
export function runInTitleLength(text: string): number {
  // Only a 。 among the first 25 characters can end a title. One forward search: String#indexOf
  // is a fast builtin (stopping at the first sentence end), where a bounded lastIndexOf is a
  // slower runtime call that costs more than the few characters it spares.
  const end = text.indexOf('。');
  if (end < 2 || end > 24) return 0;
  const sentence = text.slice(0, end);
  if (/[，,；;：:、“”（）()]/.test(sentence) || /\d{4}年/.test(sentence)) return 0;
  const rest = text.length - end - 1;
  return rest >= Math.max(10, 2 * end) ? end + 1 : 0;
}
