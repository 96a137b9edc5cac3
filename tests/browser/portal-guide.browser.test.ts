/**
 * The portal's catalogue and service guide in a real browser, on a desktop and on a 390×844 phone:
 * search by pinyin initials, filter by department and service object, open 食品经营许可（新办）,
 * and check its guide — materials per situation, windows, legal basis, the flow (drawn on a
 * desktop, a step list on a phone) — against the API's definition; no sideways scrolling on the
 * phone; the English toggle.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Department, MatterVersion } from '../../schemas/types.generated.js';
import { join } from 'node:path';
import { screenshot, SCREENSHOT_DIR, type BrowserSession, type RunningServer, useBrowserRig } from './browser-harness.js';

const FOOD = '11619900MB1532046T-XK-0001';
const FOOD_NAME = '食品经营许可（新办）';
/** 建设工程规划许可证核发: its live version reviews in three departments in parallel. */
const PLANNING = '11619900MB1597823F-XK-0001';

async function api<T>(url: string, path: string): Promise<T> {
  const res = await fetch(`${url}/api${path}`);
  if (!res.ok) throw new Error(`${path}: ${res.status}`);
  return (await res.json()) as T;
}

const codesOn = (page: Page) => page.getByTestId('portal-result').evaluateAll((cards) => cards.map((c) => c.getAttribute('data-code')));
const noSidewaysScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

describe('portal catalogue and service guide in chromium', { timeout: 240_000 }, () => {
  let server: RunningServer;
  let browser: BrowserSession;
  let food: MatterVersion;
  let departments: Department[];

  useBrowserRig(async (rig) => {
    ({ server, browser } = rig);
    food = await api<MatterVersion>(server.url, `/matters/${FOOD}`);
    departments = await api<Department[]>(server.url, '/departments');
  });

  it('finds a matter by pinyin initials and narrows by department and service object (desktop)', async () => {
    const { page, problems } = browser;
    await page.goto(server.url);
    await page.getByTestId('portal-title').getByText('汉江市政务服务网').waitFor();
    const all = await api<{ total: number }>(server.url, '/matters?pageSize=1');
    await expect.poll(() => page.getByTestId('portal-total').getAttribute('data-total')).toBe(String(all.total));
    expect(await page.getByTestId('portal-result').count()).toBe(Math.min(10, all.total));
    await screenshot(page, 'portal-catalogue-desktop');

    // Pinyin initials: the server's search, typed and submitted with Enter.
    await page.getByTestId('portal-search').pressSequentially('spjy');
    await page.getByTestId('portal-search').press('Enter');
    await expect.poll(() => page.url()).toContain('q=spjy');
    await expect.poll(() => codesOn(page)).toContain(FOOD);
    const card = page.locator(`[data-testid="portal-result"][data-code="${FOOD}"]`);
    await card.getByTestId('portal-open-guide').getByText(FOOD_NAME).waitFor();
    expect(await card.getByTestId('result-promised').innerText()).toContain(`${food.definition.promisedDays} 个工作日`);
    expect(await card.getByTestId('result-statutory').innerText()).toContain(`${food.definition.statutoryDays} 个工作日`);
    expect(await card.getByTestId('result-department').innerText()).toBe(departments.find((d) => d.id === 'scjg')!.name);

    // Clear the keyword; filter by department: every card is that department's.
    await page.getByTestId('portal-search').fill('');
    await expect.poll(() => page.url()).not.toContain('q=');
    await page.getByTestId('portal-filter-department').click();
    const scjg = departments.find((d) => d.id === 'scjg')!;
    await page.locator('.ant-select-item-option').filter({ hasText: scjg.name }).click();
    await expect.poll(() => page.url()).toContain('department=scjg');
    const scjgMatters = await api<{ items: Array<{ code: string; serviceObjects: string[] }> }>(server.url, '/matters?department=scjg&pageSize=100');
    await expect.poll(async () => (await codesOn(page)).sort()).toEqual(scjgMatters.items.map((m) => m.code).sort());

    // And by service object: only the department's matters for individuals.
    await page.getByTestId('portal-filter-object-individual').click();
    await expect.poll(() => page.url()).toContain('object=individual');
    const forIndividuals = scjgMatters.items.filter((m) => m.serviceObjects.includes('individual')).map((m) => m.code).sort();
    await expect.poll(async () => (await codesOn(page)).sort()).toEqual(forIndividuals);
    expect(forIndividuals).toContain(FOOD);
    await screenshot(page, 'portal-catalogue-filtered');

    // A theme chip narrows to the matters of that theme.
    await page.getByTestId('portal-filter-clear').click();
    await page.getByTestId('portal-theme-开办企业').click();
    const startingBusiness = await api<{ items: Array<{ code: string }> }>(server.url, `/matters?theme=${encodeURIComponent('开办企业')}&pageSize=10`);
    expect(startingBusiness.items.map((m) => m.code)).toContain(FOOD);
    await expect.poll(async () => (await codesOn(page)).sort()).toEqual(startingBusiness.items.map((m) => m.code).sort());
    expect(problems).toEqual([]);
  });

  it('shows every element of the guide, the flow drawn, and goes to the application (desktop)', async () => {
    const { page, problems } = browser;
    const def = food.definition;
    await page.locator(`[data-testid="portal-result"][data-code="${FOOD}"]`).getByTestId('portal-open-guide').click();
    await expect.poll(() => decodeURIComponent(page.url())).toContain(`/matters/${FOOD}`);
    expect(await page.getByTestId('guide-title').innerText()).toBe(FOOD_NAME);
    expect(await page.title()).toContain(FOOD_NAME);

    // Basic facts, as the definition says.
    expect(await page.getByTestId('guide-field-code').innerText()).toBe(FOOD);
    expect(await page.getByTestId('guide-field-implementingBody').innerText()).toBe(def.implementingBody);
    expect(await page.getByTestId('guide-field-promisedDays').innerText()).toBe(`${def.promisedDays} 个工作日`);
    expect(await page.getByTestId('guide-field-visits').innerText()).toBe(`${def.onSiteVisits} 次`);
    expect(await page.getByTestId('guide-conditions').innerText()).toContain(def.acceptanceConditions![0]!.slice(0, 20));

    // Materials of the first situation (company): the legal representative's proof, not the operator's ID card.
    const materials = page.getByTestId('guide-materials');
    const company = materials.getByTestId('guide-situation-company');
    await company.waitFor();
    const idsIn = (list: typeof company) => list.getByTestId('guide-material').evaluateAll((items) => items.map((i) => i.getAttribute('data-material-id')));
    expect(await idsIn(company)).toContain('legal-rep-id-proof');
    expect(await idsIn(company)).not.toContain('operator-id-card');
    const attorney = company.locator('[data-material-id="power-of-attorney"]');
    expect(await attorney.getAttribute('data-need')).toBe('conditional');
    expect(await attorney.getByTestId('guide-material-condition').innerText()).toContain('委托他人代为办理的');
    expect(await company.locator('[data-material-id="safety-manager"]').getByTestId('badge-deferrable').count()).toBe(1);
    expect(await company.locator('[data-material-id="safety-rules"]').getByTestId('badge-commitment').count()).toBe(1);
    expect(await company.locator('[data-material-id="operator-id-card"]').count()).toBe(0);

    // The other situation: the operator's ID card instead, original and copy.
    await page.getByTestId('guide-situation-tab-individual').click();
    const individual = materials.getByTestId('guide-situation-individual');
    await individual.waitFor();
    expect(await idsIn(individual)).toContain('operator-id-card');
    expect(await idsIn(individual)).not.toContain('legal-rep-id-proof');
    expect(await individual.locator('[data-material-id="operator-id-card"]').getByTestId('guide-material-facts').innerText()).toContain('原件及复印件');

    // Windows and legal basis.
    const windows = page.getByTestId('guide-windows').getByTestId('guide-window');
    expect(await windows.count()).toBe(def.windows!.length);
    expect(await windows.first().innerText()).toContain(def.windows![0]!.address!);
    expect(await page.getByTestId('guide-legal-basis').getByTestId('guide-law').count()).toBe(def.legalBasis!.length);
    expect(await page.getByTestId('guide-legal-basis').innerText()).toContain('《中华人民共和国食品安全法》 第三十五条');

    // The flow, drawn: every node of the definition, step cards naming their department.
    const flow = page.getByTestId('guide-flow');
    await flow.getByTestId('guide-flow-canvas').waitFor();
    await expect.poll(() => flow.locator('.react-flow__node').count()).toBe(def.flow.nodes.length);
    const stepNames = await flow.getByTestId('guide-flow-step-name').allInnerTexts();
    expect(stepNames.sort()).toEqual(def.flow.nodes.filter((n) => n.kind === 'step').map((n) => n.name).sort());
    expect(await flow.locator('[data-node-id="n-inspect"]').innerText()).toContain('2 个工作日');
    await screenshot(page, 'portal-guide-desktop');
    await flow.screenshot({ path: join(SCREENSHOT_DIR, 'portal-guide-desktop-flow.png') });

    await page.getByTestId('portal-apply').click();
    await expect.poll(() => decodeURIComponent(page.url())).toContain(`/matters/${FOOD}/apply`);
    expect(problems).toEqual([]);
  });

  it('draws a parallel approval with each department (desktop)', async () => {
    const { page, problems } = browser;
    const planning = await api<MatterVersion>(server.url, `/matters/${PLANNING}`);
    await page.goto(`${server.url}/matters/${PLANNING}`);
    const flow = page.getByTestId('guide-flow');
    await flow.getByTestId('guide-flow-canvas').waitFor();
    await expect.poll(() => flow.locator('.react-flow__node').count()).toBe(planning.definition.flow.nodes.length);
    expect(await flow.locator('.react-flow__node-parallel').count()).toBe(planning.definition.flow.nodes.filter((n) => n.kind === 'parallel').length);
    const names = new Map(departments.map((d) => [d.id, d.name]));
    const reviewDepartments = planning.definition.flow.nodes.filter((n) => n.stepType === 'review').map((n) => names.get(n.departmentId!)!);
    expect(new Set(reviewDepartments).size).toBeGreaterThanOrEqual(3);
    const drawn = await flow.locator('.react-flow__node-step').allInnerTexts();
    for (const name of reviewDepartments) expect(drawn.some((text) => text.includes(name))).toBe(true);
    // No situations: one material list.
    await page.getByTestId('guide-situation-all').waitFor();
    await flow.screenshot({ path: join(SCREENSHOT_DIR, 'portal-guide-parallel-flow.png') });
    expect(problems).toEqual([]);
  });

  it('reads in English after the toggle, antd included', async () => {
    const { page, problems } = browser;
    await page.goto(`${server.url}/matters/${FOOD}`);
    await page.getByTestId('guide-title').waitFor();
    await page.getByTestId('lang-toggle').click();
    await page.getByTestId('nav-track').getByText('Track a case').waitFor();
    expect(await page.getByTestId('guide-materials').innerText()).toContain('Materials');
    expect(await page.getByTestId('guide-field-promisedDays').innerText()).toBe(`${food.definition.promisedDays} working days`);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await screenshot(page, 'portal-guide-english');
    await page.getByTestId('nav-guide').click();
    await page.getByTestId('portal-total').getByText(/^\d+ matters$/).waitFor();
    expect(await page.getByTestId('portal-filter-object-legal_person').innerText()).toBe('Organisations');
    await screenshot(page, 'portal-catalogue-english');
    await page.getByTestId('lang-toggle').click();
    await page.getByTestId('nav-track').getByText('办件查询').waitFor();
    expect(problems).toEqual([]);
  });

  it('is usable on a 390×844 phone: catalogue and guide fit the width, the flow is a step list', async () => {
    const { page, problems } = browser;
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(server.url);
    await page.getByTestId('portal-result').first().waitFor();
    expect(await noSidewaysScroll(page)).toBe(true);
    // A few theme chips, the rest behind 更多主题.
    const chips = page.locator('[data-testid^="portal-theme-"]:not([data-testid="portal-theme-more"])');
    expect(await chips.count()).toBe(6);
    await page.getByTestId('portal-theme-more').click();
    await expect.poll(() => chips.count()).toBeGreaterThan(6);
    await page.getByTestId('portal-search').pressSequentially('shipin');
    await page.getByTestId('portal-search').press('Enter');
    await expect.poll(() => codesOn(page)).toContain(FOOD);
    expect(await noSidewaysScroll(page)).toBe(true);
    await screenshot(page, 'portal-catalogue-phone');

    await page.locator(`[data-testid="portal-result"][data-code="${FOOD}"]`).getByTestId('portal-open-guide').click();
    await page.getByTestId('guide-title').waitFor();
    const flow = page.getByTestId('guide-flow');
    await flow.getByTestId('guide-flow-step').first().waitFor();
    const listed = await flow.getByTestId('guide-flow-step').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-node-id')));
    expect(listed.sort()).toEqual(food.definition.flow.nodes.filter((n) => n.kind === 'step' || n.kind === 'end').map((n) => n.id).sort());
    expect(await flow.locator('.react-flow__node').count()).toBe(0);
    expect(await flow.locator('[data-node-id="n-inspect"]').innerText()).toContain('一般程序');
    await page.getByTestId('guide-situation-company').waitFor();
    expect(await noSidewaysScroll(page)).toBe(true);
    const apply = await page.getByTestId('portal-apply').boundingBox();
    expect(apply!.width).toBeGreaterThan(300);
    await screenshot(page, 'portal-guide-phone');
    // The full page is too long to read at once: the parts, as the phone shows them.
    for (const part of ['guide-materials', 'guide-flow', 'guide-windows']) await page.getByTestId(part).screenshot({ path: join(SCREENSHOT_DIR, `portal-guide-phone-${part}.png`) });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'portal-guide-phone-top.png') });

    // The parallel approval on a phone: the three reviews marked 并联办理.
    await page.goto(`${server.url}/matters/${PLANNING}`);
    await flow.getByTestId('guide-flow-step').first().waitFor();
    expect(await flow.getByTestId('guide-flow-step').filter({ hasText: '并联办理' }).count()).toBe(3);
    expect(await noSidewaysScroll(page)).toBe(true);
    await flow.screenshot({ path: join(SCREENSHOT_DIR, 'portal-guide-phone-parallel.png') });
    expect(problems).toEqual([]);
  });
});
