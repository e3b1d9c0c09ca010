export { extractIndicatorTables, type ExtractIndicatorTablesOptions } from './extract.js';
export {
  restoreDecimals,
  decimalReadings,
  showsLostDecimals,
  plausibleRange,
  type RestoreDecimalsOptions,
  type DecimalReading,
} from './restore.js';
export { parseCell, type ParsedCell } from './cell.js';
export { splitNameUnit, parseTableUnit, type NameAndUnit } from './name-unit.js';
