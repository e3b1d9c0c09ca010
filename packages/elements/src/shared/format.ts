import type { Quantity } from '@zhengce/core';
import type { Lang, Translation } from './i18n.js';

const cache = new Map<string, Intl.NumberFormat>();

/** Formats a number for the language with Intl.NumberFormat (cached per language). */
export function formatNumber(n: number, lang: Lang): string {
  let f = cache.get(lang);
  if (!f) {
    f = new Intl.NumberFormat(lang, { maximumFractionDigits: 4 });
    cache.set(lang, f);
  }
  return f.format(n);
}

/**
 * A quantity as readers expect it: the number localized, the qualifier in words or symbols,
 * `[ ]` for cumulative changes, 力争 for stretch goals and footnote marks kept. Text targets
 * and cells without a number show as written.
 */
export function formatQuantity(q: Quantity | undefined, lang: Lang, t: Translation): string {
  if (!q) return '—';
  if (q.value === undefined) {
    const raw = (q.text ?? q.raw).trim();
    return raw === '' || raw === '-' || raw === '－' ? '—' : raw;
  }
  let s = formatNumber(q.value, lang);
  if (q.qualifier && q.qualifier !== 'exact') s = t.qualifier[q.qualifier](s);
  if (q.cumulative) s = `[${s}]`;
  if (q.strive) s = t.strive(s);
  if (q.text) s = `${s}，${q.text}`;
  if (q.footnotes?.length) s += q.footnotes.join('');
  return s;
}

/** Plain text for CSV and sorting: same as formatQuantity but empty for missing values. */
export function quantityText(q: Quantity | undefined, lang: Lang, t: Translation): string {
  const s = formatQuantity(q, lang, t);
  return s === '—' ? '' : s;
}
