import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SourceText, extractTargets, splitSentences, type Target } from '../src/index.js';

const seed = (name: string): string =>
  readFileSync(fileURLToPath(new URL(`../../../fixtures/seeds/${name}`, import.meta.url)), 'utf8');

/** The fields that say what was found, without sentence and position. */
function brief(t: Target) {
  return {
    indicator: t.indicator,
    kind: t.kind,
    raw: t.quantity.raw,
    value: t.quantity.value,
    qualifier: t.quantity.qualifier,
    unit: t.unit?.raw,
    year: t.year,
    yearStated: t.yearStated,
    ...(t.quantity.strive ? { strive: true } : {}),
  };
}

describe('extractTargets on sentences from the seeds (001: 十五五, 002: 十四五)', () => {
  it('annual growth with 左右 (001)', () => {
    const text = '——高质量发展取得显著成效。经济增长保持在合理区间，地区生产总值年均增长5%左右，全要素生产率稳步提升。';
    const [t, ...rest] = extractTargets(text, { planEndYear: 2030 });
    expect(rest).toEqual([]);
    expect(brief(t!)).toEqual({
      indicator: '地区生产总值',
      kind: 'annual-growth',
      raw: '5%左右',
      value: 5,
      qualifier: 'about',
      unit: '%',
      year: 2030,
      yearStated: false,
    });
    expect(t!.quantity).toEqual({ raw: '5%左右', value: 5, qualifier: 'about' });
    expect(t!.sentence).toBe('经济增长保持在合理区间，地区生产总值年均增长5%左右，全要素生产率稳步提升。');
    // position spans 地区生产总值 … 左右
    expect(text.slice(t!.position.start.offset, t!.position.end.offset)).toBe('地区生产总值年均增长5%左右');
  });

  it('less-than with a space before the number (001)', () => {
    const [t] = extractTargets('就业保持总体稳定，城镇调查失业率低于 5.5%，高质量充分就业取得新进展。', { planEndYear: 2030 });
    expect(brief(t!)).toEqual({
      indicator: '城镇调查失业率',
      kind: 'share',
      raw: '5.5%',
      value: 5.5,
      qualifier: 'less-than',
      unit: '%',
      year: 2030,
      yearStated: false,
    });
    expect(t!.quantity.bounds).toEqual({ max: 5.5, maxInclusive: false });
  });

  it('a stated year in an earlier clause, and 控制在…以内 (001)', () => {
    const text = '优化城镇空间格局，到2030年城镇开发边界总规模控制在4479.1平方千米以内。';
    expect(extractTargets(text).map(brief)).toEqual([
      {
        indicator: '城镇开发边界总规模',
        kind: 'level',
        raw: '4479.1平方千米以内',
        value: 4479.1,
        qualifier: 'at-most',
        unit: '平方千米',
        year: 2030,
        yearStated: true,
      },
    ]);
  });

  it('力争 … 达到 … 以上, two targets in one sentence (001)', () => {
    const text = '到2030年，力争营收达到5000亿元以上，集群化、集团化运行特点更加突出，前5户企业产能占比超过50%。';
    expect(extractTargets(text).map(brief)).toEqual([
      { indicator: '营收', kind: 'level', raw: '5000亿元以上', value: 5000, qualifier: 'at-least', unit: '亿元', year: 2030, yearStated: true, strive: true },
      { indicator: '前5户企业产能占比', kind: 'share', raw: '50%', value: 50, qualifier: 'more-than', unit: '%', year: 2030, yearStated: true, strive: true },
    ]);
  });

  it('累计 with the object before the number, and a second figure in the clause (001)', () => {
    const text = '以永久基本农田为重点，累计建成高标准农田 3050 万亩、改造提升 310 万亩，同步发展高效节水灌溉面积 120 万亩。';
    const found = extractTargets(text, { planEndYear: 2030 });
    expect(found.map(brief)).toEqual([
      { indicator: '建成高标准农田', kind: 'cumulative-change', raw: '3050 万亩', value: 3050, qualifier: 'exact', unit: '万亩', year: 2030, yearStated: false },
      { indicator: '改造', kind: 'cumulative-change', raw: '310 万亩', value: 310, qualifier: 'exact', unit: '万亩', year: 2030, yearStated: false },
    ]);
    expect(found[0]!.quantity.cumulative).toBe(true);
  });

  it('a count before its object (001)', () => {
    const text = '推动大型企业打造一体化数字平台，到2030年培育200户先进级以上智能工厂。';
    expect(extractTargets(text).map(brief)).toEqual([
      { indicator: '先进级以上智能工厂', kind: 'count', raw: '200户先进级以上智能工厂', value: 200, qualifier: 'exact', unit: '户', year: 2030, yearStated: true },
    ]);
  });

  it('a subject carried to the next clause, and a reduction (001)', () => {
    const text = '到2030年，全省非煤矿山总数减少700座，保持在1000座左右。';
    expect(extractTargets(text).map(brief)).toEqual([
      { indicator: '非煤矿山总数', kind: 'reduction', raw: '700座', value: 700, qualifier: 'exact', unit: '座', year: 2030, yearStated: true },
      { indicator: '非煤矿山总数', kind: 'count', raw: '1000座左右', value: 1000, qualifier: 'about', unit: '座', year: 2030, yearStated: true },
    ]);
  });

  it('annual growth in percentage points, and a range (002)', () => {
    expect(extractTargets('新型城镇化建设扎实推进,常住人口城镇化率年均提高1.1个百分点左右。', { planEndYear: 2025 }).map(brief)).toEqual([
      { indicator: '常住人口城镇化率', kind: 'annual-growth', raw: '1.1个百分点左右', value: 1.1, qualifier: 'about', unit: '个百分点', year: 2025, yearStated: false },
    ]);
    const [range] = extractTargets('到2025年,电力外送能力达到5000—6000万千瓦。');
    expect(range!.quantity).toEqual({ raw: '5000—6000万千瓦', bounds: { min: 5000, max: 6000, minInclusive: true, maxInclusive: true } });
    expect(range!.indicator).toBe('电力外送能力');
  });

  it('稳定在…左右 and a comparison base that is not a target year (002)', () => {
    expect(extractTargets('合理控制煤炭开发规模,原煤产量稳定在10亿吨左右。', { planEndYear: 2025 }).map(brief)).toEqual([
      { indicator: '原煤产量', kind: 'level', raw: '10亿吨左右', value: 10, qualifier: 'about', unit: '亿吨', year: 2025, yearStated: false },
    ]);
    const [t] = extractTargets('人均预期寿命较2015年增加2.38岁。', { planEndYear: 2025 });
    expect(brief(t!)).toMatchObject({ indicator: '人均预期寿命', kind: 'cumulative-change', value: 2.38, unit: '岁', year: 2025, yearStated: false });
  });
});

describe('extractTargets on constructed variants', () => {
  it.each<[string, Partial<ReturnType<typeof brief>>]>([
    ['到2030年，抽水蓄能装机达到390万千瓦。', { indicator: '抽水蓄能装机', kind: 'level', value: 390, unit: '万千瓦', year: 2030, yearStated: true }],
    ['单位地区生产总值能耗降低13.5%。', { indicator: '单位地区生产总值能耗', kind: 'reduction', value: 13.5, unit: '%', qualifier: 'exact' }],
    ['常住人口城镇化率达到68%。', { indicator: '常住人口城镇化率', kind: 'share', value: 68, unit: '%' }],
    ['全省城镇新增就业45万人以上。', { indicator: '城镇新增就业', kind: 'cumulative-change', value: 45, unit: '万人', qualifier: 'at-least' }],
    ['粮食产量稳定在1400万吨以上。', { indicator: '粮食产量', kind: 'level', value: 1400, unit: '万吨', qualifier: 'at-least' }],
    ['研发经费投入年均增长7%以上。', { indicator: '研发经费投入', kind: 'annual-growth', value: 7, unit: '%', qualifier: 'at-least' }],
    ['到２０２５年，全省森林覆盖率达到２６．５％。', { indicator: '森林覆盖率', kind: 'share', value: 26.5, unit: '％', year: 2025, yearStated: true }],
    ['人均地区生产总值达到2万美元。', { indicator: '人均地区生产总值', kind: 'level', value: 2, unit: '万美元' }],
    ['“十五五”期间，全省单位地区生产总值二氧化碳排放降低17%左右。', { indicator: '单位地区生产总值二氧化碳排放', kind: 'reduction', value: 17, qualifier: 'about' }],
    ['力争2030年风电、光伏等可再生能源装机新增1亿千瓦。', { indicator: '风电、光伏等可再生能源装机', kind: 'cumulative-change', value: 1, unit: '亿千瓦', year: 2030, strive: true }],
    ['规模以上工业企业数量突破1万户。', { indicator: '规模以上工业企业数量', kind: 'count', value: 1, unit: '万户', qualifier: 'more-than' }],
    ['到2030年，全省非常规水年利用量不低于6.2亿立方米。', { indicator: '非常规水年利用量', kind: 'level', value: 6.2, qualifier: 'at-least', unit: '亿立方米' }],
  ])('%s', (text, expected) => {
    const found = extractTargets(text, { planEndYear: 2030 });
    expect(found).toHaveLength(1);
    expect(brief(found[0]!)).toMatchObject(expected);
  });

  it.each([
    '晋政发〔2021〕7号',
    '本条例自2024年5月1日起施行。',
    '第十四个五年规划和2035年远景目标纲要。',
    '2025年中央1号文件提出，依照第3条第2款处理。',
    '推进“5G+”智慧矿山建设，以持续降低 PM2.5 浓度为主线。',
    '进一步规范和提升12345热线服务。',
    '积极参与和牵头煤炭 2030 国家重大科技任务。',
    '达到2025年的水平。',
    '力争 10 年内实现低级别文物应修尽修。',
    '实施农村电网改造工程，增加10千伏线路供电能力。',
  ])('reports nothing in %s', (text) => {
    expect(extractTargets(text)).toEqual([]);
  });

  it('uses the source and offset for positions', () => {
    const whole = '第一章\n规划目标\n到2030年，抽水蓄能装机达到390万千瓦。';
    const offset = whole.indexOf('到2030年');
    const part = whole.slice(offset);
    const [t] = extractTargets(part, { source: new SourceText(whole), offset });
    expect(t!.position.start).toEqual({ line: 3, column: 8, offset: offset + 7 });
    expect(whole.slice(t!.position.start.offset, t!.position.end.offset)).toBe('抽水蓄能装机达到390万千瓦');
    // Without a source, positions are in `text` itself.
    const [u] = extractTargets(part);
    expect(u!.position.start).toEqual({ line: 1, column: 8, offset: 7 });
  });

  it('leaves the year undefined when none is stated and no plan end is given', () => {
    const [t] = extractTargets('常住人口城镇化率达到68%。');
    expect(t!.year).toBeUndefined();
    expect(t!.yearStated).toBe(false);
  });

  // No timing assertion: the test timeout only guards against a quadratic hang; speed is in `pnpm bench`.
  it('completes on a 1 MB single line', () => {
    const unit = '地区生产总值年均增长5%左右，2025年第3条12345，';
    const line = unit.repeat(Math.ceil(1_000_000 / unit.length)).slice(0, 1_000_000);
    const hostile = '1'.repeat(500_000) + '万'.repeat(250_000) + '达到'.repeat(125_000);
    const found = extractTargets(line);
    extractTargets(hostile);
    expect(found.length).toBeGreaterThan(30_000);
  }, 60_000);
});

describe('splitSentences', () => {
  it('splits at 。！？ and hard line ends, not at PDF wraps', () => {
    expect(splitSentences('甲。乙\n丙')).toEqual([
      { start: 0, end: 2 },
      { start: 2, end: 3 },
      { start: 4, end: 5 },
    ]);
    const wrapped = '全省地区生产总值年均增长百分之五左右并且保\n持稳定。';
    expect(splitSentences(wrapped)).toEqual([{ start: 0, end: wrapped.length }]);
  });
});

describe('extractTargets over whole documents', () => {
  const doc001 = extractTargets(seed('001_f61c2087ba53f0d6.txt'), { planEndYear: 2030 });
  const doc002 = extractTargets(seed('002_28f39d7899324ef3.txt'), { planEndYear: 2025 });

  it('finds the expected number of targets', () => {
    expect(doc001).toHaveLength(51);
    expect(doc002).toHaveLength(40);
  });

  it.each<[string, string, number, string | undefined]>([
    ['001', '地区生产总值', 5, 'about'],
    ['001', '城镇调查失业率', 5.5, 'less-than'],
    ['001', '抽水蓄能装机', 390, 'exact'],
    ['001', '城镇开发边界总规模', 4479.1, 'at-most'],
    ['001', '农产品加工转化率', 75, 'exact'],
    ['001', '黄河流域水土保持率', 68, 'exact'],
    ['001', '高等教育毛入学率', 65, 'exact'],
    ['001', '再生水利用率', 30, 'at-least'],
    ['001', '省级特色专业镇主导产业产值', 8, 'at-least'],
    ['002', '原煤产量', 10, 'about'],
    ['002', '常住人口城镇化率', 1.1, 'about'],
    ['002', '5G基站', 12, 'exact'],
    ['002', '高新技术企业', 5000, 'exact'],
    ['002', '体育人口占比', 40, 'at-least'],
  ])('%s: %s = %d (%s)', (doc, indicator, value, qualifier) => {
    const found = (doc === '001' ? doc001 : doc002).find((t) => t.indicator === indicator && t.quantity.value === value);
    expect(found, `${indicator} ${value}`).toBeDefined();
    expect(found!.quantity.qualifier).toBe(qualifier);
  });

  it('never reports a year-like value or a year outside the plausible range', () => {
    for (const t of [...doc001, ...doc002]) {
      const v = t.quantity.value;
      if (v !== undefined) expect(Number.isInteger(v) && v >= 1949 && v <= 2100 && t.unit?.base === '年').toBe(false);
      expect(v === undefined || !(Number.isInteger(v) && v >= 2000 && v <= 2050 && !t.unit)).toBe(true);
      if (t.year !== undefined) expect(t.year >= 2020 && t.year <= 2035).toBe(true);
      expect(t.indicator.length).toBeGreaterThan(0);
    }
  });

  it('positions point at the indicator in the original text', () => {
    const text = seed('001_f61c2087ba53f0d6.txt');
    for (const t of doc001) {
      const span = text.slice(t.position.start.offset, t.position.end.offset);
      expect(span.startsWith(t.indicator.slice(0, 2)) || span.includes(t.quantity.raw.slice(0, 1))).toBe(true);
    }
  });
});
