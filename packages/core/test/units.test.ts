import { describe, expect, it } from 'vitest';
import {
  UNIT_PATTERN_SOURCE,
  UnitError,
  convertQuantity,
  parseUnit,
  parseUnitFromName,
  safeParseUnit,
} from '../src/index.js';
import { parseKnownUnit, unitMeaning } from '../src/units/parse-unit.js';

describe('parseUnit', () => {
  it.each([
    ['元', '元', 1, 'currency'],
    ['亿元', '元', 1e8, 'currency'],
    ['万亿元', '元', 1e12, 'currency'],
    ['万元', '元', 1e4, 'currency'],
    ['百万元', '元', 1e6, 'currency'],
    ['千元', '元', 1e3, 'currency'],
    ['万千瓦', '千瓦', 1e4, 'power'],
    ['千瓦', '千瓦', 1, 'power'],
    ['亿千瓦时', '千瓦时', 1e8, 'energy'],
    ['万吨标准煤', '吨标准煤', 1e4, 'energy'],
    ['万吨', '吨', 1e4, 'mass'],
    ['亿立方米', '立方米', 1e8, 'volume'],
    ['平方千米', '平方千米', 1, 'area'],
    ['万公顷', '公顷', 1e4, 'area'],
    ['万亩', '亩', 1e4, 'area'],
    ['公里', '公里', 1, 'length'],
    ['千米', '千米', 1, 'length'],
    ['万人', '人', 1e4, 'people'],
    ['个', '个', 1, 'count'],
    ['家', '家', 1, 'count'],
    ['户', '户', 1, 'count'],
    ['张', '张', 1, 'count'],
    ['件', '件', 1, 'count'],
    ['所', '所', 1, 'count'],
    ['岁', '岁', 1, 'time'],
    ['年', '年', 1, 'time'],
    ['小时', '小时', 1, 'time'],
    ['%', '%', 1, 'percent'],
    ['％', '%', 1, 'percent'],
    ['‰', '‰', 1, 'permille'],
    ['个百分点', '个百分点', 1, 'percentage-point'],
    ['1/10万', '1/10万', 1, 'per-100k'],
    ['１／１０万', '1/10万', 1, 'per-100k'],
    ['人/亿元', '人/元', 1e-8, 'ratio'],
    ['元/人', '元/人', 1, 'ratio'],
    ['吨/万元', '吨/元', 1e-4, 'ratio'],
    ['克标准煤/千瓦时', '克标准煤/千瓦时', 1, 'ratio'],
  ] as const)('%s → base %s × %d (%s)', (raw, base, multiplier, dimension) => {
    expect(parseUnit(raw)).toEqual({ raw, base, multiplier, dimension });
  });

  it('ignores surrounding spaces', () => {
    expect(parseUnit(' 万千瓦 ')).toMatchObject({ base: '千瓦', multiplier: 1e4 });
  });

  it('parses a bare magnitude as dimension other', () => {
    expect(parseUnit('万')).toEqual({ raw: '万', base: '', multiplier: 1e4, dimension: 'other' });
  });

  it('throws typed errors with stable codes', () => {
    expect(() => parseUnit('')).toThrow(UnitError);
    try {
      parseUnit('斤两');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(UnitError);
      expect((error as UnitError).code).toBe('unknown-unit');
      expect((error as UnitError).raw).toBe('斤两');
    }
    try {
      parseUnit('  ');
    } catch (error) {
      expect((error as UnitError).code).toBe('empty-unit');
    }
  });

  it('allows unknown units on request', () => {
    expect(parseUnit('标准箱次', { allowUnknown: true })).toEqual({
      raw: '标准箱次',
      base: '标准箱次',
      multiplier: 1,
      dimension: 'other',
    });
  });

  it('safeParseUnit returns a result instead of throwing', () => {
    expect(safeParseUnit('亿元')).toEqual({
      success: true,
      data: { raw: '亿元', base: '元', multiplier: 1e8, dimension: 'currency' },
    });
    const bad = safeParseUnit('斤两');
    expect(bad.success).toBe(false);
    if (!bad.success) expect(bad.error.code).toBe('unknown-unit');
  });
});

describe('unitMeaning and parseKnownUnit', () => {
  it('reads folded, space-free unit text as parseUnit does, without raw', () => {
    for (const text of ['万千瓦', '吨/万元', '1/10万', '%', '万']) {
      const { raw: _raw, ...meaning } = parseUnit(text);
      expect(unitMeaning(text)).toEqual(meaning);
    }
    expect(unitMeaning('斤两')).toBeUndefined();
  });

  it('returns undefined where parseUnit throws', () => {
    expect(parseKnownUnit(' 万 千瓦 ')).toEqual(parseUnit(' 万 千瓦 '));
    expect(Object.keys(parseKnownUnit('亿元')!)).toEqual(['raw', 'base', 'multiplier', 'dimension']);
    expect(parseKnownUnit('斤两')).toBeUndefined();
    expect(parseKnownUnit('  ')).toBeUndefined();
  });
});

describe('convertQuantity', () => {
  it('converts between prefixes of one base', () => {
    // 390 万千瓦 = 390 × 10^4 千瓦 = 3 900 000 千瓦
    expect(convertQuantity(390, '万千瓦', '千瓦')).toBe(3_900_000);
    // 390 × 10^4 / 10^8 = 0.039 亿千瓦 (rounded, not 0.039000000000000004)
    expect(convertQuantity(390, '万千瓦', '亿千瓦')).toBe(0.039);
    // 2.5 万亿元 = 2.5 × 10^12 / 10^8 = 25 000 亿元
    expect(convertQuantity(2.5, '万亿元', '亿元')).toBe(25_000);
    // 0.5 吨/万元 = 0.5 × 10^-4 吨/元 = 0.5 × 10^-4 / 10^-8 = 5000 吨/亿元
    expect(convertQuantity(0.5, '吨/万元', '吨/亿元')).toBe(5000);
    expect(convertQuantity(7, parseUnit('%'), parseUnit('％'))).toBe(7);
  });

  it('refuses different bases with a typed error', () => {
    try {
      convertQuantity(1, '万吨', '万千瓦');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(UnitError);
      expect((error as UnitError).code).toBe('incompatible-units');
    }
    // % and 个百分点 are different things: a share vs a change in a share.
    expect(() => convertQuantity(1, '%', '个百分点')).toThrow(UnitError);
  });
});

describe('parseUnitFromName', () => {
  it.each([
    ['地区生产总值（亿元）', '地区生产总值', '亿元'],
    ['地区生产总值(亿元)', '地区生产总值', '亿元'],
    ['城镇调查失业率（%）', '城镇调查失业率', '%'],
    ['每千人口拥有执业（助理）医师（人）', '每千人口拥有执业（助理）医师', '人'],
    ['单位地区生产总值用水量 （吨/万元）', '单位地区生产总值用水量', '吨/万元'],
    ['港口吞吐量（万标箱）', '港口吞吐量', '万标箱'],
    ['每万人口高价值发明专利拥有量（件）', '每万人口高价值发明专利拥有量', '件'],
    ['孕产妇死亡率（1/10万）', '孕产妇死亡率', '1/10万'],
    ['亿元地区生产总值生产安全事故死亡率（人/亿元）', '亿元地区生产总值生产安全事故死亡率', '人/亿元'],
  ])('%s → %s + %s', (raw, name, unit) => {
    const parsed = parseUnitFromName(raw);
    expect(parsed.name).toBe(name);
    expect(parsed.unit?.raw).toBe(unit);
    expect(parsed.units).toBeUndefined();
  });

  it('returns names without a unit unchanged', () => {
    expect(parseUnitFromName('高质量发展指数')).toEqual({ name: '高质量发展指数' });
    expect(parseUnitFromName(' 粮食综合生产能力 ')).toEqual({ name: '粮食综合生产能力' });
  });

  it('keeps a trailing group that is not a unit in the name', () => {
    expect(parseUnitFromName('每千人口拥有执业（助理）')).toEqual({ name: '每千人口拥有执业（助理）' });
    expect(parseUnitFromName('研发经费（含企业投入部分）')).toEqual({
      name: '研发经费（含企业投入部分）',
    });
  });

  it('splits a composite unit group', () => {
    const parsed = parseUnitFromName('能源综合生产能力（亿吨标准煤、万千瓦）');
    expect(parsed.name).toBe('能源综合生产能力');
    expect(parsed.unit?.raw).toBe('亿吨标准煤');
    expect(parsed.units?.map((u) => u.raw)).toEqual(['亿吨标准煤', '万千瓦']);
  });

  it('keeps a note after the unit', () => {
    expect(parseUnitFromName('地区生产总值（亿元，当年价）')).toEqual({
      name: '地区生产总值',
      unit: { raw: '亿元', base: '元', multiplier: 1e8, dimension: 'currency' },
      note: '当年价',
    });
  });
});

describe('UNIT_PATTERN_SOURCE', () => {
  const re = new RegExp(`^${UNIT_PATTERN_SOURCE}`);
  it.each([
    ['万千瓦以上', '万千瓦'],
    ['个百分点左右', '个百分点'],
    ['千瓦时', '千瓦时'],
    ['平方千米以内', '平方千米'],
    ['万美元', '万美元'],
    ['克标准煤/千瓦时以下', '克标准煤/千瓦时'],
  ])('matches the unit at the start of %s', (text, unit) => {
    expect(re.exec(text)?.[0]).toBe(unit);
  });

  it('is linear on a 1 MB hostile line', () => {
    const line = '万'.repeat(500_000) + '千'.repeat(500_000) + '!';
    const global = new RegExp(UNIT_PATTERN_SOURCE, 'g');
    const started = performance.now();
    let count = 0;
    while (global.exec(line)) count++;
    expect(count).toBeGreaterThan(0);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
