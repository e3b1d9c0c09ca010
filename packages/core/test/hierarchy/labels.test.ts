import { describe, expect, it } from 'vitest';
import { labelKind, matchLabel, startsWithLabel, type Label, type LabelKind } from '../../src/hierarchy/labels.js';
import { parseChineseNumeral } from '../../src/numerals/chinese-numerals.js';

/** matchLabel as it was written with regexes: the reference the code-unit reader must agree with. */
const C = '〇零一二三四五六七八九十百千两';
const num = (max: number) => `(\\d{1,4}|[${C}]{1,${max}})`;
const PATTERNS: ReadonlyArray<[LabelKind, RegExp]> = [
  ['article', new RegExp(`^第${num(8)}条`)],
  ['chapter', new RegExp(`^第${num(6)}章`)],
  ['section', new RegExp(`^第${num(6)}节`)],
  ['part', new RegExp(`^第${num(6)}[编篇]`)],
  ['panel', new RegExp(`^专栏\\s?(\\d{1,3}(?!\\d)|[${C}]{1,4})`)],
  ['point', new RegExp(`^([〇零一二三四五六七八九十百两]{1,5})、`)],
  ['item', new RegExp(`^[（(]([〇零一二三四五六七八九十百两]{1,5})[)）]`)],
  ['subitem', /^(\d{1,3})(?:[.、．](?!\d)|\s)|^[（(](\d{1,3})[)）]/],
];

function referenceLabel(text: string): Label | undefined {
  for (const [kind, pattern] of PATTERNS) {
    const m = pattern.exec(text);
    if (!m) continue;
    const number = parseChineseNumeral(m[1] ?? m[2] ?? '');
    if (number === undefined) continue;
    const label = m[0].trimEnd();
    const rest = /^\s*/.exec(text.slice(m[0].length))![0].length + m[0].length;
    const separated = rest > m[0].length || rest >= text.length || label.length < m[0].length;
    return { kind, number, label, restIndex: rest, separated };
  }
  return undefined;
}

/** A small deterministic generator (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('matchLabel', () => {
  it.each([
    '第十二条 本条例', '第3章', '第一千零一条', '第一二三四五六七八九条', '第12345条', '第一编', '第二篇总则', '第十节', '第一批',
    '专栏1', '专栏 十二', '专栏1234', '专栏\u30003', '专栏十二三四五', '专栏', '三、加强', '十一、', '一二三四五六、', '（三）', '(3)',
    '（3）', '（1234）', '1.5万亿元', '1. 总则', '1、', '12 ', '1234.', '2021年', '1．甲', '第 一条', '百、', '千、', '（十十）', '',
  ])('reads %j as the regexes did', (text) => expect(matchLabel(text)).toEqual(referenceLabel(text)));

  it('agrees with the regexes on generated texts', () => {
    const next = random(7);
    const alphabet = [...'第专栏条章节编篇一二三四五六七八九十百千两〇零0123456789、.．（）() \u3000\t甲乙'];
    for (let n = 0; n < 20000; n++) {
      let text = '';
      const length = Math.floor(next() * 9);
      for (let i = 0; i < length; i++) text += alphabet[Math.floor(next() * alphabet.length)];
      const reference = referenceLabel(text);
      expect(matchLabel(text), text).toEqual(reference);
      expect(startsWithLabel(text), text).toBe(reference !== undefined);
      expect(labelKind(text), text).toBe(reference?.kind);
    }
  });
});
