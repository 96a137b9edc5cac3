/**
 * Regenerates schemas/types.generated.ts from schemas/json/*.schema.json.
 * Run with `npm run gen:types`; tests/schemas/types-current.test.ts fails when the checked-in file is stale.
 */
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { renderTypes } from '../types-render.js';

const target = fileURLToPath(new URL('../types.generated.ts', import.meta.url));
await writeFile(target, await renderTypes());
console.log(`wrote ${target}`);
