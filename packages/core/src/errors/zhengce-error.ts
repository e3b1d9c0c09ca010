import type { Position } from '../models/position.js';

/** Codes of the errors Zhengce throws: stable, for tools to match on. */
export const ERROR_CODES = [
  'empty-input',
  'binary-input',
  'invalid-encoding',
  'input-too-large',
  'invalid-input-type',
  'not-a-gazette',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

const MESSAGES: Record<ErrorCode, { en: string; zh: string }> = {
  'empty-input': { en: 'The input is empty or holds only whitespace.', zh: '输入为空或只有空白字符。' },
  'binary-input': {
    en: 'The input looks like binary data, not text.',
    zh: '输入看起来是二进制数据，不是文本。',
  },
  'invalid-encoding': {
    en: 'The input could not be decoded with the requested encoding.',
    zh: '无法按指定的编码解码输入。',
  },
  'input-too-large': { en: 'The input exceeds the configured size limit.', zh: '输入超出设定的大小上限。' },
  'invalid-input-type': {
    en: 'The input must be a string, a Uint8Array or an ArrayBuffer.',
    zh: '输入必须是字符串、Uint8Array 或 ArrayBuffer。',
  },
  'not-a-gazette': {
    en: 'The text does not look like a gazette bundling several documents.',
    zh: '文本不像是汇编多篇文件的公报。',
  },
};

/** An error Zhengce throws, with its message in both languages: `ZhengceError`, `CalculatorError`, `UnitError`. */
export interface LocalizedError {
  /** English. */
  readonly message: string;
  /** zh-CN. */
  readonly messageZh: string;
}

/**
 * The base of the errors Zhengce throws for unusable input or arguments (`ZhengceError`,
 * `CalculatorError`, `UnitError`): a stable `code` to discriminate on (never the message),
 * `message` in English and `messageZh` in zh-CN. Catch it to handle the three alike. (A few
 * helpers throw the built-in `RangeError` for a programming error, e.g. `toChineseNumeral(-1)`.)
 *
 * @example
 * try { parseUnit('斤两'); } catch (e) { if (e instanceof CodedError) console.error(e.code, e.messageZh); }
 */
export abstract class CodedError<Code extends string = string> extends Error implements LocalizedError {
  readonly code: Code;
  readonly messageZh: string;

  protected constructor(code: Code, message: string, messageZh: string) {
    super(message);
    this.code = code;
    this.messageZh = messageZh;
  }
}

/**
 * The error the parsers throw for unusable input, discriminated by `code` (the calculators throw
 * `CalculatorError`, the unit functions `UnitError`: each with codes of its own).
 * `message` is English; `messageZh` is the zh-CN message.
 *
 * @example
 * try { parseDocument(''); } catch (e) { if (e instanceof ZhengceError && e.code === 'empty-input') … }
 */
export class ZhengceError extends CodedError<ErrorCode> {
  override readonly name = 'ZhengceError';
  readonly position: Position | undefined;

  constructor(code: ErrorCode, detail?: string, position?: Position) {
    const text = MESSAGES[code];
    super(code, detail ? `${text.en} ${detail}` : text.en, detail ? `${text.zh} ${detail}` : text.zh);
    this.position = position;
  }
}

/**
 * The error message in the given locale, for any error Zhengce throws.
 *
 * @example
 * try { parseUnit('斤两') } catch (e) { localizeError(e as UnitError); } // '无法识别的单位：斤两。'
 */
export function localizeError(error: LocalizedError, locale: 'en' | 'zh-CN' = 'zh-CN'): string {
  return locale === 'en' ? error.message : error.messageZh;
}
