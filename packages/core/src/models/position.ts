import { z } from 'zod';

/**
 * A place in the ORIGINAL input: 1-based `line` and `column`, 0-based `offset`
 * (UTF-16 code units into the decoded text, as JavaScript strings count).
 */
export const PointSchema = z.object({
  line: z.number().int().min(1),
  column: z.number().int().min(1),
  offset: z.number().int().min(0),
});
export type Point = z.infer<typeof PointSchema>;

/** A span of the original input; `end` is exclusive, as in unist. */
export const PositionSchema = z.object({
  start: PointSchema,
  end: PointSchema,
});
export type Position = z.infer<typeof PositionSchema>;
