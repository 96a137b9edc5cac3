import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { renderTypes } from '../../schemas/types-render.js';

describe('generated types', () => {
  it('given the JSON Schemas, when types are rendered, then they equal the checked-in schemas/types.generated.ts (run npm run gen:types)', async () => {
    const checkedIn = await readFile(new URL('../../schemas/types.generated.ts', import.meta.url), 'utf8');
    expect(await renderTypes()).toBe(checkedIn);
  });
});
