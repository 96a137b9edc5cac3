/**
 * 工作日历 in a real browser, by clicking and typing: with no published schedule for the coming year
 * (the holiday library has none; from 1 November that year is "missing"), the designer shows the
 * banner; the admin follows it to 工作日历, sees the statutory rule's holidays marked 预计, adds an
 * overlapping holiday and sees the error on that row (the server refuses the same schedule naming
 * `/holidays/<i>/from`), removes it; imports a file with a date outside the year and sees that error on
 * its row; imports a schedule from a JSON file (the rule's holidays with
 * 元旦 made one working day longer — invented for the test), types an adjusted working day,
 * previews what moves (an open 医疗机构执业登记 case due in that year), saves and recomputes; the banner
 * is gone and the case's due date is the one the preview promised. axe checks the calendar page.
 */
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { MatterDefinition } from '../../schemas/types.generated.js';
import { buildApplication } from '../fixtures/application-builder.js';
import { ADMIN_PASSWORD, screenshot, signInStaff, type BrowserSession, type RunningServer, useBrowserRig } from './browser-harness.js';

const ADMIN = { username: 'admin', password: ADMIN_PASSWORD };
const CLERK = { username: 'wjw-clerk', password: 'demo@wjw-clerk' };
const MEDICAL = '11619900MB1534125R-XK-0002';
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Schedule {
  year: number;
  holidays: Array<{ name: string; from: string; to: string }>;
  workdays: Array<{ date: string; name?: string }>;
  provisional?: boolean;
}
interface Preview {
  cases: number;
  moved?: number;
  tasks: number;
  moves: Array<{ caseNo: string; dueDate?: { from: string; to: string } }>;
}

const weekday = (iso: string) => new Date(`${iso}T00:00:00Z`).getUTCDay();
const nextDay = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/** axe-core's WCAG 2 A/AA violations on the page now. */
async function axeViolations(page: Page): Promise<Array<{ id: string; impact: string; nodes: string[] }>> {
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: Array<{ id: string; impact: string; nodes: Array<{ target: string[] }> }> }> } }).axe;
    const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa'] } });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }));
  });
}

/** Types a date into an antd picker input and confirms it. */
async function typeDate(page: Page, input: ReturnType<Page['locator']>, date: string): Promise<void> {
  await input.click();
  await page.keyboard.type(date, { delay: 20 });
  await page.keyboard.press('Enter');
}

describe('工作日历 in chromium', { timeout: 300_000 }, () => {
  let server: RunningServer;
  let browser: BrowserSession;
  let caseNo = '';
  let year = 0;
  let rule: Schedule;

  async function api<T>(method: string, path: string, opts: { as?: { username: string; password: string }; body?: unknown; form?: FormData } = {}): Promise<{ status: number; body: T }> {
    const headers: Record<string, string> = {};
    if (opts.as) {
      const login = await fetch(`${server.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(opts.as) });
      headers.authorization = `Bearer ${((await login.json()) as { token: string }).token}`;
    }
    if (opts.body !== undefined) headers['content-type'] = 'application/json';
    const res = await fetch(`${server.url}/api${path}`, { method, headers, body: opts.form ?? (opts.body === undefined ? undefined : JSON.stringify(opts.body)) });
    const text = await res.text();
    return { status: res.status, body: (text ? JSON.parse(text) : undefined) as T };
  }
  const ok = async <T>(method: string, path: string, opts: Parameters<typeof api>[2] = {}): Promise<T> => {
    const r = await api<T>(method, path, opts);
    if (r.status >= 400) throw new Error(`${method} ${path}: ${r.status} ${JSON.stringify(r.body)}`);
    return r.body;
  };

  useBrowserRig(async (rig) => {
    ({ server, browser } = rig);
    // An open case: applied online, accepted by the 卫健委 clerk; its 20-day promise reaches into the coming year.
    const form = new FormData();
    form.append('file', new Blob([new TextEncoder().encode('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n')], { type: 'application/pdf' }), '申请书.pdf');
    const { id: fileId } = await ok<{ id: string }>('POST', '/files', { form });
    const def = (await ok<{ definition: MatterDefinition }>('GET', `/matters/${MEDICAL}`)).definition;
    caseNo = (await ok<{ caseNo: string }>('POST', '/cases', { body: buildApplication(def, { fileId }) })).caseNo;
    await ok('POST', `/cases/${caseNo}/accept`, { as: CLERK, body: {} });
  });

  it('shows the banner for the missing year; the rule’s holidays are 预计; an overlapping holiday is refused on its row', async () => {
    const { page } = browser;
    const status = await ok<{ today: string; missingYears: Array<{ year: number }> }>('GET', '/calendar/status', { as: ADMIN });
    expect(status.missingYears.length).toBeGreaterThan(0);
    year = status.missingYears[0]!.year;
    // From 1 November 2026 the coming year, 2027, has no published schedule.
    if (status.today >= '2026-11-01' && status.today < '2027-01-01') expect(year).toBe(2027);
    rule = await ok<Schedule>('GET', `/calendar/schedules/${year}`, { as: ADMIN });
    expect(rule.provisional).toBe(true);

    await signInStaff(page, server.url, ADMIN);
    const banner = page.getByTestId('calendar-banner');
    await banner.getByText(`${year}年放假安排尚未录入：办件期限按法定节假日规则预计，待公布放假安排后确认`).waitFor({ timeout: 20_000 });
    await screenshot(page, 'calendar-banner-designer');
    await banner.getByTestId('calendar-banner-open').click();

    const calendar = page.getByTestId('calendar-page');
    await calendar.getByTestId('cal-provisional').waitFor();
    await page.getByTestId('cal-provisional-note').waitFor();
    const holidays = page.getByTestId('cal-holidays');
    expect(await page.getByTestId('cal-holiday-name-0').inputValue()).toBe(rule.holidays[0]!.name);
    expect(await holidays.locator('tbody tr.ant-table-row').count()).toBe(rule.holidays.length);
    await screenshot(page, 'calendar-provisional');

    const found = await axeViolations(page);
    // Reported, and none serious or critical.
    console.log('axe on 工作日历:', JSON.stringify(found));
    expect(found.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);

    // A holiday overlapping 元旦 (the first row): the error sits on the new row's dates.
    const n = rule.holidays.length;
    await page.getByTestId('cal-holiday-add').click();
    await page.getByTestId(`cal-holiday-name-${n}`).click();
    await page.keyboard.type('重叠的假期');
    const range = page.getByTestId(`cal-holiday-range-${n}`).locator('input');
    await typeDate(page, range.nth(0), rule.holidays[0]!.from);
    await typeDate(page, range.nth(1), rule.holidays[0]!.to);
    await page.getByTestId('cal-preview-run').click();
    await page.getByTestId(`cal-holiday-error-${n}`).getByText('与第 1 个假期的日期重叠').waitFor();
    await page.getByTestId('cal-errors').waitFor();
    expect(await page.getByTestId('cal-preview').count()).toBe(0);
    await screenshot(page, 'calendar-overlap-error');
    // The server says the same, naming the field, and stores nothing.
    const bad: Schedule = { year, holidays: [...rule.holidays, { name: '重叠的假期', from: rule.holidays[0]!.from, to: rule.holidays[0]!.to }], workdays: rule.workdays };
    const refused = await api<{ error: { details: Array<{ path: string }> } }>('PUT', `/calendar/schedules/${year}`, { as: ADMIN, body: bad });
    expect(refused.status).toBe(422);
    expect(refused.body.error.details.map((d) => d.path)).toContain(`/holidays/${n}/from`);
    expect((await ok<Schedule>('GET', `/calendar/schedules/${year}`, { as: ADMIN })).provisional).toBe(true);

    await page.getByTestId(`cal-holiday-remove-${n}`).click();
    await page.getByTestId(`cal-holiday-error-${n}`).waitFor({ state: 'detached' });
    await page.getByTestId('cal-errors').waitFor({ state: 'detached' });

    // A file whose 元旦 starts in the year before: imported, its error shown on that row and field.
    const badFile = join(tmpdir(), `schedule-bad-${year}-${process.pid}.json`);
    await writeFile(badFile, JSON.stringify({ year, holidays: [{ name: '元旦', from: `${year - 1}-12-31`, to: `${year}-01-01` }], workdays: [] }));
    const chooser = page.waitForEvent('filechooser');
    await page.getByTestId('cal-import').click();
    await (await chooser).setFiles(badFile);
    await page.getByTestId('cal-holiday-error-0').getByText(`日期不在${year}年内`).waitFor();
    expect(await page.getByTestId('cal-errors').innerText()).toContain(`第 1 个假期 · 开始日期：日期不在${year}年内`);
    expect(await page.locator('[data-testid="cal-holidays"] tbody tr.ant-table-row').count()).toBe(1);
    await screenshot(page, 'calendar-import-error');
  });

  it('imports a schedule, types a working day, previews the moves, saves and recomputes; the banner goes', async () => {
    const { page, problems } = browser;
    // 元旦 one working day longer than the rule (invented), and the Saturday after it worked instead.
    const first = rule.holidays[0]!;
    let extra = nextDay(first.to);
    while (weekday(extra) === 0 || weekday(extra) === 6) extra = nextDay(extra);
    let saturday = nextDay(extra);
    while (weekday(saturday) !== 6) saturday = nextDay(saturday);
    const entered: Schedule = { year, holidays: [{ ...first, to: extra }, ...rule.holidays.slice(1)], workdays: [...rule.workdays] };
    const file = join(tmpdir(), `schedule-${year}-${process.pid}.json`);
    await writeFile(file, JSON.stringify(entered, null, 2));

    const chooser = page.waitForEvent('filechooser');
    await page.getByTestId('cal-import').click();
    await (await chooser).setFiles(file);
    await expect.poll(() => page.getByTestId('cal-holiday-range-0').locator('input').nth(1).inputValue()).toBe(extra);

    const w = entered.workdays.length;
    await page.getByTestId('cal-workday-add').click();
    await typeDate(page, page.getByTestId(`cal-workday-date-${w}`).locator('input'), saturday);
    await page.getByTestId(`cal-workday-name-${w}`).click();
    await page.keyboard.type('元旦调休');
    const schedule: Schedule = { ...entered, workdays: [...entered.workdays, { date: saturday, name: '元旦调休' }] };

    // 预览: the page shows the server's figures and, when the case's dates move, its row.
    const expected = await ok<Preview>('POST', `/calendar/schedules/${year}/preview`, { as: ADMIN, body: schedule });
    await page.getByTestId('cal-preview-run').click();
    const preview = page.getByTestId('cal-preview');
    await preview.waitFor();
    expect(Number(await preview.getAttribute('data-cases'))).toBe(expected.cases);
    expect(Number(await preview.getAttribute('data-moved'))).toBe(expected.moved ?? expected.cases);
    expect(Number(await preview.getAttribute('data-tasks'))).toBe(expected.tasks);
    const move = expected.moves.find((m) => m.caseNo === caseNo);
    if (move?.dueDate) {
      expect(await page.getByTestId(`cal-move-${caseNo}`).innerText()).toContain(`${move.dueDate.from} → ${move.dueDate.to}`);
    }
    await screenshot(page, 'calendar-preview');

    await page.getByTestId('cal-save').click();
    await page.getByTestId('cal-save-ok').click();
    await page.getByTestId('cal-entered').waitFor({ timeout: 30_000 });
    await page.getByText('期限已重算').waitFor();
    await expect.poll(() => page.getByTestId('calendar-banner').count()).toBe(0);
    await screenshot(page, 'calendar-saved');

    const saved = await ok<Schedule>('GET', `/calendar/schedules/${year}`, { as: ADMIN });
    expect(saved.provisional).toBeFalsy();
    expect(saved.holidays[0]).toMatchObject({ from: first.from, to: extra });
    expect(saved.workdays).toContainEqual(expect.objectContaining({ date: saturday }));
    if (move?.dueDate) expect((await ok<{ dueDate: string }>('GET', `/cases/${caseNo}`, { as: ADMIN })).dueDate).toBe(move.dueDate.to);
    // The same page in English.
    await page.getByTestId('lang-toggle').click();
    await page.getByRole('heading', { name: 'Adjusted working days' }).waitFor();
    expect(await page.getByTestId('cal-entered').innerText()).toBe('Entered');
    await screenshot(page, 'calendar-saved-en');
    await page.getByTestId('lang-toggle').click();
    await page.getByRole('heading', { name: '调休上班日' }).waitFor();
    // Nothing failed but the sign-in page's 401.
    expect(problems.filter((p) => !/status of 401|http 401: \/api\/auth\/me$/.test(p))).toEqual([]);
  });
});
