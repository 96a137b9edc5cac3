// @vitest-environment happy-dom
/**
 * The case head's clocks and the 会签 progress rendered in happy-dom: 预计 only on a provisional
 * date, the colour from the server's warning alone (a date passed without a red mark stays as the
 * server says), the acceptance deadline only before acceptance, and 已签 n/m with who has not signed.
 */
import { cleanup, render } from '@testing-library/react';
import { createElement, type ReactElement } from 'react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { FlowDefinition } from '../../../../schemas/types.generated.js';
import type { StaffCase } from '../../../../runtime/web/workbench/api';
import { DeadlineTags } from '../../../../runtime/web/workbench/case/DeadlineTags';
import { signProgress } from '../../../../runtime/web/workbench/case/sign-progress';
import { SignProgressView } from '../../../../runtime/web/workbench/case/SignProgressView';
import { DueDate } from '../../../../runtime/web/workbench/DueDate';
import { I18nProvider } from '../../../../runtime/web/workbench/i18n';

beforeAll(() => {
  window.matchMedia ??= ((query: string) => ({ matches: false, media: query, onchange: null, addListener() {}, removeListener() {}, addEventListener() {}, removeEventListener() {}, dispatchEvent: () => false })) as never;
});
afterEach(cleanup);

const view = (el: ReactElement) => render(createElement(I18nProvider, null, el));

const flow: FlowDefinition = { nodes: [{ id: 'acc', kind: 'step', name: '受理', stepType: 'accept', departmentId: 'cgj' }], edges: [] };
const base = {
  caseNo: 'MF1', matterCode: 'M', matterVersion: 1, status: 'submitted', applicant: { kind: 'legal_person', name: 'x', phone: '1' }, data: {}, materials: [], receivedAt: '2026-12-28T01:00:00Z', version: 1, history: [],
} as unknown as StaffCase;

describe('deadline components', () => {
  it('marks a provisional date 预计 and leaves a confirmed one plain', () => {
    const a = view(createElement(DueDate, { date: '2027-01-06', provisional: true }));
    expect(a.getByTestId('due-provisional').textContent).toBe('预计');
    expect(a.getByTestId('due-provisional').getAttribute('aria-label')).toBe('预计，待公布放假安排后确认');
    cleanup();
    const b = view(createElement(DueDate, { date: '2026-12-15' }));
    expect(b.queryByTestId('due-provisional')).toBeNull();
  });

  it('shows the acceptance deadline before acceptance in the accept task\'s warning, apart from the due date', () => {
    const c = { ...base, acceptDueDate: '2027-01-05', tasks: [{ id: 't', caseNo: 'MF1', nodeId: 'acc', stepName: '受理', departmentId: 'cgj', status: 'open', openedAt: 'x', version: 1, dueDate: '2027-01-05', dueDateProvisional: true, warning: 'yellow' }] } as unknown as StaffCase;
    const v = view(createElement(DeadlineTags, { c, flow }));
    const tag = v.getByTestId('case-accept-due');
    expect(tag.getAttribute('data-tone')).toBe('warning');
    expect(tag.textContent).toContain('受理期限');
    expect(tag.textContent).toContain('预计');
    expect(v.queryByTestId('case-due')).toBeNull();
  });

  it('colours the due date by the server mark only', () => {
    const c = { ...base, status: 'in_progress', acceptedAt: '2026-12-28T02:00:00Z', dueDate: '2020-01-01', warning: 'none', tasks: [] } as unknown as StaffCase;
    const v = view(createElement(DeadlineTags, { c, flow }));
    expect(v.getByTestId('case-due').getAttribute('data-tone')).toBe('ok');
    expect(v.queryByTestId('case-accept-due')).toBeNull();
  });

  it('shows 已签 1/3, who signed and who has not', () => {
    const progress = signProgress({ mode: 'countersign', assignees: ['a', 'b', 'c'], signatures: [{ username: 'a', action: 'approve', at: '2026-12-08T03:00:00Z' }] })!;
    const v = view(createElement(SignProgressView, { stepName: '会签审查', progress, names: { a: '邓永刚' } }));
    expect(v.getByTestId('sign-count').textContent).toBe('已签 1/3');
    expect(v.getByTestId('sign-done').textContent).toContain('邓永刚');
    expect(v.getByTestId('sign-done').textContent).toContain('2026-12-08 11:00');
    expect(v.getByTestId('sign-waiting').textContent).toBe('待签：b、c');
  });
});
