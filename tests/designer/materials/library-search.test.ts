import { describe, expect, it } from 'vitest';
import { searchLibrary, usageByLibraryId } from '../../../designer/app/materials/library-search.js';
import { DEMO_SHARED_MATERIALS } from '../../../catalog/demo/shared-materials.js';

const names = (q: string) => searchLibrary(DEMO_SHARED_MATERIALS, q).map((e) => e.id);

describe('searchLibrary', () => {
  it('given an empty query, then every entry, in order', () => {
    expect(names('  ')).toEqual(DEMO_SHARED_MATERIALS.map((e) => e.id));
  });
  it('matches every word against name, issuer, id and note', () => {
    expect(names('身份证 公安')).toContain('id-card');
    expect(names('身份证 公安')).not.toContain('legal-rep-id-proof');
    expect(names('BUSINESS')).toEqual(['business-license']);
    expect(names('没有这种材料')).toEqual([]);
  });
  it('counts the materials taken from each entry', () => {
    expect(usageByLibraryId([{ libraryId: 'a' }, {}, { libraryId: 'a' }, { libraryId: 'b' }])).toEqual(new Map([['a', 2], ['b', 1]]));
  });
});
