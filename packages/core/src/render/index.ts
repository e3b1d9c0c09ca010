export { formatOutline, type OutlineOptions } from './outline.js';
export { toHtml, type HtmlOptions } from './html.js';
export { toMarkdown, escapeMarkdown, type MarkdownOptions } from './markdown.js';
