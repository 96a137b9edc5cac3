/**
 * What the engine benchmark asks of each engine under test, so one measuring loop drives both
 * ours and bpmn-engine through the same process shape: the benchmark flow of
 * tests/fixtures/engine-flows.ts (受理 → three parallel department reviews → 决定 → end), every
 * user task approved in the same order.
 */

/** The user tasks in the order both drivers complete them; the three reviews run in parallel. */
export const TASK_ORDER = ['accept', 'market', 'fire', 'env', 'decide'] as const;

/** The steps open at the parallel-review point, where the memory part holds its cases. */
export const REVIEW_STEPS = ['env', 'fire', 'market'] as const;

/**
 * State changes per case: the start plus one per task. Ours: startCase, accept, three approvals
 * and the decision; bpmn-engine: execute and five signals.
 */
export const TRANSITIONS_PER_CASE = 1 + TASK_ORDER.length;

/** What a store holds for one case. */
export interface StoredState {
  /** UTF-8 bytes of the JSON. */
  bytes: number;
  /** Of those, the flow definition copied into every case's state (bpmn-engine's `source`). */
  definitionBytes: number;
}

/** One engine, driven case by case. Implementations throw on any deviation from the flow. */
export interface CaseDriver<Open = unknown> {
  name: string;
  /** Package and version, for the table's header. */
  version: string;
  /**
   * Drives one case from start to the granted end; throws unless it gets there.
   * @param persist Serialize the state with JSON.stringify after every transition, as a server
   *   does before it answers.
   * @returns Characters serialized (0 without `persist`), so that work cannot be optimized away.
   */
  runCase(persist: boolean): number | Promise<number>;
  /** Starts a case and takes it to the parallel-review point; returns what must stay in memory to go on. */
  openAtReview(): Open | Promise<Open>;
  storedState(open: Open): StoredState;
  /** Cases that reached the granted end: the bench checks it against the cases it drove. */
  readonly completed: number;
}
