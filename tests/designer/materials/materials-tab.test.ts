// @vitest-environment happy-dom
/**
 * The materials tab rendered in happy-dom: edits reach the definition as pure updates, the result
 * stays schema-valid, and read-only shows no edit controls.
 */
import { act, cleanup, fireEvent } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { validate } from '../../../schemas/validator.js';
import { MaterialsTab } from '../../../designer/app/materials/MaterialsTab.js';
import { mountTab as mount, polyfillMatchMedia } from './tab-harness.js';

beforeAll(polyfillMatchMedia);
afterEach(cleanup);

// The first render pays for antd's style generation: seconds in happy-dom, more on a busy machine.
describe('MaterialsTab', { timeout: 90_000 }, () => {
  it('adds a material and renames it', async () => {
    const { state, byTestId } = mount(MaterialsTab);
    const n = state.definition.materials.length;
    await act(async () => fireEvent.click(byTestId('material-add')!));
    expect(state.definition.materials).toHaveLength(n + 1);
    const name = byTestId(`material-name-${n}`) as HTMLTextAreaElement;
    expect(name.value).toBe('新材料');
    // (Commit timing, blur versus pause, is CommitInput's test, with fake timers.)
    await act(async () => {
      fireEvent.focus(name);
      fireEvent.change(name, { target: { value: '分支' } });
      fireEvent.change(name, { target: { value: '分支机构证明' } });
    });
    await act(async () => fireEvent.blur(name));
    expect(state.definition.materials[n].name).toBe('分支机构证明');
    expect(name.value).toBe('分支机构证明');
    expect(validate('matter-definition', state.definition)).toMatchObject({ ok: true });
  });

  it('adds a situation, deletes a material and moves one, all valid', async () => {
    const { state, byTestId } = mount(MaterialsTab);
    const first = state.definition.materials.map((m) => m.id);
    await act(async () => fireEvent.click(byTestId('situation-add')!));
    expect(state.definition.situations.at(-1)).toEqual({ id: 'situation-3', name: '新情形' });
    await act(async () => fireEvent.click(byTestId('material-down-0')!));
    expect(state.definition.materials.slice(0, 2).map((m) => m.id)).toEqual([first[1], first[0]]);
    await act(async () => fireEvent.click(byTestId('material-delete-0')!));
    expect(state.definition.materials.map((m) => m.id)).toEqual([first[0], ...first.slice(2)]);
    expect(state.definition.flow.nodes.flatMap((node) => node.checksMaterials ?? [])).not.toContain(first[1]);
    expect(validate('matter-definition', state.definition)).toMatchObject({ ok: true });
  });

  it("edits the source in a material's details row", async () => {
    const { state, byTestId } = mount(MaterialsTab);
    expect(byTestId('material-source-0')).toBeNull();
    await act(async () => fireEvent.click(byTestId('material-more-0')!));
    const source = byTestId('material-source-0') as HTMLInputElement;
    await act(async () => {
      fireEvent.focus(source);
      fireEvent.change(source, { target: { value: ' 窗口领取 ' } });
      fireEvent.blur(source);
    });
    expect(state.definition.materials[0].source).toBe('窗口领取');
  });

  it('read-only: names as text, no add, move or delete controls', () => {
    const { byTestId } = mount(MaterialsTab, true);
    expect(byTestId('material-name-0')!.tagName).not.toBe('TEXTAREA');
    for (const id of ['material-add', 'material-library', 'material-up-1', 'material-delete-0', 'situation-add', 'situation-delete-0']) expect(byTestId(id), id).toBeNull();
  });
});
