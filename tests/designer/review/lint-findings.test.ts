// @vitest-environment happy-dom
/** The review page's lint list rendered in happy-dom: findings in the editor's words, naming steps and departments by name. */
import { cleanup, render } from '@testing-library/react';
import { createElement } from 'react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_DEPARTMENTS } from '../../../catalog/demo/departments.js';
import { foodBusinessLicenseNew } from '../../../catalog/demo/matters/food-business-license.js';
import { DEMO_SHARED_MATERIALS } from '../../../catalog/demo/shared-materials.js';
import { lintMatter } from '../../../catalog/lint/lint.js';
import { I18nProvider } from '../../../designer/app/i18n.js';
import { LintFindings } from '../../../designer/app/review/LintFindings.js';
import { polyfillMatchMedia } from '../materials/tab-harness.js';

beforeAll(polyfillMatchMedia);
afterEach(cleanup);

const CTX = { departmentIds: new Set(DEMO_DEPARTMENTS.map((d) => d.id)), sharedMaterialIds: new Set(DEMO_SHARED_MATERIALS.map((m) => m.id)) };
const DEPARTMENTS = Object.fromEntries(DEMO_DEPARTMENTS.map((d) => [d.id, d.name]));

describe('LintFindings', { timeout: 90_000 }, () => {
  it('given the draft definition, then each finding reads in Chinese and names its step; without it, the lint message', () => {
    const def = foodBusinessLicenseNew();
    const inspect = def.flow.nodes.find((n) => n.id === 'n-inspect')!;
    inspect.departmentId = 'nowhere';
    delete def.flow.nodes.find((n) => n.id === 'n-deliver')!.deadlineDays;
    const report = lintMatter(def, CTX);
    expect(report.errors.map((f) => f.rule)).toEqual(['flow.step-department']);

    const { getByTestId, unmount } = render(createElement(I18nProvider, null, createElement(LintFindings, { report, definition: def, departments: DEPARTMENTS })));
    expect(getByTestId('review-lint-errors').textContent).toContain('环节「现场核查」的承办部门「nowhere」不存在');
    expect(getByTestId('review-lint-warnings').textContent).toContain('环节「制证送达」未设置办理时限');
    unmount();

    const plain = render(createElement(I18nProvider, null, createElement(LintFindings, { report })));
    expect(plain.getByTestId('review-lint-errors').textContent).toContain(report.errors[0].message);
  });
});
