import { ZcIndicatorTable } from './indicator-table.js';

// The only side effect of the component: registration, idempotent.
if (!customElements.get('zc-indicator-table')) customElements.define('zc-indicator-table', ZcIndicatorTable);

export { ZcIndicatorTable };
