import { z } from 'zod';
import { DiagnosticSchema } from '../models/diagnostic.js';
import { DocumentSchema, GazetteSchema, ParseResultSchema } from '../models/document.js';
import { IndicatorTableSchema } from '../models/indicator.js';
import { MetaSchema } from '../models/meta.js';
import { NodeSchema } from '../models/node.js';
import { PanelSchema } from '../models/panel.js';
import { PositionSchema } from '../models/position.js';
import { QuantitySchema } from '../models/quantity.js';
import { TargetSchema } from '../models/target.js';
import { UnitSchema } from '../models/unit.js';

/**
 * The public models that get a JSON Schema, by file name (`schema/<name>.json`), with the zod
 * schema they are generated from and a one-line description.
 */
export const PUBLIC_MODELS = {
  'parse-result': { schema: ParseResultSchema, description: 'What parseDocument returns: a PolicyDocument or a Gazette.' },
  document: { schema: DocumentSchema, description: 'A parsed policy document (decision, plan, regulation, …).' },
  gazette: { schema: GazetteSchema, description: 'A gazette (公报) issue bundling many documents.' },
  node: { schema: NodeSchema, description: 'One node of a document tree (编/章/节/条/款/项/目, points, panels, tables, text).' },
  meta: { schema: MetaSchema, description: 'Document metadata: title, issuer, document number, dates, history.' },
  diagnostic: { schema: DiagnosticSchema, description: 'A finding about the input, with a stable code and a position.' },
  position: { schema: PositionSchema, description: 'A span of the original input (1-based line/column, 0-based offset).' },
  quantity: { schema: QuantitySchema, description: 'A value as stated, with qualifier, bounds and decimal restoration.' },
  unit: { schema: UnitSchema, description: 'A unit as written, parsed into base unit and multiplier.' },
  'indicator-table': { schema: IndicatorTableSchema, description: 'An indicator table (主要指标) from extractIndicatorTables.' },
  panel: { schema: PanelSchema, description: 'A 专栏 panel from extractPanels.' },
  target: { schema: TargetSchema, description: 'A numeric target from running text, from extractTargets.' },
} as const;

/** Names of the public models with a JSON Schema. */
export type PublicModelName = keyof typeof PUBLIC_MODELS;

/** A JSON Schema (draft 2020-12) document. */
export type JsonSchema = Record<string, unknown>;

/**
 * The JSON Schema (draft 2020-12) of a public model, generated from its zod schema with zod 4's
 * `z.toJSONSchema` (output types: what the parsers produce). The files in the package's `schema/`
 * folder are exactly these, one per model.
 *
 * @param name - a key of {@link PUBLIC_MODELS}
 * @returns the schema, with `$id` `urn:zhengce:schema:<name>`, `title` and `description`
 * @example
 * toJsonSchema('document').required; // ['kind', 'profile', 'meta', 'children', 'diagnostics', 'position']
 */
export function toJsonSchema(name: PublicModelName): JsonSchema {
  const model = PUBLIC_MODELS[name];
  const generated = z.toJSONSchema(model.schema, { target: 'draft-2020-12', io: 'output' }) as JsonSchema;
  const { $schema, ...rest } = generated;
  return {
    $schema,
    $id: `urn:zhengce:schema:${name}`,
    title: name,
    description: model.description,
    ...rest,
  };
}

/** Every public model's JSON Schema, keyed by file name without `.json`. */
export function toJsonSchemas(): Record<PublicModelName, JsonSchema> {
  return Object.fromEntries(
    (Object.keys(PUBLIC_MODELS) as PublicModelName[]).map((name) => [name, toJsonSchema(name)]),
  ) as Record<PublicModelName, JsonSchema>;
}
