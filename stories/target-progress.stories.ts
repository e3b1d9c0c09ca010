import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { ZcTargetProgress } from '../packages/elements/src/index.js';

type Indicator = NonNullable<ZcTargetProgress['data']>;
import { forestCover, urbanization, withActuals } from '../packages/elements/test/fixtures/data.js';
import { darkPage, narrow } from './helpers.js';

interface Args {
  data?: Indicator;
  lang?: string;
  theme?: 'light' | 'dark';
  src?: string;
  loading?: boolean;
}

const render = (a: Args) =>
  html`<zc-target-progress .data=${a.data} lang=${a.lang ?? 'zh-CN'} theme=${a.theme ?? 'light'} src=${a.src ?? ''} ?loading=${a.loading}></zc-target-progress>`;

const meta: Meta<Args> = {
  title: 'Elements/zc-target-progress',
  component: 'zc-target-progress',
  render,
  args: { data: urbanization() },
};
export default meta;
type Story = StoryObj<Args>;

/** Illustrative actual values. */
export const NeedsAcceleration: Story = {};
export const OnTrack: Story = { args: { data: urbanization([[2021, 63.8], [2023, 65.6]]) } };
export const Achieved: Story = { args: { data: withActuals().indicators.find((i) => i.name === '粮食综合生产能力') } };
export const GrowthRate: Story = { args: { data: withActuals().indicators.find((i) => i.name === '地区生产总值增长') } };
export const English: Story = { args: { lang: 'en', data: forestCover() } };
export const Dark: Story = { args: { theme: 'dark' }, render: (a) => darkPage(render(a)) };
export const Narrow: Story = { render: (a) => narrow(render(a), 300) };
export const Empty: Story = { args: { data: { ...urbanization(), values: [] } } };
export const Loading: Story = { args: { data: undefined, loading: true } };
export const Error: Story = { args: { data: undefined, src: '/does-not-exist.json' } };
/** 1,000 yearly actual values. */
export const LongData: Story = {
  args: { data: urbanization(Array.from({ length: 1000 }, (_, i): [number, number] => [2021 + i, 62.6 + i * 0.01])) },
  parameters: { a11y: { test: 'off' } },
};
