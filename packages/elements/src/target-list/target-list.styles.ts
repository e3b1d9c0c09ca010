import { css } from 'lit';

export const targetListStyles = css`
  :host {
    container-type: inline-size;
  }
  .controls {
    margin-block-end: var(--_space);
  }
  caption {
    color: var(--_accent);
  }
  td.num {
    white-space: nowrap;
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
  @media print {
    tr {
      break-inside: avoid;
    }
  }
`;
