import { css } from 'lit';

/** The data table of the list components: caption, cells, numbers, inferred values, notes. */
export const tableStyles = css`
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
    padding-block-end: var(--_space);
  }
  th,
  td {
    border-block-end: 1px solid var(--_border);
    padding: calc(var(--_space) / 2) var(--_space);
    text-align: start;
    vertical-align: top;
  }
  td.num {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  thead th {
    background: var(--_surface);
    white-space: nowrap;
  }
  tbody th[scope='row'] {
    font-weight: 400;
  }
  td.uncertain {
    text-decoration: underline dotted var(--_muted);
    text-underline-offset: 0.2em;
  }
  .notes {
    font-size: 0.875em;
    color: var(--_muted);
  }
`;
