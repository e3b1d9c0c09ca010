// Side-effect free: classes, events, helpers. Import `@zhengce/elements/define` (or a
// component's define module) to register the custom elements.
export { ZcIndicatorTable, INDICATOR_COLUMNS, type IndicatorColumnKey } from './indicator-table/indicator-table.js';
export { ZcProjectList } from './project-list/project-list.js';
export { ZcDocument } from './document/document.js';
export { assignAnchors, OUTLINE_TYPES } from './document/anchors.js';
export { ZcTargetProgress } from './target-progress/target-progress.js';
export { ZcTargetList } from './target-list/target-list.js';
export { ZcDataElement, type LoadState } from './shared/data-element.js';
export {
  ZcLoadEvent,
  ZcErrorEvent,
  ZcSortEvent,
  ZcFilterEvent,
  ZcDownloadEvent,
  ZcNavigateEvent,
  type SortDirection,
} from './shared/events.js';
export { LANGS, TRANSLATIONS, zhCN, en, normalizeLang, resolveLang, type Lang, type Translation } from './shared/i18n.js';
export { THEME_TOKENS, type ThemeToken } from './shared/theme.js';
export { toCsv, escapeCsvCell } from './shared/csv.js';
export { formatNumber, formatQuantity } from './shared/format.js';
export {
  assessIndicatorProgress,
  PROGRESS_DISPLAY_STATUSES,
  type ProgressDisplayStatus,
  type IndicatorProgress,
  type YearValue,
} from './shared/progress.js';

/** Tag names of every component in this package. */
export const TAG_NAMES = ['zc-indicator-table', 'zc-project-list', 'zc-document', 'zc-target-progress', 'zc-target-list'] as const;
