/**
 * A truncated input is reported, never parsed silently: the last provision of a document ends
 * mid-sentence. (Kept apart from hostile.test.ts, which cuts the real seeds.)
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/index.js';
import type { PolicyDocument } from '../../src/index.js';

const codes = (text: string): string[] => (parseDocument(text) as PolicyDocument).diagnostics.map((d) => d.code);

describe('input-truncated', () => {
  it('a regulation cut in the middle of an article', () => {
    const cut = '山西省示范条例\n第一条 为了规范管理，制定本条例。\n第二条 省人民政府工业和';
    const result = parseDocument(cut) as PolicyDocument;
    const found = result.diagnostics.find((d) => d.code === 'input-truncated');
    expect(found).toMatchObject({ severity: 'warning', data: { lastText: '省人民政府工业和' } });
    expect(found!.position!.start.offset).toBe(cut.length);
  });

  it.each([
    ['a decision cut inside a point', '关于示范的决定\n一、总体要求。坚持稳中求进。\n二、主要任务。加快建设、'],
    ['a regulation cut inside an item', '示范办法\n第一条 下列事项：\n（一）规划编制；\n（二）项目审批和'],
    ['a regulation cut after a comma', '示范条例\n第一条 为了规范管理，'],
  ])('%s', (_, text) => expect(codes(text)).toContain('input-truncated'));

  it.each([
    ['a complete regulation', '示范条例\n第一条 为了规范管理，制定本条例。\n第二条 本条例自2024年5月1日起施行。'],
    ['an item list ending with a semicolon', '示范办法\n第一条 下列事项：\n（一）规划编制；\n（二）项目审批；'],
    ['a plan whose web copy ends with page chrome', '示范规划纲要\n第一章 总体要求\n第一节 发展目标\n到2025年，经济总量迈上新台阶。\n扫一扫在手机打开当前页面'],
    ['a decision ending with an exclamation', '关于示范的决定\n一、总体要求。坚持稳中求进。\n二、让我们共同努力！'],
  ])('%s is not flagged', (_, text) => expect(codes(text)).not.toContain('input-truncated'));
});
