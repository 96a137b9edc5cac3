import { describe, expect, it } from 'vitest';
import { newQueryCode, normalizeQueryCode, QueryCodeHasher } from '../../../../runtime/cases/storage/query-code.js';

const pepper = Buffer.alloc(32, 1);

describe('QueryCodeHasher', () => {
  const hasher = new QueryCodeHasher(pepper);

  it('given a code, when hashed, then the stored form names the pepper and verifies only that code of that case', () => {
    const stored = hasher.hash('MF-2026-000001', 'K7QX2M9ATH');
    expect(stored).toMatch(/^hmac-sha256\$[0-9a-f]{8}\$[0-9a-f]{64}$/);
    expect(stored).not.toContain('K7QX2M9ATH');
    expect(hasher.verify('MF-2026-000001', 'K7QX2M9ATH', stored)).toBe(true);
    expect(hasher.verify('MF-2026-000001', 'K7QX2M9ATJ', stored)).toBe(false);
    expect(hasher.verify('MF-2026-000002', 'K7QX2M9ATH', stored)).toBe(false);
  });

  it('given another pepper or a malformed hash, then verification is false, not an error', () => {
    const stored = hasher.hash('MF-2026-000001', 'K7QX2M9ATH');
    expect(new QueryCodeHasher(Buffer.alloc(32, 2)).verify('MF-2026-000001', 'K7QX2M9ATH', stored)).toBe(false);
    for (const bad of [null, undefined, '', 'K7QX2M9ATH', stored.slice(0, -2), stored.replace('hmac-sha256', 'sha256')]) {
      expect(hasher.verify('MF-2026-000001', 'K7QX2M9ATH', bad)).toBe(false);
    }
  });

  it('given a pepper shorter than 16 bytes, then RangeError', () => {
    expect(() => new QueryCodeHasher(Buffer.alloc(15))).toThrow(RangeError);
  });

  it('given codes typed back with spaces, dashes or lower case, then they normalize to the printed code', () => {
    expect(normalizeQueryCode(' k7qx-2m9a th ')).toBe('K7QX2M9ATH');
  });

  it('given many new codes, then each is 10 characters of the unambiguous alphabet and they differ', () => {
    const codes = Array.from({ length: 500 }, () => newQueryCode());
    for (const c of codes) expect(c).toMatch(/^[23456789ABCDEFGHJKMNPQRSTVWXYZ]{10}$/);
    expect(new Set(codes).size).toBe(500);
  });
});
