import { css } from 'lit';

export const indicatorTableStyles = css`
  :host {
    container-type: inline-size;
    container-name: zc-indicator-table;
  }
  .controls {
    margin-block-end: var(--_space);
  }
  thead th button {
    border: 0;
    background: none;
    padding: 0;
    font-weight: 700;
    display: inline-flex;
    gap: 0.25em;
    align-items: center;
  }
  .sort-icon {
    color: var(--_muted);
    font-size: 0.75em;
  }
  tr.group th {
    background: var(--_surface);
    color: var(--_accent);
    font-weight: 700;
  }
  tr.part th[scope='row'] {
    padding-inline-start: calc(var(--_space) * 3);
  }
  .badge.expected {
    color: var(--_expected);
  }
  .badge.binding {
    color: var(--_binding);
    font-weight: 700;
  }
  .badge.achieved {
    color: var(--_achieved);
  }
  .badge.on-track {
    color: var(--_on-track);
  }
  .badge.off-track {
    color: var(--_off-track);
  }
  .badge.unknown {
    color: var(--_muted);
  }
  sup {
    color: var(--_muted);
  }
  .notes ol {
    padding-inline-start: 1.5em;
  }

  /* Narrow containers: one card per indicator, each cell labelled. */
  @container zc-indicator-table (max-width: 40rem) {
    thead {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
    }
    table,
    tbody,
    tr,
    th,
    td {
      display: block;
    }
    tbody tr:not(.group) {
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      margin-block: var(--_space);
      padding: calc(var(--_space) / 2);
    }
    tbody td,
    tbody th[scope='row'] {
      border: 0;
      display: grid;
      grid-template-columns: minmax(6em, 40%) 1fr;
      gap: var(--_space);
      text-align: start;
    }
    tbody th[scope='row'] {
      font-weight: 700;
    }
    tbody td::before,
    tbody th[scope='row']::before {
      content: attr(data-label);
      color: var(--_muted);
      font-weight: 400;
    }
  }

  @media print {
    .wrap {
      overflow: visible;
    }
    table {
      font-size: 10pt;
    }
    thead {
      display: table-header-group;
    }
    tr {
      break-inside: avoid;
    }
    thead th {
      background: none;
    }
    .sort-icon {
      display: none;
    }
  }
`;
