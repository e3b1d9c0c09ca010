import { CalculatorError } from './errors.js';

/**
 * Anything a calculator accepts as a number: a plain number, or a `Quantity` / `IndicatorValue`
 * (or any object with `value` and an optional `restoration`), so that uncertainty travels with it.
 */
export type NumericInput =
  | number
  | {
      value?: number | undefined;
      raw?: string | undefined;
      restoration?: { confidence: number; digits?: string; method?: string } | undefined;
    };

export const CALCULATION_WARNING_CODES = ['uncertain-input'] as const;
export type CalculationWarningCode = (typeof CALCULATION_WARNING_CODES)[number];

/** A reason to trust a result less: data, never console output. */
export interface CalculationWarning {
  code: CalculationWarningCode;
  /** The argument concerned: `start`, `baseline`, `target` … */
  input: string;
  message: string;
  /** Confidence of the restored input value, 0..1. */
  confidence?: number;
  /** Digits as found, before the decimal point was restored. */
  digits?: string;
}

/** A result with the warnings that apply to it. */
export interface Calculation<T> {
  value: T;
  warnings: CalculationWarning[];
}

/** The number inside an input and the warnings it carries; `value` is undefined when absent. */
export function readInput(
  input: NumericInput | undefined,
  name: string,
): { value: number | undefined; warnings: CalculationWarning[] } {
  if (input === undefined) return { value: undefined, warnings: [] };
  if (typeof input === 'number') return { value: input, warnings: [] };
  const warnings: CalculationWarning[] = [];
  const restoration = input.restoration;
  // Confidence 1 means certain (written with its point or confirmed): nothing to warn about.
  if (restoration && restoration.confidence < 1) {
    const warning: CalculationWarning = {
      code: 'uncertain-input',
      input: name,
      message: `${name} ${input.value ?? ''} was restored from digits ${restoration.digits ?? '?'} with confidence ${restoration.confidence}`,
      confidence: restoration.confidence,
    };
    if (restoration.digits !== undefined) warning.digits = restoration.digits;
    warnings.push(warning);
  }
  return { value: input.value, warnings };
}

/** Like {@link readInput} but throws when the number is missing or not finite. */
export function requireInput(
  input: NumericInput | undefined,
  name: string,
): { value: number; warnings: CalculationWarning[] } {
  const { value, warnings } = readInput(input, name);
  if (value === undefined) throw new CalculatorError('missing-value', name, `${name} has no value`, `${name} 缺少数值。`);
  if (!Number.isFinite(value)) throw new CalculatorError('not-finite', name, `${name} is not finite: ${value}`, `${name} 须为有限数值，实为 ${value}。`);
  return { value, warnings };
}

/** Round away binary noise (1.1 × 1.1 = 1.2100000000000002) without hiding real precision. */
export function clean(value: number): number {
  return Number(value.toPrecision(12));
}
