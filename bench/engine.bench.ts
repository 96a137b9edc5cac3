/**
 * Engine benchmark: our flow engine against bpmn-engine (paed01), the npm BPMN 2.0 engine, side
 * by side in one node process, both on the same flow — the benchmark flow of
 * tests/fixtures/engine-flows.ts and its BPMN twin bench/bpmn/parallel-review.bpmn:
 *
 *   start → (accept 受理) → <+>fork {[market] | [fire] | [env]} <+>join → <x>approve? → [decide 决定] → ✔
 *
 * 1. throughput: cases driven start → end per second, with and without serializing the state
 *    after every transition (our server persists it each time; bpmn-engine's `getState()` is
 *    the same act there);
 * 2. memory: heap retained per case held open at the parallel review, and the bytes a store
 *    would hold for it.
 *
 * bpmn-engine builds a message-broker object graph per case (≈1.2 MB) and takes 10–20 ms a case
 * on a 2-core machine, so it runs fewer cases than ours to keep the run under a minute; every
 * figure is per case. BENCH_BPMN_CASES and BENCH_BPMN_OPEN raise its counts (5,000 held cases
 * need `--max-old-space-size=8192`).
 */
import { readFile } from 'node:fs/promises';
import { createBpmnEngineDriver } from './bpmn/bpmn-engine-driver.js';
import { TRANSITIONS_PER_CASE } from './bpmn/case-driver.js';
import { createMatterflowDriver } from './bpmn/matterflow-driver.js';
import { forceGc, openCases, ROUNDS, throughput, type OpenCases, type Throughput } from './bpmn/measure.js';

const OURS = { cases: 2_000, warmup: 500, open: 5_000 };

interface Row {
  measure: string;
  ours: number;
  theirs: number;
  format: (x: number) => string;
  better: 'higher' | 'lower';
}

/**
 * Runs both engines and prints one markdown table, ours and bpmn-engine in columns. Throws if a
 * case of either misses the granted end, or the BPMN file parses with a warning.
 *
 * @example await runEngineBench() // under `tsx --expose-gc`, or the memory rows are skipped
 */
export async function runEngineBench(): Promise<void> {
  const BPMN = { cases: countFromEnv('BENCH_BPMN_CASES', 600), warmup: 100, open: countFromEnv('BENCH_BPMN_OPEN', 400) };
  console.log(`\n## Engine: cases through 受理 → 3 parallel reviews → 决定, our engine vs bpmn-engine\n`);
  if (forceGc === undefined) {
    console.log('  hint: memory per open case needs a forced GC — run with `tsx --expose-gc` (or node --expose-gc); skipped this time\n');
  }
  const ourVersion = (JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;
  const ours = createMatterflowDriver(`matterflow ${ourVersion}`);
  // Fails unless the XML parses with no warning and a denied case ends at the refusal end.
  const theirs = await createBpmnEngineDriver();
  const lanes = [
    { driver: ours, cases: OURS.cases, warmup: OURS.warmup },
    { driver: theirs, cases: BPMN.cases, warmup: BPMN.warmup },
  ];

  process.stdout.write('  running throughput, state in memory and JSON.stringify(state) after every transition …\n');
  const [{ inMemory: plainOurs, serialized: savedOurs }, { inMemory: plainTheirs, serialized: savedTheirs }] = await throughput(lanes);
  let memory: [OpenCases, OpenCases] | undefined;
  if (forceGc !== undefined) {
    process.stdout.write(`  holding ${OURS.open.toLocaleString('en-US')} + ${BPMN.open.toLocaleString('en-US')} cases open at the parallel review …\n`);
    memory = [await openCases(ours, OURS.open), await openCases(theirs, BPMN.open)];
  }

  console.log('');
  printTable(rows(plainOurs, plainTheirs, savedOurs, savedTheirs, memory));
  console.log(`\n(${ours.version} vs ${theirs.version}; Node ${process.version}, V8 ${process.versions.v8}, ${process.platform}/${process.arch})`);
  console.log(
    `(cases timed: ours ${plainOurs.cases.toLocaleString('en-US')}, bpmn-engine ${plainTheirs.cases.toLocaleString('en-US')} per mode after warm-up, ` +
      `in ${ROUNDS} alternating rounds; all ${ours.completed.toLocaleString('en-US')} + ${theirs.completed.toLocaleString('en-US')} reached the granted end; ` +
      `${TRANSITIONS_PER_CASE} transitions a case: start + 受理 + 3 reviews + 决定)`,
  );
  console.log(
    `(round-to-round spread of cases/s, in memory / serialized: ours ${spread(plainOurs)} / ${spread(savedOurs)}, ` +
      `bpmn-engine ${spread(plainTheirs)} / ${spread(savedTheirs)}; parallel-review.bpmn parsed with 0 warnings)`,
  );
  if (memory !== undefined) {
    console.log(
      `(open cases held: ours ${memory[0].cases.toLocaleString('en-US')}, bpmn-engine ${memory[1].cases.toLocaleString('en-US')}; ` +
        `bpmn-engine's stored state carries the definition: ${bytes(memory[1].stored.definitionBytes)} of it per case)`,
    );
  }
}

function rows(plainOurs: Throughput, plainTheirs: Throughput, savedOurs: Throughput, savedTheirs: Throughput, memory: [OpenCases, OpenCases] | undefined): Row[] {
  const list: Row[] = [
    { measure: 'cases/s, state in memory', ours: plainOurs.casesPerSecond, theirs: plainTheirs.casesPerSecond, format: perSecond, better: 'higher' },
    { measure: 'µs per transition, state in memory', ours: plainOurs.usPerTransition, theirs: plainTheirs.usPerTransition, format: micros, better: 'lower' },
    { measure: 'cases/s, state serialized each transition', ours: savedOurs.casesPerSecond, theirs: savedTheirs.casesPerSecond, format: perSecond, better: 'higher' },
    { measure: 'µs per transition, state serialized', ours: savedOurs.usPerTransition, theirs: savedTheirs.usPerTransition, format: micros, better: 'lower' },
  ];
  if (memory !== undefined) {
    const [mOurs, mTheirs] = memory;
    list.push(
      { measure: 'heap per open case (3 reviews open)', ours: mOurs.heapBytesPerCase, theirs: mTheirs.heapBytesPerCase, format: bytes, better: 'lower' },
      { measure: 'stored state per open case (JSON)', ours: mOurs.stored.bytes, theirs: mTheirs.stored.bytes, format: bytes, better: 'lower' },
    );
  }
  return list;
}

function printTable(list: Row[]): void {
  console.log('| measure | Matterflow engine | bpmn-engine | ratio ours / bpmn-engine | better when |');
  console.log('| --- | --- | --- | --- | --- |');
  for (const r of list) {
    const ratio = r.ours / r.theirs;
    const ahead = (r.better === 'higher') === ratio >= 1 ? 'ours' : 'bpmn-engine';
    const factor = Math.max(ratio, 1 / ratio);
    console.log(`| ${r.measure} | ${r.format(r.ours)} | ${r.format(r.theirs)} | ${ratio.toPrecision(3)} (${ahead} ${factor.toPrecision(3)}× ahead) | ${r.better} |`);
  }
}

function countFromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 4) throw new RangeError(`${name}: a whole number of cases, at least 4 (one per round); got "${raw}"`);
  return n;
}

/** Max/min of the rounds' rates: 1.10× means the fastest round ran 10% faster than the slowest. */
function spread(t: Throughput): string {
  return `${(Math.max(...t.roundRates) / Math.min(...t.roundRates)).toFixed(2)}×`;
}

const perSecond = (x: number): string => `${Math.round(x).toLocaleString('en-US')}/s`;
const micros = (x: number): string => `${x.toFixed(1)} µs`;
const bytes = (x: number): string => `${Math.round(x).toLocaleString('en-US')} B`;
