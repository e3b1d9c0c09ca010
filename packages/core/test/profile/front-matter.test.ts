import { describe, expect, it } from 'vitest';
import { expandsBeyond, readFrontMatter } from '../../src/profile/front-matter.js';
import { SourceText } from '../../src/source/source-text.js';
import type { Diagnostic } from '../../src/models/diagnostic.js';

const read = (text: string) => {
  const diagnostics: Diagnostic[] = [];
  return { frontMatter: readFrontMatter(new SourceText(text), diagnostics), diagnostics };
};

describe('readFrontMatter', () => {
  it('reads fields with the YAML 1.2 core schema: dates and 文号 stay as written', () => {
    const { frontMatter, diagnostics } = read('---\ntitle: 某某决定\ndate: 2025-09-24\npublished: \'2025-09-24\'\n文号: 晋政发〔2021〕12号\ncount: 12\nvalid: true\nurls:\n  - https://example.gov.cn/a\n---\n正文');
    expect(diagnostics).toEqual([]);
    expect(frontMatter?.data).toEqual({
      title: '某某决定', date: '2025-09-24', published: '2025-09-24', 文号: '晋政发〔2021〕12号', count: 12, valid: true, urls: ['https://example.gov.cn/a'],
    });
    expect(frontMatter?.end).toBe('---\ntitle: 某某决定\ndate: 2025-09-24\npublished: \'2025-09-24\'\n文号: 晋政发〔2021〕12号\ncount: 12\nvalid: true\nurls:\n  - https://example.gov.cn/a\n---\n'.length);
  });

  it('is absent without an opening and a closing line', () => {
    expect(read('正文').frontMatter).toBeUndefined();
    expect(read('---\ntitle: 甲\n正文没有结束').frontMatter).toBeUndefined();
  });
});

describe('expandsBeyond', () => {
  it('counts every value as a reader would see it, aliases expanded, and stops at the limit', () => {
    const leaf = { a: 1, b: [2, 3] }; // 5 values: the record, 1, the list, 2, 3
    expect(expandsBeyond(leaf, 5)).toBe(false);
    expect(expandsBeyond(leaf, 4)).toBe(true);
    expect(expandsBeyond({ x: leaf, y: leaf }, 11)).toBe(false); // shared, counted twice
    expect(expandsBeyond({ x: leaf, y: leaf }, 10)).toBe(true);
    const cycle: unknown[] = [];
    cycle.push(cycle);
    expect(expandsBeyond(cycle, 1000)).toBe(true);
    expect(expandsBeyond(null, 1)).toBe(false);
  });
});
