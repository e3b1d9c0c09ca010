import { ZcTargetProgress } from './target-progress.js';

// The only side effect of the component: registration, idempotent.
if (!customElements.get('zc-target-progress')) customElements.define('zc-target-progress', ZcTargetProgress);

export { ZcTargetProgress };
