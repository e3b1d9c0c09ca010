import { z } from 'zod';
import { UNIT_DIMENSIONS } from './vocabularies.js';

/**
 * A unit as written (`万千瓦`, `亿元`, `%`, `人/亿元`) parsed into a base unit and a
 * power-of-ten multiplier, so values convert: 390 万千瓦 = 3.9e6 千瓦.
 */
export const UnitSchema = z.object({
  raw: z.string(),
  /** Base unit without magnitude prefix: `千瓦`, `元`, `%`, `平方千米`. */
  base: z.string(),
  /** Magnitude multiplier of the prefix: 万 → 1e4, 亿 → 1e8, 万亿 → 1e12. */
  multiplier: z.number(),
  dimension: z.enum(UNIT_DIMENSIONS),
});
export type Unit = z.infer<typeof UnitSchema>;
