import { describe, expect, it } from 'vitest';
import { parseChineseNumeral, toChineseNumeral } from '../src/index.js';

describe('parseChineseNumeral', () => {
  it.each([
    ['一', 1], ['十', 10], ['十五', 15], ['二十', 20], ['二十一', 21], ['一百', 100],
    ['一百零三', 103], ['一百一十', 110], ['两千', 2000], ['二〇二一', 2021], ['〇', 0],
    ['四十三', 43], ['一万零一', 10001], ['3', 3], ['12', 12],
    ['壹佰贰拾叁', 123], ['叁万肆仟', 34000], ['一亿零五', 100000005], ['陆拾', 60], ['玖', 9], ['柒捌', 78], [' 十二 ', 12],
  ])('%s → %d', (text, value) => {
    expect(parseChineseNumeral(text)).toBe(value);
  });

  it('rejects non-numerals', () => {
    expect(parseChineseNumeral('第一')).toBeUndefined();
    expect(parseChineseNumeral('')).toBeUndefined();
    expect(parseChineseNumeral('十a')).toBeUndefined();
    expect(parseChineseNumeral('1二')).toBeUndefined();
  });
});

describe('toChineseNumeral', () => {
  it.each([
    [1, '一'], [10, '十'], [15, '十五'], [20, '二十'], [103, '一百零三'], [110, '一百一十'],
    [1000, '一千'], [1001, '一千零一'], [10001, '一万零一'], [0, '〇'],
  ])('%d → %s', (value, text) => {
    expect(toChineseNumeral(value)).toBe(text);
  });

  it('round-trips 0..2000', () => {
    for (let n = 0; n <= 2000; n++) expect(parseChineseNumeral(toChineseNumeral(n))).toBe(n);
  });

  it('throws a RangeError on negatives and fractions', () => {
    expect(() => toChineseNumeral(-1)).toThrow(RangeError);
    expect(() => toChineseNumeral(1.5)).toThrow(RangeError);
  });
});
