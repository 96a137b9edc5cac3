/**
 * The designer in a real browser: the built app served by the real server, driven by chromium.
 * Sign in as the demo editor of 市场监督管理局 by typing and clicking, see their department's
 * catalogue (and no other department's), filter it by pinyin initials, switch to English, sign out.
 */
import { describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, apiCall, apiGet, screenshot, type BrowserSession, type RunningServer, useBrowserRig } from './browser-harness.js';

interface Head {
  code: string;
  name: string;
  departmentId: string;
  status: string;
}

const EDITOR = { username: 'scjg-editor', password: 'demo@scjg-editor' };

describe('designer in chromium', { timeout: 120_000 }, () => {
  let server: RunningServer;
  let browser: BrowserSession;

  useBrowserRig((rig) => ({ server, browser } = rig));

  it('serves the app with a strict CSP and cache headers', async () => {
    const index = await fetch(`${server.url}/designer/`);
    expect(index.status).toBe(200);
    expect(index.headers.get('cache-control')).toBe('no-cache');
    const csp = index.headers.get('content-security-policy')!;
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    const html = await index.text();
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/); // no inline script
    const asset = /src="(\/assets\/[^"]+\.js)"/.exec(html)![1]!;
    const js = await fetch(server.url + asset);
    expect(js.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect((await fetch(`${server.url}/assets/missing-0000.js`)).status).toBe(404);
    const spa = await fetch(`${server.url}/designer/matters/whatever`);
    expect(spa.status).toBe(200);
    expect(spa.headers.get('content-type')).toMatch(/text\/html/);
    // The other apps share the assets: the portal at /, the staff apps below it.
    for (const path of ['/', '/guide/x', '/workbench/', '/supervision/']) {
      const page = await fetch(`${server.url}${path}`);
      expect(page.status, path).toBe(200);
      expect(page.headers.get('content-type'), path).toMatch(/text\/html/);
    }
    expect((await fetch(`${server.url}/api/nothing-here`)).status).toBe(404);
  });

  it('signs in, shows only the department catalogue, filters, switches to English and signs out', async () => {
    const { page, context, problems } = browser;
    await page.goto(`${server.url}/designer`);
    await expect.poll(() => page.url()).toBe(`${server.url}/designer/`);
    await page.getByText('工作人员登录').waitFor();

    // A wrong password is refused with a message, and nothing is signed in.
    await page.getByLabel('用户名').pressSequentially(EDITOR.username);
    await page.getByLabel('密码').pressSequentially('not-the-password');
    await page.getByTestId('sign-in').click();
    await page.getByRole('alert').getByText('用户名或密码错误').waitFor();
    await page.getByLabel('用户名').fill('');
    await page.getByLabel('密码').fill('');

    // Type like a person, then click.
    await page.getByLabel('用户名').pressSequentially(EDITOR.username);
    await page.getByLabel('密码').pressSequentially(EDITOR.password);
    await page.getByTestId('sign-in').click();

    const table = page.getByTestId('catalogue-table');
    await table.getByText('食品经营许可', { exact: false }).first().waitFor({ timeout: 15_000 });
    await page.getByTestId('current-user').getByText('部门事项管理员').waitFor();

    // Exactly the matters the API gives this editor, all of them scjg's, and fewer than the whole catalogue.
    const mine = await apiGet<Head[]>(server.url, '/workspace/matters', EDITOR.username, EDITOR.password);
    const all = await apiGet<Head[]>(server.url, '/workspace/matters', 'admin', ADMIN_PASSWORD);
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((m) => m.departmentId === 'scjg')).toBe(true);
    expect(all.length).toBeGreaterThan(mine.length);
    const rowKeys = await table.locator('tbody tr[data-row-key]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-row-key')));
    expect(rowKeys.sort()).toEqual(mine.map((m) => m.code).sort());
    const others = all.filter((m) => m.departmentId !== 'scjg');
    const pageText = await table.innerText();
    for (const m of others) expect(pageText).not.toContain(m.code);
    await table.locator('[data-status="published"]', { hasText: '已发布' }).first().waitFor();
    await table.getByRole('columnheader', { name: '现行版本' }).waitFor();
    await screenshot(page, 'designer-catalogue-zh');

    // Client-side search by pinyin initials: 食品经营 → spjy.
    await page.getByPlaceholder('按名称、编码或拼音搜索').pressSequentially('spjy');
    await expect.poll(() => table.locator('tbody tr[data-row-key]').count()).toBe(mine.filter((m) => m.name.includes('食品经营')).length);
    await table.getByText('食品经营许可', { exact: false }).first().waitFor();
    await page.getByPlaceholder('按名称、编码或拼音搜索').fill('');
    await expect.poll(() => table.locator('tbody tr[data-row-key]').count()).toBe(mine.length);

    // English.
    await page.getByTestId('lang-toggle').click();
    await table.getByRole('columnheader', { name: 'Live version' }).waitFor();
    await table.getByRole('columnheader', { name: 'Status' }).waitFor();
    await table.locator('[data-status="published"]', { hasText: 'Published' }).first().waitFor();
    await page.getByText('Matter catalogue').waitFor();
    await page.getByTestId('current-user').getByText('Department editor').waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await screenshot(page, 'designer-catalogue-en');

    // Nothing sensitive in the page's reach: the session cookie is httpOnly, localStorage holds the language only.
    const cookies = await context.cookies();
    expect(cookies.find((c) => c.name === 'mf_session')?.httpOnly).toBe(true);
    const stored = await page.evaluate(() => Object.keys(localStorage));
    expect(stored).toEqual(['matterflow.lang']);

    // A reload keeps the session (the httpOnly cookie) and the language; the CSRF token for the
    // sign-out below then comes from the mf_csrf cookie, not from memory.
    await page.reload();
    await table.getByRole('columnheader', { name: 'Live version' }).waitFor();

    // Sign out: back to the sign-in page (still English), and a reload stays signed out.
    await page.getByTestId('sign-out').click();
    await page.getByText('Staff sign-in').waitFor();
    await page.reload();
    await page.getByText('Staff sign-in').waitFor();
    expect((await context.cookies()).find((c) => c.name === 'mf_session')).toBeUndefined();

    // Only the expected failures: 401 from /api/auth/me while signed out and from the wrong password.
    expect(problems.filter((p) => !/status of 401|http 401: \/api\/auth\/(me|login)$/.test(p))).toEqual([]);
  });

  it('shows the administrator every department with a department column, and draft / review status tags', async () => {
    const { page, problems } = browser;
    problems.length = 0;
    // One matter with a draft in review, one with a plain draft.
    const scjg = (await apiGet<Head[]>(server.url, '/workspace/matters', EDITOR.username, EDITOR.password)).sort((a, b) => a.code.localeCompare(b.code));
    const [inReview, draft] = [scjg[0]!, scjg[1]!];
    await apiCall(server.url, 'POST', `/matters/${inReview.code}/draft`, EDITOR.username, EDITOR.password);
    await apiCall(server.url, 'POST', `/matters/${inReview.code}/draft/submit`, EDITOR.username, EDITOR.password);
    await apiCall(server.url, 'POST', `/matters/${draft.code}/draft`, EDITOR.username, EDITOR.password);

    await page.goto(`${server.url}/designer/`);
    await page.getByTestId('lang-toggle').click(); // back to 中文
    await page.getByText('工作人员登录').waitFor();
    await page.getByLabel('用户名').pressSequentially('admin');
    await page.getByLabel('密码').pressSequentially(ADMIN_PASSWORD);
    await page.getByTestId('sign-in').click();
    const table = page.getByTestId('catalogue-table');
    await table.getByRole('columnheader', { name: '实施部门' }).waitFor({ timeout: 15_000 });
    await page.getByTestId('catalogue-scope').getByText('全部部门').waitFor();
    const all = await apiGet<Head[]>(server.url, '/workspace/matters', 'admin', ADMIN_PASSWORD);
    await expect.poll(() => table.locator('tbody tr[data-row-key]').count()).toBe(Math.min(all.length, 20));
    await table.getByText('市场监督管理局', { exact: false }).first().waitFor();
    await table.locator(`tr[data-row-key="${inReview.code}"] [data-status="in_review"]`, { hasText: '审核中' }).waitFor();
    await table.locator(`tr[data-row-key="${draft.code}"] [data-status="draft"]`, { hasText: '草稿' }).waitFor();
    // A matter with a draft keeps its live version.
    await table.locator(`tr[data-row-key="${draft.code}"]`, { hasText: '第 1 版' }).waitFor();
    await screenshot(page, 'designer-catalogue-admin');
    await page.getByTestId('sign-out').click();
    await page.getByText('工作人员登录').waitFor();
    expect(problems.filter((p) => !/status of 401|http 401: \/api\/auth\/me$/.test(p))).toEqual([]);
  });
});
