import { css } from 'lit';

export const projectListStyles = css`
  :host {
    container-type: inline-size;
  }
  h2 {
    font-size: 1.125em;
    margin: 0 0 var(--_space);
  }
  h3 {
    font-size: 1em;
    color: var(--_accent);
    margin: var(--_space) 0 calc(var(--_space) / 2);
    display: flex;
    gap: var(--_space);
    align-items: baseline;
  }
  .count {
    color: var(--_muted);
    font-weight: 400;
    font-size: 0.875em;
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: calc(var(--_space) / 2);
  }
  li {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: baseline;
    border-block-end: 1px solid var(--_border);
    padding-block: calc(var(--_space) / 2);
  }
  .badge {
    color: var(--_expected);
  }
  .meta {
    color: var(--_muted);
    font-size: 0.875em;
  }
  @media print {
    li {
      break-inside: avoid;
    }
  }
`;
