import { describe, expect, it } from 'vitest';
import {
  CALCULATOR_ERROR_CODES,
  CalculatorError,
  CodedError,
  compoundAnnualGrowth,
  convertQuantity,
  ERROR_CODES,
  localizeError,
  parseUnit,
  projectValue,
  UNIT_ERROR_CODES,
  UnitError,
  ZhengceError,
} from '../../src/index.js';

describe('errors have stable codes and messages in zh-CN and en', () => {
  it('the codes are the documented, stable list', () => {
    expect([...ERROR_CODES]).toEqual(['empty-input', 'binary-input', 'invalid-encoding', 'input-too-large', 'invalid-input-type', 'not-a-gazette']);
  });

  it.each(ERROR_CODES)('%s has an English and a Chinese message, and localizeError returns each', (code) => {
    const error = new ZhengceError(code);
    expect(error).toBeInstanceOf(Error);
    expect(error).toBeInstanceOf(CodedError);
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

/** The error `run` throws (fails the test when it throws none). */
function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}

describe('calculator and unit errors: a code and both languages too', () => {
  const calculatorCases: Array<[string, () => unknown]> = [
    ['missing-value', () => compoundAnnualGrowth({ raw: '—' }, 121, 2)],
    ['not-finite', () => compoundAnnualGrowth(Number.NaN, 121, 2)],
    ['non-positive-value', () => compoundAnnualGrowth(0, 121, 2)],
    ['negative-value', () => compoundAnnualGrowth(100, -1, 2)],
    ['invalid-years', () => compoundAnnualGrowth(100, 121, 0)],
    ['invalid-years', () => projectValue(100, 5, -1)],
  ];
  const unitCases: Array<[string, () => unknown]> = [
    ['empty-unit', () => parseUnit('  ')],
    ['unknown-unit', () => parseUnit('斤两')],
    ['incompatible-units', () => convertQuantity(1, '万吨', '千瓦')],
  ];

  it('every code is thrown by some case', () => {
    expect(new Set(calculatorCases.map(([code]) => code))).toEqual(new Set(CALCULATOR_ERROR_CODES));
    expect(new Set(unitCases.map(([code]) => code))).toEqual(new Set(UNIT_ERROR_CODES));
  });

  it.each([...calculatorCases, ...unitCases])('%s: English and zh-CN messages naming what was wrong', (code, run) => {
    const error = thrown(run) as CalculatorError | UnitError;
    expect(error instanceof CalculatorError || error instanceof UnitError).toBe(true);
    // One base for all three: a caller can catch any Zhengce error alike.
    expect(error).toBeInstanceOf(CodedError);
    expect(error).not.toBeInstanceOf(ZhengceError);
    expect(error.code).toBe(code);
    expect(error.message).toMatch(/^[A-Za-z]/); // English, naming the argument or the unit
    expect(error.messageZh).toMatch(/[\u4e00-\u9fff]/);
    expect(error.messageZh).toMatch(/。$/);
    expect(localizeError(error, 'en')).toBe(error.message);
    expect(localizeError(error)).toBe(error.messageZh);
  });

  it('the zh-CN message states the same values as the English one', () => {
    const error = thrown(() => compoundAnnualGrowth(-5, 121, 2)) as CalculatorError;
    expect(error.message).toBe('start must be > 0, got -5');
    expect(error.messageZh).toBe('start 须大于 0，实为 -5。');
    const unit = thrown(() => convertQuantity(1, '万吨', '千瓦')) as UnitError;
    expect(unit.messageZh).toBe('无法将 万吨 换算为 千瓦：二者不是同一种量（吨、千瓦）。');
  });
});
