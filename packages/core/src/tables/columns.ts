import type { IndicatorColumn } from '../models/indicator.js';
import { foldWidth } from '../normalize/width.js';

/** What the header says about the table's layout. */
export interface HeaderLayout {
  /** Value columns, in order (序号, 指标 and 属性 excluded). */
  columns: IndicatorColumn[];
  hasNumber: boolean;
  hasAttribute: boolean;
}

const SPAN = /规划目标|实现情况|完成情况|实际完成|目标值/g;

interface Leaf {
  label: string;
  at: number;
  kind: 'year' | 'growth' | 'other';
  year?: number;
  target?: boolean;
  actual?: boolean;
}

/**
 * Read the value columns from header text. Works on a one-line header (tab or pipe cells) and on
 * a flattened two-level header (`指标 2015年 规划目标 实现情况 2020年 累计或年均增长 2020年 …`):
 * columns standing before the first spanning label (规划目标, 实现情况) stand alone; the columns
 * after them are shared out among the spans in order.
 */
export function readHeader(headerText: string): HeaderLayout {
  const text = foldWidth(headerText).replace(/[\u3000]/g, ' ');
  const leaves: Leaf[] = [];
  const leafPattern =
    /(\d{4})\s*年\s*(目标|实际|预计)?|(?:累计或\s*)?年均增长(?:率)?\s*(?:[/／或]\s*[[［【]?\s*累计\s*[\]］】]?|[(（[［]\s*累计\s*[)）\]］])?|年均增速|累计(?:增长|变化|下降)?|单位\s*[/／]\s*备注|备注|单位/g;
  for (const m of text.matchAll(leafPattern)) {
    const label = m[0].replace(/\s+/g, '');
    if (m[1]) {
      leaves.push({
        label,
        at: m.index,
        kind: 'year',
        year: Number(m[1]),
        target: m[2] === '目标',
        actual: m[2] === '实际',
      });
    } else if (/年均|累计/.test(label)) {
      leaves.push({ label, at: m.index, kind: 'growth' });
    } else {
      leaves.push({ label, at: m.index, kind: 'other' });
    }
  }
  const spans = [...text.matchAll(SPAN)].map((m) => ({ label: m[0], at: m.index }));
  const columns: IndicatorColumn[] = [];
  const firstSpanAt = spans.length > 0 ? spans[0]!.at : Infinity;
  const standalone = leaves.filter((l) => l.at < firstSpanAt);
  const spanned = leaves.filter((l) => l.at >= firstSpanAt);
  const years = standalone.filter((l) => l.kind === 'year');
  const firstYear = years[0]?.year;
  let lastYear: number | undefined;
  for (const leaf of standalone) {
    if (leaf.kind === 'year') {
      let role: IndicatorColumn['role'] = 'target';
      if (leaf.actual) role = 'actual';
      else if (leaf.target) role = 'target';
      else if (leaf.year === firstYear && (years.length > 1 || spans.length > 0)) role = 'baseline';
      else if (years.length === 1 && spans.length === 0) role = 'baseline';
      columns.push({ label: leaf.label, role, year: leaf.year });
      lastYear = leaf.year;
    } else if (leaf.kind === 'growth') {
      const col: IndicatorColumn = { label: leaf.label, role: 'growth' };
      const targetYear = years.length > 1 ? years[years.length - 1]!.year : lastYear;
      if (targetYear !== undefined) col.year = targetYear;
      columns.push(col);
    } else {
      columns.push({ label: leaf.label, role: 'other' });
    }
  }
  if (spans.length > 0 && spanned.length > 0) {
    const per = Math.max(1, Math.round(spanned.length / spans.length));
    spanned.forEach((leaf, i) => {
      const span = spans[Math.min(spans.length - 1, Math.floor(i / per))]!;
      const actual = /实现|实际|完成/.test(span.label);
      if (leaf.kind === 'year') {
        columns.push({ label: leaf.label, role: actual ? 'actual' : 'target', year: leaf.year, group: span.label });
        lastYear = leaf.year;
      } else if (leaf.kind === 'growth') {
        const col: IndicatorColumn = { label: leaf.label, role: 'growth', group: span.label };
        if (lastYear !== undefined) col.year = lastYear;
        columns.push(col);
      } else {
        columns.push({ label: leaf.label, role: 'other', group: span.label });
      }
    });
  }
  return {
    columns,
    hasNumber: /序\s*号|序$|^\s*序/.test(text),
    hasAttribute: /属\s*性/.test(text),
  };
}

/** True when a line looks like part of an indicator-table header. */
export function isHeaderish(line: string): boolean {
  const text = foldWidth(line);
  return /序\s*号|指\s*标|属\s*性|\d{4}\s*年|年均增长|累计|规划目标|实现情况|目标|备注|单位/.test(text);
}
