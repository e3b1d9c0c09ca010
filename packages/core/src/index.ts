export * from './models/index.js';
export { SourceText } from './source/source-text.js';
export { foldWidth } from './normalize/width.js';
export { parseChineseNumeral, toChineseNumeral } from './numerals/chinese-numerals.js';
export * from './units/index.js';
export * from './calculators/index.js';
export * from './targets/index.js';
export * from './tables/index.js';
export * from './panels/index.js';
