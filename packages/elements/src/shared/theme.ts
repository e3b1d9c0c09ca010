import { css } from 'lit';

/**
 * Every design token the components read, with its light default. Documented in
 * docs/elements.md and on each class (`@cssproperty`); a test checks each is defined and used.
 */
export const THEME_TOKENS = [
  '--zc-font-family',
  '--zc-font-size',
  '--zc-color-text',
  '--zc-color-muted',
  '--zc-color-bg',
  '--zc-color-surface',
  '--zc-color-border',
  '--zc-color-accent',
  '--zc-color-expected',
  '--zc-color-binding',
  '--zc-color-achieved',
  '--zc-color-on-track',
  '--zc-color-off-track',
  '--zc-color-error',
  '--zc-focus-ring',
  '--zc-radius',
  '--zc-space',
] as const;
export type ThemeToken = (typeof THEME_TOKENS)[number];

/** The dark palette: chosen by the system setting (unless `theme="light"`) or by `theme="dark"`. */
const darkPalette = css`
  --_text: var(--zc-color-text, #ececec);
  --_muted: var(--zc-color-muted, #b8b8b8);
  --_bg: var(--zc-color-bg, #16181c);
  --_surface: var(--zc-color-surface, #23262c);
  --_border: var(--zc-color-border, #7d838c);
  --_accent: var(--zc-color-accent, #ff8a80);
  --_expected: var(--zc-color-expected, #9cc3ff);
  --_binding: var(--zc-color-binding, #ff9d94);
  --_achieved: var(--zc-color-achieved, #86d99b);
  --_on-track: var(--zc-color-on-track, #8fc8f0);
  --_off-track: var(--zc-color-off-track, #ffb38a);
  --_error: var(--zc-color-error, #ff8a8a);
  --_focus: var(--zc-focus-ring, 3px solid #9cc3ff);
  color-scheme: dark;
`;

/**
 * Shared host styles: tokens with light defaults, dark values from `prefers-color-scheme`
 * unless `theme="light"`, and `theme="dark"` forcing dark. Internal `--_x` variables read the
 * public `--zc-x` tokens so a page can override any of them.
 */
export const baseStyles = css`
  :host {
    --_font-family: var(--zc-font-family, system-ui, 'PingFang SC', 'Noto Sans CJK SC', 'Microsoft YaHei', sans-serif);
    --_font-size: var(--zc-font-size, 1rem);
    --_text: var(--zc-color-text, #1a1a1a);
    --_muted: var(--zc-color-muted, #595959);
    --_bg: var(--zc-color-bg, #ffffff);
    --_surface: var(--zc-color-surface, #f3f4f6);
    --_border: var(--zc-color-border, #8a8f98);
    --_accent: var(--zc-color-accent, #a8201a);
    --_expected: var(--zc-color-expected, #1d4f91);
    --_binding: var(--zc-color-binding, #a8201a);
    --_achieved: var(--zc-color-achieved, #1b6e35);
    --_on-track: var(--zc-color-on-track, #1d5d8a);
    --_off-track: var(--zc-color-off-track, #9a3412);
    --_error: var(--zc-color-error, #b00020);
    --_focus: var(--zc-focus-ring, 3px solid #1d4f91);
    --_radius: var(--zc-radius, 4px);
    --_space: var(--zc-space, 0.5rem);
    display: block;
    color: var(--_text);
    background: var(--_bg);
    font-family: var(--_font-family);
    font-size: var(--_font-size);
    line-height: 1.6;
    color-scheme: light;
  }
  :host([hidden]) {
    display: none;
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${darkPalette}
    }
  }
  :host([theme='dark']) {
    ${darkPalette}
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  :focus-visible {
    outline: var(--_focus);
    outline-offset: 2px;
  }
  button,
  select,
  input {
    font: inherit;
    color: var(--_text);
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) / 2) var(--_space);
  }
  button {
    cursor: pointer;
  }
  .status {
    color: var(--_muted);
    margin: var(--_space) 0;
  }
  [role='alert'] {
    color: var(--_error);
    border: 1px solid var(--_error);
    border-radius: var(--_radius);
    padding: var(--_space);
  }
  /* A label beside a value (属性, 续建, 回顾); each component sets its color. */
  .badge {
    display: inline-block;
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    padding: 0 0.4em;
    font-size: 0.875em;
    white-space: nowrap;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  @media print {
    :host {
      color: #000;
      background: #fff;
    }
    .no-print {
      display: none !important;
    }
  }
`;
