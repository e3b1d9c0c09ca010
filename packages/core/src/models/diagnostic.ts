import { z } from 'zod';
import { PositionSchema } from './position.js';

export const SEVERITIES = ['error', 'warning', 'info'] as const;
export const SeveritySchema = z.enum(SEVERITIES);
export type Severity = z.infer<typeof SeveritySchema>;

/**
 * Stable diagnostic codes. Tools may match on them; messages may change, codes do not.
 */
export const DIAGNOSTIC_CODES = [
  // decode
  'empty-input',
  'binary-input',
  'encoding-fallback',
  'encoding-replacement',
  'input-truncated',
  // normalize / segment
  'furniture-removed',
  'front-matter-invalid',
  // hierarchy
  'numbering-gap',
  'numbering-duplicate',
  'numbering-restart',
  'heading-unplaced',
  'content-unclassified',
  'toc-skipped',
  'heading-reversed',
  'label-corrected',
  // meta
  'date-invalid',
  'meta-missing',
  'kind-uncertain',
  // tables, panels, targets
  'table-row-anomaly',
  'table-row-duplicate',
  'table-category-count',
  'table-unparsed-cell',
  'decimal-restored',
  'decimal-uncertain',
  'panel-unparsed',
  'target-unparsed',
  // appended by tables/panels
  'table-category-duplicate',
  'table-truncated',
  'table-numbering',
  'panel-end-uncertain',
] as const;
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
