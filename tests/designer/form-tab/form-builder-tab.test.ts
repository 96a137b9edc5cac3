// @vitest-environment happy-dom
/**
 * The form tab as the matter page drives it: edits go up through `onChange` as updates of the
 * current definition, the page hands the result back, and a form that arrives from outside starts
 * a new undo history. Rendered in happy-dom (the browser test covers dragging and the preview).
 */
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { App as AntApp } from 'antd';
import { createElement as h } from 'react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { demoCatalogue } from '../../../catalog/demo/demo-catalogue.js';
import type { DefinitionUpdate } from '../../../designer/app/editor-tab.js';
import { FormBuilderTab } from '../../../designer/app/form-tab/FormBuilderTab.js';
import { I18nProvider } from '../../../designer/app/i18n.js';
import type { MatterDefinition } from '../../../schemas/types.generated.js';

beforeAll(() => {
  window.matchMedia ??= ((query: string) => ({ matches: false, media: query, onchange: null, addListener() {}, removeListener() {}, addEventListener() {}, removeEventListener() {}, dispatchEvent: () => false })) as never;
});
afterEach(cleanup);

function foodMatter(): MatterDefinition {
  const m = demoCatalogue().matters.flatMap((x) => x.versions).find((v) => v.name === '食品经营许可（新办）');
  if (m === undefined) throw new Error('demo matter missing');
  return m;
}

/** Renders the tab as the page does: applies each update to its definition and renders again. */
function mount(initial: MatterDefinition, readOnly = false) {
  let current = initial;
  const updates: DefinitionUpdate[] = [];
  const tree = () => h(I18nProvider, null, h(AntApp, null, h(FormBuilderTab, {
    definition: current, readOnly, departments: [], sharedMaterials: [],
    onChange: (u: DefinitionUpdate) => {
      updates.push(u);
      current = u(current);
      view.rerender(tree());
    },
  })));
  const view = render(tree());
  return {
    get current() { return current; },
    updates,
    replace(next: MatterDefinition) {
      current = next;
      view.rerender(tree());
    },
  };
}

const byTestId = (id: string) => screen.getByTestId(id);
const settle = () => act(() => new Promise((r) => setTimeout(r, 30)));

describe('FormBuilderTab', () => {
  it('adds a field through onChange, with undo and redo over one history', async () => {
    const page = mount(foodMatter());
    expect((byTestId('form-undo') as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(byTestId('form-palette-mobile'));
    await settle();
    expect(page.updates).toHaveLength(1);
    expect(page.current.form.properties.field1).toMatchObject({ format: 'mobile', title: '手机号' });
    expect(byTestId('form-field-field1')).toBeTruthy();
    // The new field is selected: its properties are shown.
    expect((byTestId('form-prop-name') as HTMLInputElement).value).toBe('field1');
    expect((byTestId('form-undo') as HTMLButtonElement).disabled).toBe(false);
    fireEvent.click(byTestId('form-undo'));
    await settle();
    expect(page.current.form.properties.field1).toBeUndefined();
    fireEvent.click(byTestId('form-redo'));
    await settle();
    expect(page.current.form.properties.field1).toBeDefined();
  });

  it('renames a field and the material conditions that read it in the same update', async () => {
    const page = mount(foodMatter());
    fireEvent.click(byTestId('form-field-hasAgent'));
    await settle();
    const name = byTestId('form-prop-name') as HTMLInputElement;
    fireEvent.change(name, { target: { value: 'byAgent' } });
    fireEvent.blur(name);
    await settle();
    expect(page.updates).toHaveLength(1);
    expect(page.current.form.properties.byAgent).toBeDefined();
    expect(page.current.form.properties.agentName['x-visible-when']).toEqual({ '==': [{ var: 'byAgent' }, true] });
    const whens = JSON.stringify(page.current.materials.map((m) => m.condition?.when ?? null));
    expect(whens).toContain('byAgent');
    expect(whens).not.toContain('hasAgent');
  });

  it('refuses a bad key without an update, saying why', async () => {
    const page = mount(foodMatter());
    fireEvent.click(byTestId('form-field-hasAgent'));
    await settle();
    const name = byTestId('form-prop-name') as HTMLInputElement;
    fireEvent.change(name, { target: { value: '1bad' } });
    fireEvent.blur(name);
    await settle();
    expect(page.updates).toHaveLength(0);
    expect(screen.getByText('字段标识须以英文字母开头', { exact: false })).toBeTruthy();
  });

  it('starts a new history when the form changes from outside', async () => {
    const page = mount(foodMatter());
    fireEvent.click(byTestId('form-palette-text'));
    await settle();
    expect((byTestId('form-undo') as HTMLButtonElement).disabled).toBe(false);
    const reloaded = foodMatter();
    page.replace(reloaded);
    await settle();
    expect((byTestId('form-undo') as HTMLButtonElement).disabled).toBe(true);
    expect(screen.queryByTestId('form-field-field1')).toBeNull();
  });

  it('offers no palette and no edits when read-only, and still previews', async () => {
    mount(foodMatter(), true);
    expect(screen.queryByTestId('form-palette-text')).toBeNull();
    expect(screen.queryByTestId('form-undo')).toBeNull();
    fireEvent.click(byTestId('form-field-operatorName'));
    await settle();
    expect((byTestId('form-prop-label') as HTMLInputElement).disabled).toBe(true);
    expect(byTestId('form-preview').textContent).toContain('经营者名称');
  });
});
