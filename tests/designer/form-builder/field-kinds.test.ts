/**
 * The palette: every kind's factory output, put alone in a form, passes the form meta-schema and
 * compiles with ajv as the server will; `kindOf` recognises each kind back.
 */
import { describe, expect, it } from 'vitest';
import { formCompileProblems } from '../../../catalog/form/form-compile.js';
import { FIELD_KINDS, fieldKind, kindOf } from '../../../designer/form-builder/field-kinds.js';
import type { FormDefinition } from '../../../schemas/types.generated.js';
import { validate } from '../../../schemas/validator.js';

describe('field kinds', () => {
  it('has one entry per kind, each with a Chinese label and an icon', () => {
    expect(new Set(FIELD_KINDS.map((k) => k.id)).size).toBe(FIELD_KINDS.length);
    expect(FIELD_KINDS).toHaveLength(17);
    for (const k of FIELD_KINDS) {
      expect(k.label).toMatch(/\p{Script=Han}/u);
      expect(k.icon).toMatch(/Outlined$/);
    }
  });

  describe.each(FIELD_KINDS.map((k) => [k.id, k] as const))('%s', (id, kind) => {
    it('given the factory output in a form, then the form validates and compiles without problems', () => {
      const form: FormDefinition = { type: 'object', properties: { f: kind.create() } };
      const result = validate('form', form);
      expect(result.ok ? [] : result.errors).toEqual([]);
      expect(formCompileProblems(form)).toEqual([]);
    });

    it('given the factory output, then kindOf recognises the kind', () => {
      expect(kindOf(kind.create())).toBe(id);
      expect(fieldKind(id)).toBe(kind);
    });

    it('given a title, then the field carries it; every call is a fresh object', () => {
      expect(kind.create('申请人').title).toBe('申请人');
      expect(kind.create()).not.toBe(kind.create());
      expect(kind.create().title).toBe(kind.label);
    });
  });

  it('given every kind at once, at the root, in a section, in a grid and as table columns, then the form validates and compiles', () => {
    const all = () => Object.fromEntries(FIELD_KINDS.map((k, i) => [`${k.id}F`, { ...k.create(), 'x-index': i }]));
    const section = fieldKind('section')!.create();
    section.properties = Object.fromEntries(Object.entries(all()).map(([n, f]) => [`s${n}`, f]));
    const grid = fieldKind('grid')!.create();
    grid.properties = Object.fromEntries(Object.entries(all()).map(([n, f]) => [`g${n}`, f]));
    const table = fieldKind('table')!.create();
    table.items!.properties = all();
    const form: FormDefinition = { type: 'object', properties: { ...all(), box: section, cols: grid, rows: table } };
    const result = validate('form', form);
    expect(result.ok ? [] : result.errors).toEqual([]);
    expect(formCompileProblems(form)).toEqual([]);
  });

  it('gives layout containers type void and data fields a FormItem decorator', () => {
    for (const k of FIELD_KINDS) {
      const f = k.create();
      if (k.group === 'layout') expect(f.type).toBe('void');
      else expect(f['x-decorator']).toBe('FormItem');
    }
  });

  it.each([
    ['money', { type: 'number', minimum: 0, multipleOf: 0.01 }],
    ['dateRange', { type: 'array', minItems: 2, maxItems: 2, items: { type: 'string', format: 'date' } }],
    ['idCard', { type: 'string', format: 'id-card' }],
    ['mobile', { type: 'string', format: 'mobile' }],
    ['uscc', { type: 'string', format: 'uscc' }],
    ['file', { type: 'array', items: { type: 'string' } }],
    ['table', { type: 'array', 'x-component': 'ArrayItems', items: { type: 'object' } }],
    ['grid', { type: 'void', 'x-component': 'FormGrid' }],
  ] as const)('%s has the data rules the hall relies on', (id, expected) => {
    expect(fieldKind(id)!.create()).toMatchObject(expected);
  });

  it('does not guess a kind for fields no palette entry fits', () => {
    expect(kindOf({ type: 'boolean', 'x-component': 'Switch' })).toBeUndefined();
    expect(kindOf({ type: 'object', properties: {} })).toBeUndefined();
    expect(kindOf({ type: 'string' })).toBeUndefined();
  });
});
