import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { BY_TITLE } from '../../src/meta/classify-kind.js';
import { kindFromTitle, matchLabel, parseDate, parseDocNumber, parseDocument, parseHistory, type PolicyDocument } from '../../src/index.js';

describe('parseDate', () => {
  it.each([
    ['2024年3月28日', '2024-03-28'],
    ['二〇二一年一月二十三日', '2021-01-23'],
    ['2021-04-09', '2021-04-09'],
    ['2021/4/9', '2021-04-09'],
    ['2021年2月30日', undefined],
    ['2021年13月1日', undefined],
    ['2021年0月1日', undefined],
    ['2021年4月31日', undefined],
    ['2024年2月29日', '2024-02-29'],
    ['2000年2月29日', '2000-02-29'],
    ['2100年2月29日', undefined],
    ['1005年1月1日', '1005-01-01'],
    ['去年', undefined],
  ])('%s → %s', (text, iso) => expect(parseDate(text)).toBe(iso));

  it('answers a date asked again (from its cache) as it did the first time, valid or not', () => {
    // The plain definition: the calendar day exists, formatted YYYY-MM-DD.
    const reference = (y: number, m: number, d: number): string | undefined => {
      const date = new Date(Date.UTC(y, m - 1, d));
      const exists = date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
      return exists ? `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}` : undefined;
    };
    const day = fc.tuple(fc.integer({ min: 1000, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }));
    fc.assert(
      fc.property(fc.array(day, { minLength: 1, maxLength: 20 }), (days) => {
        for (const [y, m, d] of [...days, ...days.reverse()]) expect(parseDate(`${y}年${m}月${d}日`)).toBe(reference(y, m, d));
      }),
      { numRuns: 300 },
    );
  });
});

describe('parseDocNumber', () => {
  it.each([
    ['晋政发〔2021〕7号', { raw: '晋政发〔2021〕7号', agency: '晋政发', year: 2021, serial: 7 }],
    ['国办发[2023]12号', { raw: '国办发[2023]12号', agency: '国办发', year: 2023, serial: 12 }],
    ['京政办发（2020）105号', { raw: '京政办发（2020）105号', agency: '京政办发', year: 2020, serial: 105 }],
  ])('%s', (text, expected) => expect(parseDocNumber(text)).toEqual(expected));
  it('returns undefined without a number', () => expect(parseDocNumber('晋政发')).toBeUndefined());
  it('finds a number after other brackets', () =>
    expect(parseDocNumber('（2021年1月5日）晋政发〔2021〕7号')).toEqual({ raw: '晋政发〔2021〕7号', agency: '晋政发', year: 2021, serial: 7 }));
});

describe('parseHistory', () => {
  it('reads every step of a history line', () => {
    const history = parseHistory(
      '（1993年5月12日山西省第八届人民代表大会常务委员会第三次会议通过根据1995年5月18日山西省第八届人民代表大会常务委员会第十五次会议关于修改《某办法》的决定第一次修正2021年1月23日山西省第十三届人民代表大会第四次会议修订）',
    );
    expect(history.map((h) => [h.date, h.event, h.body])).toEqual([
      ['1993-05-12', 'adopted', '山西省第八届人民代表大会常务委员会第三次会议'],
      ['1995-05-18', 'amended', '山西省第八届人民代表大会常务委员会第十五次会议'],
      ['2021-01-23', 'revised', '山西省第十三届人民代表大会第四次会议'],
    ]);
  });
});

describe('kindFromTitle', () => {
  it.each([
    ['山西省制造业高质量发展促进条例', 'regulation'],
    ['山西省人民代表大会代表议案的提出和处理办法（草案）', 'regulation'],
    ['关于因地制宜发展新质生产力的决定', 'decision'],
    ['关于山西省人民政府工作报告的决议', 'resolution'],
    ['山西省人民政府关于印发山西省国民经济和社会发展第十五个五年规划纲要的通知', 'plan'],
    ['政府工作报告', 'report'],
    ['在闭幕会上的讲话', 'speech'],
    ['主席团和秘书长名单', 'namelist'],
    ['第四次会议议程', 'agenda'],
    ['某某会议公告', 'announcement'],
    ['发展成就', undefined],
    ['关于印发《山西省示范管理办法》的通知', 'regulation'],
    ['关于印发的通知', undefined],
    ['印发工作要点', undefined],
  ])('%s → %s', (title, kind) => expect(kindFromTitle(title)).toBe(kind));

  it('rules out by last character only titles no pattern accepts', () => {
    // The reference: every pattern tried, no shortcut (titles without 印发, which recurses).
    const byPatterns = (title: string) => BY_TITLE.find(([pattern]) => pattern.test(title.replace(/\s+/g, '')))?.[1];
    const piece = fc.constantFrom(
      '名单', '议程', '日程', '讲话', '致辞', '发言', '公告', '决议', '纲要', '规划', '条例', '办法', '规定', '细则',
      '规则', '法', '决定', '报告', '说明', '意见', '汇报', '（草案）', '(修订)', '（', '）', ')', '省', '工作', ' ', '案',
    );
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 6 }), (parts) => {
        const title = parts.join('');
        expect(kindFromTitle(title)).toBe(byPatterns(title));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('matchLabel', () => {
  it.each([
    ['第十二条 本条例', 'article', 12, '第十二条'],
    ['第一百零三条', 'article', 103, '第一百零三条'],
    ['第12条 本条例', 'article', 12, '第12条'],
    ['第三章 总则', 'chapter', 3, '第三章'],
    ['第二编 分则', 'part', 2, '第二编'],
    ['第一篇 总体要求', 'part', 1, '第一篇'],
    ['专栏13六大提升行动', 'panel', 13, '专栏13'],
    ['专栏 2 能源', 'panel', 2, '专栏 2'],
    ['（三）加强监督', 'item', 3, '（三）'],
    ['(十一)其他', 'item', 11, '(十一)'],
    ['十二、保障措施', 'point', 12, '十二、'],
    ['3.完善机制', 'subitem', 3, '3.'],
    ['（3）完善机制', 'subitem', 3, '（3）'],
  ])('%s', (text, kind, number, label) => {
    expect(matchLabel(text)).toMatchObject({ kind, number, label });
  });
  it.each(['1.5万亿元', '第一批', '2021年', '其他'])('%s is not a label', (text) => expect(matchLabel(text)).toBeUndefined());
});

describe('date-invalid', () => {
  const parse = (text: string) => parseDocument(text, { gazette: 'never' }) as PolicyDocument;

  it('reports a stated metadata date that is not a date, and does not use it', () => {
    const doc = parse('---\ntitle: 示范办法\neffective: 2021年2月30日\n---\n第一条 为了规范管理，制定本办法。');
    expect(doc.meta.dates.effective).toBeUndefined();
    expect(doc.diagnostics.find((d) => d.code === 'date-invalid')).toMatchObject({
      severity: 'warning',
      data: { field: 'effective', value: '2021年2月30日' },
    });
  });

  it('is silent for valid stated dates', () => {
    const doc = parse('---\ntitle: 示范办法\neffective: 2021年3月1日\n---\n第一条 为了规范管理，制定本办法。');
    expect(doc.meta.dates.effective).toBe('2021-03-01');
    expect(doc.diagnostics.map((d) => d.code)).not.toContain('date-invalid');
  });
});
