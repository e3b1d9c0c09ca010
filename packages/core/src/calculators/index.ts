export { CalculatorError, CALCULATOR_ERROR_CODES, type CalculatorErrorCode } from './errors.js';
export {
  CALCULATION_WARNING_CODES,
  type CalculationWarning,
  type CalculationWarningCode,
  type Calculation,
  type NumericInput,
} from './input.js';
export { compoundAnnualGrowth } from './compound-annual-growth.js';
export { requiredAnnualGrowth } from './required-annual-growth.js';
export { projectValue } from './project-value.js';
export { trajectory, type TrajectoryPoint } from './trajectory.js';
export { parseQuantity, QUANTITY_PREFIXES, QUANTITY_SUFFIXES } from './parse-quantity.js';
export { DIRECTIONS, LOWER_IS_BETTER_KEYWORDS, inferDirection, type Direction } from './direction.js';
export {
  satisfiesTarget,
  VERDICT_STATUSES,
  VERDICT_REASONS,
  type VerdictStatus,
  type VerdictReason,
  type TargetVerdict,
  type SatisfiesTargetOptions,
} from './satisfies-target.js';
export {
  assessProgress,
  PROGRESS_STATUSES,
  PROGRESS_REASONS,
  GROWTH_METHODS,
  type ProgressStatus,
  type ProgressReason,
  type GrowthMethod,
  type ProgressPoint,
  type ProgressInput,
  type ProgressAssessment,
  type AssessProgressOptions,
} from './assess-progress.js';
export { normalizeIndicatorName, NAME_SCOPE_PREFIXES } from './normalize-indicator-name.js';
export {
  compareTargetsToActuals,
  COMPARISON_REASONS,
  type ComparisonReason,
  type TargetActualRow,
  type CompareTargetsOptions,
} from './compare-targets-to-actuals.js';
export { comparePlans, type PlanComparison, type PlanComparisonRow } from './compare-plans.js';
