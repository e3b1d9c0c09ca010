import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { ZcTargetList } from '../packages/elements/src/index.js';
import { planTargets } from '../packages/elements/test/fixtures/data.js';
import { darkPage, narrow } from './helpers.js';

type Targets = NonNullable<ZcTargetList['data']>;

interface Args {
  data?: Targets;
  caption?: string;
  lang?: string;
  theme?: 'light' | 'dark';
  src?: string;
  loading?: boolean;
}

const render = (a: Args) =>
  html`<zc-target-list
    .data=${a.data}
    caption=${a.caption ?? ''}
    lang=${a.lang ?? 'zh-CN'}
    theme=${a.theme ?? 'light'}
    src=${a.src ?? ''}
    ?loading=${a.loading}
  ></zc-target-list>`;

/** 600 targets: the fixture repeated, numbered. */
const longTargets = (): Targets =>
  Array.from({ length: 100 }, (_, k) => planTargets().map((t) => ({ ...t, indicator: `${t.indicator}（${k + 1}）` }))).flat();

const meta: Meta<Args> = {
  title: 'Elements/zc-target-list',
  component: 'zc-target-list',
  render,
  args: { data: planTargets() },
};
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {};
export const GoalsOnly: Story = { args: { data: planTargets().filter((t) => !t.review), caption: '“十五五”规划目标' } };
export const English: Story = { args: { lang: 'en' } };
export const Dark: Story = { args: { theme: 'dark' }, render: (a) => darkPage(render(a)) };
export const Narrow: Story = { render: (a) => narrow(render(a)) };
export const Empty: Story = { args: { data: [] } };
export const Loading: Story = { args: { data: undefined, loading: true } };
export const Error: Story = { args: { data: undefined, src: '/does-not-exist.json' } };
/** 600 targets. */
export const LongData: Story = { args: { data: longTargets() }, parameters: { a11y: { test: 'off' } } };
