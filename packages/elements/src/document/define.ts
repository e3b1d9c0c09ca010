import { ZcDocument } from './document.js';

// The only side effect of the component: registration, idempotent.
if (!customElements.get('zc-document')) customElements.define('zc-document', ZcDocument);

export { ZcDocument };
