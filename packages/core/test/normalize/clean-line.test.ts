import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { KEPT_AS_IS, cleanLine } from '../../src/normalize/clean-line.js';
import { layoutWidthOf } from '../../src/normalize/chars.js';
import { foldWidth } from '../../src/index.js';
import { foldWidthCode } from '../../src/normalize/width.js';

const clean = (s: string) => cleanLine(s, 0, s.length);

describe('cleanLine', () => {
  it.each([
    ['### **第三节　总　则**', '第三节 总则'],
    ['<b>一、经济质量（1 个）</b>', '一、经济质量（1个）'],
    ['> （2025年9月24日通过）', '（2025年9月24日通过）'],
    ['于 2024 年 3 月 28 日通过', '于2024年3月28日通过'],
    ['公　告', '公告'],
    ['１月２３日,省十三届人大四次会议举行.', '1月23日，省十三届人大四次会议举行。'],
    ['«办法»和‹代表法›', '《办法》和〈代表法〉'],
    ['增长6.5%，达到1,234.5亿元', '增长6.5%，达到1,234.5亿元'],
    ['同比增长７５％.实际利用外资', '同比增长75%。实际利用外资'],
    ['质询案应当写明质询 对 象、质 询 的 问 题 和', '质询案应当写明质询对象、质询的问题和'],
    ['全省 进出 口总 额15058亿元', '全省进出口总额15058亿元'],
    ['推动能源转型 建设能源强省 构建现代能源体系', '推动能源转型 建设能源强省 构建现代能源体系'],
    ['分别增长21.4%.1-11月', '分别增长21.4%。1-11月'],
    ['第二条 丙。', '第二条 丙。'],
    ['推动能源转型 建设能源强省', '推动能源转型 建设能源强省'],
    ['GDP per capita', 'GDP per capita'],
  ])('%s → %s', (input, output) => {
    expect(clean(input).text).toBe(output);
  });

  it('keeps tags that are not decoration as text: hostile HTML is content, never dropped', () => {
    expect(clean('<img src=x onerror=alert(1)>第一条').text).toBe('<img src=x onerror=alert（1）>第一条');
    expect(clean('<script>alert(1)</script>').text).toContain('<script>');
  });

  it('drops attributes of decorative tags, but never ideographs inside something tag-like', () => {
    expect(clean('<span style="color:red">第一条</span>').text).toBe('第一条');
    // Found by the property test: a tab then 第 inside <b…> was dropped as an attribute.
    expect(clean('<b\t第>').text).toContain('第');
  });

  it('maps every output character to its offset in the original line', () => {
    const source = 'xx### **第三节　总　则**';
    const line = cleanLine(source, 2, source.length);
    expect([...line.text].map((ch, i) => (ch === ' ' ? ' ' : source[line.offsets[i]!]))).toEqual([...'第三节 总则']);
  });

  it('records markdown heading level, bold lines and run-in bold titles', () => {
    expect(clean('## 第一章 总则')).toMatchObject({ markdownHeading: 2 });
    expect(clean('**专栏 1 主要指标**')).toMatchObject({ bold: true });
    expect(clean('**煤炭。**续建甲煤矿')).toMatchObject({ bold: false, boldLead: '煤炭。' });
    expect(clean('　　第一段').indent).toBe(true);
  });

  it('gives a run-in bold lead as cleaned, so it is a prefix of the line it leads', () => {
    // ASCII parentheses inside the bold lead: the lead used to keep them while the line's text
    // had （）, and the run-in title was lost.
    const line = clean('**乡镇(街道)服务能力提升工程。**改革乡镇敬老院管理体制');
    expect(line.boldLead).toBe('乡镇（街道）服务能力提升工程。');
    expect(line.text.startsWith(line.boldLead!)).toBe(true);
    // A space the second pass drops before the closing mark.
    const spaced = clean('**煤炭 。**续建甲煤矿');
    expect(spaced.boldLead).toBe('煤炭。');
    expect(spaced.text).toBe('煤炭。续建甲煤矿');
  });

  it('keeps as they are exactly the characters its table of the common ranges says it may', () => {
    // Every code unit the table marks is cleaned alone to itself, and its width is the table's.
    for (let c = 0; c < 0x10000; c++) {
      const kept = KEPT_AS_IS[c]!;
      if (kept === 0) continue;
      const ch = String.fromCharCode(c);
      const line = clean(`甲${ch}乙`);
      expect(line.text, `U+${c.toString(16)}`).toBe(`甲${ch}乙`);
      expect(kept === 1 ? 2 : 1).toBe(layoutWidthOf(c));
    }
    // The common characters of a text are in it: ideographs, Chinese punctuation, letters, digits.
    for (const ch of '中文〇，。、；：“”（）《》—…0aZ%-') expect(KEPT_AS_IS[ch.charCodeAt(0)], ch).not.toBe(0);
    for (const ch of ' \t\u3000\u00a0,.()*_<１ａ％«') expect(KEPT_AS_IS[ch.charCodeAt(0)], ch).toBe(0);
  });

  it('notes whether the cleaned line holds a digit, full-width ones folded, none from a dropped tag', () => {
    expect(clean('增长6.5%').hasDigit).toBe(true);
    expect(clean('增长６．５％').hasDigit).toBe(true);
    expect(clean('<span title="1">增长</span>').hasDigit).toBe(false);
    expect(clean('增长较快，质量提升').hasDigit).toBe(false);
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('甲', '1', '１', 'a', ' ', ',', '<b>', '<span id="2">', '**', '\t'), maxLength: 30 }), (line) => {
        const cleaned = clean(line);
        expect(cleaned.hasDigit).toBe(/[0-9]/.test(cleaned.text));
      }),
      { numRuns: 1000 },
    );
  });

  it('settles punctuation in the first pass exactly as the second pass would', () => {
    // `A ` before a line sends all of it through the second pass (a space needs the whole line),
    // and changes nothing after it when the line starts with an ideograph: so the line cleaned
    // alone, where punctuation next to ideographs is settled early, must read the same.
    const token = fc.constantFrom(
      '甲', '乙', '一', '〇', '㐀', '1', '2', '１', '3,000', 'a', 'B', ',', '.', ':', ';', '?', '!', '(', ')', '%', '％', '）', '》', '”',
      '，', '。', ' ', '  ', '\u3000', '\u00a0', '\t', '**', '__', '<b>', '</b>', '<span>', '<x>', '‹', '›',
    );
    fc.assert(
      fc.property(fc.constantFrom('甲', '乙'), fc.array(token, { maxLength: 24 }), (first, rest) => {
        const line = first + rest.join('');
        const alone = clean(line);
        const late = clean(`A ${line}`);
        expect(late.text).toBe(`A${alone.text}`);
        expect([...late.offsets.subarray(1)]).toEqual([...alone.offsets].map((o) => o + 2));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('foldWidth', () => {
  it('changes exactly the code units foldWidthCode changes, short text or long (its regexes list them)', () => {
    const changed: number[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      const expected = String.fromCharCode(foldWidthCode(c));
      expect(foldWidth(ch)).toBe(expected);
      expect(foldWidth(ch + '中'.repeat(600)).charAt(0)).toBe(expected); // the long-text path
      if (expected !== ch) changed.push(c);
    }
    expect(changed.length).toBe(10 + 26 + 26 + 15);
  });

  it('folds full-width ASCII forms, keeps Chinese punctuation and the length', () => {
    const input = '２０２１年ＧＤＰ增长６．５％，（一）';
    expect(foldWidth(input)).toBe('2021年GDP增长6.5%，（一）');
    expect(foldWidth(input)).toHaveLength(input.length);
    expect(foldWidth(foldWidth(input))).toBe(foldWidth(input));
  });
});
