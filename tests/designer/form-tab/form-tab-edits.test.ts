import { describe, expect, it } from 'vitest';
import { demoCatalogue } from '../../../catalog/demo/demo-catalogue.js';
import { acceptsChildren, commandErrorKey, dropCommand, parentPathOf, parseLimit, readersOutsideForm, renamedPath, renameOutsideForm, stepCommand } from '../../../designer/app/form-tab/form-tab-edits.js';
import { applyFormCommand, formOutline } from '../../../designer/form-builder/index.js';
import type { FormDefinition, MatterDefinition } from '../../../schemas/types.generated.js';
import { baseForm } from '../form-builder/form-fixtures.js';

/** Applies a command and returns the root outline names (or the error). */
function namesAfter(form: FormDefinition, cmd: ReturnType<typeof dropCommand>): string[] | string {
  if (cmd === undefined) return 'no command';
  const r = applyFormCommand(form, cmd);
  return 'error' in r ? r.error : formOutline(r.form).map((n) => n.name);
}

describe('dropCommand', () => {
  const form = baseForm(); // root: applicantName byAgent basics address members

  it('adds a palette field before, after or inside', () => {
    expect(dropCommand(form, { kind: 'mobile' }, { path: 'byAgent', position: 'before' })).toEqual({ type: 'field.add', kind: 'mobile', parentPath: '', index: 1 });
    expect(dropCommand(form, { kind: 'mobile' }, { path: 'byAgent', position: 'after' })).toEqual({ type: 'field.add', kind: 'mobile', parentPath: '', index: 2 });
    expect(dropCommand(form, { kind: 'text' }, { path: 'basics', position: 'inside' })).toEqual({ type: 'field.add', kind: 'text', parentPath: 'basics', index: 2 });
    expect(dropCommand(form, { kind: 'text' }, { path: '', position: 'inside' })).toEqual({ type: 'field.add', kind: 'text', parentPath: '', index: 5 });
  });

  it('reorders within a container, counting the place the field leaves', () => {
    expect(namesAfter(form, dropCommand(form, { path: 'applicantName' }, { path: 'address', position: 'after' }))).toEqual(['byAgent', 'basics', 'address', 'applicantName', 'members']);
    expect(namesAfter(form, dropCommand(form, { path: 'members' }, { path: 'byAgent', position: 'before' }))).toEqual(['applicantName', 'members', 'byAgent', 'basics', 'address']);
  });

  it('means nothing for a drop onto itself, its own place, into itself or into a plain field', () => {
    expect(dropCommand(form, { path: 'byAgent' }, { path: 'byAgent', position: 'before' })).toBeUndefined();
    expect(dropCommand(form, { path: 'applicantName' }, { path: 'byAgent', position: 'before' })).toBeUndefined();
    expect(dropCommand(form, { path: 'basics' }, { path: 'basics.agentName', position: 'after' })).toBeUndefined();
    expect(dropCommand(form, { kind: 'text' }, { path: 'applicantName', position: 'inside' })).toBeUndefined();
    expect(dropCommand(form, { kind: 'text' }, { path: 'address', position: 'inside' })).toBeUndefined();
  });

  it('moves a field into and out of a section', () => {
    const into = dropCommand(form, { path: 'applicantName' }, { path: 'basics', position: 'inside' });
    expect(into).toEqual({ type: 'field.move', path: 'applicantName', parentPath: 'basics', index: 2 });
    const r = applyFormCommand(form, into!);
    if ('error' in r) throw new Error(r.error);
    const out = dropCommand(r.form, { path: 'basics.applicantName' }, { path: 'members', position: 'after' });
    expect(out).toEqual({ type: 'field.move', path: 'basics.applicantName', parentPath: '', index: 4 });
  });
});

describe('stepCommand', () => {
  it('moves one place and stops at the ends', () => {
    const form = baseForm();
    expect(namesAfter(form, stepCommand(form, 'byAgent', -1))).toEqual(['byAgent', 'applicantName', 'basics', 'address', 'members']);
    expect(stepCommand(form, 'applicantName', -1)).toBeUndefined();
    expect(stepCommand(form, 'members', 1)).toBeUndefined();
  });
});

describe('acceptsChildren', () => {
  it('takes sections, tables and the form; not plain fields or an address', () => {
    const form = baseForm();
    expect(['', 'basics', 'members', 'address', 'byAgent'].map((p) => acceptsChildren(form, p))).toEqual([true, true, true, false, false]);
  });
});

function foodMatter(): MatterDefinition {
  const m = demoCatalogue().matters.flatMap((x) => x.versions).find((v) => v.name === '食品经营许可（新办）');
  if (m === undefined) throw new Error('demo matter missing');
  return m;
}

describe('renameOutsideForm / readersOutsideForm', () => {
  it('rewrites material conditions that read the field and keeps the others as they were', () => {
    const def = foodMatter();
    const readers = readersOutsideForm(def, 'hasAgent');
    expect(readers.length).toBeGreaterThan(0);
    const next = renameOutsideForm(def, 'hasAgent', 'byAgent');
    expect(readersOutsideForm(next, 'hasAgent')).toEqual([]);
    expect(readersOutsideForm(next, 'byAgent')).toEqual(readers);
    const untouched = def.materials.findIndex((m) => m.condition?.when === undefined);
    expect(next.materials[untouched]).toBe(def.materials[untouched]);
    expect(def.materials.some((m) => JSON.stringify(m.condition?.when ?? '').includes('hasAgent'))).toBe(true);
  });

  it('rewrites flow edge conditions, dotted paths inside the field too', () => {
    const def = foodMatter();
    def.flow.edges[0] = { ...def.flow.edges[0], condition: { '==': [{ var: 'addr.city' }, 'x'] } };
    const next = renameOutsideForm(def, 'addr', 'place');
    expect(next.flow.edges[0].condition).toEqual({ '==': [{ var: 'place.city' }, 'x'] });
    expect(next.flow.edges[1]).toBe(def.flow.edges[1]);
  });

  it('returns the same definition when nothing reads the field', () => {
    const def = foodMatter();
    expect(renameOutsideForm(def, 'nobodyReadsThis', 'x')).toBe(def);
  });
});

describe('small helpers', () => {
  it('parentPathOf and renamedPath', () => {
    expect(parentPathOf('a.b.c')).toBe('a.b');
    expect(parentPathOf('a')).toBe('');
    expect(renamedPath('a.b', 'x')).toBe('a.x');
    expect(renamedPath('b', 'x')).toBe('x');
  });

  it('parseLimit', () => {
    expect(parseLimit('', true)).toBeNull();
    expect(parseLimit('12', true)).toBe(12);
    expect(parseLimit('1.5', true)).toBeUndefined();
    expect(parseLimit('-1', true)).toBeUndefined();
    expect(parseLimit('-1.5', false)).toBe(-1.5);
    expect(parseLimit('abc', false)).toBeUndefined();
  });
});

describe('commandErrorKey', () => {
  it('names the refusals a user meets, from the commands\' own errors', () => {
    const form = baseForm();
    const errorOf = (cmd: Parameters<typeof applyFormCommand>[1]) => {
      const r = applyFormCommand(form, cmd);
      return 'error' in r ? r.error : '';
    };
    expect(commandErrorKey(errorOf({ type: 'field.move', path: 'members.name', parentPath: '', index: 0 }))).toBe('form.err.moveData');
    expect(commandErrorKey(errorOf({ type: 'field.rename', path: 'byAgent', newName: 'applicantName' }))).toBe('form.err.nameTaken');
    expect(commandErrorKey(errorOf({ type: 'field.rename', path: 'byAgent', newName: 'constructor' }))).toBe('form.err.nameReserved');
    expect(commandErrorKey('something else')).toBeUndefined();
  });
});
