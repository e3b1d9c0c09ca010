import { describe, expect, it } from 'vitest';
import { decode, parseAll, parseUnit, type Target } from '../../src/index.js';
import { restoreTargetDecimals, showsLostDecimalPoints } from '../../src/targets/restore-decimals.js';
import { seed } from '../helpers.js';

const target = (indicator: string, kind: Target['kind'], raw: string, value: number, unit?: string): Target => ({
  indicator,
  kind,
  quantity: { raw, value, qualifier: 'exact' },
  ...(unit ? { unit: { ...parseUnit(unit), raw: unit } } : {}),
  yearStated: false,
  sentence: raw,
  position: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } },
});

describe('showsLostDecimalPoints', () => {
  const clean = Array.from({ length: 30 }, (_, i) => `指标${i}增长${i % 9}.${i % 7}%，`).join('');
  const lost = Array.from({ length: 30 }, (_, i) => `指标${i}增长${(i % 9) + 1}${i % 7}${i % 3 === 0 ? 5 : ''}%，`).join('');
  it('sees many percentages with no point and several above 100 %', () => {
    expect(showsLostDecimalPoints(lost)).toBe(true);
    expect(showsLostDecimalPoints(decode(seed('gazette')).text.replace(/[０-９％．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)))).toBe(true);
  });
  it('not in clean text, nor in text whose whole percentages are all plausible, nor in a short text', () => {
    expect(showsLostDecimalPoints(clean)).toBe(false);
    expect(showsLostDecimalPoints(Array.from({ length: 30 }, (_, i) => `比例不低于${10 + i}%。`).join(''))).toBe(false);
    expect(showsLostDecimalPoints('增长540%，增长690%，增长1200%。')).toBe(false);
    for (const name of ['decision', 'plan15', 'plan14', 'regulation'] as const) expect(showsLostDecimalPoints(decode(seed(name)).text), name).toBe(false);
  });
  it('counts a percentage as `(?<![\\d.])(\\d+(?:\\.\\d+)?)\\s*%` reads it: spaces before the sign, no point before or doubled', () => {
    // 19 lost percentages, 4 above 100: one short of the 20 the detector asks for.
    const nineteen = Array.from({ length: 19 }, (_, i) => `增长${i < 4 ? 544 + i : 54}%，`).join('');
    expect(showsLostDecimalPoints(nineteen)).toBe(false);
    expect(showsLostDecimalPoints(`${nineteen}增长54 \u3000%`)).toBe(true);
    // Not a percentage: after a point, a doubled point, a sign alone, a point with no digits.
    expect(showsLostDecimalPoints(`${nineteen}版本.54%，1.2.5%，%，增长.%，54.%`)).toBe(false);
  });
});

describe('restoreTargetDecimals', () => {
  it('reads a growth rate within ±30 %: ５４％ → 5.4, the only plausible reading', () => {
    const restored = restoreTargetDecimals(target('地区生产总值', 'annual-growth', '５４％', 54, '%'));
    expect(restored.quantity).toMatchObject({ value: 5.4, restoration: { digits: '54', method: 'range', confidence: 0.7 } });
  });
  it('keeps the other plausible readings as alternatives, with low confidence', () => {
    const restored = restoreTargetDecimals(target('重刑率', 'share', '５４４７％', 5447, '%'));
    expect(restored.quantity).toMatchObject({ value: 54.47, restoration: { method: 'range', confidence: 0.4, alternatives: [5.447] } });
  });
  it('reads a leading zero as a point after it', () => {
    expect(restoreTargetDecimals(target('利率', 'reduction', '０２个百分点', 2, '个百分点')).quantity).toMatchObject({ value: 0.2, restoration: { method: 'leading-zero' } });
  });
  it('keeps whole counts, written points, single digits and ranges as they are', () => {
    for (const t of [
      target('战略性新兴产业集群', 'count', '１４个', 14, '个'),
      target('森林覆盖率', 'share', '23.5%', 23.5, '%'),
      target('增速', 'annual-growth', '5%', 5, '%'),
      { ...target('电力外送能力', 'level', '5000—6000万千瓦', 0, '万千瓦'), quantity: { raw: '5000—6000万千瓦', bounds: { min: 5000, max: 6000 } } },
    ]) {
      expect(restoreTargetDecimals(t), t.indicator).toBe(t);
    }
  });
  it('flags an absolute amount it cannot bound, keeping it as written', () => {
    expect(restoreTargetDecimals(target('年产量', 'level', '８５２亿立方米', 852, '亿立方米')).quantity).toMatchObject({
      value: 852,
      restoration: { method: 'as-written', confidence: 0.3, alternatives: [85.2, 8.52] },
    });
    expect(restoreTargetDecimals(target('年输气能力', 'level', '300亿立方米', 300, '亿立方米')).quantity).toMatchObject({
      value: 300,
      restoration: { method: 'as-written', confidence: 0.3, alternatives: [30, 3] },
    });
  });
});

describe('parseAll restores lost decimal points in targets', () => {
  const planTargets = (decimals: 'auto' | 'never') =>
    parseAll(seed('gazette'), { decimals }).targets.filter((t) => t.document?.startsWith('山西省国民经济和社会发展第十四个五年规划'));
  const web = parseAll(seed('plan14')).targets;
  const agreeing = (pdf: Target[]) => {
    const left = [...pdf];
    return web.filter((w) => {
      const i = left.findIndex((p) => p.indicator === w.indicator);
      return i >= 0 && left.splice(i, 1)[0]!.quantity.value === w.quantity.value;
    }).length;
  };
  it('the PDF copy of the 14th plan (003) agrees with its web copy (002) on 36 of 40 values, 29 without restoring', () => {
    expect(agreeing(planTargets('auto'))).toBe(36);
    expect(agreeing(planTargets('never'))).toBe(29);
  });
  it('never touches a clean text', () => {
    for (const name of ['plan15', 'plan14'] as const) expect(parseAll(seed(name)).targets.filter((t) => t.quantity.restoration)).toEqual([]);
  });
});
