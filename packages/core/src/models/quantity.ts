import { z } from 'zod';
import { QUALIFIERS, RESTORATION_METHODS } from './vocabularies.js';

export const QualifierSchema = z.enum(QUALIFIERS);
export type Qualifier = z.infer<typeof QualifierSchema>;

/** Numeric bounds implied by a qualified value; `about` keeps the value with no hard bound. */
export const BoundsSchema = z.object({
  min: z.number().optional(),
  max: z.number().optional(),
  minInclusive: z.boolean().optional(),
  maxInclusive: z.boolean().optional(),
});
export type Bounds = z.infer<typeof BoundsSchema>;

/** How a number whose decimal point was lost in extraction was restored, and how sure we are. */
export const RestorationSchema = z.object({
  /** Digits as found, e.g. `１１８３６３９`. */
  digits: z.string(),
  method: z.enum(RESTORATION_METHODS),
  /** 0..1; 1 only when the value is certain (written with its point, or confirmed by a clean copy). */
  confidence: z.number().min(0).max(1),
  /** Other readings considered, most likely first. */
  alternatives: z.array(z.number()).optional(),
  note: z.string().optional(),
});
export type Restoration = z.infer<typeof RestorationSchema>;

/**
 * A value as stated in a cell or a sentence: `6.5左右`, `[5]`, `≥95`, `控制在0.2以下`,
 * `完成国家下达目标`.
 */
export const QuantitySchema = z.object({
  raw: z.string(),
  value: z.number().optional(),
  qualifier: QualifierSchema.optional(),
  bounds: BoundsSchema.optional(),
  /** 力争: a stretch goal. */
  strive: z.boolean().optional(),
  /** Written in `[ ]`: a cumulative change over the period. */
  cumulative: z.boolean().optional(),
  /** A target stated in words instead of a number. */
  text: z.string().optional(),
  /** Footnote marks attached: `∗`, `∗∗`. */
  footnotes: z.array(z.string()).optional(),
  /** Present when digits were reinterpreted (lost decimal point). */
  restoration: RestorationSchema.optional(),
});
export type Quantity = z.infer<typeof QuantitySchema>;
