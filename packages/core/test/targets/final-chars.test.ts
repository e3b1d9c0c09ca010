import { describe, expect, it } from 'vitest';
import { COMPARISON_FINALS, TRAILING_COMPARISON } from '../../src/targets/clean-indicator.js';
import { REVIEW_HEADING, REVIEW_FINALS } from '../../src/targets/review-sections.js';
import type { CodeSet } from '../../src/normalize/codes.js';

/** Every string of up to `depth` pieces, each piece a word the patterns read. */
function* words(pieces: readonly string[], depth: number, prefix = ''): Generator<string> {
  if (prefix) yield prefix;
  if (depth === 0) return;
  for (const p of pieces) yield* words(pieces, depth - 1, prefix + p);
}

/**
 * The last characters of the pattern's matches among the words: each must be in the set that
 * stands in for the pattern (checked here), and every character of the set must end some match
 * (checked by the caller: the words reach every alternative).
 */
function matchFinals(pattern: RegExp, finals: CodeSet, pieces: readonly string[], depth: number): string {
  const seen = new Set<string>();
  for (const w of words(pieces, depth)) {
    const m = pattern.exec(w);
    if (!m) continue;
    const last = w.charCodeAt(m.index + m[0].length - 1);
    expect([w, finals.has(last)]).toEqual([w, true]);
    seen.add(String.fromCharCode(last));
  }
  return [...seen].sort().join('');
}

const sorted = (chars: string) => [...chars].sort().join('');

describe('last-character sets that let a pattern be skipped', () => {
  it('COMPARISON_FINALS holds the last character of every TRAILING_COMPARISON match', () => {
    const pieces = ['较', '比', '与', '2015年', '2015 年', '上年', '去年', '基期', '基年', '年初', '同期', '上年同期', '前三季度', '上半年', '相比',
      '同比', '环比', '连续', '三', '10', '年', '预计', '预期', '有望', '每年', '年均', '增长', 'GDP'];
    expect(matchFinals(TRAILING_COMPARISON, COMPARISON_FINALS, pieces, 3)).toBe(sorted('年期初度比计望均'));
  });

  it('REVIEW_FINALS holds the last character of every REVIEW_HEADING match', () => {
    const pieces = ['“十三五”', '十三五', '2020年', '过去五年', '时期', '期间', '以来', '的', '工作', '发展', '回顾', '成就', '基础', '和成就', '与成就',
      '主要', '取得的', '计划', '执行情况', '国民经济', '，'];
    expect(matchFinals(REVIEW_HEADING, REVIEW_FINALS, pieces, 4)).toBe(sorted('顾就础况'));
  });
});
