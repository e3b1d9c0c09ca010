import { html, type TemplateResult } from 'lit';

/** Wraps a story in a box of a given width (for the narrow, stacked layouts). */
export const narrow = (story: TemplateResult, width = 340): TemplateResult =>
  html`<div style="width:${width}px; border:1px dashed #8a8f98; padding:4px">${story}</div>`;

/** Dark page background so dark-theme stories read like a dark site. */
export const darkPage = (story: TemplateResult): TemplateResult =>
  html`<div style="background:#16181c; padding:1rem">${story}</div>`;
