/**
 * What both entries export besides the models: the parsers, calculators, renderers and their
 * types. `index.ts` adds the models with their zod schemas; `lite.ts` the models' types and
 * value lists only.
 */
export { SourceText } from './source/source-text.js';
export { foldWidth } from './normalize/width.js';
export { parseChineseNumeral, toChineseNumeral } from './numerals/chinese-numerals.js';
export * from './units/index.js';
export * from './calculators/index.js';
export * from './targets/index.js';
export * from './tables/index.js';
export * from './panels/index.js';
export { CodedError, ZhengceError, ERROR_CODES, localizeError, type ErrorCode, type LocalizedError } from './errors/zhengce-error.js';
export { decode, ENCODINGS, type Encoding, type Input, type DecodeOptions, type DecodedText } from './decode/decode.js';
export {
  parseDocument,
  parseDecision,
  parsePlan,
  parseRegulation,
  parseGazette,
  safeParseDocument,
  safeParseDecision,
  safeParsePlan,
  safeParseRegulation,
  safeParseGazette,
  isGazette,
  documentsOf,
  type ParseOptions,
  type SafeParseResult,
} from './parse/parse.js';
export { parseAll, type ParseAllOptions, type ParsedText } from './parse/parse-all.js';
export type { DocumentTarget } from './targets/extract-targets.js';
export { planEndYear } from './meta/plan-period.js';
export { parseDate } from './meta/dates.js';
export { parseDocNumber } from './meta/doc-number.js';
export { parseHistory } from './meta/history.js';
export { kindFromTitle } from './meta/classify-kind.js';
export { matchLabel, type Label, type LabelKind } from './hierarchy/labels.js';
export * from './render/index.js';
export { escapeMarkup } from './interchange/escape.js';
export { toAkomaNtoso, AKN_NAMESPACE, type AkomaNtosoOptions } from './interchange/akoma-ntoso.js';
export type { PublicModelName, JsonSchema } from './interchange/json-schema.js';
