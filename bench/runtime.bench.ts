/**
 * Runtime benchmarks (issue "The runtime"): form validation throughput; end-to-end HTTP throughput
 * and p99 of submit, accept and task completion on the embedded store (autocannon); and submit
 * latency at 1,000 vs 100,000 stored cases (a write must cost the same at both).
 */
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { submissionValidatorFor } from '../catalog/form/submission-validator.js';
import { sampleMatter } from '../tests/fixtures/matters.js';
import { BENCH_PASSWORD, startBenchServer, sampleApplication, type BenchServer } from './runtime-server.js';
import { ms, stats, timeEach } from './stats.js';
import { bulkCases } from './bulk-cases.js';

const SMALL = 1_000;
const LARGE = Number(process.env.BENCH_CASES ?? 100_000);
const DURATION = Number(process.env.BENCH_HTTP_SECONDS ?? 8);

function validationThroughput(): string {
  const def = sampleMatter();
  const validator = submissionValidatorFor(def.code, 1, def);
  const good = sampleApplication();
  const bad = { ...good, data: { operatorName: 'x', creditCode: 'nope', byAgent: true }, materials: [] };
  for (let i = 0; i < 2000; i++) validator.validate(i % 2 ? good : (bad as never));
  const n = 20_000;
  const t = performance.now();
  let invalid = 0;
  for (let i = 0; i < n; i++) if (!validator.validate(i % 2 ? good : (bad as never)).ok) invalid++;
  const seconds = (performance.now() - t) / 1000;
  if (invalid !== n / 2) throw new Error(`validation bench: expected ${n / 2} invalid, got ${invalid}`);
  return `${Math.round(n / seconds).toLocaleString()} validations/s (half valid, half with 6 errors each)`;
}

async function cannon(title: string, opts: autocannon.Options) {
  const result = await autocannon({ connections: 10, duration: DURATION, ...opts });
  const non2xx = result.non2xx + result.errors;
  return { title, rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, total: result.requests.total, non2xx };
}

interface HttpTarget {
  url: string;
  stop(): void;
}

/** The server under load runs in a child process (tsx), as it would in production. */
async function startServerProcess(): Promise<HttpTarget> {
  const child = spawn(process.execPath, ['--import', 'tsx', new URL('./http-bench-server.ts', import.meta.url).pathname], { stdio: ['ignore', 'pipe', 'inherit'] });
  const line = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).once('line', resolve);
    child.once('exit', (code) => reject(new Error(`bench server exited with ${code}`)));
  });
  return { url: (JSON.parse(line) as { url: string }).url, stop: () => child.kill('SIGTERM') };
}

async function api(url: string, path: string, init: { method?: string; token?: string; body?: unknown } = {}) {
  const res = await fetch(url + path, {
    method: init.method ?? 'GET',
    headers: { 'content-type': 'application/json', ...(init.token ? { authorization: `Bearer ${init.token}` } : {}) },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  return res.json() as Promise<any>;
}

async function pages<T>(url: string, path: string, token: string, count: number): Promise<T[]> {
  const out: T[] = [];
  for (let page = 1; out.length < count; page++) {
    const { items } = await api(url, `${path}&page=${page}&pageSize=100`, { token });
    if (items.length === 0) break;
    out.push(...items);
  }
  return out;
}

async function httpBench(target: HttpTarget) {
  const { url } = target;
  const body = JSON.stringify(sampleApplication());
  const headers = { 'content-type': 'application/json' };
  const submit = await cannon('POST /api/cases (submit)', { url: `${url}/api/cases`, method: 'POST', headers, body });

  // Accept and complete need a fresh case or task for every request: prepare them, then hand one out per request.
  const login = await api(url, '/api/auth/login', { method: 'POST', body: { username: 'scjg-clerk', password: BENCH_PASSWORD } });
  const auth = { ...headers, authorization: `Bearer ${login.token}` };
  const pending = (await pages<{ caseNo: string }>(url, '/api/cases?status=submitted', login.token, 3000)).map((c) => c.caseNo);
  let i = 0;
  const accept = await cannon('POST /api/cases/:no/accept', {
    url,
    amount: pending.length,
    requests: [{ method: 'POST', headers: auth, setupRequest: (req) => ({ ...req, path: `/api/cases/${pending[i++ % pending.length]}/accept`, body: '{}' }) }],
  });
  const open = (await pages<{ id: string; version: number; stepName: string }>(url, '/api/tasks?mine=1', login.token, 3000)).filter((t) => t.stepName === '市场监管审查');
  let k = 0;
  const complete = await cannon('POST /api/tasks/:id/complete', {
    url,
    amount: open.length,
    requests: [{ method: 'POST', headers: auth, setupRequest: (req) => { const t = open[k++ % open.length]; return { ...req, path: `/api/tasks/${t.id}/complete`, body: JSON.stringify({ action: 'approve', expectedVersion: t.version }) }; } }],
  });
  return [submit, accept, complete];
}

async function submitAt(s: BenchServer, label: string) {
  const body = sampleApplication();
  const samples = await timeEach(300, () => s.deps.cases.submit(body as never));
  return { label, ...stats(samples) };
}

export async function runRuntimeBench(): Promise<void> {
  console.log('\n## Runtime: form validation, HTTP on the embedded store, submit latency vs stored cases\n');
  console.log(`- form validation (sample 食品经营许可, compiled once): ${validationThroughput()}`);

  const target = await startServerProcess();
  let rows;
  try {
    rows = await httpBench(target);
  } finally {
    target.stop();
  }
  const s = await startBenchServer();
  try {
    console.log(`\n| endpoint (autocannon, 10 connections, embedded store) | req/s | p50 | p99 | requests | non-2xx |`);
    console.log('| --- | --- | --- | --- | --- | --- |');
    for (const r of rows) console.log(`| ${r.title} | ${Math.round(r.rps)} | ${r.p50} ms | ${r.p99} ms | ${r.total} | ${r.non2xx} |`);

    const have = await s.deps.caseStore.countCases();
    if (have < SMALL) await bulkCases(s.deps.caseStore, SMALL - have);
    const small = await submitAt(s, `${(await s.deps.caseStore.countCases()).toLocaleString()} stored`);
    process.stdout.write(`  loading up to ${LARGE.toLocaleString()} cases …\n`);
    const t = performance.now();
    await bulkCases(s.deps.caseStore, LARGE - (await s.deps.caseStore.countCases()));
    const loadSeconds = (performance.now() - t) / 1000;
    const large = await submitAt(s, `${(await s.deps.caseStore.countCases()).toLocaleString()} stored`);
    console.log(`\n| submit through the service (validate + engine + one transaction) | p50 | p99 | mean |`);
    console.log('| --- | --- | --- | --- |');
    for (const r of [small, large]) console.log(`| at ${r.label} | ${ms(r.p50)} | ${ms(r.p99)} | ${ms(r.mean)} |`);
    console.log(`\n(ratio p50 large/small: ${(large.p50 / small.p50).toFixed(2)}; bulk load took ${loadSeconds.toFixed(0)} s)`);
  } finally {
    await s.close();
  }
}
