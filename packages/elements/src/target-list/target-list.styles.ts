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
    color: var(--_muted);
  }
  @media print {
    tr {
      break-inside: avoid;
    }
  }
`;
