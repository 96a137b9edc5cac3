/**
 * Renders an editor tab in happy-dom over its own draft, with a page stand-in that applies the
 * tab's updates the way the matter page does (shared by the basic and materials tab tests).
 */
import { render } from '@testing-library/react';
import { createElement, useState } from 'react';
import type { DefinitionUpdate, EditorTabProps } from '../../../designer/app/editor-tab.js';
import { I18nProvider } from '../../../designer/app/i18n.js';
import { DEMO_SHARED_MATERIALS } from '../../../catalog/demo/shared-materials.js';
import type { MatterDefinition } from '../../../schemas/types.generated.js';
import { sampleMatter } from '../../fixtures/matters.js';

/** antd reads matchMedia, which happy-dom lacks. */
export function polyfillMatchMedia(): void {
  window.matchMedia ??= ((query: string) => ({ matches: false, media: query, onchange: null, addListener() {}, removeListener() {}, addEventListener() {}, removeEventListener() {}, dispatchEvent: () => false })) as never;
}

/** Mounts `Tab`; `state.definition` is the draft after each update. */
export function mountTab(Tab: (props: EditorTabProps) => unknown, readOnly = false, definition: MatterDefinition = sampleMatter(), extra: Partial<EditorTabProps> = {}) {
  const state = { definition };
  function Page() {
    const [current, setCurrent] = useState<MatterDefinition>(state.definition);
    const onChange = (update: DefinitionUpdate) => {
      state.definition = update(state.definition);
      setCurrent(state.definition);
    };
    const props: EditorTabProps = { definition: current, readOnly, onChange, departments: [{ id: 'scjg', name: '市场监督管理局' }], sharedMaterials: DEMO_SHARED_MATERIALS, ...extra };
    return createElement(Tab as never, props);
  }
  const view = render(createElement(I18nProvider, null, createElement(Page)));
  const byTestId = (id: string) => view.container.querySelector(`[data-testid="${id}"]`) as HTMLElement | null;
  return { state, view, byTestId };
}
