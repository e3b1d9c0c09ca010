import { describe, expect, it } from 'vitest';
import {
  decode,
  extractIndicatorTables,
  extractPanels,
  extractTargets,
  foldWidth,
  parseAll,
  parseDocument,
  planEndYear,
  SourceText,
  type DocumentTarget,
  type Node,
  type ParseResult,
  type PolicyDocument,
} from '../../src/index.js';
import { isReviewHeading } from '../../src/targets/review-sections.js';
import { SEEDS, seed } from '../helpers.js';

const documentsOf = (r: ParseResult): PolicyDocument[] => (r.kind === 'gazette' ? r.documents : [r]);

describe('parseAll', () => {
  for (const name of Object.keys(SEEDS) as Array<keyof typeof SEEDS>) {
    it(`${name}: shares one analysis; tree, tables and panels are what the functions give apart`, () => {
      const bytes = seed(name);
      const text = decode(bytes).text;
      const all = parseAll(bytes);
      expect(all.result).toEqual(parseDocument(text));
      expect(all.tables).toEqual(extractIndicatorTables(text));
      expect(all.panels).toEqual(extractPanels(text));
      // Targets: each position ends with the quantity as written, inside its own document.
      const documents = documentsOf(all.result);
      for (const t of all.targets) {
        const span = foldWidth(text.slice(t.position.start.offset, t.position.end.offset)).replace(/\s/g, '');
        expect(span.endsWith(foldWidth(t.quantity.raw).replace(/\s/g, ''))).toBe(true);
        const doc = documents.find((d) => d.position.start.offset <= t.position.start.offset && t.position.end.offset <= d.position.end.offset);
        expect(doc?.meta.title).toBe(t.document);
      }
    });
  }

  it('reads targets from rejoined paragraphs: the PDF copy of the 14th plan (003) gives every target of its web copy (002)', () => {
    const key = (t: DocumentTarget) => `${t.review ? 'review: ' : ''}${t.indicator}`;
    const web = parseAll(seed('plan14')).targets.map(key);
    const pdf = new Set(parseAll(seed('gazette')).targets.filter((t) => t.document?.startsWith('山西省国民经济和社会发展第十四个五年规划')).map(key));
    expect(web).toHaveLength(40);
    // Lines broken mid-word by the PDF no longer cut indicators (产总值 for 地区生产总值).
    expect(web.filter((k) => !pdf.has(k))).toEqual([]);
    expect(pdf.has('review: 地区生产总值')).toBe(true);
  });

  it('marks results in review sections and gives them no plan year; goals get the plan’s end', () => {
    const plan14 = parseAll(seed('plan14')).targets;
    const review = plan14.filter((t) => t.review);
    expect(review).toHaveLength(20); // 第一节 “十三五”发展成就
    expect(review.find((t) => t.indicator === '地区生产总值')).toMatchObject({ kind: 'annual-growth', quantity: { value: 5.4 } });
    expect(review.every((t) => t.year === undefined || t.yearStated)).toBe(true);
    expect(plan14.filter((t) => !t.review && !t.yearStated).every((t) => t.year === 2025)).toBe(true);

    const plan15 = parseAll(seed('plan15')).targets;
    expect(plan15.filter((t) => t.review).map((t) => t.indicator)).toEqual(['地区生产总值', '人均GDP', '新能源和清洁能源装机占比']); // 第一节 发展基础
    const gdp = plan15.find((t) => t.indicator === '地区生产总值' && t.kind === 'annual-growth');
    expect(gdp).toMatchObject({ year: 2030, yearStated: false });
    expect(gdp?.review).toBeUndefined();

    // 003: the work report's “十三五”时期工作回顾 and the plan report's 2020年…计划执行情况.
    const gazette = parseAll(seed('gazette')).targets.filter((t) => t.review);
    expect(new Set(gazette.map((t) => t.document))).toEqual(
      new Set([
        '政府工作报告',
        '山西省国民经济和社会发展第十四个五年规划和2035年远景目标纲要',
        '关于山西省2020年国民经济和社会发展计划执行情况与2021年国民经济和社会发展计划草案的报告',
      ]),
    );
  });

  it('resolves each bundled document’s targets to its own plan period (003: the 14th plan → 2025, reports → none)', () => {
    const { targets } = parseAll(seed('gazette'));
    const plan = targets.filter((t) => t.document === '山西省国民经济和社会发展第十四个五年规划和2035年远景目标纲要' && !t.review);
    expect(plan.length).toBeGreaterThan(20);
    expect(plan.filter((t) => !t.yearStated).every((t) => t.year === 2025)).toBe(true);
    const other = targets.filter((t) => t.document !== undefined && planEndYear({ title: t.document }) === undefined);
    expect(other.length).toBeGreaterThan(50);
    expect(other.filter((t) => !t.yearStated).every((t) => t.year === undefined)).toBe(true);
  });

  it('takes a fixed plan end year, and the decimals option of the tables', () => {
    const forced = parseAll(seed('plan15'), { planEndYear: 2035 });
    expect(forced.targets.filter((t) => !t.yearStated && !t.review).every((t) => t.year === 2035)).toBe(true);
    const never = parseAll(seed('gazette'), { decimals: 'never' });
    expect(never.tables).toEqual(extractIndicatorTables(decode(seed('gazette')).text, { decimals: 'never' }));
  });

  it('throws the typed error for unusable input, as parseDocument does', () => {
    expect(() => parseAll(new Uint8Array())).toThrowError(expect.objectContaining({ code: 'empty-input' }));
  });
});

describe('review headings', () => {
  const heading = (title: string, type: Node['type'] = 'section'): Node => ({ type, title, children: [], position: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } } });
  it('are the labels of a review of the past period, whole', () => {
    for (const title of ['发展基础', '“十三五”发展成就', '“十三五”时期工作回顾', '2020年工作回顾', '过去五年工作回顾', '主要成就', '2020年国民经济和社会发展计划执行情况']) {
      expect(isReviewHeading(heading(title)), title).toBe(true);
    }
  });
  it('are not goals that merely use the words, nor run-in titles of paragraphs', () => {
    for (const title of ['夯实农业发展基础', '主要目标', '巩固拓展脱贫攻坚成果', '2021年工作安排', '“十四五”时期经济社会发展的指导思想和目标任务']) {
      expect(isReviewHeading(heading(title)), title).toBe(false);
    }
    expect(isReviewHeading(heading('发展基础', 'text'))).toBe(false);
  });
});

describe('planEndYear', () => {
  it('reads the n-th five-year plan, a “十X五” plan and a YYYY—YYYY period from the title', () => {
    expect(planEndYear({ title: '山西省国民经济和社会发展第十四个五年规划和2035年远景目标纲要' })).toBe(2025);
    expect(planEndYear({ title: '关于印发山西省国民经济和社会发展第十五个五年规划纲要的通知' })).toBe(2030);
    expect(planEndYear({ title: '“十三五”规划' })).toBe(2020);
    expect(planEndYear({ title: '山西省“十四五”新型基础设施建设规划' })).toBe(2025);
    expect(planEndYear({ title: '太原市国土空间总体规划（2021—2035年）' })).toBe(2035);
    expect(planEndYear({ title: '某某条例' })).toBeUndefined();
    expect(planEndYear({})).toBeUndefined();
  });
});

describe('SourceText shared work', () => {
  it('folds once and derives a value once per source', () => {
    const src = new SourceText('２０３０年达到５０％');
    expect(src.folded).toBe('2030年达到50%');
    expect(src.folded).toBe(src.folded);
    let calls = 0;
    const count = (s: SourceText) => (calls++, s.length);
    expect(src.derive(count)).toBe(10);
    expect(src.derive(count)).toBe(10);
    expect(calls).toBe(1);
  });

  it('extractTargets folds the text itself when it is not the source’s own at that offset', () => {
    const source = new SourceText('无关的文字。');
    const [target] = extractTargets('粮食产量达到１５０亿斤。', { source, offset: 0 });
    expect(target).toMatchObject({ indicator: '粮食产量', quantity: { value: 150 } });
  });
});
