/**
 * Cases (办件) on the clock: takes applications, runs every action through the pure engine on the
 * matter version the case started on, and persists each transition — case, touched tasks and audit
 * events — as one optimistic, revision-checked write. Two clerks acting on the same task: the
 * second write finds a newer version and gets 409; nothing is written twice.
 */
import { submissionValidatorFor } from '../../catalog/form/submission-validator.js';
import {
  ConflictError, ForbiddenError, InvalidStateError, NotFoundError, UserError, ValidationError,
} from '../../schemas/errors.js';
import type { Applicant, Case, Task } from '../../schemas/types.generated.js';
import { validatePart } from '../../schemas/validator.js';
import type { WorkingCalendar } from '../calendar/working-calendar.js';
import {
  advance, EngineError, startCase, type Actor, type CaseState, type EngineAction, type EngineDefinition, type Transition,
} from '../engine/index.js';
import { auditOf, caseRecord, changedTasks } from './case-documents.js';
import { countersignStaleness } from './countersign-staleness.js';
import { checkIntakeMaterials, intakeCaseMaterials, missingItems, type IntakeReceipt, type WindowApplication } from './window-intake.js';
import { newCaseNo } from './case-numbers.js';
import { checkExtensionDays, taskAction, type TaskInput } from './task-input.js';
import type { MatterVersions } from './engine-definitions.js';
import type { CaseStore } from './storage/case.store.js';
import type { StoredCase } from './storage/case-records.js';
import { canonicalHash } from './storage/canonical-json.js';
import { newQueryCode } from './storage/query-code.js';

export interface Application {
  matterCode: string;
  situation?: string;
  data: unknown;
  materials: Array<{ materialId: string; fileIds?: string[]; status?: string }>;
  applicant: unknown;
}

export interface Receipt {
  caseNo: string;
  queryCode: string;
  status: Case['status'];
  dueDate?: string;
  notice?: Case['notice'];
  matterCode: string;
  matterVersion: number;
}

export interface CaseServiceDeps {
  store: CaseStore;
  versions: MatterVersions;
  calendar: () => Promise<WorkingCalendar>;
  now?: () => Date;
}

export class CaseService {
  readonly #now: () => Date;

  constructor(private readonly deps: CaseServiceDeps) {
    this.#now = deps.now ?? (() => new Date());
  }

  /** Takes an application (the applicant needs no account); 422 lists every field and material at fault. */
  async submit(app: Application, idempotencyKey?: string): Promise<{ status: number; body: Receipt | unknown }> {
    const requestHash = hashOf(app);
    if (idempotencyKey) {
      const earlier = await this.deps.store.findIdempotent('case.submit', idempotencyKey);
      if (earlier) return replay(earlier, requestHash);
    }
    if (typeof app.matterCode !== 'string' || !app.matterCode) throw new ValidationError('matterCode is required', [{ path: '/matterCode', message: 'is required' }]);
    const { version, engine } = await this.deps.versions.live(app.matterCode);
    const applicant = app.applicant === undefined
      ? { ok: false as const, errors: [{ path: '/applicant', message: 'is required' }] }
      : validatePart<Applicant>('case', '/$defs/applicant', app.applicant, '/applicant');
    const applicantErrors = applicant.ok ? [] : applicant.errors;
    const checked = submissionValidatorFor(version.code, version.version, version.definition).validate({
      data: app.data,
      situation: app.situation,
      materials: app.materials as never,
    });
    const errors = [...applicantErrors, ...(checked.ok ? [] : checked.errors), ...(await this.#unknownFiles(app.materials))];
    if (errors.length > 0 || !checked.ok) throw new ValidationError('the application is incomplete or invalid', errors);

    const now = this.#now().toISOString();
    const cal = await this.deps.calendar();
    const caseNo = newCaseNo(this.#now());
    const queryCode = newQueryCode();
    const applicantDoc = app.applicant as Applicant;
    const { state, effects } = this.#engine(() =>
      startCase(engine, { caseNo, data: checked.data, situation: app.situation, materials: normalizedMaterials(app.materials), applicantKind: applicantDoc.kind }, { now, calendar: cal }),
    );
    const record = caseRecord(state, engine, applicantDoc, caseNo, cal);
    const receipt: Receipt = {
      caseNo,
      queryCode,
      status: state.status,
      matterCode: version.code,
      matterVersion: version.version,
      ...(state.dueDate ? { dueDate: state.dueDate } : {}),
      ...(state.notice ? { notice: state.notice } : {}),
    };
    const actor: Actor = { kind: 'applicant' };
    const result = await this.deps.store.createCase({
      record,
      tasks: changedTasks(undefined, state, engine, caseNo, cal),
      audit: auditOf(effects, caseNo, actor, now, { matterCode: version.code, matterVersion: version.version }),
      queryCode,
      ...(idempotencyKey ? { idempotency: { scope: 'case.submit', key: idempotencyKey, requestHash, response: { status: 201, body: receipt } } } : {}),
    });
    if (result.replayed) return replay(result.response, requestHash);
    return { status: 201, body: receipt };
  }

  /**
   * 窗口收件: registers a paper application for the applicant, complete or not; with `accept` and a
   * complete application of a one-stage matter, accepts it in the same transaction (收件即受理).
   * 1. check everything at once: applicant, form (as online), material entries, cited files;
   *    nothing is stored on any 4xx;
   * 2. start the case with the window intake, and accept it when asked and allowed;
   * 3. store case, tasks, audit and the idempotency record in one transaction.
   * @param actor the clerk, resolved for this matter (`frontDesk` when a front desk may accept it)
   */
  async intake(app: WindowApplication, actor: Actor | ((def: EngineDefinition) => Promise<Actor>), idempotencyKey?: string): Promise<{ status: number; body: IntakeReceipt | unknown }> {
    const requestHash = hashOf(app);
    const scope = 'case.intake';
    if (idempotencyKey) {
      const earlier = await this.deps.store.findIdempotent(scope, idempotencyKey);
      if (earlier) return replay(earlier, requestHash);
    }
    if (typeof app.matterCode !== 'string' || !app.matterCode) throw new ValidationError('matterCode is required', [{ path: '/matterCode', message: 'is required' }]);
    const { version, engine } = await this.deps.versions.live(app.matterCode);
    const clerk = typeof actor === 'function' ? await actor(engine) : actor;
    if (clerk.kind !== 'account' || !clerk.departmentId || (clerk.departmentId !== engine.departmentId && !clerk.frontDesk)) {
      throw new ForbiddenError(`本事项由 ${engine.departmentId} 收件受理；您的部门（${clerk.departmentId ?? '无'}）不是它的综合窗口`);
    }
    // 1.
    const applicant = app.applicant === undefined
      ? { ok: false as const, errors: [{ path: '/applicant', message: 'is required' }] }
      : validatePart<Applicant>('case', '/$defs/applicant', app.applicant, '/applicant');
    const form = submissionValidatorFor(version.code, version.version, version.definition).validate({ data: app.data, situation: app.situation, materials: [] });
    const formErrors = form.ok ? [] : form.errors.filter((e) => !e.path.startsWith('/materials'));
    const materials = checkIntakeMaterials(engine, app.materials);
    const errors = [...(applicant.ok ? [] : applicant.errors), ...formErrors, ...materials.errors, ...(await this.#unknownFiles(app.materials))];
    if (app.accept !== undefined && typeof app.accept !== 'boolean') errors.push({ path: '/accept', message: 'must be true or false' });
    if (errors.length > 0) throw new ValidationError('the application has errors', errors);
    const data = form.ok ? form.data : (app.data as Record<string, unknown>);

    // 2.
    const now = this.#now().toISOString();
    const cal = await this.deps.calendar();
    const caseNo = newCaseNo(this.#now());
    const queryCode = newQueryCode();
    const applicantDoc = app.applicant as Applicant;
    const started = this.#engine(() =>
      startCase(engine, {
        caseNo,
        data,
        situation: app.situation,
        materials: intakeCaseMaterials(materials.entries),
        applicantKind: applicantDoc.kind,
        intake: { channel: 'window', receivedBy: { username: clerk.username!, departmentId: clerk.departmentId!, ...(clerk.windowId ? { windowId: clerk.windowId } : {}) } },
      }, { now, calendar: cal }),
    );
    const missing = missingItems(engine, started.state);
    let { state, effects } = started;
    const audit = auditOf(effects, caseNo, clerk, now, { matterCode: version.code, matterVersion: version.version, channel: 'window' });
    if (app.accept === true) {
      if ((engine.intakeStages ?? 'one') === 'two') throw new InvalidStateError('本事项收件与受理分两步办理：请先收件，再另行受理');
      if (missing.length > 0) {
        throw new ValidationError('材料不齐全，不能当场受理：请收件后出具一次性告知', missing.map((m) => ({ path: '/accept', message: `${m.problem === 'defective' ? '材料有误' : '缺少材料'}：${m.name}` })));
      }
      const accepted = this.#engine(() => advance(engine, state, { type: 'accept' }, clerk, { now, calendar: cal }));
      audit.push({ at: now, caseNo, actor: auditActor(clerk), action: 'case.accept', payload: { atIntake: true } }, ...auditOf(accepted.effects, caseNo, clerk, now));
      ({ state, effects } = accepted);
    }
    const record = caseRecord(state, engine, applicantDoc, caseNo, cal);
    const receipt: IntakeReceipt = {
      caseNo,
      queryCode,
      status: state.status,
      matterCode: version.code,
      matterVersion: version.version,
      ...(state.acceptDueDate ? { acceptDueDate: state.acceptDueDate } : {}),
      missing,
      ...(state.dueDate ? { dueDate: state.dueDate } : {}),
      ...(state.dueDateProvisional ? { dueDateProvisional: true } : {}),
    };
    // 3.
    const result = await this.deps.store.createCase({
      record,
      tasks: changedTasks(undefined, state, engine, caseNo, cal),
      audit,
      queryCode,
      ...(idempotencyKey ? { idempotency: { scope, key: idempotencyKey, requestHash, response: { status: 201, body: receipt } } } : {}),
    });
    if (result.replayed) return replay(result.response, requestHash);
    return { status: 201, body: receipt };
  }

  /** Applies one action to a case; `expectedVersion` (optional) guards against acting on a stale view. */
  async act(caseNo: string, action: EngineAction, actor: Actor, expectedVersion?: number): Promise<Case> {
    if (action.type === 'supplement') {
      const unknown = await this.#unknownFiles(action.materials);
      if (unknown.length > 0) throw new ValidationError('the supplement cites files that were not uploaded', unknown);
    }
    const stored = await this.#load(caseNo);
    if (expectedVersion !== undefined && expectedVersion !== stored.version) {
      throw new ConflictError(`case ${caseNo} changed (version ${stored.version}, you had ${expectedVersion}): reload it`);
    }
    if (action.type === 'request_extension') {
      const { engine } = await this.deps.versions.get(stored.case.matterCode, stored.case.matterVersion);
      checkExtensionDays(action.days, engine);
    }
    return this.#apply(stored, action, actor);
  }

  /**
   * Completes (approve / deny / return / deliver / acknowledge) or answers (accept / refuse /
   * supplement) the task in the acting clerk's inbox. A front desk allowed for the matter may act on
   * the acceptance stage of another department's case. A stale `expectedVersion` is a 409, except
   * on a 会签 task whose only changes since are other signers' signatures: signing it then is no
   * conflict (countersign-staleness.ts).
   * @param actor the clerk, or a resolver that sees the case's matter version (front desk, window)
   */
  async completeTask(taskId: string, input: TaskInput, actor: Actor | ((def: EngineDefinition) => Promise<Actor>)): Promise<{ case: Case; task: Task | undefined }> {
    const task = await this.deps.store.getTask(taskId);
    if (!task) throw new NotFoundError(`task ${taskId}`);
    const stored = await this.#load(task.caseNo);
    const { engine } = await this.deps.versions.get(stored.case.matterCode, stored.case.matterVersion);
    const clerk = typeof actor === 'function' ? await actor(engine) : actor;
    const acceptStage = engine.flow.nodes.some((n) => n.id === task.nodeId && n.kind === 'step' && n.stepType === 'accept');
    if (clerk.role !== 'admin' && task.departmentId !== clerk.departmentId && !(acceptStage && clerk.frontDesk)) {
      throw new ForbiddenError(`task ${taskId} belongs to department ${task.departmentId}`);
    }
    if (input.expectedVersion !== undefined && input.expectedVersion !== task.version && !countersignStaleness(task, input.expectedVersion, clerk, input.action)) {
      throw new ConflictError(`task ${taskId} changed (version ${task.version}, you had ${input.expectedVersion}): somebody else acted on it first`);
    }
    const updated = await this.#apply(stored, taskAction(taskId, input), clerk);
    return { case: updated, task: await this.deps.store.getTask(taskId) };
  }

  /** Materials citing files that were never uploaded: each named at its path. */
  async #unknownFiles(materials: unknown) {
    if (!Array.isArray(materials)) return [];
    const cited = materials.flatMap((m: { fileIds?: unknown }, i) =>
      Array.isArray(m?.fileIds) ? m.fileIds.filter((f): f is string => typeof f === 'string').map((id, j) => ({ id, path: `/materials/${i}/fileIds/${j}` })) : [],
    );
    const missing = new Set(await this.deps.store.missingFiles(cited.map((c) => c.id)));
    return cited.filter((c) => missing.has(c.id)).map((c) => ({ path: c.path, message: `file ${c.id} was not uploaded (POST /api/files first)` }));
  }

  /**
   * Art. 32: applications neither accepted, refused nor answered with a supplement notice within 5
   * working days count as accepted on the day they were received. Called by the deadline scanner;
   * safe on several instances at once (a second instance's write is a 409 and is skipped).
   * @returns the case numbers deemed accepted
   */
  async deemAcceptedDue(limit = 200): Promise<string[]> {
    // Anything due was received at least 5 calendar days ago; the engine checks the working days.
    const receivedTo = new Date(this.#now().getTime() - 5 * 86_400_000).toISOString();
    const { items } = await this.deps.store.listCases({ status: 'submitted', receivedTo, page: 1, pageSize: limit });
    const deemed: string[] = [];
    for (const c of items) {
      try {
        await this.act(c.caseNo, { type: 'deem_accepted' }, { kind: 'system' });
        deemed.push(c.caseNo);
      } catch (e) {
        // Not yet due (the answer deadline is counted in working days), or another instance did it.
        if (!(e instanceof UserError)) throw e;
      }
    }
    return deemed;
  }

  async getCase(caseNo: string): Promise<StoredCase> {
    return this.#load(caseNo);
  }

  async #apply(stored: StoredCase, action: EngineAction, actor: Actor): Promise<Case> {
    const { engine } = await this.deps.versions.get(stored.case.matterCode, stored.case.matterVersion);
    const cal = await this.deps.calendar();
    const now = this.#now().toISOString();
    const { state, effects } = this.#engine(() => advance(engine, stored.state, action, actor, { now, calendar: cal }));
    const record = caseRecord(state, engine, stored.case.applicant, stored.case.caseNo, cal);
    await this.deps.store.commitTransition({
      caseNo: stored.case.caseNo,
      expectedVersion: stored.version,
      record,
      tasks: changedTasks(stored.state, state, engine, stored.case.caseNo, cal),
      audit: [
        { at: now, caseNo: stored.case.caseNo, actor: auditActor(actor), action: `case.${action.type}`, payload: { ...auditPayload(action) } },
        ...auditOf(effects, stored.case.caseNo, actor, now),
      ],
    });
    return (await this.#load(stored.case.caseNo)).case;
  }

  async #load(caseNo: string): Promise<StoredCase> {
    const stored = await this.deps.store.getCase(caseNo);
    if (!stored) throw new NotFoundError(`case ${caseNo}`);
    return stored;
  }

  #engine(fn: () => Transition): Transition {
    try {
      return fn();
    } catch (e) {
      if (e instanceof EngineError) throw fromEngine(e);
      throw e;
    }
  }
}

export type { TaskInput } from './task-input.js';

/** Engine refusals become the API's 4xx: the engine is pure and knows no HTTP. */
function fromEngine(e: EngineError): UserError {
  switch (e.code) {
    case 'FORBIDDEN':
      return new ForbiddenError(e.message);
    case 'NOT_FOUND':
      return new NotFoundError(e.message.replace(/ not found$/, ''));
    case 'INVALID_INPUT':
      return new ValidationError(e.message, [{ path: '/', message: e.message }]);
    default:
      return new InvalidStateError(e.message);
  }
}

function normalizedMaterials(materials: Application['materials']) {
  return materials.map((m) => ({
    materialId: m.materialId,
    status: (m.status ?? ((m.fileIds?.length ?? 0) > 0 ? 'provided' : 'missing')) as 'provided' | 'missing' | 'deferred' | 'committed',
    ...(m.fileIds ? { fileIds: m.fileIds } : {}),
  }));
}

function auditActor(actor: Actor) {
  return { kind: actor.kind, ...(actor.username ? { username: actor.username } : {}), ...(actor.role ? { role: actor.role } : {}), ...(actor.departmentId ? { departmentId: actor.departmentId } : {}) };
}

/** What the audit keeps of an action: its inputs, never uploaded content. */
function auditPayload(action: EngineAction): Record<string, unknown> {
  const { type: _type, ...rest } = action;
  return rest;
}

/** Key order does not make two requests different: a retry may serialize the same body differently. */
const hashOf = (value: unknown): string => canonicalHash(value ?? null);

function replay(earlier: { requestHash: string; status: number; body: unknown }, requestHash: string) {
  if (earlier.requestHash !== requestHash) {
    throw new UserError(422, 'VALIDATION_FAILED', 'this Idempotency-Key was used for a different application', [{ path: 'Idempotency-Key', message: 'reused with a different body' }]);
  }
  return { status: earlier.status, body: earlier.body };
}

