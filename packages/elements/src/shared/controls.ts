import { css, html, nothing, type TemplateResult } from 'lit';

/** One choice of a filter: the value it sets and the text shown. */
export interface FilterOption {
  value: string;
  text: string;
}

/**
 * A labelled `<select>` filter whose first option (`allText`, value `''`) shows everything.
 * Option texts are bound as text, never as HTML: they come from the document.
 */
export function filterSelect(
  label: string,
  value: string,
  allText: string,
  options: readonly FilterOption[],
  onChange: (value: string) => void,
): TemplateResult {
  return html`<label>
    ${label}
    <select .value=${value} @change=${(e: Event) => onChange((e.target as HTMLSelectElement).value)}>
      <option value="">${allText}</option>
      ${options.map((o) => html`<option .value=${o.value}>${o.text}</option>`)}
    </select>
  </label>`;
}

/** A labelled search box that reports every keystroke. */
export function searchInput(label: string, value: string, placeholder: string | undefined, onInput: (value: string) => void): TemplateResult {
  return html`<label>
    ${label}
    <input
      type="search"
      .value=${value}
      placeholder=${placeholder ?? nothing}
      @input=${(e: Event) => onInput((e.target as HTMLInputElement).value)}
    />
  </label>`;
}

/** Layout of a filter bar (`.controls`) of labelled selects and search boxes. */
export const controlsStyles = css`
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: end;
  }
  .controls label {
    display: flex;
    flex-direction: column;
    font-size: 0.875em;
    color: var(--_muted);
  }
`;
