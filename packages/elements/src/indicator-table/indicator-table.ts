import { html, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { Indicator, IndicatorTable, IndicatorValue } from '@zhengce/core';
import { ZcDataElement } from '../shared/data-element.js';
import { ZcFilterEvent, ZcSortEvent, type SortDirection } from '../shared/events.js';
import { controlsStyles, filterSelect, searchInput } from '../shared/controls.js';
import { csvFilename, downloadCsv, toCsv } from '../shared/csv.js';
import { formatQuantity, quantityText } from '../shared/format.js';
import { isIndicatorTable } from '../shared/guards.js';
import { assessIndicatorProgress, type IndicatorProgress, type ProgressDisplayStatus } from '../shared/progress.js';
import { tableStyles } from '../shared/table-styles.js';
import { baseStyles } from '../shared/theme.js';
import { indicatorTableStyles } from './indicator-table.styles.js';

export const INDICATOR_COLUMNS = [
  'number',
  'name',
  'unit',
  'base',
  'target',
  'growth',
  'actual',
  'actualGrowth',
  'progress',
  'attribute',
] as const;
export type IndicatorColumnKey = (typeof INDICATOR_COLUMNS)[number];

/** One displayed row: an indicator, or one part of a compound row (`0/5/0/1`). */
interface Row {
  key: string;
  order: number;
  category: string;
  indicator: Indicator;
  isPart: boolean;
  progress?: IndicatorProgress;
}

const STATUS_ORDER: Record<ProgressDisplayStatus, number> = { achieved: 0, 'on-track': 1, 'off-track': 2, unknown: 3 };

const first = (ind: Indicator, role: IndicatorValue['role']): IndicatorValue | undefined =>
  ind.values.find((v) => v.role === role);
/** In a review table the 实现情况 group holds the actual value and the actual growth. */
const actualGroupOf = (ind: Indicator): string | undefined => ind.values.find((v) => v.role === 'actual' && v.group)?.group;
const plannedGrowth = (ind: Indicator): IndicatorValue | undefined => {
  const g = actualGroupOf(ind);
  return ind.values.find((v) => v.role === 'growth' && (g === undefined || v.group !== g));
};
const actualGrowth = (ind: Indicator): IndicatorValue | undefined => {
  const g = actualGroupOf(ind);
  return g === undefined ? undefined : ind.values.find((v) => v.role === 'growth' && v.group === g);
};
const latestActual = (ind: Indicator): IndicatorValue | undefined =>
  ind.values.filter((v) => v.role === 'actual').sort((a, b) => (a.year ?? 0) - (b.year ?? 0)).at(-1);

/**
 * An indicator table (主要指标): indicators grouped by category with unit, base, target,
 * growth, attribute and — where actual values exist — progress. Sortable columns, filters by
 * attribute and category, search by name, CSV download, print styles and a stacked layout in
 * narrow containers.
 *
 * @summary Accessible, sortable, filterable indicator table (主要指标表).
 *
 * @slot - An optional `<script type="application/json">` holding an `IndicatorTable`.
 *
 * @event zc-load - Data from `src` or inline JSON loaded. `ZcLoadEvent`.
 * @event zc-error - Loading or validation failed; the element shows the message. `ZcErrorEvent`.
 * @event zc-sort - The user sorted a column. `ZcSortEvent` with `column` and `direction`.
 * @event zc-filter - Filters or the search changed. `ZcFilterEvent` with `filters` and `shown`.
 * @event zc-download - Before the CSV download; cancelable. `ZcDownloadEvent` with `csv`.
 *
 * @csspart controls - The filter, search and download bar.
 * @csspart table - The `<table>` element.
 * @csspart caption - The table caption.
 * @csspart badge - Attribute and progress badges.
 * @csspart download - The download button.
 * @csspart status - Loading, empty and count messages.
 * @csspart error - The error message (role=alert).
 * @csspart notes - The table notes.
 *
 * @cssproperty --zc-font-family - Font family.
 * @cssproperty --zc-font-size - Base font size.
 * @cssproperty --zc-color-text - Text color.
 * @cssproperty --zc-color-muted - Secondary text color.
 * @cssproperty --zc-color-bg - Background color.
 * @cssproperty --zc-color-surface - Header and group row background.
 * @cssproperty --zc-color-border - Border color.
 * @cssproperty --zc-color-accent - Category heading color.
 * @cssproperty --zc-color-expected - 预期性 badge color.
 * @cssproperty --zc-color-binding - 约束性 badge color.
 * @cssproperty --zc-color-achieved - "Achieved" badge color.
 * @cssproperty --zc-color-on-track - "On track" badge color.
 * @cssproperty --zc-color-off-track - "Off track" badge color.
 * @cssproperty --zc-color-error - Error message color.
 * @cssproperty --zc-focus-ring - Focus outline, e.g. `3px solid #1d4f91`.
 * @cssproperty --zc-radius - Corner radius.
 * @cssproperty --zc-space - Base spacing unit.
 */
export class ZcIndicatorTable extends ZcDataElement<IndicatorTable> {
  static override styles = [baseStyles, controlsStyles, tableStyles, indicatorTableStyles];

  @state() private sortKey: IndicatorColumnKey | undefined;
  @state() private sortDirection: SortDirection = 'ascending';
  @state() private attributeFilter = '';
  @state() private categoryFilter = '';
  @state() private query = '';

  protected validate(value: unknown): IndicatorTable | undefined {
    return isIndicatorTable(value) ? value : undefined;
  }

  private years(): { base?: number; target?: number; actual?: number } {
    const cols = this.data?.columns ?? [];
    const year = (role: string): number | undefined => cols.find((c) => c.role === role)?.year;
    const r: { base?: number; target?: number; actual?: number } = {};
    const b = year('baseline');
    const t = year('target');
    const a = year('actual');
    if (b !== undefined) r.base = b;
    if (t !== undefined) r.target = t;
    if (a !== undefined) r.actual = a;
    return r;
  }

  private rows(): Row[] {
    const table = this.data;
    if (!table) return [];
    const years = this.years();
    const rows: Row[] = [];
    table.indicators.forEach((ind, i) => {
      const category = ind.category ?? this.t.uncategorized;
      const hasActual = ind.values.some((v) => v.role === 'actual');
      const row: Row = { key: `i${i}`, order: rows.length, category, indicator: ind, isPart: false };
      if (hasActual) row.progress = assessIndicatorProgress(ind, years);
      rows.push(row);
      ind.parts?.forEach((part, j) => {
        const p: Row = { key: `i${i}p${j}`, order: rows.length, category, indicator: part, isPart: true };
        if (part.values.some((v) => v.role === 'actual')) p.progress = assessIndicatorProgress(part, years);
        rows.push(p);
      });
    });
    return rows;
  }

  private hasActuals(): boolean {
    return this.rows().some((r) => r.indicator.values.some((v) => v.role === 'actual'));
  }

  private columns(): IndicatorColumnKey[] {
    const actual = this.hasActuals();
    const grown = actual && this.rows().some((r) => actualGrowth(r.indicator));
    return INDICATOR_COLUMNS.filter(
      (c) => (actual || (c !== 'actual' && c !== 'progress')) && (grown || c !== 'actualGrowth'),
    );
  }

  private columnLabel(c: IndicatorColumnKey): string {
    const t = this.t;
    const y = this.years();
    switch (c) {
      case 'number': return t.colNumber;
      case 'name': return t.colName;
      case 'unit': return t.colUnit;
      case 'base': return t.colBase(y.base);
      case 'target': return t.colTarget(y.target);
      case 'growth': return t.colGrowth;
      case 'actual': return t.colActual(y.actual);
      case 'actualGrowth': return t.colActualGrowth;
      case 'progress': return t.colProgress;
      case 'attribute': return t.colAttribute;
    }
  }

  private cellText(row: Row, c: IndicatorColumnKey): string {
    const ind = row.indicator;
    const t = this.t;
    const lang = this.localize.lang;
    switch (c) {
      case 'number': return ind.numberLabel ?? (ind.number === undefined ? '' : String(ind.number));
      case 'name': return ind.name;
      case 'unit': return ind.unit?.raw ?? '';
      case 'base': return quantityText(first(ind, 'baseline'), lang, t);
      case 'target': return quantityText(first(ind, 'target'), lang, t);
      case 'growth': return quantityText(plannedGrowth(ind), lang, t);
      case 'actual': return quantityText(latestActual(ind), lang, t);
      case 'actualGrowth': return quantityText(actualGrowth(ind), lang, t);
      case 'progress': return row.progress ? t.progress[row.progress.status] : '';
      case 'attribute': return ind.attribute ? t.attribute[ind.attribute] : '';
    }
  }

  private sortValue(row: Row, c: IndicatorColumnKey): number | string | undefined {
    const ind = row.indicator;
    switch (c) {
      case 'number': return ind.number ?? row.order;
      case 'base': return first(ind, 'baseline')?.value;
      case 'target': return first(ind, 'target')?.value;
      case 'growth': return plannedGrowth(ind)?.value;
      case 'actual': return latestActual(ind)?.value;
      case 'actualGrowth': return actualGrowth(ind)?.value;
      case 'progress': return row.progress ? STATUS_ORDER[row.progress.status] : undefined;
      default: return this.cellText(row, c);
    }
  }

  private visibleRows(): Row[] {
    const q = this.query.trim().toLowerCase();
    let rows = this.rows().filter(
      (r) =>
        (!this.attributeFilter || r.indicator.attribute === this.attributeFilter) &&
        (!this.categoryFilter || r.category === this.categoryFilter) &&
        (!q || r.indicator.name.toLowerCase().includes(q) || r.indicator.rawName.toLowerCase().includes(q)),
    );
    const key = this.sortKey;
    if (key) {
      const dir = this.sortDirection === 'ascending' ? 1 : -1;
      const collator = new Intl.Collator(this.localize.lang);
      rows = [...rows].sort((a, b) => {
        const va = this.sortValue(a, key);
        const vb = this.sortValue(b, key);
        // Missing values sort last in both directions.
        if (va === undefined || va === '') return vb === undefined || vb === '' ? a.order - b.order : 1;
        if (vb === undefined || vb === '') return -1;
        const cmp = typeof va === 'number' && typeof vb === 'number' ? va - vb : collator.compare(String(va), String(vb));
        return cmp === 0 ? a.order - b.order : cmp * dir;
      });
    }
    return rows;
  }

  private categories(): string[] {
    // Distinct names in table order (extracted tables may list a category more than once).
    const names = new Set((this.data?.categories ?? []).map((c) => c.name));
    for (const r of this.rows()) names.add(r.category);
    return [...names];
  }

  /** Sorts by a column (toggling direction when already sorted by it); `undefined` restores document order. */
  sortBy(column: IndicatorColumnKey | undefined, direction?: SortDirection): void {
    if (column === undefined) {
      this.sortKey = undefined;
      return;
    }
    const next: SortDirection =
      direction ?? (this.sortKey === column && this.sortDirection === 'ascending' ? 'descending' : 'ascending');
    this.sortKey = column;
    this.sortDirection = next;
    this.dispatchEvent(new ZcSortEvent(column, next));
  }

  /** The visible rows (after filters, search and sort) as CSV text. */
  toCsv(): string {
    const cols: IndicatorColumnKey[] = ['number', 'name', 'unit', 'base', 'target', 'growth'];
    if (this.hasActuals()) cols.push(...this.columns().filter((c) => c === 'actual' || c === 'actualGrowth' || c === 'progress'));
    cols.push('attribute');
    const header = [this.columnLabel('number'), this.t.filterCategory, ...cols.slice(1).map((c) => this.columnLabel(c))];
    const body = this.visibleRows().map((r) => [this.cellText(r, 'number'), r.category, ...cols.slice(1).map((c) => this.cellText(r, c))]);
    return toCsv([header, ...body]);
  }

  /** Downloads the visible rows as CSV unless a `zc-download` listener calls preventDefault(). */
  download(): void {
    downloadCsv(this, this.toCsv(), csvFilename(this.data?.title ?? 'indicators'));
  }

  private emitFilter(): void {
    void this.updateComplete.then(() => {
      this.dispatchEvent(
        new ZcFilterEvent(
          { attribute: this.attributeFilter, category: this.categoryFilter, query: this.query },
          this.visibleRows().length,
        ),
      );
    });
  }

  private renderControls(shown: number, total: number): TemplateResult {
    const t = this.t;
    return html`
      <div class="controls no-print" part="controls">
        ${filterSelect(
          t.filterAttribute,
          this.attributeFilter,
          t.all,
          [
            { value: 'expected', text: t.attribute.expected },
            { value: 'binding', text: t.attribute.binding },
          ],
          (value) => {
            this.attributeFilter = value;
            this.emitFilter();
          },
        )}
        ${filterSelect(
          t.filterCategory,
          this.categoryFilter,
          t.all,
          this.categories().map((c) => ({ value: c, text: c })),
          (value) => {
            this.categoryFilter = value;
            this.emitFilter();
          },
        )}
        ${searchInput(t.search, this.query, t.searchPlaceholder, (value) => {
          this.query = value;
          this.emitFilter();
        })}
        <button type="button" part="download" @click=${() => this.download()}>${t.downloadCsv}</button>
      </div>
      <p class="status" role="status" part="status">${t.showing(shown, total)}</p>
    `;
  }

  private renderHeader(cols: IndicatorColumnKey[]): TemplateResult {
    return html`<tr role="row">
      ${cols.map((c) => {
        const label = this.columnLabel(c);
        const sorted = this.sortKey === c ? this.sortDirection : undefined;
        const icon = sorted === 'ascending' ? '▲' : sorted === 'descending' ? '▼' : '↕';
        return html`<th scope="col" role="columnheader" aria-sort=${sorted ?? 'none'} data-column=${c}>
          <button type="button" @click=${() => this.sortBy(c)} aria-label=${this.t.sortBy(label)}>
            <span>${label}</span><span class="sort-icon" aria-hidden="true">${icon}</span>
          </button>
        </th>`;
      })}
    </tr>`;
  }

  private renderCell(row: Row, c: IndicatorColumnKey): TemplateResult {
    const ind = row.indicator;
    const label = this.columnLabel(c);
    const lang = this.localize.lang;
    const t = this.t;
    switch (c) {
      case 'name':
        return html`<th scope="row" role="rowheader" data-label=${label}>
          <span>${ind.name}</span>${ind.footnotes?.length ? html`<sup>${ind.footnotes.join('')}</sup>` : nothing}
        </th>`;
      case 'base':
      case 'target':
      case 'growth':
      case 'actual':
      case 'actualGrowth': {
        const v =
          c === 'actual' ? latestActual(ind)
          : c === 'actualGrowth' ? actualGrowth(ind)
          : c === 'growth' ? plannedGrowth(ind)
          : first(ind, c === 'base' ? 'baseline' : 'target');
        const r = v?.restoration;
        // A decimal point restored by the parser with less than full confidence: say so.
        const uncertain = r !== undefined && r.confidence < 1;
        return html`<td role="cell" class="num ${uncertain ? 'uncertain' : ''}" data-label=${label}>
          ${formatQuantity(v, lang, t)}${uncertain
            ? html`<span class="visually-hidden">${t.restored(r.digits, Math.round(r.confidence * 100))}</span>`
            : nothing}
        </td>`;
      }
      case 'progress':
        return html`<td role="cell" data-label=${label}>
          ${row.progress
            ? html`<span class="badge ${row.progress.status}" part="badge progress-badge">${t.progress[row.progress.status]}</span>`
            : nothing}
        </td>`;
      case 'attribute':
        return html`<td role="cell" data-label=${label}>
          ${ind.attribute
            ? html`<span class="badge ${ind.attribute}" part="badge attribute-badge">${t.attribute[ind.attribute]}</span>`
            : nothing}
        </td>`;
      default:
        return html`<td role="cell" data-label=${label}>${this.cellText(row, c)}</td>`;
    }
  }

  override render(): TemplateResult {
    const state = this.renderState((d) => d.indicators.length === 0);
    if (state) return state;
    const table = this.data!;
    const cols = this.columns();
    const all = this.rows();
    const rows = this.visibleRows();
    const groups = this.categories()
      .map((name) => ({ name, rows: rows.filter((r) => r.category === name) }))
      .filter((g) => g.rows.length > 0);
    const caption = [table.panelLabel, table.title].filter(Boolean).join(' ');
    // Explicit table roles: narrow containers restyle rows as cards (display: block), and
    // browsers drop a table's semantics from the accessibility tree when its display changes.
    return html`
      ${this.renderControls(rows.length, all.length)}
      <div class="wrap">
        <table part="table" role="table">
          <caption part="caption">${caption || this.t.indicatorCaption}</caption>
          <thead role="rowgroup">${this.renderHeader(cols)}</thead>
          ${repeat(
            groups,
            (g) => g.name,
            (g) => html`<tbody role="rowgroup">
              <tr class="group" role="row"><th scope="rowgroup" role="rowheader" colspan=${cols.length}>${g.name}</th></tr>
              ${repeat(
                g.rows,
                (r) => r.key,
                (r) => html`<tr role="row" class=${r.isPart ? 'part' : ''}>${cols.map((c) => this.renderCell(r, c))}</tr>`,
              )}
            </tbody>`,
          )}
        </table>
      </div>
      ${rows.length === 0 ? html`<p class="status" part="status">${this.t.noMatches}</p>` : nothing}
      ${all.some((r) => r.indicator.values.some((v) => v.restoration && v.restoration.confidence < 1))
        ? html`<p class="notes" part="notes">${this.t.restoredLegend}</p>`
        : nothing}
      ${table.notes?.length
        ? html`<div class="notes" part="notes">
            <p>${this.t.notes}</p>
            <ol>${table.notes.map((n) => html`<li><span>${n.mark}</span> ${n.text}</li>`)}</ol>
          </div>`
        : nothing}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'zc-indicator-table': ZcIndicatorTable;
  }
}
