/**
 * The designer in chromium: its bundle (raw and gzip, first load and what opening a matter adds)
 * and the time to open a matter whose flow has 200 nodes, beside a demo matter of ordinary size
 * (食品经营许可, 10 nodes) measured in the same run. Runs `npm start`'s server as a child process
 * on a fresh data folder, like the browser tests.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { autoLayout } from '../designer/flow/auto-layout.js';
import { newMatterDefinition } from '../designer/app/new-matter.js';
import type { FlowEdge, FlowNode, MatterDefinition } from '../schemas/types.generated.js';
import { ADMIN_PASSWORD, buildWeb, openBrowser, REPO_ROOT, startServer } from '../tests/browser/browser-harness.js';
import { stats } from './stats.js';

const RUNS = Number(process.env.BENCH_DESIGNER_RUNS ?? 5);
const BIG_CODE = 'BENCH-XK-0200';
const DEMO_CODE = '11619900MB1532046T-XK-0001';

/** A matter whose flow has exactly `size` nodes: accept, a parallel fork into two-step branches, join, decide, end. */
export function bigFlowMatter(size = 200): MatterDefinition {
  const base = newMatterDefinition({ code: BIG_CODE, name: '大型流程基准事项', typeCode: 'XK', departmentId: 'scjg', serviceObjects: ['legal_person'], statutoryDays: 60, promisedDays: 30 });
  const nodes: FlowNode[] = [
    { id: 'start', kind: 'start', name: '申请' },
    { id: 'accept', kind: 'step', name: '受理', stepType: 'accept', departmentId: 'scjg', deadlineDays: 1 },
    { id: 'fork', kind: 'parallel', name: '并联审批' },
  ];
  const edges: FlowEdge[] = [
    { id: 'e-start', source: 'start', target: 'accept' },
    { id: 'e-accept', source: 'accept', target: 'fork' },
  ];
  const branches = Math.floor((size - 6) / 2);
  for (let b = 0; b < branches; b++) {
    nodes.push({ id: `b${b}-review`, kind: 'step', name: `审查 ${b + 1}`, stepType: 'review', departmentId: 'scjg', deadlineDays: 2 });
    nodes.push({ id: `b${b}-sign`, kind: 'step', name: `签发 ${b + 1}`, stepType: 'review', departmentId: 'scjg', deadlineDays: 1 });
    edges.push({ id: `e-fork-${b}`, source: 'fork', target: `b${b}-review` }, { id: `e-${b}`, source: `b${b}-review`, target: `b${b}-sign` }, { id: `e-join-${b}`, source: `b${b}-sign`, target: 'join' });
  }
  nodes.push({ id: 'join', kind: 'parallel', name: '汇合' }, { id: 'decide', kind: 'step', name: '决定', stepType: 'decide', departmentId: 'scjg', deadlineDays: 1 }, { id: 'end', kind: 'end', name: '办结', outcome: 'granted' });
  edges.push({ id: 'e-join', source: 'join', target: 'decide' }, { id: 'e-end', source: 'decide', target: 'end' });
  while (nodes.length < size) {
    const i = nodes.length;
    nodes.splice(nodes.length - 1, 0, { id: `x${i}`, kind: 'step', name: `补充 ${i}`, stepType: 'review', departmentId: 'scjg', deadlineDays: 1 });
    const last = edges.pop()!;
    edges.push({ id: `e-x${i}`, source: last.source, target: `x${i}` }, { id: `e-x${i}-end`, source: `x${i}`, target: 'end' });
  }
  const flow = { nodes, edges };
  return { ...base, flow: { ...flow, layout: { nodes: autoLayout(flow, { direction: 'LR' }).positions } } };
}

async function sizes(files: string[]): Promise<{ raw: number; gzip: number }> {
  let raw = 0;
  let gzip = 0;
  for (const f of new Set(files)) {
    const bytes = await readFile(join(REPO_ROOT, 'dist', 'web', f.replace(/^\//, '')));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { raw, gzip };
}

const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;

export async function runDesignerBench(): Promise<void> {
  await buildWeb();
  const server = await startServer();
  const browser = await openBrowser();
  try {
    const login = await fetch(`${server.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'admin', password: ADMIN_PASSWORD }) });
    const { token } = (await login.json()) as { token: string };
    const created = await fetch(`${server.url}/api/matters`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ definition: bigFlowMatter() }) });
    if (created.status !== 201) throw new Error(`creating the 200-node matter: ${created.status} ${await created.text()}`);

    const { page } = browser;
    const loaded: string[] = [];
    page.on('response', (res) => {
      const path = new URL(res.url()).pathname;
      if (path.startsWith('/assets/')) loaded.push(path);
    });
    await page.goto(`${server.url}/designer/`);
    await page.getByLabel('用户名').fill('admin');
    await page.getByLabel('密码').fill(ADMIN_PASSWORD);
    await page.getByTestId('sign-in').click();
    await page.getByTestId('catalogue-table').locator('[data-testid="open-matter"]').first().waitFor();
    const firstLoad = await sizes(loaded.filter((p) => /\.(js|css)$/.test(p)));

    /** Opens a matter by URL, then its flow tab; ms until the page shows its metrics, and until every node is drawn. */
    const open = async (code: string, nodeCount: number) => {
      const t0 = Date.now();
      await page.goto(`${server.url}/designer/matters/${code}`);
      await page.getByTestId('metric-steps').waitFor();
      const t1 = Date.now();
      await page.getByRole('tab', { name: '流程' }).click();
      await page.waitForFunction((n) => document.querySelectorAll('.react-flow__node').length === n, nodeCount, { timeout: 60_000 });
      return { page: t1 - t0, flow: Date.now() - t0 };
    };
    const demoNodes = (((await (await fetch(`${server.url}/api/matters/${DEMO_CODE}`)).json()) as { definition: MatterDefinition }).definition.flow.nodes.length);
    await open(DEMO_CODE, demoNodes); // warm the caches once
    const matterPage = await sizes(loaded.filter((p) => /\.(js|css)$/.test(p)));
    const big: Array<{ page: number; flow: number }> = [];
    const small: Array<{ page: number; flow: number }> = [];
    for (let i = 0; i < RUNS; i++) {
      small.push(await open(DEMO_CODE, demoNodes));
      big.push(await open(BIG_CODE, 200));
    }
    const p50 = (xs: number[]) => stats(xs).p50;
    console.log('\n## Designer in chromium (npm start server, fresh data folder)');
    console.log(`bundle, first load (sign-in + catalogue): ${kb(firstLoad.raw)} raw, ${kb(firstLoad.gzip)} gzip`);
    console.log(`bundle, after opening a matter:          ${kb(matterPage.raw)} raw, ${kb(matterPage.gzip)} gzip`);
    console.log(`open matter, ${RUNS} runs, p50          200 nodes      ${demoNodes} nodes (demo)   ratio`);
    console.log(`  page with live metrics          ${String(p50(big.map((r) => r.page))).padStart(8)} ms  ${String(p50(small.map((r) => r.page))).padStart(10)} ms   ${(p50(big.map((r) => r.page)) / p50(small.map((r) => r.page))).toFixed(2)}×`);
    console.log(`  + flow tab, every node drawn    ${String(p50(big.map((r) => r.flow))).padStart(8)} ms  ${String(p50(small.map((r) => r.flow))).padStart(10)} ms   ${(p50(big.map((r) => r.flow)) / p50(small.map((r) => r.flow))).toFixed(2)}×`);
  } finally {
    await browser.close();
    await server.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await runDesignerBench();
