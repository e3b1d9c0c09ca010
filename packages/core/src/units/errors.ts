import { CodedError } from '../errors/zhengce-error.js';

/** Stable codes of {@link UnitError}: tools match on them, messages may change. */
export const UNIT_ERROR_CODES = ['empty-unit', 'unknown-unit', 'incompatible-units'] as const;
export type UnitErrorCode = (typeof UNIT_ERROR_CODES)[number];

/**
 * Thrown by `parseUnit` and `convertQuantity`. Discriminate on `code`, never on `message`
 * (English; `messageZh` is zh-CN, or `localizeError(error, locale)`).
 *
 * @example
 * try { parseUnit('斤两') } catch (e) { if (e instanceof UnitError) e.code } // 'unknown-unit'
 */
export class UnitError extends CodedError<UnitErrorCode> {
  override readonly name = 'UnitError';
  /** The unit text (or texts, for `incompatible-units`) that caused the error. */
  readonly raw: string;

  constructor(code: UnitErrorCode, raw: string, message: string, messageZh: string) {
    super(code, message, messageZh);
    this.raw = raw;
  }
}
