export * from './models/index.js';
export { SourceText } from './source/source-text.js';
export { foldWidth } from './normalize/width.js';
export { parseChineseNumeral, toChineseNumeral } from './numerals/chinese-numerals.js';
