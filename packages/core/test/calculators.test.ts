import { describe, expect, it } from 'vitest';
import {
  CalculatorError,
  assessProgress,
  compareTargetsToActuals,
  comparePlans,
  compoundAnnualGrowth,
  inferDirection,
  normalizeIndicatorName,
  parseQuantity,
  parseUnit,
  projectValue,
  requiredAnnualGrowth,
  satisfiesTarget,
  trajectory,
  type Indicator,
  type IndicatorTable,
  type IndicatorValue,
  type Quantity,
} from '../src/index.js';

const uncertain: Quantity = {
  raw: '６５',
  value: 6.5,
  restoration: { digits: '65', method: 'digits-rule', confidence: 0.6 },
};

function code(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    if (error instanceof CalculatorError) return error.code;
    throw error;
  }
  return undefined;
}

describe('compoundAnnualGrowth', () => {
  it('computes CAGR in percent', () => {
    // (121 / 100)^(1/2) − 1 = 1.1 − 1 = 0.10 → 10 %
    expect(compoundAnnualGrowth(100, 121, 2)).toEqual({ value: 10, warnings: [] });
    // (50 / 100)^(1/1) − 1 = −0.5 → −50 %
    expect(compoundAnnualGrowth(100, 50, 1).value).toBe(-50);
    // 山西 2015→2020 GDP 12766→17652 (亿元): (17652/12766)^(1/5) = 1.38274^0.2 = 1.066959 → 6.696 %
    expect(compoundAnnualGrowth(12766, 17652, 5).value).toBeCloseTo(6.696, 3);
    // end 0: (0/100)^(1/4) − 1 = −1 → −100 %
    expect(compoundAnnualGrowth(100, 0, 4).value).toBe(-100);
  });

  it('rejects degenerate input with typed errors', () => {
    expect(code(() => compoundAnnualGrowth(100, 121, 0))).toBe('invalid-years');
    expect(code(() => compoundAnnualGrowth(100, 121, -1))).toBe('invalid-years');
    expect(code(() => compoundAnnualGrowth(0, 121, 2))).toBe('non-positive-value');
    expect(code(() => compoundAnnualGrowth(-5, 121, 2))).toBe('non-positive-value');
    expect(code(() => compoundAnnualGrowth(100, -1, 2))).toBe('negative-value');
    expect(code(() => compoundAnnualGrowth({ raw: '—' }, 121, 2))).toBe('missing-value');
    expect(code(() => compoundAnnualGrowth(Number.NaN, 121, 2))).toBe('not-finite');
  });

  it('warns when an input was restored with confidence < 1', () => {
    // (13 / 6.5)^(1/1) − 1 = 1 → 100 %
    const result = compoundAnnualGrowth(uncertain, 13, 1);
    expect(result.value).toBe(100);
    expect(result.warnings).toEqual([
      expect.objectContaining({ code: 'uncertain-input', input: 'start', confidence: 0.6, digits: '65' }),
    ]);
    // Confidence 1 is certain: no warning.
    const sure = { ...uncertain, restoration: { ...uncertain.restoration!, confidence: 1 } };
    expect(compoundAnnualGrowth(sure, 13, 1).warnings).toEqual([]);
  });
});

describe('requiredAnnualGrowth', () => {
  it('computes the growth needed to reach a target', () => {
    // (150 / 100)^(1/5) = 1.5^0.2 = 1.0844717… → 8.4472 %
    expect(requiredAnnualGrowth(100, 150, 5).value).toBeCloseTo(8.44718, 5);
    // Already there: (100/100)^(1/3) − 1 = 0
    expect(requiredAnnualGrowth(100, 100, 3).value).toBe(0);
    // Target below current: (81/100)^(1/2) − 1 = 0.9 − 1 = −10 %
    expect(requiredAnnualGrowth(100, 81, 2).value).toBe(-10);
  });

  it('names its own arguments in errors and warnings', () => {
    try {
      requiredAnnualGrowth(0, 10, 2);
      expect.unreachable();
    } catch (error) {
      expect((error as CalculatorError).input).toBe('current');
    }
    expect(requiredAnnualGrowth(10, uncertain, 1).warnings[0]?.input).toBe('target');
  });
});

describe('projectValue', () => {
  it('compounds a base value', () => {
    // 100 × 1.1^2 = 121
    expect(projectValue(100, 10, 2)).toEqual({ value: 121, warnings: [] });
    // 0 years: the base itself
    expect(projectValue(100, 10, 0).value).toBe(100);
    // Negative growth: 200 × 0.9^2 = 162
    expect(projectValue(200, -10, 2).value).toBe(162);
    // 山西 GDP 2020 17652 亿元 at 6 % for 5 years: 17652 × 1.06^5 = 17652 × 1.3382255776 = 23622.36…
    expect(projectValue(17652, 6, 5).value).toBeCloseTo(23622.36, 2);
  });

  it('rejects negative years and falls beyond −100 %', () => {
    expect(code(() => projectValue(100, 10, -1))).toBe('invalid-years');
    expect(code(() => projectValue(100, -150, 1))).toBe('negative-value');
  });

  it('carries warnings from a Quantity growth rate', () => {
    // 100 × 1.065 = 106.5
    const result = projectValue(100, uncertain, 1);
    expect(result.value).toBe(106.5);
    expect(result.warnings[0]?.input).toBe('annualGrowthPercent');
  });
});

describe('trajectory', () => {
  it('lists every year from base to end', () => {
    // 100, 100 × 1.1 = 110, 110 × 1.1 = 121, 121 × 1.1 = 133.1
    expect(trajectory(100, 10, 2020, 2023).value).toEqual([
      { year: 2020, value: 100 },
      { year: 2021, value: 110 },
      { year: 2022, value: 121 },
      { year: 2023, value: 133.1 },
    ]);
  });

  it('has one point when from = to, and rejects reversed or fractional years', () => {
    expect(trajectory(5, 3, 2025, 2025).value).toEqual([{ year: 2025, value: 5 }]);
    expect(code(() => trajectory(5, 3, 2025, 2024))).toBe('invalid-years');
    expect(code(() => trajectory(5, 3, 2025.5, 2030))).toBe('invalid-years');
  });
});

describe('parseQuantity', () => {
  it.each<[string, Partial<Quantity>]>([
    ['6.5左右', { value: 6.5, qualifier: 'about' }],
    ['６．５左右', { value: 6.5, qualifier: 'about' }],
    ['[5]', { value: 5, qualifier: 'exact', cumulative: true }],
    ['【13.5】', { value: 13.5, qualifier: 'exact', cumulative: true }],
    ['[-0.5]', { value: -0.5, qualifier: 'exact', cumulative: true }],
    ['≥95', { value: 95, qualifier: 'at-least', bounds: { min: 95, minInclusive: true } }],
    ['>90', { value: 90, qualifier: 'more-than', bounds: { min: 90, minInclusive: false } }],
    ['＞90', { value: 90, qualifier: 'more-than', bounds: { min: 90, minInclusive: false } }],
    ['≤0.2', { value: 0.2, qualifier: 'at-most', bounds: { max: 0.2, maxInclusive: true } }],
    ['<5.5', { value: 5.5, qualifier: 'less-than', bounds: { max: 5.5, maxInclusive: false } }],
    ['5以上', { value: 5, qualifier: 'at-least', bounds: { min: 5, minInclusive: true } }],
    ['95 以上', { value: 95, qualifier: 'at-least', bounds: { min: 95, minInclusive: true } }],
    ['0.2以下', { value: 0.2, qualifier: 'at-most', bounds: { max: 0.2, maxInclusive: true } }],
    ['控制在4479.1以内', { value: 4479.1, qualifier: 'at-most', bounds: { max: 4479.1, maxInclusive: true } }],
    ['控制在0.2以下', { value: 0.2, qualifier: 'at-most', bounds: { max: 0.2, maxInclusive: true } }],
    ['控制在5.5', { value: 5.5, qualifier: 'at-most', bounds: { max: 5.5, maxInclusive: true } }],
    ['力争7', { value: 7, qualifier: 'exact', strive: true }],
    ['力争7以上', { value: 7, qualifier: 'at-least', strive: true, bounds: { min: 7, minInclusive: true } }],
    ['21,421', { value: 21421, qualifier: 'exact' }],
    ['5%左右', { value: 5, qualifier: 'about' }],
    ['2—4', { bounds: { min: 2, max: 4, minInclusive: true, maxInclusive: true } }],
    ['57.5∗', { value: 57.5, qualifier: 'exact', footnotes: ['∗'] }],
    ['3.6**', { value: 3.6, qualifier: 'exact', footnotes: ['**'] }],
    ['95以上∗∗', { value: 95, qualifier: 'at-least', footnotes: ['∗∗'], bounds: { min: 95, minInclusive: true } }],
    ['完成国家下达目标任务', { text: '完成国家下达目标任务' }],
    ['高于全国平均水平', { text: '高于全国平均水平' }],
    ['—', {}],
    ['', {}],
  ])('%s', (raw, expected) => {
    expect(parseQuantity(raw)).toEqual({ raw, ...expected });
  });
});

describe('satisfiesTarget', () => {
  const pct = parseUnit('%');

  it('judges about-targets with ±0.5 points for percentages', () => {
    // |5.4 − 6.5| = 1.1 > 0.5 → not met
    const verdict = satisfiesTarget(5.4, parseQuantity('6.5左右'), { unit: pct });
    expect(verdict).toMatchObject({ status: 'not-met', reason: 'outside-tolerance', tolerance: 0.5 });
    expect(verdict.accepted).toEqual({ min: 6, max: 7, minInclusive: true, maxInclusive: true });
    // |6.1 − 6.5| = 0.4 ≤ 0.5 → met; the unit may also be read from the raw `%`
    expect(satisfiesTarget(6.1, parseQuantity('6.5%左右')).status).toBe('met');
    // 7.2 is above the band, but higher is better → met
    expect(satisfiesTarget(7.2, parseQuantity('6.5左右'), { unit: pct }).status).toBe('not-met');
    expect(satisfiesTarget(7.2, parseQuantity('6.5左右'), { unit: pct, direction: 'higher-is-better' }).status).toBe('met');
  });

  it('judges about-targets with ±5 % relative otherwise, configurable', () => {
    // 10 亿吨左右: band 10 × (1 ± 0.05) = [9.5, 10.5]; 9.6 is inside
    const t = parseQuantity('10左右');
    expect(satisfiesTarget(9.6, t, { unit: parseUnit('亿吨') })).toMatchObject({ status: 'met', tolerance: 0.5 });
    // relative 0.02: band [9.8, 10.2]; 9.6 is outside
    expect(satisfiesTarget(9.6, t, { unit: parseUnit('亿吨'), relativeTolerance: 0.02 }).status).toBe('not-met');
    // absolute tolerance 1 for percentages: 5.4 vs 6.5 → |1.1| > 1 still not met; 5.6 → met
    expect(satisfiesTarget(5.6, parseQuantity('6.5左右'), { unit: pct, absoluteTolerance: 1 }).status).toBe('met');
  });

  it('judges bounds', () => {
    // 0.023 ≤ 0.2 → met
    expect(satisfiesTarget(0.023, parseQuantity('控制在0.2以下'))).toMatchObject({ status: 'met', reason: 'within-bounds' });
    expect(satisfiesTarget(96, parseQuantity('≥95')).status).toBe('met');
    expect(satisfiesTarget(95, parseQuantity('≥95')).status).toBe('met');
    expect(satisfiesTarget(90, parseQuantity('>90')).status).toBe('not-met');
    expect(satisfiesTarget(5.5, parseQuantity('<5.5')).status).toBe('not-met');
    expect(satisfiesTarget(5.2, parseQuantity('低于5.5')).status).toBe('met');
    expect(satisfiesTarget(3, parseQuantity('2—4')).status).toBe('met');
    expect(satisfiesTarget(5, parseQuantity('2—4')).status).toBe('not-met');
  });

  it('treats plain values as levels to reach, in the given direction', () => {
    expect(satisfiesTarget(80.1, parseQuantity('80')).status).toBe('met');
    expect(satisfiesTarget(79.9, parseQuantity('80'))).toMatchObject({ status: 'not-met', reason: 'not-reached' });
    expect(satisfiesTarget(4.9, parseQuantity('5.5'), { direction: 'lower-is-better' }).status).toBe('met');
  });

  it('is not comparable for text targets and missing values', () => {
    expect(satisfiesTarget(3, parseQuantity('完成国家下达目标任务'))).toMatchObject({
      status: 'not-comparable',
      reason: 'text-target',
    });
    expect(satisfiesTarget(3, parseQuantity('—')).reason).toBe('no-target-value');
    expect(satisfiesTarget(undefined, parseQuantity('5')).reason).toBe('missing-value');
    expect(satisfiesTarget({ raw: '—' }, parseQuantity('5')).reason).toBe('missing-value');
  });

  it('warns about an uncertain value or target', () => {
    const verdict = satisfiesTarget(uncertain, parseQuantity('6.5左右'), { unit: pct });
    expect(verdict.status).toBe('met');
    expect(verdict.warnings.map((w) => w.input)).toEqual(['value']);
    expect(satisfiesTarget(7, uncertain).warnings.map((w) => w.input)).toEqual(['target']);
  });
});

describe('assessProgress', () => {
  const higher = 'higher-is-better' as const;

  it('classifies by the ratio of achieved to required CAGR', () => {
    // achieved (110.25/100)^(1/2) − 1 = 5 %; required (140.255/100)^(1/5) − 1 = 7 %; R = 5/7 = 0.714
    const a = assessProgress({
      baseline: { year: 2020, value: 100 },
      current: { year: 2022, value: 110.25 },
      target: { year: 2025, value: 140.255 },
      direction: higher,
    });
    expect(a).toMatchObject({ status: 'needs-acceleration', reason: 'ratio', method: 'compound' });
    expect(a.achievedGrowth).toBeCloseTo(5, 9);
    expect(a.requiredGrowth).toBeCloseTo(7, 4); // 1.07^5 = 1.4025517, so 140.255 is 7 % to 4 decimals
    expect(a.ratio).toBeCloseTo(0.714286, 5);
    // current status (110.25 − 100) / (140.255 − 100) = 10.25 / 40.255 = 0.25463
    expect(a.currentStatus).toBeCloseTo(0.25463, 5);
    // remaining: (140.255 / 110.25)^(1/3) − 1 = 1.27215…^(1/3) − 1 = 8.354 %
    expect(a.remainingRequiredGrowth).toBeCloseTo(8.3546, 3);
  });

  it.each([
    // required 7 %; achieved 7 % → R = 1 → on track; 7 × 0.95 = 6.65 boundary
    [114.49, 'on-track'], // 1.07² = 1.1449
    [104, 'limited-progress'], // 1.04^0.5 − 1 = 1.98 %, R = 0.283
    [98, 'worsening'], // 0.98^0.5 − 1 = −1.01 %, R < 0
    [150, 'target-met'],
  ] as const)('current %d → %s', (current, status) => {
    const a = assessProgress({
      baseline: { year: 2020, value: 100 },
      current: { year: 2022, value: current },
      target: { year: 2025, value: 140.255 },
      direction: higher,
    });
    expect(a.status).toBe(status);
  });

  it('handles lower-is-better (ratio of two negative rates)', () => {
    // unemployment 6 → 5.7 in 2 years, target 5 by 2025 (5 years)
    // achieved (5.7/6)^(1/2) − 1 = −2.532 %; required (5/6)^(1/5) − 1 = −3.582 %; R = 0.7069
    const a = assessProgress({
      baseline: { year: 2020, value: 6 },
      current: { year: 2022, value: 5.7 },
      target: { year: 2025, value: 5 },
      direction: 'lower-is-better',
    });
    expect(a.status).toBe('needs-acceleration');
    expect(a.ratio).toBeCloseTo(0.7069, 3);
    // rising unemployment is worsening
    expect(
      assessProgress({
        baseline: { year: 2020, value: 6 },
        current: { year: 2022, value: 6.3 },
        target: { year: 2025, value: 5 },
        direction: 'lower-is-better',
      }).status,
    ).toBe('worsening');
  });

  it('falls back to linear rates when a value is zero or negative', () => {
    // target 0 deaths: linear achieved (6 − 10)/2 = −2/yr; required (0 − 10)/5 = −2/yr; R = 1
    const a = assessProgress({
      baseline: { year: 2020, value: 10 },
      current: { year: 2022, value: 6 },
      target: { year: 2025, value: 0 },
      direction: 'lower-is-better',
    });
    expect(a).toMatchObject({ method: 'linear', status: 'on-track', ratio: 1, achievedGrowth: -2, requiredGrowth: -2 });
    // negative baseline (net outflow −4 → −1, target +2 by 2026): achieved 3/2 = 1.5, required 6/6 = 1, R = 1.5
    const b = assessProgress({
      baseline: { year: 2020, value: -4 },
      current: { year: 2022, value: -1 },
      target: { year: 2026, value: 2 },
      direction: higher,
    });
    expect(b).toMatchObject({ method: 'linear', status: 'on-track', ratio: 1.5 });
  });

  it('gives typed results for degenerate input, never NaN', () => {
    const base = { baseline: { year: 2020, value: 100 }, target: { year: 2025, value: 120 }, direction: higher };
    expect(assessProgress({ ...base, current: { year: 2020, value: 110 } }).reason).toBe('no-elapsed-time');
    expect(assessProgress({ ...base, current: { year: 2022, value: undefined } }).reason).toBe('missing-value');
    expect(assessProgress({ ...base, current: { year: 2022, value: { raw: '—' } } }).reason).toBe('missing-value');
    expect(assessProgress({ ...base, current: { year: 2022, value: Number.POSITIVE_INFINITY } }).reason).toBe('not-finite');
    expect(
      assessProgress({ ...base, target: { year: 2019, value: 120 }, current: { year: 2022, value: 110 } }).reason,
    ).toBe('invalid-target-year');
    // target equals baseline and current fell below: required 0 → worsening, no ratio, no current status
    const flat = assessProgress({ ...base, target: { year: 2025, value: 100 }, current: { year: 2022, value: 90 } });
    expect(flat).toMatchObject({ status: 'worsening', reason: 'fell-behind-met-target' });
    expect(flat.ratio).toBeUndefined();
    expect(flat.currentStatus).toBeUndefined();
    for (const value of Object.values(flat)) if (typeof value === 'number') expect(Number.isNaN(value)).toBe(false);
  });

  it('applies configurable thresholds and carries warnings', () => {
    const a = assessProgress(
      {
        baseline: { year: 2020, value: uncertain },
        current: { year: 2022, value: 7 },
        target: { year: 2025, value: 9 },
        direction: higher,
      },
      { onTrack: 0.5 },
    );
    // achieved (7/6.5)^(1/2) − 1 = 3.775 %; required (9/6.5)^(1/5) − 1 = 6.721 %; R = 0.5617 ≥ 0.5
    expect(a.status).toBe('on-track');
    expect(a.warnings).toEqual([expect.objectContaining({ code: 'uncertain-input', input: 'baseline' })]);
  });
});

const position = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } };

function indicator(name: string, values: IndicatorValue[], extra: Partial<Indicator> = {}): Indicator {
  return { name, rawName: name, values, cells: [], position, ...extra };
}

function value(raw: string, role: IndicatorValue['role'], year?: number): IndicatorValue {
  return { ...parseQuantity(raw), role, ...(year === undefined ? {} : { year }) };
}

function table(indicators: Indicator[]): IndicatorTable {
  return { title: '主要指标', columns: [], categories: [], indicators, notes: [], diagnostics: [], position };
}

describe('compareTargetsToActuals', () => {
  it('pairs target and actual values of the same year', () => {
    const rows = compareTargetsToActuals(
      table([
        indicator('地区生产总值增长', [value('6.5左右', 'target', 2020), value('5.4', 'actual', 2020)], {
          unit: parseUnit('%'),
        }),
        indicator('城镇调查失业率', [value('5.5以内', 'target', 2020), value('4.8', 'actual', 2020)], {
          unit: parseUnit('%'),
        }),
        indicator('万元地区生产总值能耗降低', [value('完成国家下达目标任务', 'target', 2020), value('15', 'actual', 2020)]),
        indicator('人均预期寿命', [value('78', 'target', 2020)], { unit: parseUnit('岁') }),
        indicator('第三产业增加值', [value('877.0', 'baseline', 2015)]),
      ]),
    );
    expect(rows.map((r) => [r.indicator, r.status, r.reason, r.verdict?.reason])).toEqual([
      // |5.4 − 6.5| = 1.1 > 0.5
      ['地区生产总值增长', 'not-met', 'verdict', 'outside-tolerance'],
      // 4.8 ≤ 5.5
      ['城镇调查失业率', 'met', 'verdict', 'within-bounds'],
      ['万元地区生产总值能耗降低', 'not-comparable', 'verdict', 'text-target'],
      ['人均预期寿命', 'not-comparable', 'no-actual', undefined],
      ['第三产业增加值', 'not-comparable', 'no-target', undefined],
    ]);
    expect(rows[0]!.year).toBe(2020);
  });

  it('compares compound rows part by part and uses the direction of each', () => {
    const rows = compareTargetsToActuals([
      indicator('城镇/农村居民人均可支配收入增长', [], {
        parts: [
          indicator('城镇居民人均可支配收入增长', [value('7', 'target'), value('6.8', 'actual')]),
          indicator('细颗粒物浓度', [value('45', 'target'), value('40', 'actual')]),
        ],
      }),
    ]);
    // 6.8 < 7 not reached; 40 ≤ 45 and 浓度 is lower-is-better → met
    expect(rows.map((r) => [r.indicator, r.status])).toEqual([
      ['城镇居民人均可支配收入增长', 'not-met'],
      ['细颗粒物浓度', 'met'],
    ]);
  });
});

describe('normalizeIndicatorName / inferDirection', () => {
  it.each([
    ['全省地区生产总值（亿元）∗', '地区生产总值'],
    [' 地区 生产总值 (亿元) ', '地区生产总值'],
    ['全市常住人口城镇化率（%）', '常住人口城镇化率'],
    ['每千人口拥有执业（助理）医师（人）', '每千人口拥有执业助理医师'],
    ['“双一流”建设高校数', '双一流建设高校数'],
  ])('%s → %s', (raw, key) => {
    expect(normalizeIndicatorName(raw)).toBe(key);
  });

  it('infers direction from the name', () => {
    expect(inferDirection('城镇调查失业率')).toBe('lower-is-better');
    expect(inferDirection('单位地区生产总值能耗')).toBe('lower-is-better');
    expect(inferDirection('人均预期寿命')).toBe('higher-is-better');
  });
});

describe('comparePlans', () => {
  const plan14 = table([
    indicator('地区生产总值', [value('17652', 'baseline', 2020), value('28000左右', 'target', 2025)], {
      rawName: '地区生产总值（亿元）',
      unit: parseUnit('亿元'),
    }),
    indicator('城镇调查失业率', [value('5.5以内', 'target', 2025)], { rawName: '城镇调查失业率（%）', unit: parseUnit('%') }),
    indicator('高质量发展指数', [value('高于全国平均水平', 'target', 2025)]),
    indicator('人均预期寿命', [value('78', 'target', 2025)], { rawName: '人均预期寿命（岁）' }),
    indicator('森林覆盖率', [value('26', 'target', 2025)], { rawName: '森林覆盖率（%）' }),
    indicator('粮食产量', [value('1400', 'target', 2025)], { rawName: '粮食产量（万吨）', unit: parseUnit('万吨') }),
  ]);
  const plan15 = table([
    // A level target in 亿元 against a baseline in 万亿元, to exercise unit conversion.
    indicator('全省地区生产总值', [value('2.6', 'baseline', 2025)], { rawName: '全省地区生产总值（万亿元）', unit: parseUnit('万亿元') }),
    indicator('城镇调查失业率', [value('5.1', 'baseline', 2025)], { rawName: '城镇调查失业率(%)', unit: parseUnit('%') }),
    indicator('人均预期寿命', [value('78.5', 'baseline', 2024)], { rawName: '人均预期寿命（岁）' }),
    indicator('森林覆盖率', [value('25.0', 'baseline', 2025)], { rawName: '森林覆盖率（%）' }),
    indicator('粮食产量', [value('1.4', 'baseline', 2025)], { rawName: '粮食产量（亿千瓦）', unit: parseUnit('亿千瓦') }),
    indicator('新型储能装机', [value('1000', 'baseline', 2025), value('2500', 'target', 2030)], { rawName: '新型储能装机（万千瓦）' }),
  ]);

  it('matches by normalized name and judges the later baseline against the earlier target', () => {
    const { rows, unmatchedLater } = comparePlans(plan14, plan15);
    expect(rows.map((r) => [r.indicator, r.status, r.reason])).toEqual([
      // 2.6 万亿元 → 26000 亿元; "28000左右", ±5 % = ±1400, higher is better → accepted ≥ 26600 → not met
      ['地区生产总值', 'not-met', 'verdict'],
      // 5.1 ≤ 5.5
      ['城镇调查失业率', 'met', 'verdict'],
      ['高质量发展指数', 'not-comparable', 'no-match'],
      // baseline 2024 ≠ target 2025
      ['人均预期寿命', 'not-comparable', 'year-mismatch'],
      // 25.0 < 26
      ['森林覆盖率', 'not-met', 'verdict'],
      // 万吨 vs 亿千瓦: different bases
      ['粮食产量', 'not-comparable', 'unit-mismatch'],
    ]);
    expect(rows[0]!.baselineValue).toBe(26000);
    expect(unmatchedLater).toEqual(['新型储能装机']);
  });
});
