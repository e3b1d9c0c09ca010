import { describe, expect, it } from 'vitest';
import {
  decode,
  extractIndicatorTables,
  extractPanels,
  extractTargets,
  parseAll,
  parseDocument,
  planEndYear,
  SourceText,
  type ParseResult,
  type PolicyDocument,
} from '../../src/index.js';
import { SEEDS, seed } from '../helpers.js';

const documentsOf = (r: ParseResult): PolicyDocument[] => (r.kind === 'gazette' ? r.documents : [r]);

/** What a caller gets from the four functions called apart, targets document by document. */
function separately(text: string) {
  const result = parseDocument(text);
  const tables = extractIndicatorTables(text);
  const panels = extractPanels(text);
  const targets = documentsOf(result).flatMap((doc) => {
    const { start, end } = { start: doc.position.start.offset, end: doc.position.end.offset };
    const year = planEndYear(doc.meta);
    const found = extractTargets(text.slice(start, end), { source: new SourceText(text), offset: start, ...(year ? { planEndYear: year } : {}) });
    return doc.meta.title === undefined ? found : found.map((t) => ({ document: doc.meta.title, ...t }));
  });
  return { result, tables, panels, targets };
}

describe('parseAll', () => {
  for (const name of Object.keys(SEEDS) as Array<keyof typeof SEEDS>) {
    it(`${name}: shares one analysis and gives what the four functions give apart`, () => {
      const bytes = seed(name);
      const all = parseAll(bytes);
      expect(all).toEqual(separately(decode(bytes).text));
    });
  }

  it('resolves each bundled plan’s targets to its own period (003: the 14th plan → 2025)', () => {
    const { result, targets } = parseAll(seed('gazette'));
    expect(result.kind).toBe('gazette');
    const plan = targets.filter((t) => t.document?.includes('第十四个五年规划'));
    expect(plan.length).toBeGreaterThan(20);
    expect(plan.filter((t) => !t.yearStated).every((t) => t.year === 2025)).toBe(true);
    // Documents that are not plans leave unstated years unresolved.
    const other = targets.filter((t) => t.document !== undefined && planEndYear({ title: t.document }) === undefined);
    expect(other.filter((t) => !t.yearStated).every((t) => t.year === undefined)).toBe(true);
  });

  it('takes a fixed plan end year, and the decimals option of the tables', () => {
    const forced = parseAll(seed('plan15'), { planEndYear: 2035 });
    expect(forced.targets.filter((t) => !t.yearStated).every((t) => t.year === 2035)).toBe(true);
    const never = parseAll(seed('gazette'), { decimals: 'never' });
    expect(never.tables).toEqual(extractIndicatorTables(decode(seed('gazette')).text, { decimals: 'never' }));
  });

  it('throws the typed error for unusable input, as parseDocument does', () => {
    expect(() => parseAll(new Uint8Array())).toThrowError(expect.objectContaining({ code: 'empty-input' }));
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
