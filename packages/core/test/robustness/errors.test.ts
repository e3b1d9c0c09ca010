import { describe, expect, it } from 'vitest';
import { ERROR_CODES, ZhengceError, localizeError } from '../../src/index.js';

describe('errors have stable codes and messages in zh-CN and en', () => {
  it('the codes are the documented, stable list', () => {
    expect([...ERROR_CODES]).toEqual(['empty-input', 'binary-input', 'invalid-encoding', 'input-too-large', 'invalid-input-type', 'not-a-gazette']);
  });

  it.each(ERROR_CODES)('%s has an English and a Chinese message, and localizeError returns each', (code) => {
    const error = new ZhengceError(code);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('ZhengceError');
    expect(error.code).toBe(code);
    expect(error.message).toMatch(/^[A-Z][^\u4e00-\u9fff]+\.$/);
    expect(error.messageZh).toMatch(/[\u4e00-\u9fff]/);
    expect(error.messageZh).toMatch(/。$/);
    expect(localizeError(error, 'en')).toBe(error.message);
    expect(localizeError(error, 'zh-CN')).toBe(error.messageZh);
    expect(localizeError(error)).toBe(error.messageZh);
  });

  it('every message is distinct', () => {
    const errors = ERROR_CODES.map((code) => new ZhengceError(code));
    expect(new Set(errors.map((e) => e.message)).size).toBe(ERROR_CODES.length);
    expect(new Set(errors.map((e) => e.messageZh)).size).toBe(ERROR_CODES.length);
  });

  it('a detail is appended to both messages', () => {
    const error = new ZhengceError('input-too-large', '300 > 200');
    expect(localizeError(error, 'en')).toMatch(/300 > 200$/);
    expect(localizeError(error, 'zh-CN')).toMatch(/300 > 200$/);
  });
});
