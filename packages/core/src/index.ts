/**
 * `@zhengce/core`: typed models (zod schemas) and parsers for Chinese government policy
 * documents. Everything of `@zhengce/core/lite`, and the schemas that validate the results.
 *
 * @packageDocumentation
 */
export * from './models/index.js';
export * from './shared-exports.js';
export { toJsonSchema, toJsonSchemas, PUBLIC_MODELS } from './interchange/json-schema.js';
