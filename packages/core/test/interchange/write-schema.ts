// Writes packages/core/schema/<model>.json from the zod models: `pnpm --filter @zhengce/core schema`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { toJsonSchemas } from '../../src/index.js';

export const SCHEMA_DIR = fileURLToPath(new URL('../../schema/', import.meta.url));

/** The file contents, exactly as committed: 2-space JSON with a final newline. */
export function schemaFiles(): Record<string, string> {
  return Object.fromEntries(
    Object.entries(toJsonSchemas()).map(([name, schema]) => [`${name}.json`, JSON.stringify(schema, null, 2) + '\n']),
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  mkdirSync(SCHEMA_DIR, { recursive: true });
  for (const [file, text] of Object.entries(schemaFiles())) writeFileSync(SCHEMA_DIR + file, text);
  console.log(`wrote ${Object.keys(schemaFiles()).length} schemas to ${SCHEMA_DIR}`);
}
