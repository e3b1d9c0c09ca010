/**
 * Minimal counterexamples of real gaps found by the robustness suite, kept as `it.fails` until
 * the pipeline is fixed: when one starts passing, vitest reports it, and the `.fails` is
 * removed so the test guards the fix.
 */
import { describe, expect, it } from 'vitest';
import { kindFromTitle, parseDocument } from '../../src/index.js';

describe('known bugs (it.fails until fixed)', () => {
  // Gap: `input-truncated` is a documented diagnostic code (models/diagnostic.ts) that no stage
  // emits. A text cut in the middle of an article (its last line ends mid-sentence, no 。；：)
  // parses silently with no diagnostic at all. Suspected home: parse/build-document.ts (after the
  // tree: the last content block of the document ends without terminal punctuation).
  it.fails('a regulation cut in the middle of an article reports input-truncated', () => {
    const cut = '山西省示范条例\n第一条 为了规范管理，制定本条例。\n第二条 省人民政府工业和';
    const result = parseDocument(cut);
    expect(result.diagnostics.map((d) => d.code)).toContain('input-truncated');
  });
});

describe('known quadratic regexes (it.fails until fixed; the timeout is the only bound)', () => {
  // meta/classify-kind.ts:21 `/印发(.+?)的通知$/` is unanchored: at every 印发 the lazy `.+?`
  // walks to the end of the text looking for 的通知 at the end — O(n²) on a long text with many
  // 印发 and no final 的通知. 100,000 characters take seconds (20,000 already ~150 ms, ×16 per ×4).
  // Fix: test `endsWith('的通知')` first, or anchor: /^.*?印发(.+?)的通知$/ on the last line only.
  it.fails('kindFromTitle on 100,000 characters of 印发 finishes within a second', () => {
    kindFromTitle('印发'.repeat(50_000));
  }, 1_000);
});
