// Registers every component (idempotent) and re-exports the package.
import './indicator-table/define.js';
import './project-list/define.js';
import './document/define.js';
import './target-progress/define.js';
import './target-list/define.js';

export * from './index.js';
