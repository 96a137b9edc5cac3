import { describe, expect, it } from 'vitest';
import { SCHEMA_NAMES } from '../../schemas/schema-files.js';
import { isChineseIdCard, isUnifiedSocialCreditCode } from '../../schemas/chinese-formats.js';
import { validate, validatorFor } from '../../schemas/validator.js';

describe('schema validator', () => {
  it.each(SCHEMA_NAMES)('compiles %s once and returns the same function', (name) => {
    expect(validatorFor(name)).toBe(validatorFor(name));
  });

  const cases: Array<{ description: string; schema: (typeof SCHEMA_NAMES)[number]; data: unknown; valid: boolean; paths?: string[] }> = [
    { description: 'a minimal department', schema: 'department', data: { id: 'scjg', name: '市场监督管理局' }, valid: true },
    { description: 'a department with an upper-case id', schema: 'department', data: { id: 'SCJG', name: 'x' }, valid: false, paths: ['/id'] },
    { description: 'an editor without department', schema: 'account', data: { username: 'bob', role: 'editor', passwordHash: 'x', createdAt: '2026-01-01T00:00:00Z' }, valid: false, paths: ['/departmentId'] },
    { description: 'a supervisor without department', schema: 'account', data: { username: 'sup', role: 'supervisor', passwordHash: 'x', createdAt: '2026-01-01T00:00:00Z' }, valid: true },
    { description: 'a conditional material without condition', schema: 'material', data: { id: 'm1', name: '授权委托书', requirement: 'conditional', form: 'original', count: 1, medium: 'paper' }, valid: false, paths: ['/condition'] },
    { description: 'an unknown property', schema: 'department', data: { id: 'a1', name: 'x', extra: 1 }, valid: false, paths: ['/extra'] },
    { description: 'a calendar override', schema: 'calendar', data: { year: 2026, days: [{ date: '2026-02-14', working: true, name: '春节调休' }] }, valid: true },
  ];
  it.each(cases)('$description → valid: $valid', ({ schema, data, valid, paths }) => {
    const result = validate(schema, data);
    expect(result.ok).toBe(valid);
    if (!result.ok && paths) expect(result.errors.map((e) => e.path)).toEqual(expect.arrayContaining(paths));
  });
});

describe('Chinese formats', () => {
  it.each([
    ['11010519491231002X', true],
    ['110105194912310021', false],
    ['11010519491231002', false],
  ])('id card %s → %s', (v, ok) => expect(isChineseIdCard(v)).toBe(ok));
  it.each([
    ['91350100M000100Y43', true],
    ['91350100M000100Y44', false],
    ['9135010OM000100Y43', false],
  ])('credit code %s → %s', (v, ok) => expect(isUnifiedSocialCreditCode(v)).toBe(ok));
});
