import { z } from 'zod';
import { PositionSchema } from './position.js';
import { QuantitySchema } from './quantity.js';
import { UnitSchema } from './unit.js';
import { TARGET_KINDS } from './vocabularies.js';

/** A numeric target stated in running text: `地区生产总值年均增长5%左右`. */
export const TargetSchema = z.object({
  indicator: z.string(),
  kind: z.enum(TARGET_KINDS),
  quantity: QuantitySchema,
  unit: UnitSchema.optional(),
  /** Target year: stated (`到2030年`) or the plan period's end (never for a `review` result). */
  year: z.number().int().optional(),
  yearStated: z.boolean(),
  /**
   * Stated in a review of the past period (`发展基础`, `“十三五”发展成就`, `工作回顾`): a result
   * already reached, not a goal. Set by `parseAll`, which reads the headings; `extractTargets`
   * sees only text and never sets it.
   */
  review: z.boolean().optional(),
  /** The sentence it was found in. */
  sentence: z.string(),
  position: PositionSchema,
});
export type Target = z.infer<typeof TargetSchema>;
