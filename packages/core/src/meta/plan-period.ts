import type { Meta } from '../models/meta.js';
import { parseChineseNumeral } from '../numerals/chinese-numerals.js';

/** 第十四个五年, “十四五” (quoted, any words after), 十四五规划 / 十四五时期. */
const NTH_FIVE_YEAR = /第?([一二三四五六七八九十]{1,3})个?五年|[“"]([一二三四五六七八九十]{1,3})五[”"]|([一二三四五六七八九十]{1,3})五(?:规划|时期)/;
const PERIOD = /(\d{4})\s*[—–\-－~～至到]\s*(\d{4})\s*年/;

/**
 * The last year of the plan period a document belongs to, read from its title:
 * `第十四个五年规划`/`“十四五”…规划` → 2025, `第十五个五年` → 2030 (the n-th five-year plan,
 * n ≥ 3, ends in 1970 + 5 (n − 3)); otherwise a `YYYY—YYYY年` period; otherwise undefined.
 * Targets stated without a year refer to this year.
 *
 * @example
 * planEndYear({ title: '山西省国民经济和社会发展第十五个五年规划纲要' }); // 2030
 * planEndYear({ title: '山西省“十四五”新型基础设施建设规划' });          // 2025
 */
export function planEndYear(meta: Pick<Meta, 'title'>): number | undefined {
  const title = meta.title ?? '';
  const m = NTH_FIVE_YEAR.exec(title);
  const n = m ? parseChineseNumeral((m[1] ?? m[2] ?? m[3])!) : undefined;
  if (n !== undefined && n >= 3) return 1970 + 5 * (n - 3);
  const period = PERIOD.exec(title);
  return period ? Number(period[2]) : undefined;
}
