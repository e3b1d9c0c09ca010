import axe from 'axe-core';
import { expect } from 'vitest';

/** Creates an element, sets its properties/attributes, attaches it and waits for its render. */
export async function mount<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  attrs: Record<string, string> = {},
  parent: HTMLElement = document.body,
): Promise<HTMLElementTagNameMap[K]> {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  Object.assign(el, props);
  parent.append(el);
  await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  return el;
}

/** Shadow root of a component, typed. */
export const shadow = (el: Element): ShadowRoot => {
  if (!el.shadowRoot) throw new Error(`${el.localName} has no shadow root`);
  return el.shadowRoot;
};

/** Waits until the predicate holds (polling), for async loads. */
export async function until(pred: () => boolean, timeout = 5000): Promise<void> {
  const start = performance.now();
  while (!pred()) {
    if (performance.now() - start > timeout) throw new Error('until: timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** axe-core results for an element and its shadow tree; the page-level `region` rule is off. */
export async function axeViolations(el: Element): Promise<axe.Result[]> {
  const results = await axe.run(el, { rules: { region: { enabled: false } }, resultTypes: ['violations'] });
  return results.violations;
}

/** Fails with a readable list of axe violations, if any. */
export async function expectAccessible(el: Element): Promise<void> {
  const v = await axeViolations(el);
  expect(v.map((x) => `${x.id}: ${x.help} (${x.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
}
