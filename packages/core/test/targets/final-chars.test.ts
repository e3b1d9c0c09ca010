import { describe, expect, it } from 'vitest';
import { COMPARISON_FINALS, TRAILING_COMPARISON } from '../../src/targets/clean-indicator.js';
import { REVIEW_HEADING, REVIEW_LAST_CHARS } from '../../src/targets/review-sections.js';
import type { CodeSet } from '../../src/normalize/codes.js';

/**
 * Every string of up to `depth` pieces: small, but each piece is a word the patterns read, so
 * every alternative of a pattern is reached (the `hits` counts below check that they are).
 */
function* words(pieces: readonly string[], depth: number, prefix = ''): Generator<string> {
  if (prefix) yield prefix;
  if (depth === 0) return;
  for (const p of pieces) yield* words(pieces, depth - 1, prefix + p);
}

/** The patterns' matches all end with a character of the set that stands in for them. */
function checkFinals(pattern: RegExp, finals: CodeSet, pieces: readonly string[], depth: number): number {
  let hits = 0;
  for (const w of words(pieces, depth)) {
    const m = pattern.exec(w);
    if (!m) continue;
    hits++;
    const end = m.index + m[0].length;
    expect([w, finals.has(w.charCodeAt(end - 1))]).toEqual([w, true]);
  }
  return hits;
}

describe('last-character sets that let a pattern be skipped', () => {
  it('COMPARISON_FINALS holds the last character of every TRAILING_COMPARISON match', () => {
    const pieces = ['较', '比', '与', '2015年', '2015 年', '上年', '去年', '基期', '基年', '年初', '同期', '上年同期', '前三季度', '上半年', '相比',
      '同比', '环比', '连续', '三', '10', '年', '预计', '预期', '有望', '每年', '年均', '增长', 'GDP'];
    expect(checkFinals(TRAILING_COMPARISON, COMPARISON_FINALS, pieces, 3)).toBeGreaterThan(1000);
  });

  it('REVIEW_LAST_CHARS holds the last character of every REVIEW_HEADING match', () => {
    const pieces = ['“十三五”', '十三五', '2020年', '过去五年', '时期', '期间', '以来', '的', '工作', '发展', '回顾', '成就', '基础', '和成就', '与成就',
      '主要', '取得的', '计划', '执行情况', '国民经济', '，'];
    expect(checkFinals(REVIEW_HEADING, REVIEW_LAST_CHARS, pieces, 4)).toBeGreaterThan(100);
  });
});
