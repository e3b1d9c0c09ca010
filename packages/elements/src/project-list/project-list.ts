import { html, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import type { Panel, Project } from '@zhengce/core';
import { controlsStyles, filterSelect, searchInput } from '../shared/controls.js';
import { ZcDataElement } from '../shared/data-element.js';
import { ZcFilterEvent } from '../shared/events.js';
import { isPanel } from '../shared/guards.js';
import { baseStyles } from '../shared/theme.js';
import { projectListStyles } from './project-list.styles.js';

/**
 * A 专栏 panel's projects, by group (`**煤炭。**续建…`), with each project's action
 * (续建, 新建 …), a filter by action, a search and counts per group and in total.
 *
 * @summary Project list of a plan's 专栏 panel, grouped and filterable.
 *
 * @slot - An optional `<script type="application/json">` holding a `Panel`.
 *
 * @event zc-load - Data from `src` or inline JSON loaded. `ZcLoadEvent`.
 * @event zc-error - Loading or validation failed; the element shows the message. `ZcErrorEvent`.
 * @event zc-filter - The action filter or search changed. `ZcFilterEvent`.
 *
 * @csspart controls - The filter bar.
 * @csspart group - One group's section.
 * @csspart badge - An action badge.
 * @csspart status - Loading, empty and count messages.
 * @csspart error - The error message (role=alert).
 *
 * @cssproperty --zc-font-family - Font family.
 * @cssproperty --zc-color-text - Text color.
 * @cssproperty --zc-color-muted - Secondary text color.
 * @cssproperty --zc-color-bg - Background color.
 * @cssproperty --zc-color-border - Border color.
 * @cssproperty --zc-color-accent - Group heading color.
 * @cssproperty --zc-color-expected - Action badge color.
 * @cssproperty --zc-focus-ring - Focus outline.
 * @cssproperty --zc-radius - Corner radius.
 * @cssproperty --zc-space - Base spacing unit.
 */
export class ZcProjectList extends ZcDataElement<Panel> {
  static override styles = [baseStyles, controlsStyles, projectListStyles];

  @state() private actionFilter = '';
  @state() private query = '';

  protected validate(value: unknown): Panel | undefined {
    return isPanel(value) ? value : undefined;
  }

  private actions(): string[] {
    const set = new Set<string>();
    for (const g of this.data?.groups ?? []) for (const p of g.items) if (p.action) set.add(p.action);
    return [...set];
  }

  private isShown(p: Project): boolean {
    const q = this.query.trim().toLowerCase();
    return (!this.actionFilter || p.action === this.actionFilter) && (!q || p.name.toLowerCase().includes(q) || p.text.toLowerCase().includes(q));
  }

  private onFilter(): void {
    void this.updateComplete.then(() => {
      const shown = (this.data?.groups ?? []).reduce((n, g) => n + g.items.filter((p) => this.isShown(p)).length, 0);
      this.dispatchEvent(new ZcFilterEvent({ action: this.actionFilter, query: this.query }, shown));
    });
  }

  override render(): TemplateResult {
    const st = this.renderState((d) => d.groups.every((g) => g.items.length === 0));
    if (st) return st;
    const panel = this.data!;
    const t = this.t;
    const total = panel.groups.reduce((n, g) => n + g.items.length, 0);
    const groups = panel.groups.map((g) => ({ group: g, items: g.items.filter((p) => this.isShown(p)) }));
    const shown = groups.reduce((n, g) => n + g.items.length, 0);
    const heading = [panel.label, panel.title].filter(Boolean).join(' ') || t.projectsCaption;
    return html`
      <section aria-labelledby="heading">
        <h2 id="heading">${heading}</h2>
        <div class="controls no-print" part="controls">
          ${filterSelect(
            t.filterAction,
            this.actionFilter,
            t.all,
            this.actions().map((a) => ({ value: a, text: a })),
            (value) => {
              this.actionFilter = value;
              this.onFilter();
            },
          )}
          ${searchInput(t.search, this.query, undefined, (value) => {
            this.query = value;
            this.onFilter();
          })}
        </div>
        <p class="status" role="status" part="status">${t.projectsShowing(shown, total)}</p>
        ${groups.map(({ group, items }, i) =>
          items.length === 0
            ? nothing
            : html`<section part="group" aria-labelledby="g${i}">
                <h3 id="g${i}">
                  <span>${group.title ?? t.projectsCaption}</span>
                  <span class="count">${t.projectCount(items.length)}</span>
                </h3>
                <ul>
                  ${items.map(
                    (p) => html`<li>
                      ${p.action ? html`<span class="badge" part="badge">${p.action}</span>` : nothing}
                      <span class="name">${p.name}</span>
                      ${[p.location, p.scale, p.period].some(Boolean)
                        ? html`<span class="meta">${[p.location, p.scale, p.period].filter(Boolean).join(' · ')}</span>`
                        : nothing}
                    </li>`,
                  )}
                </ul>
              </section>`,
        )}
      </section>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'zc-project-list': ZcProjectList;
  }
}
