import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { ZcProjectList } from '../packages/elements/src/index.js';

type Panel = NonNullable<ZcProjectList['data']>;
import { projectPanel } from '../packages/elements/test/fixtures/data.js';
import { darkPage, narrow } from './helpers.js';

interface Args {
  data?: Panel;
  lang?: string;
  theme?: 'light' | 'dark';
  src?: string;
  loading?: boolean;
}

const render = (a: Args) =>
  html`<zc-project-list .data=${a.data} lang=${a.lang ?? 'zh-CN'} theme=${a.theme ?? 'light'} src=${a.src ?? ''} ?loading=${a.loading}></zc-project-list>`;

const longPanel = (): Panel => {
  const p = projectPanel();
  const items = p.groups.flatMap((g) => g.items);
  p.groups = Array.from({ length: 20 }, (_, g) => ({
    title: `第${g + 1}组`,
    text: '',
    position: p.position,
    items: Array.from({ length: 50 }, (_, i) => ({ ...items[i % items.length]!, name: `${items[i % items.length]!.name}（${g * 50 + i + 1}）` })),
  }));
  return p;
};

const meta: Meta<Args> = {
  title: 'Elements/zc-project-list',
  component: 'zc-project-list',
  render,
  args: { data: projectPanel() },
};
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {};
export const English: Story = { args: { lang: 'en' } };
export const Dark: Story = { args: { theme: 'dark' }, render: (a) => darkPage(render(a)) };
export const Narrow: Story = { render: (a) => narrow(render(a)) };
export const Empty: Story = { args: { data: { ...projectPanel(), groups: [] } } };
export const Loading: Story = { args: { data: undefined, loading: true } };
export const Error: Story = { args: { data: undefined, src: '/does-not-exist.json' } };
/** 1,000 projects in 20 groups. */
export const LongData: Story = { args: { data: longPanel() }, parameters: { a11y: { test: 'off' } } };
