/**
 * The two measurements of the engine benchmark, engine-neutral: cases per second through the
 * whole flow, and heap retained per case held open. Throughput checks that every case it drove
 * reached the granted end; for held cases, the drivers check each one is at the review point.
 */
import { TRANSITIONS_PER_CASE, type CaseDriver, type StoredState } from './case-driver.js';

/** `--expose-gc`'s collector, when node was started with it. */
export const forceGc: (() => void) | undefined = (globalThis as { gc?: () => void }).gc;

/** Timed slices per driver and mode: enough to even out load bursts, few enough to keep slices long. */
export const ROUNDS = 8;

export interface Throughput {
  cases: number;
  seconds: number;
  casesPerSecond: number;
  usPerTransition: number;
  /** Cases per second of each round: their spread shows how noisy the machine was. */
  roundRates: number[];
}

/** One driver's figures: state only in memory, and serialized after every transition. */
export interface ThroughputModes {
  inMemory: Throughput;
  serialized: Throughput;
}

export interface OpenCases {
  cases: number;
  /** heapUsed after − before, per case, both after a forced full GC. */
  heapBytesPerCase: number;
  /** Mean over the held cases. */
  stored: StoredState;
}

/**
 * Cases per second for several drivers, each with and without serializing, measured fairly on a
 * shared machine:
 * 1. each driver warms up (JIT, calendar tables, caches) on `warmup` cases in each mode;
 * 2. the timed cases run in `rounds` slices, drivers and modes taking turns (the mode that goes
 *    first alternating), so a burst of load from another process is spread over every figure
 *    rather than landing on whichever ran at that moment;
 * 3. every case must have completed: the driver's count must equal the cases driven.
 */
export async function throughput(
  drivers: Array<{ driver: CaseDriver; cases: number; warmup: number }>,
  rounds = ROUNDS,
): Promise<ThroughputModes[]> {
  const lanes = drivers.map(() => [false, true].map(() => ({ cases: 0, ms: 0, roundRates: [] as number[] })));
  const run = async (driver: CaseDriver, n: number, persist: boolean): Promise<number> => {
    const t = performance.now();
    let sink = 0;
    for (let i = 0; i < n; i++) {
      const bytes = driver.runCase(persist);
      sink += typeof bytes === 'number' ? bytes : await bytes;
    }
    if (persist && sink === 0 && n > 0) throw new Error(`${driver.name}: nothing serialized`);
    return performance.now() - t;
  };
  const before = drivers.map(({ driver }) => driver.completed);
  // 1.
  for (const { driver, warmup } of drivers) for (const persist of [false, true]) await run(driver, warmup, persist);
  // 2.
  for (let r = 0; r < rounds; r++) {
    for (const [i, { driver, cases }] of drivers.entries()) {
      const n = Math.floor(cases / rounds) + (r < cases % rounds ? 1 : 0);
      for (const persist of r % 2 === 0 ? [false, true] : [true, false]) {
        forceGc?.(); // the other side's garbage is not this side's cost
        const ms = await run(driver, n, persist);
        const lane = lanes[i][persist ? 1 : 0];
        lane.ms += ms;
        lane.cases += n;
        lane.roundRates.push(n / (ms / 1000));
      }
    }
  }
  // 3.
  for (const [i, { driver, cases, warmup }] of drivers.entries()) {
    const driven = 2 * (warmup + cases); // both modes
    const done = driver.completed - before[i];
    if (done !== driven) throw new Error(`${driver.name}: ${done} of ${driven} cases reached the granted end`);
  }
  return lanes.map(([inMemory, serialized]) => ({ inMemory: figures(inMemory), serialized: figures(serialized) }));
}

function figures({ cases, ms, roundRates }: { cases: number; ms: number; roundRates: number[] }): Throughput {
  return { cases, seconds: ms / 1000, casesPerSecond: cases / (ms / 1000), usPerTransition: (ms * 1000) / (cases * TRANSITIONS_PER_CASE), roundRates };
}

/**
 * Heap per open case: 1. full GC and read heapUsed; 2. open `cases` cases at the review point
 * and hold them; 3. full GC and read again; 4. only then serialize the held states (the
 * strings would otherwise count). Needs `--expose-gc`: without a forced GC the figure is
 * whatever garbage happened to be left, so the caller skips it.
 */
export async function openCases(driver: CaseDriver, cases: number): Promise<OpenCases> {
  if (forceGc === undefined) throw new Error('openCases needs node --expose-gc');
  // 1.
  fullGc(forceGc);
  const before = process.memoryUsage().heapUsed;
  // 2.
  const held: unknown[] = [];
  for (let i = 0; i < cases; i++) held.push(await driver.openAtReview());
  // 3.
  fullGc(forceGc);
  const after = process.memoryUsage().heapUsed;
  // 4.
  let bytes = 0;
  let definitionBytes = 0;
  for (const open of held) {
    const s = driver.storedState(open);
    bytes += s.bytes;
    definitionBytes += s.definitionBytes;
  }
  return { cases, heapBytesPerCase: (after - before) / cases, stored: { bytes: bytes / cases, definitionBytes: definitionBytes / cases } };
}

/** Twice: the first pass can leave objects that finalizers or weak references free only in the next. */
function fullGc(gc: () => void): void {
  gc();
  gc();
}
