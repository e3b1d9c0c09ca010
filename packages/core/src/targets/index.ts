export { extractTargets, type ExtractTargetsOptions } from './extract-targets.js';
export { splitSentences, type SentenceSpan } from './split-sentences.js';
export { cleanIndicator } from './clean-indicator.js';
export {
  TARGET_VERBS,
  COUNT_FIRST_VERBS,
  OBJECT_FIRST_VERBS,
  VERB_ADVERBS,
  VERB_MEANINGS,
  type VerbMeaning,
} from './verbs.js';
export { restoreTargetDecimals, showsLostDecimalPoints } from './restore-decimals.js';
export { isReviewHeading, reviewSpans } from './review-sections.js';
