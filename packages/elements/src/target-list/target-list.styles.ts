import { css } from 'lit';

export const targetListStyles = css`
  :host {
    container-type: inline-size;
  }
  .controls {
    margin-block-end: var(--_space);
  }
  .wrap {
    overflow-x: auto;
  }
  table {
    border-collapse: collapse;
    width: 100%;
  }
  caption {
    text-align: start;
    font-weight: 700;
    font-size: 1.125em;
    color: var(--_accent);
    padding-block-end: var(--_space);
  }
  th,
  td {
    border-block-end: 1px solid var(--_border);
    padding: calc(var(--_space) / 2) var(--_space);
    text-align: start;
    vertical-align: top;
  }
  thead th {
    background: var(--_surface);
    white-space: nowrap;
  }
  tbody th[scope='row'] {
    font-weight: 400;
  }
  td.num {
    text-align: end;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  td.uncertain {
    text-decoration: underline dotted var(--_muted);
    text-underline-offset: 0.2em;
  }
  .badge {
    display: inline-block;
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    padding: 0 0.4em;
    font-size: 0.875em;
    color: var(--_muted);
    white-space: nowrap;
  }
  .notes {
    font-size: 0.875em;
    color: var(--_muted);
  }
  @media print {
    tr {
      break-inside: avoid;
    }
  }
`;
