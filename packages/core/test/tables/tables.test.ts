import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  decimalReadings,
  extractIndicatorTables,
  IndicatorTableSchema,
  parseCell,
  restoreDecimals,
  splitNameUnit,
  type Indicator,
  type IndicatorTable,
} from '../../src/index.js';
import { goldenName, seed, SEED_001, SEED_002, SEED_003 } from './seeds.js';

const text001 = seed(SEED_001);
const text002 = seed(SEED_002);
const text003 = seed(SEED_003);
const tables001 = extractIndicatorTables(text001);
const tables003 = extractIndicatorTables(text003, { references: [text002] });

const byNumber = (t: IndicatorTable, n: number): Indicator => t.indicators.find((i) => i.number === n)!;
const value = (ind: Indicator, role: string, group?: string) =>
  ind.values.find((v) => v.role === role && (group === undefined || v.group === group));

describe('golden files', () => {
  it.each([
    [SEED_001, tables001],
    [SEED_003, tables003],
  ])('%s matches its golden tables', (name, tables) => {
    const golden = JSON.parse(readFileSync(goldenName(name, 'tables'), 'utf8'));
    expect(JSON.parse(JSON.stringify(tables))).toEqual(golden);
  });

  it('a broken golden file is detected', () => {
    const golden = JSON.parse(readFileSync(goldenName(SEED_003, 'tables'), 'utf8'));
    golden[1].indicators[0].values[0].value = 36;
    expect(JSON.parse(JSON.stringify(tables003))).not.toEqual(golden);
  });

  it('every table validates against the zod model', () => {
    for (const t of [...tables001, ...tables003]) expect(IndicatorTableSchema.safeParse(t).success).toBe(true);
  });
});

describe('001: tab-separated table with anomalies', () => {
  const [table] = tables001;
  it('finds one table, 专栏 1, with 33 rows and its columns', () => {
    expect(tables001).toHaveLength(1);
    expect(table!.panelLabel).toBe('专栏 1');
    expect(table!.panelNumber).toBe(1);
    expect(table!.indicators).toHaveLength(33);
    expect(table!.columns.map((c) => [c.role, c.year])).toEqual([
      ['baseline', 2020],
      ['target', 2025],
      ['other', undefined],
    ]);
  });

  it('keeps clean decimals untouched', () => {
    const gdp = table!.indicators[0]!;
    expect(gdp.numberLabel).toBe('1.1');
    expect(gdp.name).toBe('地区生产总值');
    expect(gdp.unit).toMatchObject({ raw: '亿元', base: '元', multiplier: 1e8, dimension: 'currency' });
    expect(value(gdp, 'baseline')!.value).toBe(2);
    expect(value(gdp, 'other')).toMatchObject({ value: 2, qualifier: 'about' });
    const income = table!.indicators.find((i) => i.numberLabel === undefined && i.number === 4)!;
    expect(value(income, 'baseline')!.value).toBe(21421);
    expect(table!.indicators.every((i) => i.values.every((v) => v.restoration === undefined))).toBe(true);
    expect(table!.diagnostics.some((d) => d.code.startsWith('decimal'))).toBe(false);
  });

  it('reports repeated rows without dropping them', () => {
    const dups = table!.diagnostics.filter((d) => d.code === 'table-row-duplicate');
    expect(dups.map((d) => d.data?.row)).toEqual(['13', '14', '15', '16', '17', '18', '19', '20']);
    expect(dups.every((d) => d.data?.first === '12')).toBe(true);
    expect(dups[0]!.position!.start.line).toBe(306);
  });

  it('reports category counts that do not match the rows', () => {
    const counts = table!.diagnostics.filter((d) => d.code === 'table-category-count');
    expect(counts.map((d) => [d.data?.category, d.data?.found])).toEqual([
      ['一、经济质量（1 个）', 2],
      ['三、创新驱动（1 个）', 4],
      ['四、民生福祉（1 个）', 3],
      ['五、民生福祉（1 个）', 8],
    ]);
    expect(table!.diagnostics.filter((d) => d.code === 'table-category-duplicate')).toHaveLength(16);
  });
});

describe('003: PDF-flattened tables', () => {
  const [review, plan] = tables003;

  it('finds 专栏１ and 专栏２', () => {
    expect(tables003.map((t) => t.panelLabel)).toEqual(['专栏１', '专栏２']);
    expect(review!.columns.map((c) => [c.role, c.year, c.group])).toEqual([
      ['baseline', 2015, undefined],
      ['target', 2020, '规划目标'],
      ['growth', 2020, '规划目标'],
      ['actual', 2020, '实现情况'],
      ['growth', 2020, '实现情况'],
    ]);
  });

  it('专栏２ has 38 indicators numbered 1..38 in 6 categories', () => {
    expect(plan!.indicators.map((i) => i.number)).toEqual(Array.from({ length: 38 }, (_, i) => i + 1));
    expect(plan!.categories.map((c) => [c.name, c.declaredCount])).toEqual([
      ['经济发展', 6],
      ['创新驱动', 8],
      ['“六新”突破与产业升级', 7],
      ['绿色生态', 5],
      ['人的全面发展', 10],
      ['安全保障', 2],
    ]);
    expect(plan!.diagnostics.filter((d) => d.code === 'table-category-count')).toEqual([]);
    expect(plan!.indicators.every((i) => i.attribute !== undefined && i.category !== undefined)).toBe(true);
    expect(plan!.indicators.filter((i) => i.attribute === 'binding').map((i) => i.number)).toEqual([22, 23, 24, 25, 26, 31, 37, 38]);
  });

  it('专栏２ key rows: base, target, growth, attribute', () => {
    const gdp = byNumber(plan!, 1);
    expect(gdp.name).toBe('地区生产总值增长');
    expect(value(gdp, 'baseline')!.value).toBe(3.6);
    expect(value(gdp, 'growth')).toMatchObject({ value: 8, qualifier: 'more-than', growthKind: 'annual-average' });
    const urban = byNumber(plan!, 2);
    expect(value(urban, 'baseline')).toMatchObject({ value: 59.55, year: 2019, footnotes: ['∗'] });
    expect(value(urban, 'target')!.value).toBe(68);
    expect(value(byNumber(plan!, 4), 'baseline')!.value).toBe(38.1);
    expect(value(byNumber(plan!, 5), 'target')).toMatchObject({ value: 12, strive: true, text: '力争达到全国平均水平' });
    expect(byNumber(plan!, 8).parts!.map((p) => [p.name, value(p, 'baseline')!.value, value(p, 'target')!.value])).toEqual([
      ['国家实验室', 0, 1],
      ['国家级重点实验室', 5, 10],
      ['国家级技术创新中心', 0, 1],
      ['国家级工程研究中心', 1, 2],
    ]);
    expect(value(byNumber(plan!, 25), 'growth')!.text).toBe('完成国家下达目标任务');
    const forest = byNumber(plan!, 24);
    expect(value(forest, 'baseline')).toMatchObject({ value: 23.5, restoration: { method: 'clean-copy', confidence: 1 } });
    expect(value(byNumber(plan!, 30), 'baseline')).toMatchObject({ value: 6.5, qualifier: 'about' });
    expect(value(byNumber(plan!, 30), 'target')).toMatchObject({ value: 5.5, qualifier: 'less-than' });
    expect(value(byNumber(plan!, 31), 'baseline')!.value).toBe(11.12);
    expect(value(byNumber(plan!, 35), 'baseline')).toMatchObject({ value: 77.3, year: 2018 });
    expect(value(byNumber(plan!, 35), 'target')!.value).toBe(78.1);
    expect(value(byNumber(plan!, 38), 'baseline')!.value).toBe(10.06);
    expect(byNumber(plan!, 38).unit).toMatchObject({ base: '吨标准煤', multiplier: 1e8 });
  });

  it('专栏１ rows have the 2020 target and the 2020 actual', () => {
    expect(review!.indicators.map((i) => i.number)).toEqual(Array.from({ length: 32 }, (_, i) => i + 1));
    const gdp = byNumber(review!, 1);
    expect(value(gdp, 'baseline')!.value).toBe(11836.39);
    expect(value(gdp, 'growth', '规划目标')).toMatchObject({ value: 6.5, qualifier: 'about' });
    expect(value(gdp, 'actual')!.value).toBe(17651.9);
    expect(value(gdp, 'growth', '实现情况')).toMatchObject({ value: 5.4, restoration: { method: 'clean-copy', confidence: 1 } });
    const urban = byNumber(review!, 2);
    expect(urban.name).toBe('城镇化率');
    expect(urban.parts!.map((p) => p.name)).toEqual(['常住人口城镇化率', '户籍人口城镇化率']);
    expect(value(urban.parts![0]!, 'target')).toMatchObject({ value: 60, qualifier: 'at-least' });
    expect(value(urban.parts![0]!, 'actual')).toMatchObject({ value: 59.55, year: 2019 });
    const life = byNumber(review!, 17);
    expect([value(life, 'baseline')!.value, value(life, 'target')!.value, value(life, 'actual')!.value]).toEqual([74.92, 75.92, 77.3]);
    const forest = byNumber(review!, 26).parts!;
    expect(forest.map((p) => p.name)).toEqual(['森林覆盖率', '森林蓄积量']);
    expect(value(forest[0]!, 'actual')).toMatchObject({ value: 23.5, restoration: { method: 'clean-copy', confidence: 1 } });
    expect(value(forest[1]!, 'growth')).toMatchObject({ value: 0.2, cumulative: true, restoration: { method: 'leading-zero' } });
    expect(byNumber(review!, 27).parts![1]!.name).toBe('全省细颗粒物(PM2.5)浓度下降');
    expect(value(byNumber(review!, 31), 'growth', '规划目标')).toMatchObject({ value: 0.2, qualifier: 'at-most' });
    expect(byNumber(review!, 29).parts).toHaveLength(5);
    expect(review!.notes.find((n) => n.mark === '∗∗')!.text).toBe('2018年数据');
  });

  it('restored decimals match figures printed with decimals in 002', () => {
    // 002 prints: 地区生产总值年均增长5.4%, 森林覆盖率预计达到23.5%, 人均预期寿命较2015年增加2.38岁.
    expect(text002).toContain('地区生产总值年均增长5.4%');
    expect(text002).toContain('森林覆盖率预计达到23.5%');
    expect(text002).toContain('人均预期寿命较2015年增加2.38岁');
    const life = byNumber(review!, 17);
    expect(Math.round((value(life, 'actual')!.value! - value(life, 'baseline')!.value!) * 100) / 100).toBe(2.38);
    expect(value(byNumber(review!, 1), 'growth', '实现情况')!.value).toBe(5.4);
    expect(value(byNumber(plan!, 24), 'baseline')!.value).toBe(23.5);
  });

  it('never presents a guess as certain, and says so with positioned diagnostics', () => {
    for (const t of tables003) {
      const visit = (i: Indicator): void => {
        for (const v of i.values) {
          if (!v.restoration) continue;
          if (v.restoration.confidence === 1) expect(v.restoration.method).toBe('clean-copy');
          expect(v.restoration.digits).toMatch(/^[－-]?[０-９]+$/);
        }
        i.parts?.forEach(visit);
      };
      t.indicators.forEach(visit);
      const uncertain = t.diagnostics.filter((d) => d.code === 'decimal-uncertain');
      expect(uncertain.length).toBeGreaterThan(0);
      expect(uncertain.every((d) => d.position !== undefined && d.severity === 'warning')).toBe(true);
    }
    const cell = value(byNumber(review!, 1), 'baseline')!;
    expect(cell.restoration).toMatchObject({ digits: '１１８３６３９' });
    expect(cell.restoration!.confidence).toBeLessThan(1);
    expect(cell.restoration!.alternatives).toContain(118363.9);
    expect(text003.slice(cell.position!.start.offset, cell.position!.end.offset)).toBe('１１８３６３９');
  });

  it('positions point into the original text', () => {
    const ind = byNumber(plan!, 3);
    expect(text003.slice(ind.position.start.offset, ind.position.end.offset)).toBe('３ 规上工业企业数量(户) ５４００ ＞１００００ － 预期性');
  });
});

const PIPE = `
专栏 1　主要指标

| 序号 | 指标 | 2020年 | 2025年 | 年均增长/[累计] | 属性 |
| --- | --- | --- | --- | --- | --- |
| 一、经济发展（3个） | | | | | |
| 1 | 地区生产总值（亿元） | 1000 | 1340 | 6左右 | 预期性 |
| 2 | 常住人口城镇化率（%） | 60.5 | 65 | [4.5] | 预期性 |
| 二、绿色生态（1个） | | | | | |
| 3 | 单位地区生产总值能源消耗降低（%） | — | — | 完成国家下达目标任务 | 约束性 |

正文继续。
`;

describe('constructed variants', () => {
  it('reads markdown pipe rows, clean decimals untouched', () => {
    const [t] = extractIndicatorTables(PIPE);
    expect(t!.indicators.map((i) => i.name)).toEqual(['地区生产总值', '常住人口城镇化率', '单位地区生产总值能源消耗降低']);
    expect(value(t!.indicators[0]!, 'growth')).toMatchObject({ value: 6, qualifier: 'about', growthKind: 'annual-average' });
    expect(value(t!.indicators[1]!, 'baseline')!.value).toBe(60.5);
    expect(value(t!.indicators[1]!, 'growth')).toMatchObject({ value: 4.5, cumulative: true, growthKind: 'cumulative' });
    expect(t!.indicators[2]!.attribute).toBe('binding');
    expect(t!.diagnostics.filter((d) => d.code === 'table-category-count').map((d) => d.data?.found)).toEqual([2]);
    expect(t!.indicators.every((i) => i.values.every((v) => !v.restoration))).toBe(true);
  });

  it('reads a pipe table typed with full-width rules (｜, －) as the same table', () => {
    const full = PIPE.replace(/\|/g, '｜').replace(/-{3}/g, '－－－');
    expect(full).not.toContain('|');
    const [half] = extractIndicatorTables(PIPE);
    const [t] = extractIndicatorTables(full);
    expect(t).toBeDefined();
    const read = (table: typeof t) => table!.indicators.map((i) => [i.name, i.unit?.raw, i.attribute, i.values.map((v) => v.value)]);
    expect(read(t)).toEqual(read(half));
    // Positions still point at the cells as written: the full-width text around each name.
    const first = t!.indicators[0]!;
    expect(full.slice(first.position.start.offset, first.position.end.offset)).toContain('地区生产总值');
    // An alignment row typed all in full width (｜：－－－｜) is a rule, not a row.
    const aligned = full.replace(/－－－/g, '：－－－');
    expect(read(extractIndicatorTables(aligned)[0])).toEqual(read(half));
  });

  it('splits a table at its header row\'s separator only: a ｜ inside a cell of a | table is text', () => {
    const text = PIPE.replace('| 1 | 地区生产总值（亿元） |', '| 1 | 地区生产总值｜GDP（亿元） |');
    const [t] = extractIndicatorTables(text);
    expect(t!.indicators[0]!.name).toBe('地区生产总值｜GDP');
    expect(t!.indicators[0]!.values.map((v) => v.value)).toEqual([1000, 1340, 6]);
    expect(t!.indicators[0]!.attribute).toBe('expected');
  });

  it('gives every value objects of its own, even where cells read the same', () => {
    const text = PIPE.replace('| 1000 | 1340 | 6左右 |', '| 5-8 | 5-8 | 5-8 |');
    const [t] = extractIndicatorTables(text);
    const [baseline, target] = t!.indicators[0]!.values;
    expect(baseline!.bounds).toEqual({ min: 5, max: 8, minInclusive: true, maxInclusive: true });
    expect(target!.bounds).toEqual(baseline!.bounds);
    expect(target!.bounds).not.toBe(baseline!.bounds);
  });

  it('reads a table flattened to one cell per line', () => {
    const text = ['专栏３　主要指标', '序号', '指标', '2020年', '2025年', '年均增长', '属性', '一、经济发展(2个)', '1', '地区生产总值(亿元)', '1000', '1340', '6左右', '预期性', '2', '人均预期寿命(岁)', '77.3', '78', '—', '预期性', '第二章　下一章'].join('\n');
    const [t] = extractIndicatorTables(text);
    expect(t!.indicators.map((i) => [i.number, i.name, i.values.map((v) => v.value)])).toEqual([
      [1, '地区生产总值', [1000, 1340, 6]],
      [2, '人均预期寿命', [77.3, 78]],
    ]);
    expect(t!.diagnostics.filter((d) => d.code === 'table-category-count')).toEqual([]);
  });

  it('restores lost decimals in a constructed flattened table with arithmetic and ranges', () => {
    const text = ['专栏１　主要指标', '序', '号', '指标名称 ２０２０年 ２０２５年', '年均增长/', '累计', '属性', '一、民生(３个)',
      '１ 城镇调查失业率(％) ５５ ＜５５ － 预期性',
      '２ 森林覆盖率(％) ２３５ ２６ [２５] 约束性',
      '３ 人均预期寿命(岁) ７７３ ７８１ － 预期性', '注:①[]为累计数.'].join('\n');
    const [t] = extractIndicatorTables(text);
    expect(t!.indicators.map((i) => i.values.map((v) => v.value))).toEqual([[5.5, 5.5], [23.5, 26, 2.5], [77.3, 78.1]]);
    const forest = t!.indicators[1]!;
    expect(forest.values[0]!.restoration).toMatchObject({ method: 'arithmetic' });
    expect(forest.values[0]!.restoration!.confidence).toBeLessThan(1);
  });

  it('confirms a reading from a clean copy, not from a dotted run (1.23.5)', () => {
    const text = ['专栏１　主要指标', '序', '号', '指标名称 ２０２０年 ２０２５年', '年均增长/', '累计', '属性', '一、民生(１个)',
      '１ 森林覆盖率(％) ２３５ ２６ [２５] 约束性', '注:①[]为累计数.'].join('\n');
    const forest = (references: string[]) => extractIndicatorTables(text, { references })[0]!.indicators[0]!.values[0]!;
    expect(forest(['全省森林覆盖率达到23.5%。'])).toMatchObject({ value: 23.5, restoration: { method: 'clean-copy', confidence: 1 } });
    expect(forest(['全省森林覆盖率见第1.23.5节。']).restoration!.method).not.toBe('clean-copy');
    expect(forest(['全省森林覆盖率达到23.5.']).restoration!.method).toBe('clean-copy');
  });

  it('reports a truncated table', () => {
    const text = ['专栏２　主要指标', '序号 指标名称 2020年 2025年 属性', '1 地区生产总值(亿元) 1000 1340 预期性', '2 人均预期寿命(岁) 77.3'].join('\n');
    const [t] = extractIndicatorTables(text);
    expect(t!.indicators).toHaveLength(1);
    expect(t!.diagnostics.map((d) => d.code)).toContain('table-truncated');
  });

  it('is deterministic', () => {
    expect(JSON.stringify(extractIndicatorTables(text003, { references: [text002] }))).toBe(JSON.stringify(tables003));
  });

  // No timing assertion: the test timeout only guards against a quadratic hang; speed is in `pnpm bench`.
  it('completes on a 1 MB single line', () => {
    const line = '专栏 1 主要指标'.concat('指标（%）1.2左右'.repeat(80_000));
    expect(() => extractIndicatorTables(line)).not.toThrow();
    const tables = extractIndicatorTables(`专栏1 主要指标\n序号\t指标\t属性\n1\t${'甲'.repeat(1_000_000)}\t预期性\n`);
    expect(tables).toHaveLength(1);
    expect(tables[0]!.indicators[0]!.name).toHaveLength(1_000_000);
    expect(tables[0]!.indicators[0]!.attribute).toBe('expected');
  }, 60_000);
});

describe('cells, units, readings', () => {
  it.each([
    ['６５左右', { value: 65, qualifier: 'about' }],
    ['[≥１７６]', { value: 176, qualifier: 'at-least', cumulative: true }],
    ['[１５]左右', { value: 15, qualifier: 'about', cumulative: true }],
    ['５９５５∗', { value: 5955, footnotes: ['∗'] }],
    ['控制在０２以下', { value: 2, qualifier: 'at-most' }],
    ['＞１００００', { value: 10000, qualifier: 'more-than', bounds: { min: 10000, minInclusive: false } }],
    ['５－８', { bounds: { min: 5, max: 8, minInclusive: true, maxInclusive: true } }],
    ['完成国家下达目标任务', { text: '完成国家下达目标任务' }],
    ['力争8', { value: 8, strive: true }],
    ['21,421', { value: 21421 }],
  ])('parseCell(%s)', (raw, expected) => {
    expect(parseCell(raw)).toMatchObject(expected);
  });

  it('empty cells', () => {
    expect(parseCell('—')).toBeUndefined();
    expect(parseCell('－')).toBeUndefined();
  });

  it('splits names and units', () => {
    expect(splitNameUnit('地区生产总值（亿元）')).toEqual({ name: '地区生产总值', unitRaw: '亿元', notes: [] });
    expect(splitNameUnit('每千人口拥有执业(助理)医师数(人)')).toMatchObject({ name: '每千人口拥有执业(助理)医师数', unitRaw: '人' });
    expect(splitNameUnit('5G网络用户普及率(％)(新基建)')).toEqual({ name: '5G网络用户普及率', unitRaw: '%', notes: ['新基建'] });
  });

  it('reads digits every way', () => {
    expect(decimalReadings('1183639').map((r) => r.value)).toEqual([1183639, 118363.9, 11836.39, 1183.639]);
    expect(decimalReadings('０２').map((r) => r.value)).toEqual([0.2]);
    expect(decimalReadings('8').map((r) => r.value)).toEqual([8]);
  });

  it('restoreDecimals leaves clean tables alone and can be forced off', () => {
    expect(restoreDecimals(tables001[0]!)).toBe(tables001[0]);
    const raw = extractIndicatorTables(text003, { decimals: 'never' });
    expect(value(byNumber(raw[1]!, 1), 'baseline')!.value).toBe(36);
  });
});
