import { z } from 'zod';
import { DiagnosticSchema } from './diagnostic.js';
import { MetaSchema } from './meta.js';
import { NodeSchema } from './node.js';
import { PositionSchema } from './position.js';
import { DOCUMENT_KINDS, SOURCE_PROFILES } from './vocabularies.js';

export const DocumentKindSchema = z.enum(DOCUMENT_KINDS);
export type DocumentKind = z.infer<typeof DocumentKindSchema>;

export const SourceProfileSchema = z.enum(SOURCE_PROFILES);
export type SourceProfile = z.infer<typeof SourceProfileSchema>;

/** A parsed document: decision, plan, regulation, resolution, report … */
export const DocumentSchema = z.object({
  kind: DocumentKindSchema,
  profile: SourceProfileSchema,
  meta: MetaSchema,
  children: z.array(NodeSchema),
  diagnostics: z.array(DiagnosticSchema),
  position: PositionSchema,
});
export type PolicyDocument = z.infer<typeof DocumentSchema>;

/** Gazette-level metadata: 山西省人民代表大会常务委员会公报 2021年第2期. */
export const GazetteMetaSchema = z.object({
  title: z.string().optional(),
  issuer: z.string().optional(),
  year: z.number().int().optional(),
  issue: z.number().int().optional(),
});
export type GazetteMeta = z.infer<typeof GazetteMetaSchema>;

/** A gazette (公报) issue: many documents bundled in one text. */
export const GazetteSchema = z.object({
  kind: z.literal('gazette'),
  profile: SourceProfileSchema,
  meta: GazetteMetaSchema,
  documents: z.array(DocumentSchema),
  diagnostics: z.array(DiagnosticSchema),
  position: PositionSchema,
});
export type Gazette = z.infer<typeof GazetteSchema>;

/** What `parseDocument` returns: one document, or a gazette of many. */
export const ParseResultSchema = z.union([DocumentSchema, GazetteSchema]);
export type ParseResult = z.infer<typeof ParseResultSchema>;
