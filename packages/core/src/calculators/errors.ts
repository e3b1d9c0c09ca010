import { CodedError } from '../errors/zhengce-error.js';

/** Stable codes of {@link CalculatorError}. */
export const CALCULATOR_ERROR_CODES = [
  'missing-value',
  'not-finite',
  'non-positive-value',
  'negative-value',
  'invalid-years',
] as const;
export type CalculatorErrorCode = (typeof CALCULATOR_ERROR_CODES)[number];

/**
 * Thrown by the growth calculators when an input makes the formula undefined (a start value of 0
 * has no growth rate; 0 years has no annual rate). Discriminate on `code`; `message` is English,
 * `messageZh` zh-CN (or `localizeError(error, locale)`).
 *
 * @example
 * try { compoundAnnualGrowth(0, 5, 3) } catch (e) { (e as CalculatorError).code } // 'non-positive-value'
 */
export class CalculatorError extends CodedError<CalculatorErrorCode> {
  override readonly name = 'CalculatorError';
  /** Name of the offending argument: `start`, `years` … */
  readonly input: string;

  constructor(code: CalculatorErrorCode, input: string, message: string, messageZh: string) {
    super(code, message, messageZh);
    this.input = input;
  }
}
