import { describe, expect, it } from 'vitest';
import { decode, ZhengceError, localizeError, ERROR_CODES } from '../../src/index.js';

const text = '第一条 为了规范管理，制定本办法。';
const utf16 = (s: string, littleEndian: boolean, bom: boolean) => {
  const bytes = new Uint8Array((s.length + (bom ? 1 : 0)) * 2);
  const view = new DataView(bytes.buffer);
  let at = 0;
  if (bom) view.setUint16((at++) * 2, 0xfeff, littleEndian);
  for (let i = 0; i < s.length; i++) view.setUint16((at++) * 2, s.charCodeAt(i), littleEndian);
  return bytes;
};
// 第一条 in GB18030 (GBK range): B5DA D2BB CCF5.
const gbk = new Uint8Array([0xb5, 0xda, 0xd2, 0xbb, 0xcc, 0xf5, 0x20, 0xce, 0xaa, 0xc1, 0xcb, 0xa1, 0xa3]);

describe('decode', () => {
  it('reads UTF-8 with and without BOM', () => {
    expect(decode(new TextEncoder().encode(text))).toMatchObject({ text, encoding: 'utf-8', bom: false });
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
    expect(decode(withBom)).toMatchObject({ text, encoding: 'utf-8', bom: true });
  });

  it('reads UTF-16 LE and BE, with and without BOM', () => {
    expect(decode(utf16(text, true, true))).toMatchObject({ text, encoding: 'utf-16le' });
    expect(decode(utf16(text, false, true))).toMatchObject({ text, encoding: 'utf-16be' });
    expect(decode(utf16(text, true, false))).toMatchObject({ text, encoding: 'utf-16le' });
    expect(decode(utf16(text, false, false))).toMatchObject({ text, encoding: 'utf-16be' });
  });

  it('falls back to GB18030 for legacy Chinese bytes, and says so', () => {
    const result = decode(gbk);
    expect(result.text).toBe('第一条 为了。');
    expect(result.encoding).toBe('gb18030');
    expect(result.diagnostics.map((d) => d.code)).toEqual(['encoding-fallback']);
  });

  it('replaces invalid bytes in UTF-8 text with U+FFFD and reports it', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('第一条'), 0xff, ...new TextEncoder().encode('为了规范管理，制定本办法。第二条 本办法自公布之日起施行。')]);
    const result = decode(bytes);
    expect(result.text).toContain('\ufffd');
    expect(result.diagnostics.map((d) => d.code)).toContain('encoding-replacement');
  });

  it('keeps a BOM in a string so offsets index the string as given', () => {
    expect(decode('\ufeff' + text).text).toBe('\ufeff' + text);
  });

  it.each([
    ['empty', '', 'empty-input'],
    ['whitespace', ' \n\t　\n', 'empty-input'],
    ['binary', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00, 0x01, 0x02]), 'binary-input'],
  ] as const)('refuses %s input with a typed error', (_, input, code) => {
    expect(() => decode(input as never)).toThrow(ZhengceError);
    try {
      decode(input as never);
    } catch (error) {
      expect((error as ZhengceError).code).toBe(code);
    }
  });

  it('refuses input over the size limit and input of the wrong type', () => {
    expect(() => decode('x'.repeat(100), { maxSize: 10 })).toThrow(expect.objectContaining({ code: 'input-too-large' }));
    expect(() => decode(42 as never)).toThrow(expect.objectContaining({ code: 'invalid-input-type' }));
  });

  it('has an English and a Chinese message for every error code', () => {
    for (const code of ERROR_CODES) {
      const error = new ZhengceError(code);
      expect(localizeError(error, 'en')).toMatch(/[a-z]/);
      expect(localizeError(error, 'zh-CN')).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});
