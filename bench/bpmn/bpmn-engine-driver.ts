/**
 * bpmn-engine (paed01) as a benchmark driver, on bench/bpmn/parallel-review.bpmn: one engine per
 * case, as its API is built (an Engine runs one execution), user tasks completed with
 * `execution.signal({ id })` once the listener has seen them wait.
 *
 * The XML is parsed and serialized once and the serialized context shared by every case
 * (the `sourceContext` option): parsing per case would charge bpmn-engine for work our engine
 * never does per case either, its definition being built once.
 */
import { EventEmitter } from 'node:events';
import { readFile } from 'node:fs/promises';
import { Engine, type Execution } from 'bpmn-engine';
// bpmn-engine's own dependencies (installed with it, not listed in our package.json): the three
// its API docs use to build a `sourceContext` (addSource), the same copies the engine runs on.
import * as Elements from 'bpmn-elements';
import BpmnModdle from 'bpmn-moddle';
import Serializer, { TypeResolver } from 'moddle-context-serializer';
import { REVIEW_STEPS, TASK_ORDER, type CaseDriver, type StoredState } from './case-driver.js';
import { packageVersion, resolvedEntry } from './package-version.js';

/** The end events of the XML: approval, and denial. */
const GRANTED_END = 'end';
const DENIED_END = 'refusal';

/** The element api bpmn-engine passes to listener events (only what the driver reads). */
interface ElementApi {
  id: string;
}

/**
 * Loads the process and checks it before any timing:
 * 1. the XML parses with no warnings (bpmn-moddle reads laxly: an unknown element is a warning, not an error);
 * 2. the driver: every case starts with its own waiting set; wait events fill it, signals drain it;
 * 3. one case with the `deny` variable set ends at the refusal end without opening 决定, so the
 *    gateway's condition and default flow are what the flow means.
 *
 * @throws Error naming the warnings, or the path the deny case took.
 */
export async function createBpmnEngineDriver(): Promise<CaseDriver<Execution>> {
  // 1.
  const xml = await readFile(new URL('./parallel-review.bpmn', import.meta.url), 'utf8');
  const parsed = await new BpmnModdle().fromXML(xml);
  if (parsed.warnings.length > 0) {
    throw new Error(`parallel-review.bpmn: ${parsed.warnings.length} parse warning(s): ${parsed.warnings.map((w) => w.message).join('; ')}`);
  }
  const sourceContext = Serializer(parsed, TypeResolver(Elements));

  // 2. One listener for all cases: cases run one at a time and signals are handled synchronously,
  // so the events of a case all arrive while it is the current one.
  let waiting = new Set<string>();
  let ended: string[] = [];
  const listener = new EventEmitter();
  listener.on('wait', (api: ElementApi) => waiting.add(api.id));
  listener.on('activity.end', (api: ElementApi) => {
    if (api.id === GRANTED_END || api.id === DENIED_END) ended.push(api.id);
  });

  async function start(deny: boolean): Promise<Execution> {
    waiting = new Set();
    ended = [];
    const engine = new Engine({ name: 'parallel-review', sourceContext });
    return engine.execute({ listener, variables: { deny } });
  }

  function complete(execution: Execution, taskId: string): void {
    if (!waiting.delete(taskId)) throw new Error(`bpmn-engine: "${taskId}" is not waiting (waiting: ${[...waiting].join(', ') || 'none'})`);
    execution.signal({ id: taskId });
  }

  // 3.
  const denied = await start(true);
  for (const id of TASK_ORDER.slice(0, 4)) complete(denied, id);
  if (ended.join() !== DENIED_END || waiting.size > 0 || denied.state !== 'idle') {
    throw new Error(`bpmn-engine: a denied case should end at "${DENIED_END}" with nothing waiting; ended [${ended.join(', ')}], waiting [${[...waiting].join(', ')}], state ${denied.state}`);
  }

  let completed = 0;
  const engineEntry = resolvedEntry('bpmn-engine');
  return {
    name: 'bpmn-engine',
    version: `bpmn-engine ${packageVersion('bpmn-engine')} (bpmn-elements ${packageVersion('bpmn-elements', engineEntry)})`,
    get completed() {
      return completed;
    },
    async runCase(persist) {
      const execution = await start(false);
      let bytes = persist ? JSON.stringify(execution.getState()).length : 0;
      for (const id of TASK_ORDER) {
        complete(execution, id);
        if (persist) bytes += JSON.stringify(execution.getState()).length;
      }
      if (ended.join() !== GRANTED_END || execution.state !== 'idle') {
        throw new Error(`bpmn-engine: the case should have ended at "${GRANTED_END}"; ended [${ended.join(', ')}], state ${execution.state}`);
      }
      completed++;
      return bytes;
    },
    async openAtReview() {
      const execution = await start(false);
      complete(execution, 'accept');
      const open = [...waiting].sort();
      if (open.join() !== REVIEW_STEPS.join()) throw new Error(`bpmn-engine: waiting at review are [${open.join(', ')}], not [${REVIEW_STEPS.join(', ')}]`);
      return execution;
    },
    storedState(execution): StoredState {
      const state = execution.getState();
      return {
        bytes: Buffer.byteLength(JSON.stringify(state)),
        definitionBytes: state.definitions.reduce((n, d) => n + Buffer.byteLength(d.source ?? ''), 0),
      };
    },
  };
}
