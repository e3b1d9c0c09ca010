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
export class UnitError extends Error {
  override readonly name = 'UnitError';
  readonly code: UnitErrorCode;
  /** The unit text (or texts, for `incompatible-units`) that caused the error. */
  readonly raw: string;
  readonly messageZh: string;

  constructor(code: UnitErrorCode, raw: string, message: string, messageZh: string) {
    super(message);
    this.code = code;
    this.raw = raw;
    this.messageZh = messageZh;
  }
}
