import type { Preview } from '@storybook/web-components-vite';
import '../packages/elements/src/define-all.js';

const preview: Preview = {
  parameters: {
    layout: 'padded',
    a11y: {
      // axe violations fail the story when stories run as tests (addon-vitest).
      test: 'error',
      // The page-level `region` rule does not apply to an isolated component.
      config: { rules: [{ id: 'region', enabled: false }] },
    },
    controls: { expanded: true },
  },
  tags: ['autodocs'],
};

export default preview;
