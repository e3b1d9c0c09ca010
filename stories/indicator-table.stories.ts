import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { ZcIndicatorTable } from '../packages/elements/src/index.js';

type IndicatorTable = NonNullable<ZcIndicatorTable['data']>;
import { emptyTable, longTable, plan14Table, withActuals } from '../packages/elements/test/fixtures/data.js';
import golden003 from '../fixtures/golden/tables/003_3191d9a98261c202.json';
import { darkPage, narrow } from './helpers.js';

interface Args {
  data?: IndicatorTable;
  lang?: string;
  theme?: 'light' | 'dark';
  src?: string;
  loading?: boolean;
}

const render = (a: Args) =>
  html`<zc-indicator-table
    .data=${a.data}
    lang=${a.lang ?? 'zh-CN'}
    theme=${a.theme ?? 'light'}
    src=${a.src ?? ''}
    ?loading=${a.loading}
  ></zc-indicator-table>`;

const meta: Meta<Args> = {
  title: 'Elements/zc-indicator-table',
  component: 'zc-indicator-table',
  render,
  args: { data: plan14Table() },
};
export default meta;
type Story = StoryObj<Args>;

/** 专栏２ of Shanxi's 14th five-year plan (decimal points restored). */
export const Default: Story = {};
export const WithProgress: Story = { args: { data: withActuals() } };
export const English: Story = { args: { lang: 'en', data: withActuals() } };
export const Dark: Story = { args: { theme: 'dark', data: withActuals() }, render: (a) => darkPage(render(a)) };
export const Narrow: Story = { render: (a) => narrow(render(a)) };
export const Empty: Story = { args: { data: emptyTable() } };
export const Loading: Story = { args: { data: undefined, loading: true } };
export const Error: Story = { args: { data: undefined, src: '/does-not-exist.json' } };
export const FromJsonFile: Story = { args: { data: undefined, src: '/examples/indicators.json' } };
/** 1,000 rows. Its axe run is skipped for time; the same markup is checked in the other stories. */
export const LongData: Story = { args: { data: longTable(1000) }, parameters: { a11y: { test: 'off' } } };

/** Real output of @zhengce/core: 专栏１ “十三五”规划主要指标实现情况 (fixtures/golden/tables/003). */
export const Golden13thPlanReview: Story = { args: { data: (golden003 as unknown as IndicatorTable[])[0] } };
/** Real output of @zhengce/core: 专栏２ of the 14th plan (fixtures/golden/tables/003). */
export const Golden14thPlan: Story = { args: { data: (golden003 as unknown as IndicatorTable[])[1] } };
