import { LitElement, html, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ZcErrorEvent, ZcLoadEvent } from './events.js';
import { isLocalizedError } from './guards.js';
import { LocalizeController, type Translation } from './i18n.js';
import { loadCoreFunction, type CoreFunctions } from './load-core.js';

export type LoadState = 'idle' | 'loading' | 'ready' | 'error';

/**
 * Base of every component: data from the `data` property, the `src` attribute (fetched JSON)
 * or an inline `<script type="application/json">` child, in that order of precedence.
 * Errors are shown inside the element (role=alert) and dispatched as `zc-error`, never thrown.
 */
export abstract class ZcDataElement<T> extends LitElement {
  /** The data to show. Setting it overrides `src` and inline JSON. */
  @property({ attribute: false }) data: T | undefined;

  /** URL of a JSON file with the data; fetched when set or changed. */
  @property({ reflect: true }) src: string | undefined;

  /** Color theme: `light`, `dark`, or unset to follow `prefers-color-scheme`. */
  @property({ reflect: true }) theme: 'light' | 'dark' | undefined;

  /** Show the loading state, e.g. while your own code fetches the data. */
  @property({ type: Boolean, reflect: true }) loading = false;

  @state() protected loadState: LoadState = 'idle';
  @state() protected errorMessage = '';

  protected readonly localize = new LocalizeController(this);
  private abort?: AbortController;

  protected get t(): Translation {
    return this.localize.t;
  }

  /** Returns the value as T when it has the expected shape, else undefined. */
  protected abstract validate(value: unknown): T | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.data === undefined && !this.src) this.readInlineJson();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.abort?.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src') && this.src && !changed.has('data')) void this.fetchSrc(this.src);
    if (changed.has('data') && this.data !== undefined) {
      const valid = this.validate(this.data);
      if (valid === undefined) this.fail(this.t.invalidData);
      else if (this.loadState !== 'ready' || this.errorMessage) {
        this.loadState = 'ready';
        this.errorMessage = '';
      }
    }
  }

  private readInlineJson(): void {
    const script = Array.from(this.children).find(
      (c): c is HTMLScriptElement => c instanceof HTMLScriptElement && c.type === 'application/json',
    );
    if (!script) return;
    this.acceptUnknown(() => JSON.parse(script.textContent ?? ''), 'inline');
  }

  private async fetchSrc(url: string): Promise<void> {
    this.abort?.abort();
    const abort = new AbortController();
    this.abort = abort;
    this.loadState = 'loading';
    this.errorMessage = '';
    try {
      const res = await fetch(url, { signal: abort.signal, headers: { accept: 'application/json' } });
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      const json: unknown = await res.json();
      if (abort.signal.aborted) return;
      this.acceptUnknown(() => json, 'src');
    } catch (e) {
      if (abort.signal.aborted) return;
      this.fail(this.t.loadError(this.reasonOf(e)));
    }
  }

  /** Validates and accepts a value from a source; shows an error instead of throwing. */
  protected acceptUnknown(get: () => unknown, source: 'src' | 'inline' | 'text'): void {
    let value: unknown;
    try {
      value = get();
    } catch (e) {
      this.fail(this.t.loadError(this.reasonOf(e)));
      return;
    }
    const valid = this.validate(value);
    if (valid === undefined) {
      this.fail(this.t.invalidData);
      return;
    }
    this.data = valid;
    this.loadState = 'ready';
    this.errorMessage = '';
    this.dispatchEvent(new ZcLoadEvent(source));
  }

  /**
   * Reads plain `text` with a function of `@zhengce/core`, loaded on demand, and accepts what
   * `read` makes of it; shows `parserUnavailable` when core is not there (the one-file bundle).
   * `current` gives the element's text now: a text replaced while core loaded is dropped.
   */
  protected async acceptFromCore<K extends keyof CoreFunctions>(
    text: string,
    current: () => string | undefined,
    name: K,
    read: (fn: CoreFunctions[K], text: string) => unknown,
  ): Promise<void> {
    this.loadState = 'loading';
    const fn = await loadCoreFunction(name);
    if (text !== current()) return; // a newer text arrived meanwhile
    if (!fn) {
      this.fail(this.t.parserUnavailable);
      return;
    }
    this.acceptUnknown(() => read(fn, text), 'text');
  }

  /**
   * Why loading failed, in the element's language: Zhengce's errors carry a zh-CN message
   * (`messageZh`) beside the English one; other errors have only their own.
   */
  private reasonOf(error: unknown): string {
    if (this.localize.lang === 'zh-CN' && isLocalizedError(error)) return error.messageZh;
    return error instanceof Error ? error.message : String(error);
  }

  protected fail(message: string): void {
    this.loadState = 'error';
    this.errorMessage = message;
    this.dispatchEvent(new ZcErrorEvent(message));
  }

  /** Loading, error and empty states shared by all components; undefined when data can render. */
  protected renderState(isEmpty: (data: T) => boolean): TemplateResult | undefined {
    if (this.loadState === 'error')
      return html`<div role="alert" part="error">${this.errorMessage}</div>`;
    if (this.loadState === 'loading' || (this.loading && this.data === undefined))
      return html`<p class="status" role="status" part="status" aria-busy="true">${this.t.loading}</p>`;
    if (this.data === undefined || isEmpty(this.data))
      return html`<p class="status" part="status">${this.t.empty}</p>`;
    return undefined;
  }
}
