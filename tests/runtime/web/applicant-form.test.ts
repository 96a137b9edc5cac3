// @vitest-environment happy-dom
/**
 * <ApplicantForm> rendered in happy-dom: every widget name resolves the way Formily looks it up,
 * conditional fields follow the answers, choices show their labels, and submit validates.
 */
import { FormPath } from '@formily/core';
import { act, cleanup, render } from '@testing-library/react';
import { createElement, createRef } from 'react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { demoCatalogue } from '../../../catalog/demo/demo-catalogue.js';
import { COMPONENT_NAMES } from '../../../runtime/web/form-renderer/component-names.js';
import { RENDERER_COMPONENTS } from '../../../runtime/web/form-renderer/components.js';
import { ApplicantForm, type ApplicantFormHandle } from '../../../runtime/web/form-renderer/index.js';
import type { FormDefinition } from '../../../schemas/types.generated.js';

beforeAll(() => {
  // stack.md: Formily's grid and antd read matchMedia, which happy-dom lacks.
  window.matchMedia ??= ((query: string) => ({ matches: false, media: query, onchange: null, addListener() {}, removeListener() {}, addEventListener() {}, removeEventListener() {}, dispatchEvent: () => false })) as never;
});
afterEach(cleanup);

function foodForm(): FormDefinition {
  const m = demoCatalogue().matters.flatMap((x) => x.versions).find((v) => v.name === '食品经营许可（新办）');
  if (m === undefined) throw new Error('demo matter missing');
  return m.form;
}

const settle = () => act(() => new Promise((r) => setTimeout(r, 50)));

describe('ApplicantForm', () => {
  it('resolves every widget name as Formily looks it up (dotted names through their prefix)', () => {
    for (const name of COMPONENT_NAMES) expect(FormPath.getIn(RENDERER_COMPONENTS, name), name).toBeDefined();
  });

  it('renders choices with labels and shows a conditional field only when its rule holds', async () => {
    const ref = createRef<ApplicantFormHandle>();
    const seen: Record<string, unknown>[] = [];
    const view = render(createElement(ApplicantForm, { form: foodForm(), ref, onChange: (v) => seen.push(v) }));
    await settle();
    const text = () => view.container.textContent ?? '';
    expect(text()).toContain('热食类食品制售');
    expect(text()).toContain('经营者名称');
    expect(text()).not.toContain('委托代理人姓名');
    await act(async () => ref.current!.formily.setValuesIn('hasAgent', true));
    await settle();
    expect(text()).toContain('委托代理人姓名');
    expect(seen.at(-1)).toMatchObject({ hasAgent: true });
    await act(async () => ref.current!.formily.setValuesIn('hasAgent', false));
    await settle();
    expect(text()).not.toContain('委托代理人姓名');
  });

  it('validates required fields and Chinese formats, and submits plain answers', async () => {
    const ref = createRef<ApplicantFormHandle>();
    render(createElement(ApplicantForm, { form: foodForm(), ref }));
    await settle();
    const errors = await act(() => ref.current!.validate());
    const failing = errors.map((e) => e.path);
    expect(failing).toEqual(expect.arrayContaining(['operatorName', 'uscc', 'premisesAddress', 'mainBusinessForm', 'businessItems']));
    await expect(ref.current!.submit()).rejects.toBeDefined();

    await act(async () => {
      ref.current!.formily.setValues({ operatorName: '某某餐饮有限公司', uscc: '11619900MB1532046A', premisesAddress: '某区某路1号', mainBusinessForm: 'catering', businessItems: ['hot-food'] });
    });
    const usccErrors = (await act(() => ref.current!.validate())).filter((e) => e.path === 'uscc');
    expect(usccErrors.flatMap((e) => e.messages ?? [])).toContain('请输入正确的18位统一社会信用代码');

    await act(async () => ref.current!.formily.setValuesIn('uscc', '11619900MB1532046T'));
    const values = await act(() => ref.current!.submit());
    expect(values).toMatchObject({ operatorName: '某某餐饮有限公司', businessItems: ['hot-food'] });
    expect(values).not.toHaveProperty('agentName');
  });

  it('keeps the answers when the form definition changes (the designer\'s live preview)', async () => {
    const ref = createRef<ApplicantFormHandle>();
    const form = foodForm();
    const view = render(createElement(ApplicantForm, { form, ref }));
    await settle();
    await act(async () => ref.current!.formily.setValuesIn('operatorName', '甲公司'));
    await settle();
    const next: FormDefinition = { ...form, properties: { ...form.properties, extra: { type: 'string', title: '新增字段', 'x-component': 'Input' } } };
    view.rerender(createElement(ApplicantForm, { form: next, ref }));
    await settle();
    expect(view.container.textContent).toContain('新增字段');
    expect(ref.current!.formily.values.operatorName).toBe('甲公司');
  });
});
