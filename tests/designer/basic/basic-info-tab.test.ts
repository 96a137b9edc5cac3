// @vitest-environment happy-dom
/** The basic-information tab rendered in happy-dom: an edit reaches the draft, the promise warning, read-only. */
import { act, cleanup, fireEvent } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { validate } from '../../../schemas/validator.js';
import { BasicInfoTab } from '../../../designer/app/basic/BasicInfoTab.js';
import { mountTab as mount, polyfillMatchMedia } from '../materials/tab-harness.js';

beforeAll(polyfillMatchMedia);
afterEach(cleanup);

// The first render pays for antd's style generation: seconds in happy-dom, more on a busy machine.
describe('BasicInfoTab', { timeout: 90_000 }, () => {
  it('sets the promised days and warns while the promise exceeds the statute', async () => {
    const { state, byTestId } = mount(BasicInfoTab);
    const promised = byTestId('basic-promisedDays') as HTMLInputElement;
    expect(promised.value).toBe('10');
    expect(byTestId('basic-promise-warning')).toBeNull();
    await act(async () => {
      fireEvent.focus(promised);
      fireEvent.change(promised, { target: { value: '22' } });
    });
    await act(async () => fireEvent.blur(promised));
    expect(state.definition.promisedDays).toBe(22);
    expect(byTestId('basic-promise-warning')!.textContent).toContain('超过法定办结时限');
    expect(validate('matter-definition', state.definition)).toMatchObject({ ok: true });
  });

  it('for an editor the department is locked (only the admin moves a matter); for the admin it is not', () => {
    const locked = mount(BasicInfoTab, false, undefined, { lockDepartment: true });
    expect(locked.byTestId('basic-departmentId')!.closest('.ant-select')!.className).toContain('ant-select-disabled');
    cleanup();
    const open = mount(BasicInfoTab, false, undefined, { lockDepartment: false });
    expect(open.byTestId('basic-departmentId')!.closest('.ant-select')!.className).not.toContain('ant-select-disabled');
  });

  it('extension limit 30 warns until its legal basis is named; a remedy text edited, then restored to the default', async () => {
    const { state, byTestId } = mount(BasicInfoTab);
    const days = byTestId('basic-extension-maxDays') as HTMLInputElement;
    await act(async () => {
      fireEvent.focus(days);
      fireEvent.change(days, { target: { value: '30' } });
    });
    await act(async () => fireEvent.blur(days));
    expect(state.definition.extension).toEqual({ maxDays: 30 });
    expect(byTestId('basic-extension-warning')!.textContent).toContain('特别法依据');
    const basis = byTestId('basic-extension-legalBasis') as HTMLInputElement;
    await act(async () => {
      fireEvent.focus(basis);
      fireEvent.change(basis, { target: { value: '《工伤保险条例》第二十五条' } });
    });
    await act(async () => fireEvent.blur(basis));
    expect(state.definition.extension).toEqual({ maxDays: 30, legalBasis: '《工伤保险条例》第二十五条' });
    expect(byTestId('basic-extension-warning')).toBeNull();

    const refusal = byTestId('basic-remedy-refusal') as HTMLTextAreaElement;
    expect(refusal.value).toContain('行政复议');
    expect(byTestId('basic-remedy-refusal-source')!.textContent).toBe('法定默认');
    await act(async () => {
      fireEvent.focus(refusal);
      fireEvent.change(refusal, { target: { value: '如有异议，可向本中心投诉窗口反映。' } });
    });
    await act(async () => fireEvent.blur(refusal));
    expect(state.definition.remedies).toEqual({ refusal: '如有异议，可向本中心投诉窗口反映。' });
    expect(byTestId('basic-remedy-refusal-source')!.textContent).toBe('本事项自定');
    await act(async () => fireEvent.click(byTestId('basic-remedy-refusal-reset')!));
    expect(state.definition.remedies).toBeUndefined();
    expect((byTestId('basic-remedy-refusal') as HTMLTextAreaElement).value).toContain('行政复议');
    expect(validate('matter-definition', state.definition)).toMatchObject({ ok: true });
  });

  it('read-only: the inputs are disabled', () => {
    const { byTestId } = mount(BasicInfoTab, true);
    expect((byTestId('basic-name') as HTMLInputElement).disabled).toBe(true);
    expect((byTestId('basic-promisedDays') as HTMLInputElement).disabled).toBe(true);
    expect(byTestId('basic-legalBasis-add')).toBeNull();
  });
});
