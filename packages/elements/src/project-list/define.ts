import { ZcProjectList } from './project-list.js';

// The only side effect of the component: registration, idempotent.
if (!customElements.get('zc-project-list')) customElements.define('zc-project-list', ZcProjectList);

export { ZcProjectList };
