import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Languages with a full translation. Anything else falls back to zh-CN (or en for other `en-*`). */
export const LANGS = ['zh-CN', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** Every UI string the components show. Both translations must fill every key (checked by tsc). */
export interface Translation {
  loading: string;
  empty: string;
  loadError: (reason: string) => string;
  invalidData: string;
  parserUnavailable: string;
  // indicator table
  indicatorCaption: string;
  colNumber: string;
  colName: string;
  colUnit: string;
  colBase: (year?: number) => string;
  colTarget: (year?: number) => string;
  colGrowth: string;
  colActual: (year?: number) => string;
  colActualGrowth: string;
  restored: (digits: string, confidencePercent: number) => string;
  restoredLegend: string;
  colProgress: string;
  colAttribute: string;
  attribute: { expected: string; binding: string };
  progress: { achieved: string; 'on-track': string; 'off-track': string; unknown: string };
  filterAttribute: string;
  filterCategory: string;
  all: string;
  search: string;
  searchPlaceholder: string;
  showing: (shown: number, total: number) => string;
  downloadCsv: string;
  sortBy: (column: string) => string;
  uncategorized: string;
  notes: string;
  noMatches: string;
  // qualifiers
  qualifier: {
    about: (n: string) => string;
    'at-least': (n: string) => string;
    'more-than': (n: string) => string;
    'at-most': (n: string) => string;
    'less-than': (n: string) => string;
  };
  strive: (v: string) => string;
  // project list
  projectsCaption: string;
  filterAction: string;
  projectCount: (n: number) => string;
  projectsShowing: (shown: number, total: number) => string;
  // document
  outline: string;
  showDiagnostics: string;
  hideDiagnostics: string;
  diagnostics: string;
  noDiagnostics: string;
  severity: { error: string; warning: string; info: string };
  lineColumn: (line: number, column: number) => string;
  untitled: string;
  // target progress
  chartTitle: (name: string) => string;
  chartSummary: (parts: { name: string; base: string; target: string; latest?: string; status: string }) => string;
  colYear: string;
  colValue: string;
  colKind: string;
  kindBase: string;
  kindTarget: string;
  kindActual: string;
  kindRequired: string;
  dataTable: string;
  // target list
  targetsCaption: string;
  colIndicator: string;
  colTargetValue: string;
  targetKind: { level: string; share: string; 'annual-growth': string; 'cumulative-change': string; reduction: string; count: string };
  filterKind: string;
  filterRole: string;
  roleGoal: string;
  roleReview: string;
  planEnd: (year: number) => string;
  targetsShowing: (shown: number, total: number) => string;
  noTargets: string;
}

const zhNumberSuffix = (n: string, s: string): string => `${n}${s}`;

export const zhCN: Translation = {
  loading: '正在加载…',
  empty: '暂无数据',
  loadError: (r) => `无法加载数据：${r}`,
  invalidData: '数据格式不正确',
  parserUnavailable: '当前环境无法解析文本（未找到 @zhengce/core）',
  indicatorCaption: '主要指标',
  colNumber: '序号',
  colName: '指标',
  colUnit: '单位',
  colBase: (y) => (y ? `${y}年` : '基期'),
  colTarget: (y) => (y ? `${y}年目标` : '目标'),
  colGrowth: '年均增长/累计',
  colActual: (y) => (y ? `${y}年实际` : '实际'),
  colActualGrowth: '实际增长',
  restored: (d, c) => `（小数点由原文数字“${d}”推断，置信度 ${c}%）`,
  restoredLegend: '虚线下划线：小数点由程序推断的数值',
  colProgress: '进展',
  colAttribute: '属性',
  attribute: { expected: '预期性', binding: '约束性' },
  progress: { achieved: '已实现', 'on-track': '进展顺利', 'off-track': '进展滞后', unknown: '无法判断' },
  filterAttribute: '属性',
  filterCategory: '类别',
  all: '全部',
  search: '搜索指标',
  searchPlaceholder: '输入指标名称',
  showing: (s, t) => `显示 ${s} / ${t} 项指标`,
  downloadCsv: '下载 CSV',
  sortBy: (c) => `按“${c}”排序`,
  uncategorized: '其他',
  notes: '注',
  noMatches: '没有符合条件的指标',
  qualifier: {
    about: (n) => zhNumberSuffix(n, '左右'),
    'at-least': (n) => `≥${n}`,
    'more-than': (n) => `>${n}`,
    'at-most': (n) => `≤${n}`,
    'less-than': (n) => `<${n}`,
  },
  strive: (v) => `力争${v}`,
  projectsCaption: '项目清单',
  filterAction: '类型',
  projectCount: (n) => `${n} 个项目`,
  projectsShowing: (s, t) => `显示 ${s} / ${t} 个项目`,
  outline: '目录',
  showDiagnostics: '显示诊断信息',
  hideDiagnostics: '隐藏诊断信息',
  diagnostics: '诊断信息',
  noDiagnostics: '没有诊断信息',
  severity: { error: '错误', warning: '警告', info: '提示' },
  lineColumn: (l, c) => `第 ${l} 行第 ${c} 列`,
  untitled: '（无标题）',
  chartTitle: (n) => `${n}：目标进展`,
  chartSummary: ({ name, base, target, latest, status }) =>
    `${name}：基期 ${base}，目标 ${target}${latest ? `，最新 ${latest}` : ''}。${status}。`,
  colYear: '年份',
  colValue: '数值',
  colKind: '类型',
  kindBase: '基期',
  kindTarget: '目标',
  kindActual: '实际',
  kindRequired: '达标路径',
  dataTable: '数据表',
  targetsCaption: '文中目标',
  colIndicator: '指标',
  colTargetValue: '目标值',
  targetKind: { level: '水平', share: '比重', 'annual-growth': '年均增长', 'cumulative-change': '累计变化', reduction: '降低', count: '数量' },
  filterKind: '类型',
  filterRole: '性质',
  roleGoal: '目标',
  roleReview: '回顾',
  planEnd: (y) => `${y}（规划期末）`,
  targetsShowing: (s, t) => `显示 ${s} / ${t} 项目标`,
  noTargets: '没有符合条件的目标',
};

export const en: Translation = {
  loading: 'Loading…',
  empty: 'No data',
  loadError: (r) => `Could not load data: ${r}`,
  invalidData: 'The data is not in the expected format',
  parserUnavailable: 'Text cannot be parsed here (@zhengce/core is not available)',
  indicatorCaption: 'Main indicators',
  colNumber: 'No.',
  colName: 'Indicator',
  colUnit: 'Unit',
  colBase: (y) => (y ? `${y}` : 'Base'),
  colTarget: (y) => (y ? `${y} target` : 'Target'),
  colGrowth: 'Annual growth / cumulative',
  colActual: (y) => (y ? `${y} actual` : 'Actual'),
  colActualGrowth: 'Actual growth',
  restored: (d, c) => ` (decimal point inferred from the digits “${d}”, confidence ${c}%)`,
  restoredLegend: 'Dotted underline: decimal point inferred by the parser',
  colProgress: 'Progress',
  colAttribute: 'Attribute',
  attribute: { expected: 'Expected', binding: 'Binding' },
  progress: { achieved: 'Achieved', 'on-track': 'On track', 'off-track': 'Off track', unknown: 'Unknown' },
  filterAttribute: 'Attribute',
  filterCategory: 'Category',
  all: 'All',
  search: 'Search indicators',
  searchPlaceholder: 'Indicator name',
  showing: (s, t) => `Showing ${s} of ${t} indicators`,
  downloadCsv: 'Download CSV',
  sortBy: (c) => `Sort by ${c}`,
  uncategorized: 'Other',
  notes: 'Notes',
  noMatches: 'No indicators match',
  qualifier: {
    about: (n) => `about ${n}`,
    'at-least': (n) => `≥${n}`,
    'more-than': (n) => `>${n}`,
    'at-most': (n) => `≤${n}`,
    'less-than': (n) => `<${n}`,
  },
  strive: (v) => `strive for ${v}`,
  projectsCaption: 'Projects',
  filterAction: 'Action',
  projectCount: (n) => `${n} ${n === 1 ? 'project' : 'projects'}`,
  projectsShowing: (s, t) => `Showing ${s} of ${t} projects`,
  outline: 'Contents',
  showDiagnostics: 'Show diagnostics',
  hideDiagnostics: 'Hide diagnostics',
  diagnostics: 'Diagnostics',
  noDiagnostics: 'No diagnostics',
  severity: { error: 'Error', warning: 'Warning', info: 'Info' },
  lineColumn: (l, c) => `line ${l}, column ${c}`,
  untitled: '(untitled)',
  chartTitle: (n) => `${n}: progress to target`,
  chartSummary: ({ name, base, target, latest, status }) =>
    `${name}: base ${base}, target ${target}${latest ? `, latest ${latest}` : ''}. ${status}.`,
  colYear: 'Year',
  colValue: 'Value',
  colKind: 'Kind',
  kindBase: 'Base',
  kindTarget: 'Target',
  kindActual: 'Actual',
  kindRequired: 'Path to target',
  dataTable: 'Data table',
  targetsCaption: 'Targets in the text',
  colIndicator: 'Indicator',
  colTargetValue: 'Value',
  targetKind: { level: 'Level', share: 'Share', 'annual-growth': 'Annual growth', 'cumulative-change': 'Change', reduction: 'Reduction', count: 'Count' },
  filterKind: 'Kind',
  filterRole: 'Stated as',
  roleGoal: 'Goal',
  roleReview: 'Review',
  planEnd: (y) => `${y} (plan end)`,
  targetsShowing: (s, t) => `Showing ${s} of ${t} targets`,
  noTargets: 'No targets match',
};

export const TRANSLATIONS: Record<Lang, Translation> = { 'zh-CN': zhCN, en };

/** Maps any BCP 47 tag to a supported language: `en-GB` → `en`, `zh`, `zh-Hans`, `` → `zh-CN`. */
export function normalizeLang(tag: string | null | undefined): Lang {
  const t = (tag ?? '').trim().toLowerCase();
  if (t === 'en' || t.startsWith('en-')) return 'en';
  return 'zh-CN';
}

/**
 * Resolves the language of an element: its own `lang`, the nearest ancestor's `lang`
 * (crossing shadow roots), then `<html lang>`, then zh-CN.
 */
export function resolveLang(el: Element): Lang {
  let node: Node | null = el;
  while (node) {
    if (node instanceof Element && node.getAttribute('lang')) return normalizeLang(node.getAttribute('lang'));
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return 'zh-CN';
}

/**
 * Tracks the host's language; re-renders the host when its `lang` or `<html lang>` changes.
 * No DOM work happens until the host connects (SSR-safe).
 */
export class LocalizeController implements ReactiveController {
  private observer?: MutationObserver;
  lang: Lang = 'zh-CN';
  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }
  get t(): Translation {
    return TRANSLATIONS[this.lang];
  }
  hostConnected(): void {
    this.update();
    this.observer = new MutationObserver(() => {
      if (this.update()) this.host.requestUpdate();
    });
    this.observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
    this.observer.observe(this.host, { attributes: true, attributeFilter: ['lang'] });
  }
  hostDisconnected(): void {
    this.observer?.disconnect();
  }
  /** Re-reads the language; true when it changed. */
  update(): boolean {
    const next = resolveLang(this.host);
    const changed = next !== this.lang;
    this.lang = next;
    return changed;
  }
}
