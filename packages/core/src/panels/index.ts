export { extractPanels, type ExtractPanelsOptions } from './extract.js';
export { splitProjects, leadingAction, PROJECT_ACTIONS } from './projects.js';
export { MappedText } from './text-map.js';
