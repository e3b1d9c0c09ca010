import { css } from 'lit';

export const targetProgressStyles = css`
  figure {
    margin: 0;
  }
  figcaption {
    font-weight: 700;
    margin-block-end: calc(var(--_space) / 2);
  }
  svg {
    display: block;
    width: 100%;
    max-width: 40rem;
    height: auto;
    overflow: visible;
  }
  .axis {
    stroke: var(--_border);
    stroke-width: 1;
  }
  .axis-label {
    fill: var(--_muted);
    font-size: 12px;
  }
  .required {
    stroke: var(--_muted);
    stroke-width: 2;
    stroke-dasharray: 6 4;
    fill: none;
  }
  .actual {
    stroke: var(--_accent);
    stroke-width: 3;
    fill: none;
  }
  .point {
    fill: var(--_accent);
  }
  .target-point {
    fill: var(--_bg);
    stroke: var(--_text);
    stroke-width: 2;
  }
  .summary {
    margin: var(--_space) 0;
  }
  .status {
    font-weight: 700;
  }
  .status.achieved {
    color: var(--_achieved);
  }
  .status.on-track {
    color: var(--_on-track);
  }
  .status.off-track {
    color: var(--_off-track);
  }
  details table {
    border-collapse: collapse;
    margin-block-start: var(--_space);
  }
  details th,
  details td {
    border: 1px solid var(--_border);
    padding: 0.2em 0.5em;
    text-align: start;
  }
  details td.num {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  .legend {
    display: flex;
    gap: calc(var(--_space) * 2);
    font-size: 0.875em;
    color: var(--_muted);
  }
  .swatch {
    display: inline-block;
    width: 1.5em;
    height: 0;
    border-top: 3px solid var(--_accent);
    vertical-align: middle;
    margin-inline-end: 0.25em;
  }
  .swatch.dashed {
    border-top: 2px dashed var(--_muted);
  }
`;
