import { ZcTargetList } from './target-list.js';

// The only side effect of the component: registration, idempotent.
if (!customElements.get('zc-target-list')) customElements.define('zc-target-list', ZcTargetList);

export { ZcTargetList };
