/** Fired when data from `src`, an inline script or `text` has loaded and validated. */
export class ZcLoadEvent extends Event {
  static readonly eventName = 'zc-load' as const;
  constructor(readonly source: 'src' | 'inline' | 'text') {
    super(ZcLoadEvent.eventName, { bubbles: true, composed: true });
  }
}

/** Fired when loading or validating data failed; the element shows the error itself. */
export class ZcErrorEvent extends Event {
  static readonly eventName = 'zc-error' as const;
  constructor(readonly message: string) {
    super(ZcErrorEvent.eventName, { bubbles: true, composed: true });
  }
}

export type SortDirection = 'ascending' | 'descending';

/** Fired when the user sorts a table column. */
export class ZcSortEvent extends Event {
  static readonly eventName = 'zc-sort' as const;
  constructor(
    readonly column: string,
    readonly direction: SortDirection,
  ) {
    super(ZcSortEvent.eventName, { bubbles: true, composed: true });
  }
}

/** Fired when filters or the search query change; `shown` counts the visible rows. */
export class ZcFilterEvent extends Event {
  static readonly eventName = 'zc-filter' as const;
  constructor(
    readonly filters: Readonly<Record<string, string>>,
    readonly shown: number,
  ) {
    super(ZcFilterEvent.eventName, { bubbles: true, composed: true });
  }
}

/** Fired before a CSV download; call `preventDefault()` to handle `csv` yourself. */
export class ZcDownloadEvent extends Event {
  static readonly eventName = 'zc-download' as const;
  constructor(
    readonly csv: string,
    readonly filename: string,
  ) {
    super(ZcDownloadEvent.eventName, { bubbles: true, composed: true, cancelable: true });
  }
}

/** Fired when the document view navigates to an anchor (outline link or deep link). */
export class ZcNavigateEvent extends Event {
  static readonly eventName = 'zc-navigate' as const;
  constructor(readonly anchor: string) {
    super(ZcNavigateEvent.eventName, { bubbles: true, composed: true });
  }
}

interface ZcEventMap {
  'zc-load': ZcLoadEvent;
  'zc-error': ZcErrorEvent;
  'zc-sort': ZcSortEvent;
  'zc-filter': ZcFilterEvent;
  'zc-download': ZcDownloadEvent;
  'zc-navigate': ZcNavigateEvent;
}

declare global {
  // The events bubble and are composed: typed on elements, the document and the window.
  interface HTMLElementEventMap extends ZcEventMap {}
  interface DocumentEventMap extends ZcEventMap {}
  interface WindowEventMap extends ZcEventMap {}
}
