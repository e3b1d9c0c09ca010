import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Target } from '@zhengce/core';
import { controlsStyles, filterSelect, searchInput } from '../shared/controls.js';
import { csvFilename, downloadCsv, toCsv } from '../shared/csv.js';
import { ZcDataElement } from '../shared/data-element.js';
import { ZcFilterEvent } from '../shared/events.js';
import { formatQuantity } from '../shared/format.js';
import { isTargetList } from '../shared/guards.js';
import { tableStyles } from '../shared/table-styles.js';
import { baseStyles } from '../shared/theme.js';
import { targetListStyles } from './target-list.styles.js';

/** The kinds of target, in the order the filter lists them. */
const KINDS = ['level', 'share', 'annual-growth', 'cumulative-change', 'reduction', 'count'] as const;

/**
 * Numeric targets stated in a document's running text (`parseAll(…).targets`, `extractTargets`)
 * as an accessible table: indicator, value with its qualifier, unit, year (stated, or the plan
 * period's end) and kind. Results in a review of the past period are marked 回顾 and can be
 * filtered out; values whose decimal point the parser inferred say so to screen readers and
 * are underlined. Document text is always bound as text.
 *
 * @summary Table of the numeric targets stated in a document's text.
 *
 * @slot - An optional `<script type="application/json">` holding a `Target[]`.
 *
 * @event zc-load - Data from `src`, inline JSON or `text` loaded. `ZcLoadEvent`.
 * @event zc-error - Loading or validation failed; the element shows the message. `ZcErrorEvent`.
 * @event zc-filter - The kind or role filter or the search changed. `ZcFilterEvent`.
 * @event zc-download - Before the CSV download; cancelable. `ZcDownloadEvent` with `csv`.
 *
 * @csspart controls - The filter, search and download bar.
 * @csspart download - The download button.
 * @csspart table - The `<table>` element.
 * @csspart badge - The 回顾 (review) badge.
 * @csspart status - Loading, empty and count messages.
 * @csspart error - The error message (role=alert).
 *
 * @cssproperty --zc-font-family - Font family.
 * @cssproperty --zc-color-text - Text color.
 * @cssproperty --zc-color-muted - Secondary text color.
 * @cssproperty --zc-color-bg - Background color.
 * @cssproperty --zc-color-border - Border color.
 * @cssproperty --zc-color-accent - Caption color.
 * @cssproperty --zc-focus-ring - Focus outline.
 * @cssproperty --zc-radius - Corner radius.
 * @cssproperty --zc-space - Base spacing unit.
 */
export class ZcTargetList extends ZcDataElement<Target[]> {
  static override styles = [baseStyles, controlsStyles, tableStyles, targetListStyles];

  /** Caption of the table; defaults to 文中目标 / Targets in the text. */
  @property() caption = '';

  /** Plain document text, read in the browser with `@zhengce/core`'s `parseAll` (loaded on demand). */
  @property() text: string | undefined;

  @state() private kindFilter = '';
  @state() private roleFilter = '';
  @state() private query = '';

  protected validate(value: unknown): Target[] | undefined {
    return isTargetList(value) ? value : undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('text') && this.text !== undefined) {
      void this.acceptFromCore(this.text, () => this.text, 'parseAll', (parseAll, text) => parseAll(text).targets);
    }
  }

  private isShown(target: Target): boolean {
    const q = this.query.trim().toLowerCase();
    const role = target.review ? 'review' : 'goal';
    return (
      (!this.kindFilter || target.kind === this.kindFilter) &&
      (!this.roleFilter || role === this.roleFilter) &&
      (!q || target.indicator.toLowerCase().includes(q) || target.sentence.toLowerCase().includes(q))
    );
  }

  private onFilter(): void {
    void this.updateComplete.then(() => {
      const shown = (this.data ?? []).filter((x) => this.isShown(x)).length;
      this.dispatchEvent(new ZcFilterEvent({ kind: this.kindFilter, role: this.roleFilter, query: this.query }, shown));
    });
  }

  /** The visible targets (after filters and search) as CSV text, one row per target. */
  toCsv(): string {
    const t = this.t;
    const lang = this.localize.lang;
    const header = [t.colIndicator, t.colTargetValue, t.colUnit, t.colYear, t.colKind, t.filterRole];
    const body = (this.data ?? [])
      .filter((x) => this.isShown(x))
      .map((x) => [
        x.indicator,
        formatQuantity(x.quantity, lang, t),
        x.unit?.raw ?? '',
        this.yearText(x),
        t.targetKind[x.kind] ?? x.kind,
        x.review ? t.roleReview : t.roleGoal,
      ]);
    return toCsv([header, ...body]);
  }

  /** Downloads the visible targets as CSV unless a `zc-download` listener calls preventDefault(). */
  download(): void {
    downloadCsv(this, this.toCsv(), csvFilename(this.caption || this.t.targetsCaption));
  }

  private yearText(target: Target): string {
    if (target.year === undefined) return '—';
    return target.yearStated ? String(target.year) : this.t.planEnd(target.year);
  }

  private renderRow(target: Target): TemplateResult {
    const t = this.t;
    const q = target.quantity;
    const r = q.restoration;
    // A decimal point the parser inferred (running text has nothing to check it against): say so.
    const uncertain = r !== undefined && r.confidence < 1;
    return html`<tr>
      <th scope="row">
        ${target.indicator}${target.review ? html` <span class="badge" part="badge">${t.roleReview}</span>` : nothing}
      </th>
      <td class="num ${uncertain ? 'uncertain' : ''}">
        ${formatQuantity(q, this.localize.lang, t)}${uncertain
          ? html`<span class="visually-hidden">${t.restored(r.digits, Math.round(r.confidence * 100))}</span>`
          : nothing}
      </td>
      <td>${target.unit?.raw ?? ''}</td>
      <td>${this.yearText(target)}</td>
      <td>${t.targetKind[target.kind] ?? target.kind}</td>
    </tr>`;
  }

  override render(): TemplateResult {
    const st = this.renderState((d) => d.length === 0);
    if (st) return st;
    const targets = this.data!;
    const t = this.t;
    const shown = targets.filter((x) => this.isShown(x));
    const hasReview = targets.some((x) => x.review);
    const kinds = KINDS.filter((k) => targets.some((x) => x.kind === k));
    const caption = this.caption || t.targetsCaption;
    const uncertain = shown.some((x) => x.quantity.restoration && x.quantity.restoration.confidence < 1);
    return html`
      <div class="controls no-print" part="controls">
        ${filterSelect(t.filterKind, this.kindFilter, t.all, kinds.map((k) => ({ value: k, text: t.targetKind[k] })), (value) => {
          this.kindFilter = value;
          this.onFilter();
        })}
        ${hasReview
          ? filterSelect(
              t.filterRole,
              this.roleFilter,
              t.all,
              [
                { value: 'goal', text: t.roleGoal },
                { value: 'review', text: t.roleReview },
              ],
              (value) => {
                this.roleFilter = value;
                this.onFilter();
              },
            )
          : nothing}
        ${searchInput(t.search, this.query, t.searchPlaceholder, (value) => {
          this.query = value;
          this.onFilter();
        })}
        <button type="button" part="download" @click=${() => this.download()}>${t.downloadCsv}</button>
      </div>
      <p class="status" role="status" part="status">${t.targetsShowing(shown.length, targets.length)}</p>
      ${shown.length === 0
        ? html`<p class="status" part="status">${t.noTargets}</p>`
        : html`<div class="wrap"><table part="table">
            <caption>${caption}</caption>
            <thead>
              <tr>
                <th scope="col">${t.colIndicator}</th>
                <th scope="col">${t.colTargetValue}</th>
                <th scope="col">${t.colUnit}</th>
                <th scope="col">${t.colYear}</th>
                <th scope="col">${t.colKind}</th>
              </tr>
            </thead>
            <tbody>
              ${shown.map((x) => this.renderRow(x))}
            </tbody>
          </table></div>`}
      ${uncertain ? html`<p class="notes">${t.restoredLegend}</p>` : nothing}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'zc-target-list': ZcTargetList;
  }
}
