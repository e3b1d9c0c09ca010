import { css } from 'lit';

export const documentStyles = css`
  :host {
    container-type: inline-size;
  }
  .layout {
    display: grid;
    grid-template-columns: minmax(12rem, 18rem) 1fr;
    gap: calc(var(--_space) * 3);
    align-items: start;
  }
  @container (max-width: 48rem) {
    .layout {
      grid-template-columns: 1fr;
    }
    nav {
      position: static;
      max-height: none;
    }
  }
  nav {
    position: sticky;
    top: 0;
    max-height: 100vh;
    overflow: auto;
    font-size: 0.9375em;
    border-inline-end: 1px solid var(--_border);
    padding-inline-end: var(--_space);
  }
  nav h2 {
    font-size: 1em;
    margin: 0 0 var(--_space);
  }
  nav ol {
    list-style: none;
    margin: 0;
    padding-inline-start: var(--_space);
  }
  nav > ol {
    padding: 0;
  }
  nav a {
    color: var(--_text);
    text-decoration: none;
    display: block;
    padding: 0.1em 0.25em;
    border-radius: var(--_radius);
  }
  nav a:hover {
    text-decoration: underline;
  }
  nav a[aria-current='location'] {
    background: var(--_surface);
    font-weight: 700;
  }
  header h2 {
    font-size: 1.5em;
    margin: 0 0 var(--_space);
  }
  .meta {
    color: var(--_muted);
    margin: 0 0 var(--_space);
  }
  h3,
  h4,
  h5,
  h6 {
    margin: calc(var(--_space) * 2) 0 var(--_space);
  }
  p {
    margin: 0 0 var(--_space);
  }
  .label {
    font-weight: 700;
  }
  .run-in {
    font-weight: 700;
  }
  [tabindex='-1']:focus {
    outline: none;
  }
  [tabindex='-1']:focus-visible,
  .target {
    outline: var(--_focus);
    outline-offset: 4px;
  }
  aside {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
    margin: var(--_space) 0;
    background: var(--_surface);
  }
  table {
    border-collapse: collapse;
    margin: var(--_space) 0;
  }
  th,
  td {
    border: 1px solid var(--_border);
    padding: 0.2em 0.4em;
    text-align: start;
  }
  .diagnostics {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
    margin: var(--_space) 0;
  }
  .diagnostics li {
    margin-block: 0.25em;
  }
  .sev-error {
    color: var(--_error);
    font-weight: 700;
  }
  code {
    font-family: ui-monospace, monospace;
  }
  @media print {
    .layout {
      display: block;
    }
    nav {
      display: none;
    }
  }
`;
