// Regenerate the parse goldens: `pnpm tsx --conditions=source packages/core/test/golden/update.ts`.
// Review the diff line by line before committing: goldens are reviewed, never blessed.
import { writeFileSync } from 'node:fs';
import { FIXTURES } from '../helpers.js';
import { goldenFiles } from './golden-files.js';

for (const [name, content] of Object.entries(goldenFiles())) writeFileSync(`${FIXTURES}golden/parse/${name}`, content);
