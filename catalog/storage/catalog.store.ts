/**
 * The one storage interface of the catalogue. Two implementations pass the same contract suite
 * (tests/catalog/storage/catalog-store.contract.ts): lowdb files (embedded default) and PostgreSQL (pg,
 * or PGlite in tests). The store keeps documents; life-cycle rules live in catalog.service.ts.
 * Every object returned is the caller's own copy, and lists come ordered by their key (code, id,
 * username) so both stores answer alike.
 *
 * Published versions are immutable: once `commitMatter` has inserted version n it is never rewritten.
 * Their displayed status (published / superseded / retired) is derived from the head on read.
 */
import type {
  Account,
  CalendarOverrides,
  Department,
  MatterDefinition,
  MatterType,
  MatterVersion,
  SharedMaterial,
} from '../../schemas/types.generated.js';

/** A matter's mutable head: which version is live and the working draft, if any. */
export interface MatterHead {
  code: string;
  departmentId: string;
  name: string;
  /** Summary for listings: the draft's state if there is one, else published / retired. */
  status: 'draft' | 'in_review' | 'rejected' | 'published' | 'retired';
  liveVersion: number | null;
  /** The newest published version number (equals liveVersion unless retired). */
  latestVersion: number | null;
  draft: MatterVersion | null;
  retiredAt?: string;
  /** Optimistic concurrency token, bumped by every commit; starts at 1. */
  revision: number;
  updatedAt: string;
}

/** An atomic change of one matter: its new head and, when publishing, the new immutable version. */
export interface MatterCommit {
  head: Omit<MatterHead, 'revision'>;
  /** The revision the caller read; null when the matter must not exist yet. */
  expectedRevision: number | null;
  /** A newly published version to insert; its number must not exist yet. */
  publish?: MatterVersion;
}

export interface SearchQuery {
  /** Chinese keyword, full pinyin or pinyin initials, or a matter code. */
  q?: string;
  departmentId?: string;
  typeCode?: MatterType['code'];
  serviceObject?: 'individual' | 'legal_person';
  /** Exactly this depth (1–4). */
  onlineDepth?: number;
  /** One of the matter's themes, exactly. */
  theme?: string;
  /** 1-based. */
  page: number;
  pageSize: number;
}

/** What a catalogue listing shows of a published matter (its live version). */
export interface MatterSummary {
  code: string;
  name: string;
  version: number;
  departmentId: string;
  type: MatterType;
  serviceObjects: MatterDefinition['serviceObjects'];
  themes: string[];
  handlingType: MatterDefinition['handlingType'];
  statutoryDays: number;
  promisedDays: number;
  onSiteVisits: number;
  onlineDepth: number;
  /**
   * Front-desk departments (一窗受理) that may accept the matter, [] when none — so the workbench's
   * intake can pick front-desk matters from the list without reading every definition.
   */
  frontDesks: string[];
}

export interface SearchResult {
  items: MatterSummary[];
  total: number;
}

export interface CatalogStore {
  readonly kind: 'embedded' | 'postgres';
  /** Opens files / runs migrations. Idempotent. */
  init(): Promise<void>;
  /** Flushes and releases everything; pending writes complete first. */
  close(): Promise<void>;

  listDepartments(): Promise<Department[]>;
  getDepartment(id: string): Promise<Department | undefined>;
  /** Insert or replace. */
  putDepartment(department: Department): Promise<void>;

  listAccounts(): Promise<Account[]>;
  getAccount(username: string): Promise<Account | undefined>;
  /** ConflictError when the username is taken. */
  createAccount(account: Account): Promise<void>;
  /** NotFoundError when it does not exist. */
  updateAccount(account: Account): Promise<void>;

  listSharedMaterials(): Promise<SharedMaterial[]>;
  putSharedMaterial(material: SharedMaterial): Promise<void>;

  /** Small JSON settings (token secret, score weights …). */
  getSetting<T>(key: string): Promise<T | undefined>;
  putSetting(key: string, value: unknown): Promise<void>;

  /** Every year's overrides, oldest year first. */
  listCalendars(): Promise<CalendarOverrides[]>;
  getCalendar(year: number): Promise<CalendarOverrides | undefined>;
  putCalendar(calendar: CalendarOverrides): Promise<void>;

  getHead(code: string): Promise<MatterHead | undefined>;
  listHeads(filter?: { departmentId?: string }): Promise<MatterHead[]>;
  /** A published version, exactly as it was published. */
  getVersion(code: string, version: number): Promise<MatterVersion | undefined>;
  /** Every published version of a matter, oldest first. */
  listVersions(code: string): Promise<MatterVersion[]>;
  /**
   * Applies a MatterCommit atomically: all of it is durable when the promise resolves, or none of it.
   * ConflictError when the stored revision differs from `expectedRevision` or the version exists.
   */
  commitMatter(commit: MatterCommit): Promise<MatterHead>;
  /**
   * Published (live, not retired) matters matching the query, best matches first: the ranking of
   * catalog/search/search-rank.ts (exact name, name prefix, name contains, pinyin or initials prefix,
   * elsewhere; then by the name's pinyin, then code), identical in both stores.
   */
  searchPublished(query: SearchQuery): Promise<SearchResult>;
}
