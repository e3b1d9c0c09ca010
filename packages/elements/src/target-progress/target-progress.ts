import { html, nothing, svg, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { Indicator } from '@zhengce/core';
import { ZcDataElement } from '../shared/data-element.js';
import { formatNumber } from '../shared/format.js';
import { isIndicator } from '../shared/guards.js';
import { assessIndicatorProgress, type IndicatorProgress, type YearValue } from '../shared/progress.js';
import { baseStyles } from '../shared/theme.js';
import { targetProgressStyles } from './target-progress.styles.js';

const W = 480;
const H = 240;
const PAD = { top: 16, right: 24, bottom: 32, left: 56 };

/**
 * One indicator's trajectory from its base to its target with the actual values, as an
 * accessible SVG chart (role="img", labelled by its title and a text summary) with the same
 * data as a table.
 *
 * @summary Accessible chart of one indicator's progress toward its target.
 *
 * @slot - An optional `<script type="application/json">` holding an `Indicator`.
 *
 * @event zc-load - Data from `src` or inline JSON loaded. `ZcLoadEvent`.
 * @event zc-error - Loading or validation failed; shown in the element. `ZcErrorEvent`.
 *
 * @csspart chart - The `<svg>` chart.
 * @csspart summary - The text summary.
 * @csspart data-table - The `<details>` holding the data table.
 * @csspart status - Loading and empty messages.
 * @csspart error - The error message (role=alert).
 *
 * @cssproperty --zc-font-family - Font family.
 * @cssproperty --zc-color-text - Text color.
 * @cssproperty --zc-color-muted - Axis labels and the path to target.
 * @cssproperty --zc-color-bg - Background color.
 * @cssproperty --zc-color-border - Axes and table borders.
 * @cssproperty --zc-color-accent - The actual line and points.
 * @cssproperty --zc-color-achieved - "Achieved" status color.
 * @cssproperty --zc-color-on-track - "On track" status color.
 * @cssproperty --zc-color-off-track - "Off track" status color.
 * @cssproperty --zc-focus-ring - Focus outline.
 * @cssproperty --zc-space - Base spacing unit.
 */
export class ZcTargetProgress extends ZcDataElement<Indicator> {
  static override styles = [baseStyles, targetProgressStyles];

  /** Base year when the values carry none (e.g. 2020). */
  @property({ type: Number, attribute: 'base-year' }) baseYear: number | undefined;

  /** Target year when the values carry none (e.g. 2025). */
  @property({ type: Number, attribute: 'target-year' }) targetYear: number | undefined;

  protected validate(value: unknown): Indicator | undefined {
    return isIndicator(value) ? value : undefined;
  }

  /** The progress assessment shown (see `docs/elements.md` for the method). */
  get assessment(): IndicatorProgress | undefined {
    if (!this.data) return undefined;
    const years: { base?: number; target?: number } = {};
    if (this.baseYear !== undefined) years.base = this.baseYear;
    if (this.targetYear !== undefined) years.target = this.targetYear;
    return assessIndicatorProgress(this.data, years);
  }

  private fmt(v: YearValue | undefined, unit: string): string {
    return v ? `${formatNumber(Math.round(v.value * 100) / 100, this.localize.lang)}${unit} (${v.year})` : '—';
  }

  private renderChart(a: IndicatorProgress, points: YearValue[]): TemplateResult {
    const years = points.map((p) => p.year);
    const values = points.map((p) => p.value);
    const x0 = Math.min(...years);
    const x1 = Math.max(...years, x0 + 1);
    let y0 = Math.min(0, ...values);
    let y1 = Math.max(...values);
    if (y1 === y0) y1 = y0 + 1;
    const pad = (y1 - y0) * 0.1;
    y1 += pad;
    if (y0 < 0) y0 -= pad;
    const sx = (y: number): number => PAD.left + ((y - x0) / (x1 - x0)) * (W - PAD.left - PAD.right);
    const sy = (v: number): number => H - PAD.bottom - ((v - y0) / (y1 - y0)) * (H - PAD.top - PAD.bottom);
    const lang = this.localize.lang;
    const ticks = [...new Set(years)].sort((p, q) => p - q);
    const actualLine = [...(a.base ? [a.base] : []), ...a.actuals];
    const required = a.base && a.target ? (a.rateIndicator ? [{ year: a.base.year, value: a.target.value }, a.target] : [a.base, a.target]) : [];
    const path = (ps: YearValue[]): string => ps.map((p, i) => `${i ? 'L' : 'M'}${sx(p.year).toFixed(1)},${sy(p.value).toFixed(1)}`).join(' ');
    return svg`
      <line class="axis" x1=${PAD.left} y1=${H - PAD.bottom} x2=${W - PAD.right} y2=${H - PAD.bottom}></line>
      <line class="axis" x1=${PAD.left} y1=${PAD.top} x2=${PAD.left} y2=${H - PAD.bottom}></line>
      ${ticks.map((y) => svg`<text class="axis-label" x=${sx(y)} y=${H - PAD.bottom + 18} text-anchor="middle">${y}</text>`)}
      <text class="axis-label" x=${PAD.left - 6} y=${sy(y1) + 4} text-anchor="end">${formatNumber(Math.round(y1 * 10) / 10, lang)}</text>
      <text class="axis-label" x=${PAD.left - 6} y=${sy(y0) + 4} text-anchor="end">${formatNumber(Math.round(y0 * 10) / 10, lang)}</text>
      ${required.length ? svg`<path class="required" d=${path(required)}></path>` : nothing}
      ${actualLine.length > 1 ? svg`<path class="actual" d=${path(actualLine)}></path>` : nothing}
      ${actualLine.map((p) => svg`<circle class="point" cx=${sx(p.year)} cy=${sy(p.value)} r="4"></circle>`)}
      ${a.target ? svg`<circle class="target-point" cx=${sx(a.target.year)} cy=${sy(a.target.value)} r="6"></circle>` : nothing}
    `;
  }

  override render(): TemplateResult {
    const st = this.renderState((d) => d.values.length === 0);
    if (st) return st;
    const ind = this.data!;
    const a = this.assessment!;
    const t = this.t;
    const unit = ind.unit?.raw === '%' ? '%' : ind.unit?.raw ? ` ${ind.unit.raw}` : '';
    const status = t.progress[a.status];
    const latest = a.actuals.at(-1);
    const points = [...(a.base ? [a.base] : []), ...a.actuals, ...(a.target ? [a.target] : [])];
    const summary = t.chartSummary({
      name: ind.name,
      base: this.fmt(a.base, unit),
      target: this.fmt(a.target, unit),
      ...(latest ? { latest: this.fmt(latest, unit) } : {}),
      status,
    });
    const rows: { kind: string; p: YearValue }[] = [
      ...(a.base ? [{ kind: t.kindBase, p: a.base }] : []),
      ...a.actuals.map((p) => ({ kind: t.kindActual, p })),
      ...(a.target ? [{ kind: t.kindTarget, p: a.target }] : []),
    ];
    return html`
      <figure>
        <figcaption id="chart-title">${t.chartTitle(ind.name)}</figcaption>
        ${points.length
          ? html`<svg part="chart" role="img" viewBox="0 0 ${W} ${H}" aria-labelledby="chart-title chart-summary">
              ${this.renderChart(a, points)}
            </svg>
            <div class="legend" aria-hidden="true">
              <span><span class="swatch"></span>${t.kindActual}</span>
              <span><span class="swatch dashed"></span>${t.kindRequired}</span>
            </div>`
          : nothing}
        <p class="summary" id="chart-summary" part="summary">
          ${summary.replace(`${status}。`, '').replace(`${status}.`, '')}<span class="status ${a.status}">${status}</span>
        </p>
        <details part="data-table">
          <summary>${t.dataTable}</summary>
          <table>
            <caption class="visually-hidden">${t.chartTitle(ind.name)}</caption>
            <thead>
              <tr><th scope="col">${t.colKind}</th><th scope="col">${t.colYear}</th><th scope="col">${t.colValue}</th></tr>
            </thead>
            <tbody>
              ${rows.map(
                (r) => html`<tr>
                  <th scope="row">${r.kind}</th>
                  <td>${r.p.year}</td>
                  <td class="num">${formatNumber(Math.round(r.p.value * 100) / 100, this.localize.lang)}${unit}</td>
                </tr>`,
              )}
            </tbody>
          </table>
        </details>
      </figure>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'zc-target-progress': ZcTargetProgress;
  }
}
