export { UnitError, UNIT_ERROR_CODES, type UnitErrorCode } from './errors.js';
export { parseUnit, safeParseUnit, type ParseUnitOptions } from './parse-unit.js';
export { convertQuantity } from './convert-quantity.js';
export {
  parseUnitFromName,
  type NameWithUnit,
  type ParseUnitFromNameOptions,
} from './parse-unit-from-name.js';
export {
  BASE_UNITS,
  UNIT_PREFIXES,
  PER_100K_FORMS,
  UNIT_PATTERN_SOURCE,
  type BaseUnit,
  type UnitPrefix,
  type UnitDimension,
} from './unit-table.js';
