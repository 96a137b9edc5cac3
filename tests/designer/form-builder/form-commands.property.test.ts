/**
 * Random edit sessions: given a form, when random commands (valid or not) are executed, then every
 * form along the way validates, compiles, has `required` lists naming only its own data fields and
 * x-index 0…n-1 in every container; undoing everything gives back the original exactly.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formCompileProblems } from '../../../catalog/form/form-compile.js';
import { lintMatter } from '../../../catalog/lint/lint.js';
import { FIELD_KINDS } from '../../../designer/form-builder/field-kinds.js';
import { FormCommandStack } from '../../../designer/form-builder/form-command-stack.js';
import type { FormCommand } from '../../../designer/form-builder/form-commands.js';
import { allFields, dataPathOf, orderedNames, propertiesHolder } from '../../../designer/form-builder/form-tree.js';
import type { FormDefinition } from '../../../schemas/types.generated.js';
import { validate } from '../../../schemas/validator.js';
import { sampleMatter } from '../../fixtures/matters.js';

interface Intent { op: number; a: number; b: number; kind: number }

const intent: fc.Arbitrary<Intent> = fc.record({ op: fc.nat(5), a: fc.nat(50), b: fc.nat(50), kind: fc.nat(FIELD_KINDS.length - 1) });

/** Turns an intent into a command against the current form, picking existing paths by number. */
function toCommand(form: FormDefinition, i: Intent): FormCommand {
  const fields = allFields(form);
  const containers = ['', ...fields.filter((f) => propertiesHolder(f.field) !== undefined && f.field.properties !== undefined || f.field.items?.type === 'object').map((f) => f.path)];
  const pick = <T,>(list: T[], n: number): T | undefined => (list.length === 0 ? undefined : list[n % list.length]);
  const field = pick(fields, i.a)?.path ?? 'none';
  switch (i.op) {
    case 0: return { type: 'field.add', kind: FIELD_KINDS[i.kind].id, parentPath: pick(containers, i.b), index: i.b % 4 };
    case 1: return { type: 'field.remove', path: field };
    case 2: return { type: 'field.move', path: field, parentPath: pick(containers, i.b) ?? '', index: i.b % 5 };
    case 3: {
      const patches = [{ title: `标题${i.b}` }, { required: i.b % 2 === 0 }, { maxLength: i.b }, { minimum: i.b }, { description: null }, { placeholder: '请填写' }];
      return { type: 'field.update', path: field, patch: patches[i.b % patches.length] };
    }
    case 4: return { type: 'field.rename', path: field, newName: `n${i.b % 7}` };
    default: {
      const target = pick(fields.map((f) => dataPathOf(form, f.path)).filter((p): p is string => p !== undefined && !p.includes('[]')), i.b);
      return { type: 'field.setVisibleWhen', path: field, rule: target === undefined || i.b % 3 === 0 ? null : { '==': [{ var: target }, 'x'] } };
    }
  }
}

function expectSound(form: FormDefinition): void {
  const v = validate('form', form);
  expect(v.ok ? [] : v.errors).toEqual([]);
  expect(formCompileProblems(form)).toEqual([]);
  const report = lintMatter({ ...sampleMatter(), form }, { departmentIds: new Set(['scjg', 'wjw']), sharedMaterialIds: new Set() });
  expect(report.errors.filter((f) => f.rule === 'form.required-unknown' || f.rule === 'form.compile')).toEqual([]);
  for (const c of [form, ...allFields(form).map((f) => propertiesHolder(f.field)).filter((h) => h !== undefined)]) {
    const names = orderedNames(c);
    expect(names.map((n) => c.properties![n]['x-index'] ?? names.indexOf(n))).toEqual(names.map((_n, i) => i));
  }
}

describe('form commands: random edit sessions', () => {
  it('keep every form sound and undo to the exact original', () => {
    const totals = { tried: 0, applied: 0 };
    fc.assert(fc.property(fc.array(intent, { minLength: 1, maxLength: 15 }), (intents) => {
      const original = sampleMatter().form;
      const snapshot = JSON.stringify(original);
      const stack = new FormCommandStack(original);
      let applied = 0;
      for (const i of intents) {
        const before = stack.form;
        const result = stack.execute(toCommand(stack.form, i));
        if (result !== undefined) {
          expect(stack.form).toBe(before);
          continue;
        }
        applied++;
        expectSound(stack.form);
      }
      const last = JSON.stringify(stack.form);
      for (let k = 0; k < applied; k++) expect(stack.undo()).toBe(true);
      expect(stack.undo()).toBe(false);
      expect(JSON.stringify(stack.form)).toBe(snapshot);
      while (stack.redo());
      expect(JSON.stringify(stack.form)).toBe(last);
      totals.tried += intents.length;
      totals.applied += applied;
    }), { numRuns: 150 });
    // The session is only a test if most commands actually apply.
    expect(totals.applied / totals.tried).toBeGreaterThan(0.5);
  });
});
