import { z } from 'zod';
import { PositionSchema } from './position.js';
import { SEVERITIES, DIAGNOSTIC_CODES } from './vocabularies.js';

export const SeveritySchema = z.enum(SEVERITIES);
export type Severity = z.infer<typeof SeveritySchema>;

export const DiagnosticCodeSchema = z.enum(DIAGNOSTIC_CODES);
export type DiagnosticCode = z.infer<typeof DiagnosticCodeSchema>;

/**
 * A finding about the input: data, never console output.
 * `message` is English and meant for people; match on `code`, read details from `data`.
 */
export const DiagnosticSchema = z.object({
  code: DiagnosticCodeSchema,
  severity: SeveritySchema,
  message: z.string(),
  /** Values interpolated into the message, for localization and tools. */
  data: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional(),
  position: PositionSchema.optional(),
});
export type Diagnostic = z.infer<typeof DiagnosticSchema>;
