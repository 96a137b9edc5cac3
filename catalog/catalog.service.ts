/**
 * The matter life cycle (DESIGN.md "Definitions"): an editor creates and edits a draft and submits it;
 * the admin publishes it (version n+1, immutable, live; running cases stay on their version) or rejects
 * it with a reason; a published matter can be retired. Every step is recorded in the version's history.
 * Storage is behind CatalogStore; every change is one atomic, revision-checked commit.
 */
import { ConflictError, InvalidStateError, NotFoundError, ValidationError } from '../schemas/errors.js';
import type { MatterDefinition, MatterVersion, VersionHistoryEntry } from '../schemas/types.generated.js';
import type { Actor } from './actor.js';
import { checkDefinition } from './definition-check.js';
import { lintMatter } from './lint/lint.js';
import type { LintReport } from './lint/lint-finding.js';
import { assertAdmin, assertCanEdit, assertCanSeeDrafts, canSeeDrafts } from './permissions.js';
import type { CatalogStore, MatterHead, SearchQuery, SearchResult } from './storage/catalog.store.js';
import { withDerivedStatus } from './version-status.js';

/** History kept per draft; older entries are dropped so a long-lived draft cannot grow without bound. */
const MAX_HISTORY = 200;

export interface DraftInput {
  definition: unknown;
  changeSummary?: string;
  /** The head revision the editor's copy was based on; a stale one is refused with 409. */
  revision?: number;
}

export class CatalogService {
  constructor(
    readonly store: CatalogStore,
    private readonly now: () => Date = () => new Date(),
  ) {}

  // ---- reads ---------------------------------------------------------------------------------

  /** Published matters for the public catalogue. */
  search(query: SearchQuery): Promise<SearchResult> {
    return this.store.searchPublished(query);
  }

  async head(code: string): Promise<MatterHead> {
    const head = await this.store.getHead(code);
    if (!head) throw new NotFoundError(`matter ${code}`);
    return head;
  }

  /** The heads a staff member may see: an editor or clerk their department's, admin and supervisor all. */
  async heads(actor: Actor, filter: { departmentId?: string; status?: MatterHead['status'] } = {}): Promise<MatterHead[]> {
    const scoped = actor.role === 'admin' || actor.role === 'supervisor' ? filter.departmentId : actor.departmentId;
    const heads = await this.store.listHeads(scoped ? { departmentId: scoped } : {});
    return heads.filter((h) => (!filter.status || h.status === filter.status) && canSeeDrafts(actor, h.departmentId));
  }

  /** The live version of a matter (404 when none is published or it was retired). */
  async live(code: string): Promise<MatterVersion> {
    const head = await this.head(code);
    if (head.liveVersion === null) throw new NotFoundError(`published version of matter ${code}`);
    return this.version(code, head.liveVersion, head);
  }

  async version(code: string, n: number, knownHead?: MatterHead): Promise<MatterVersion> {
    const head = knownHead ?? (await this.head(code));
    const v = await this.store.getVersion(code, n);
    if (!v) throw new NotFoundError(`version ${n} of matter ${code}`);
    return withDerivedStatus(v, head);
  }

  async versions(code: string): Promise<MatterVersion[]> {
    const head = await this.head(code);
    return (await this.store.listVersions(code)).map((v) => withDerivedStatus(v, head));
  }

  async draft(actor: Actor, code: string): Promise<{ draft: MatterVersion; revision: number }> {
    const head = await this.head(code);
    assertCanSeeDrafts(actor, head.departmentId);
    if (!head.draft) throw new NotFoundError(`draft of matter ${code}`);
    return { draft: head.draft, revision: head.revision };
  }

  /** Lints a definition against the catalogue's departments and shared materials. */
  async lint(definition: MatterDefinition): Promise<LintReport> {
    const [departments, shared] = await Promise.all([this.store.listDepartments(), this.store.listSharedMaterials()]);
    return lintMatter(definition, {
      departmentIds: new Set(departments.map((d) => d.id)),
      sharedMaterialIds: new Set(shared.map((m) => m.id)),
    });
  }

  // ---- writes --------------------------------------------------------------------------------

  /** Creates a new matter whose first draft is `input.definition`. */
  async createMatter(actor: Actor, input: DraftInput): Promise<MatterHead> {
    const definition = checkDefinition(input.definition);
    assertCanEdit(actor, definition.departmentId);
    await this.assertDepartmentExists(definition.departmentId);
    if (await this.store.getHead(definition.code)) throw new ConflictError(`matter ${definition.code} already exists`);
    const at = this.stamp();
    const draft: MatterVersion = {
      code: definition.code,
      version: 1,
      status: 'draft',
      definition,
      author: actor.username,
      createdAt: at,
      updatedAt: at,
      changeSummary: input.changeSummary ?? 'new matter',
      history: [{ at, by: actor.username, action: 'created', summary: input.changeSummary }],
    };
    return this.store.commitMatter({
      expectedRevision: null,
      head: {
        code: definition.code,
        departmentId: definition.departmentId,
        name: definition.name,
        status: 'draft',
        liveVersion: null,
        latestVersion: null,
        draft,
        updatedAt: at,
      },
    });
  }

  /** Starts a draft from the live (or latest) version so an editor can change a published matter. */
  async startDraft(actor: Actor, code: string, changeSummary?: string): Promise<MatterHead> {
    const head = await this.head(code);
    assertCanEdit(actor, head.departmentId);
    if (head.draft) throw new InvalidStateError(`matter ${code} already has a draft (status ${head.draft.status})`);
    const base = head.liveVersion ?? head.latestVersion;
    if (base === null) throw new InvalidStateError(`matter ${code} has no published version to start from`);
    const from = await this.version(code, base, head);
    const at = this.stamp();
    const draft: MatterVersion = {
      code,
      version: (head.latestVersion ?? 0) + 1,
      status: 'draft',
      definition: structuredClone(from.definition),
      basedOn: base,
      author: actor.username,
      createdAt: at,
      updatedAt: at,
      changeSummary,
      history: [{ at, by: actor.username, action: 'created', summary: `from version ${base}` }],
    };
    return this.commit(head, { draft, status: 'draft', updatedAt: at });
  }

  /** Replaces the draft's definition. The code and the department are fixed once a matter exists. */
  async saveDraft(actor: Actor, code: string, input: DraftInput): Promise<MatterHead> {
    const head = await this.head(code);
    assertCanEdit(actor, head.departmentId);
    const draft = this.requireDraft(head, ['draft', 'rejected'], 'edited');
    if (input.revision !== undefined && input.revision !== head.revision) {
      throw new ConflictError(`the draft changed since revision ${input.revision} (now ${head.revision}): reload it`);
    }
    const definition = checkDefinition(input.definition);
    if (definition.code !== code) {
      throw new ValidationError('the code of a matter cannot change', [{ path: '/definition/code', message: `must be ${code}` }]);
    }
    if (definition.departmentId !== head.departmentId) {
      assertAdmin(actor, 'move a matter to another department');
      await this.assertDepartmentExists(definition.departmentId);
    }
    const at = this.stamp();
    // Editing answers a rejection: the reason stays in the history, not on the draft.
    const { rejectReason: _answered, ...rest } = draft;
    const next: MatterVersion = {
      ...rest,
      status: 'draft',
      definition,
      updatedAt: at,
      changeSummary: input.changeSummary ?? draft.changeSummary,
      history: appendHistory(draft.history, { at, by: actor.username, action: 'edited', summary: input.changeSummary }),
    };
    return this.commit(head, {
      draft: next,
      status: 'draft',
      name: definition.name,
      departmentId: definition.departmentId,
      updatedAt: at,
    });
  }

  /** Sends the draft to the admin's review queue; a draft with lint errors is refused (422). */
  async submit(actor: Actor, code: string, changeSummary?: string): Promise<MatterHead> {
    const head = await this.head(code);
    assertCanEdit(actor, head.departmentId);
    const draft = this.requireDraft(head, ['draft', 'rejected'], 'submitted');
    await this.assertLintClean(draft.definition);
    const at = this.stamp();
    const next: MatterVersion = {
      ...draft,
      status: 'in_review',
      changeSummary: changeSummary ?? draft.changeSummary,
      submittedBy: actor.username,
      submittedAt: at,
      updatedAt: at,
      history: appendHistory(draft.history, { at, by: actor.username, action: 'submitted', summary: changeSummary }),
    };
    return this.commit(head, { draft: next, status: 'in_review', updatedAt: at });
  }

  /** Publishes the draft under review as the next immutable version and makes it live. */
  async publish(actor: Actor, code: string): Promise<MatterHead> {
    assertAdmin(actor, 'publish a matter version');
    const head = await this.head(code);
    const draft = this.requireDraft(head, ['in_review'], 'published');
    await this.assertLintClean(draft.definition);
    const at = this.stamp();
    const version = (head.latestVersion ?? 0) + 1;
    const published: MatterVersion = {
      ...draft,
      version,
      status: 'published',
      reviewedBy: actor.username,
      reviewedAt: at,
      publishedAt: at,
      updatedAt: at,
      history: appendHistory(draft.history, { at, by: actor.username, action: 'published' }),
    };
    return this.commit(
      head,
      {
        draft: null,
        status: 'published',
        liveVersion: version,
        latestVersion: version,
        retiredAt: undefined,
        name: draft.definition.name,
        updatedAt: at,
      },
      published,
    );
  }

  /** Sends the draft back to its department with the reason; the editor can change and resubmit it. */
  async reject(actor: Actor, code: string, reason: string): Promise<MatterHead> {
    assertAdmin(actor, 'reject a matter version');
    if (!reason?.trim()) throw new ValidationError('a rejection needs a reason', [{ path: '/reason', message: 'is required' }]);
    const head = await this.head(code);
    const draft = this.requireDraft(head, ['in_review'], 'rejected');
    const at = this.stamp();
    const next: MatterVersion = {
      ...draft,
      status: 'rejected',
      rejectReason: reason,
      reviewedBy: actor.username,
      reviewedAt: at,
      updatedAt: at,
      history: appendHistory(draft.history, { at, by: actor.username, action: 'rejected', summary: reason }),
    };
    return this.commit(head, { draft: next, status: 'rejected', updatedAt: at });
  }

  /** Withdraws a published matter from the catalogue; its versions stay readable for running cases. */
  async retire(actor: Actor, code: string): Promise<MatterHead> {
    assertAdmin(actor, 'retire a matter');
    const head = await this.head(code);
    if (head.liveVersion === null) throw new InvalidStateError(`matter ${code} has no live version to retire`);
    const at = this.stamp();
    return this.commit(head, {
      liveVersion: null,
      retiredAt: at,
      status: head.draft ? head.status : 'retired',
      updatedAt: at,
    });
  }

  // ---- helpers -------------------------------------------------------------------------------

  private async commit(head: MatterHead, change: Partial<Omit<MatterHead, 'revision'>>, publish?: MatterVersion) {
    const { revision, ...rest } = head;
    const next = { ...rest, ...change };
    if (next.retiredAt === undefined) delete next.retiredAt;
    return this.store.commitMatter({ head: next, expectedRevision: revision, publish });
  }

  private requireDraft(head: MatterHead, allowed: MatterVersion['status'][], verb: string): MatterVersion {
    if (!head.draft) throw new InvalidStateError(`matter ${head.code} has no draft to be ${verb}`);
    if (!allowed.includes(head.draft.status)) {
      throw new InvalidStateError(`a draft in status ${head.draft.status} cannot be ${verb} (allowed: ${allowed.join(', ')})`);
    }
    return head.draft;
  }

  private async assertLintClean(definition: MatterDefinition): Promise<void> {
    const report = await this.lint(definition);
    if (!report.ok) {
      throw new ValidationError(
        `the draft has ${report.errors.length} lint error(s)`,
        report.errors.map((f) => ({ path: `/definition${f.path ?? ''}`, message: `${f.rule}: ${f.message}` })),
        'LINT_FAILED',
      );
    }
  }

  private async assertDepartmentExists(id: string): Promise<void> {
    if (!(await this.store.getDepartment(id))) {
      throw new ValidationError(`department ${id} does not exist`, [{ path: '/definition/departmentId', message: `unknown department ${id}` }]);
    }
  }

  private stamp(): string {
    return this.now().toISOString();
  }
}

function appendHistory(history: VersionHistoryEntry[] | undefined, entry: VersionHistoryEntry): VersionHistoryEntry[] {
  const clean = Object.fromEntries(Object.entries(entry).filter(([, v]) => v !== undefined)) as VersionHistoryEntry;
  return [...(history ?? []), clean].slice(-MAX_HISTORY);
}
