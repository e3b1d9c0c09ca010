export { escapeMarkup } from './escape.js';
export { toAkomaNtoso, AKN_NAMESPACE, type AkomaNtosoOptions } from './akoma-ntoso.js';
export { toJsonSchema, toJsonSchemas, PUBLIC_MODELS, type PublicModelName, type JsonSchema } from './json-schema.js';
