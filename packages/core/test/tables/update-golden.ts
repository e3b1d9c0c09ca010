/**
 * Regenerate the golden JSON of tables and panels from the seeds:
 *   pnpm tsx --conditions=source packages/core/test/tables/update-golden.ts
 * Review every change against the source text before committing it.
 */
import { writeFileSync } from 'node:fs';
import { extractIndicatorTables, extractPanels } from '../../src/index.js';
import { goldenName, seed, SEED_001, SEED_002, SEED_003 } from './seeds.js';

const reference = seed(SEED_002);
for (const name of [SEED_001, SEED_003]) {
  const text = seed(name);
  const tables = extractIndicatorTables(text, { references: [reference] });
  writeFileSync(goldenName(name, 'tables'), `${JSON.stringify(tables, null, 1)}\n`);
  const panels = extractPanels(text);
  writeFileSync(goldenName(name, 'panels'), `${JSON.stringify(panels, null, 1)}\n`);
  console.log(name, tables.length, 'tables', panels.length, 'panels');
}
