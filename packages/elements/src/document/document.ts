import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Node, ParseResult, PolicyDocument } from '@zhengce/core';
import { ZcDataElement } from '../shared/data-element.js';
import { ZcNavigateEvent } from '../shared/events.js';
import { isParseResult } from '../shared/guards.js';
import { baseStyles } from '../shared/theme.js';
import { assignAnchors, OUTLINE_TYPES } from './anchors.js';
import { documentStyles } from './document.styles.js';

const HEADING_TYPES = new Set<Node['type']>(['part', 'chapter', 'section']);

/**
 * A parsed policy document (or a gazette of several) as readable text with an outline
 * navigation (编 章 节 条), stable anchors for every node (`node.id`, else `chapter-2.section-6`),
 * deep links (`#anchor` in the page URL scrolls to and focuses the node) and the parser's
 * diagnostics on request. Text is rendered as text only, never as HTML.
 *
 * @summary Readable policy document with outline navigation and deep links.
 *
 * @slot - An optional `<script type="application/json">` holding a `ParseResult`.
 *
 * @event zc-load - Data from `src`, inline JSON or `text` loaded. `ZcLoadEvent`.
 * @event zc-error - Loading, parsing or validation failed; shown in the element. `ZcErrorEvent`.
 * @event zc-navigate - Navigated to an anchor. `ZcNavigateEvent` with `anchor`.
 *
 * @csspart outline - The outline `<nav>`.
 * @csspart body - The document text.
 * @csspart title - The document title.
 * @csspart diagnostics - The diagnostics list.
 * @csspart diagnostics-toggle - The button showing or hiding diagnostics.
 * @csspart status - Loading and empty messages.
 * @csspart error - The error message (role=alert).
 *
 * @cssproperty --zc-font-family - Font family.
 * @cssproperty --zc-color-text - Text color.
 * @cssproperty --zc-color-muted - Secondary text color.
 * @cssproperty --zc-color-bg - Background color.
 * @cssproperty --zc-color-surface - Panel (专栏) background.
 * @cssproperty --zc-color-border - Border color.
 * @cssproperty --zc-color-error - Error diagnostics color.
 * @cssproperty --zc-focus-ring - Focus outline, also marks the deep-linked node.
 * @cssproperty --zc-radius - Corner radius.
 * @cssproperty --zc-space - Base spacing unit.
 */
export class ZcDocument extends ZcDataElement<ParseResult> {
  static override styles = [baseStyles, documentStyles];

  /** Plain document text, parsed in the browser with `@zhengce/core` (loaded on demand). */
  @property() text: string | undefined;

  /** Show the parser's diagnostics. */
  @property({ type: Boolean, reflect: true, attribute: 'show-diagnostics' }) showDiagnostics = false;

  @state() private current: string | undefined;

  private anchors = new Map<Node, string>();
  private readonly onHashChange = (): void => this.followHash();

  protected validate(value: unknown): ParseResult | undefined {
    return isParseResult(value) ? value : undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onHashChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHashChange);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('text') && this.text !== undefined) {
      void this.acceptFromCore(this.text, () => this.text, 'parseDocument', (parse, text) => parse(text));
    }
    if (changed.has('data')) this.anchors = this.data && this.validate(this.data) ? this.computeAnchors() : new Map();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('data') && this.data) this.followHash();
  }

  private documents(): PolicyDocument[] {
    const d = this.data;
    if (!d) return [];
    return d.kind === 'gazette' ? d.documents : [d];
  }

  private computeAnchors(): Map<Node, string> {
    const docs = this.documents();
    const map = new Map<Node, string>();
    docs.forEach((doc, i) => {
      for (const [n, a] of assignAnchors(doc.children, docs.length > 1 ? `doc-${i + 1}.` : '')) map.set(n, a);
    });
    return map;
  }

  /** Every anchor of the current document, in document order. */
  get anchorIds(): string[] {
    return [...this.anchors.values()];
  }

  private followHash(): void {
    const raw = location.hash.slice(1);
    if (!raw) return;
    let anchor = raw;
    try {
      anchor = decodeURIComponent(raw);
    } catch {
      /* keep raw */
    }
    if (this.anchorIds.includes(anchor)) void this.navigate(anchor);
  }

  /** Scrolls to the node with this anchor and focuses it. Returns false when there is none. */
  async navigate(anchor: string): Promise<boolean> {
    await this.updateComplete;
    const el = this.renderRoot.querySelector<HTMLElement>(`[id="${CSS.escape(anchor)}"]`);
    if (!el) return false;
    this.current = anchor;
    el.scrollIntoView({ block: 'start' });
    el.focus({ preventScroll: true });
    this.dispatchEvent(new ZcNavigateEvent(anchor));
    return true;
  }

  private onOutlineClick(e: MouseEvent, anchor: string): void {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    if (decodeURIComponent(location.hash.slice(1)) !== anchor) history.pushState(null, '', `#${encodeURIComponent(anchor)}`);
    void this.navigate(anchor);
  }

  private nodeHeading(n: Node): string {
    return [n.label, n.title].filter(Boolean).join(n.type === 'chapter' || n.type === 'section' || n.type === 'part' ? '　' : ' ');
  }

  private renderOutline(nodes: readonly Node[]): TemplateResult | typeof nothing {
    const items: TemplateResult[] = [];
    const collect = (list: readonly Node[]): Node[] =>
      list.flatMap((n) => (OUTLINE_TYPES.has(n.type) ? [n] : n.type === 'panel' ? [] : collect(n.children ?? [])));
    for (const n of collect(nodes)) {
      const anchor = this.anchors.get(n) ?? '';
      const label = this.nodeHeading(n) || n.text?.slice(0, 30) || n.type;
      const sub = this.renderOutline(n.children ?? []);
      items.push(html`<li>
        <a
          href="#${encodeURIComponent(anchor)}"
          aria-current=${this.current === anchor ? 'location' : nothing}
          @click=${(e: MouseEvent) => this.onOutlineClick(e, anchor)}
          >${label}</a
        >${sub}
      </li>`);
    }
    return items.length ? html`<ol>${items}</ol>` : nothing;
  }

  private renderNode(n: Node, depth: number): TemplateResult {
    const id = this.anchors.get(n) ?? '';
    const children = (n.children ?? []).map((c) => this.renderNode(c, HEADING_TYPES.has(n.type) ? depth + 1 : depth));
    const target = this.current === id ? 'target' : '';
    switch (n.type) {
      case 'part':
      case 'chapter':
      case 'section':
      case 'heading': {
        const level = Math.min(6, 3 + depth);
        const text = this.nodeHeading(n) || n.text || '';
        const heading =
          level === 3 ? html`<h3>${text}</h3>` : level === 4 ? html`<h4>${text}</h4>` : level === 5 ? html`<h5>${text}</h5>` : html`<h6>${text}</h6>`;
        return html`<section id=${id} tabindex="-1" class=${target} data-type=${n.type}>
          ${heading}${n.type === 'heading' || !n.text || !this.nodeHeading(n) ? nothing : html`<p>${n.text}</p>`}${children}
        </section>`;
      }
      case 'panel':
        return html`<aside id=${id} tabindex="-1" class=${target} aria-label=${this.nodeHeading(n) || n.type}>
          <p class="label">${this.nodeHeading(n)}</p>
          ${n.text ? html`<p>${n.text}</p>` : nothing}${children}
        </aside>`;
      case 'table': {
        const [head, ...body] = n.rows ?? [];
        return html`<div id=${id} tabindex="-1" class=${target}>
          <table>
            ${n.title ? html`<caption>${n.title}</caption>` : nothing}
            ${head ? html`<thead><tr>${head.map((c) => html`<th scope="col">${c}</th>`)}</tr></thead>` : nothing}
            <tbody>${body.map((r) => html`<tr>${r.map((c) => html`<td>${c}</td>`)}</tr>`)}</tbody>
          </table>
        </div>`;
      }
      default:
        return html`<div id=${id} tabindex="-1" class=${target} data-type=${n.type}>
          <p>
            ${n.label ? html`<span class="label">${n.label}</span> ` : nothing}${n.title
              ? html`<span class="run-in">${n.title}</span>`
              : nothing}${n.text ?? ''}
          </p>
          ${children}
        </div>`;
    }
  }

  private renderDiagnostics(): TemplateResult {
    const t = this.t;
    const d = this.data!;
    const all = [...d.diagnostics, ...(d.kind === 'gazette' ? d.documents.flatMap((x) => x.diagnostics) : [])];
    return html`
      <button
        type="button"
        class="no-print"
        part="diagnostics-toggle"
        aria-expanded=${this.showDiagnostics ? 'true' : 'false'}
        aria-controls="diagnostics"
        @click=${() => (this.showDiagnostics = !this.showDiagnostics)}
      >
        ${this.showDiagnostics ? t.hideDiagnostics : t.showDiagnostics} (${all.length})
      </button>
      <section id="diagnostics" class="diagnostics" part="diagnostics" aria-label=${t.diagnostics} ?hidden=${!this.showDiagnostics}>
        ${all.length === 0
          ? html`<p>${t.noDiagnostics}</p>`
          : html`<ul>
              ${all.map(
                (x) => html`<li>
                  <span class="sev-${x.severity}">${t.severity[x.severity]}</span>
                  <code>${x.code}</code>
                  ${x.position ? html`<span>(${t.lineColumn(x.position.start.line, x.position.start.column)})</span>` : nothing}
                  <span>${x.message}</span>
                </li>`,
              )}
            </ul>`}
      </section>
    `;
  }

  override render(): TemplateResult {
    const st = this.renderState((d) => (d.kind === 'gazette' ? d.documents.length === 0 : d.children.length === 0));
    if (st) return st;
    const docs = this.documents();
    const t = this.t;
    return html`
      <div class="layout">
        <nav part="outline" aria-labelledby="outline-heading">
          <h2 id="outline-heading">${t.outline}</h2>
          ${docs.length > 1
            ? html`<ol>
                ${docs.map((doc) => html`<li>${doc.meta.title ?? t.untitled}${this.renderOutline(doc.children)}</li>`)}
              </ol>`
            : this.renderOutline(docs[0]!.children)}
        </nav>
        <div part="body">
          ${this.renderDiagnostics()}
          ${docs.map(
            (doc) => html`<article>
              <header>
                <h2 part="title">${doc.meta.title ?? t.untitled}</h2>
                ${[doc.meta.issuer, doc.meta.docNumber?.raw].some(Boolean)
                  ? html`<p class="meta">${[doc.meta.issuer, doc.meta.docNumber?.raw].filter(Boolean).join(' · ')}</p>`
                  : nothing}
              </header>
              ${doc.children.map((n) => this.renderNode(n, 0))}
            </article>`,
          )}
        </div>
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'zc-document': ZcDocument;
  }
}
