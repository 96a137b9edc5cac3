/**
 * Small builders of catalogue documents for the store and search tests: a minimal MatterDefinition
 * (the store validates nothing, but these are schema-valid anyway), versions, and the commits the
 * life-cycle service would make. Kept here rather than in tests/fixtures so the store tests do not
 * depend on the full sample matter.
 */
import type { MatterCommit, MatterHead } from '../../../catalog/storage/catalog.store.js';
import type { MatterDefinition, MatterType, MatterVersion } from '../../../schemas/types.generated.js';

export const AT = '2026-03-02T08:00:00.000Z';

export const TYPES = {
  XK: { codeSystem: 'matter-type', code: 'XK', label: '行政许可' },
  QT: { codeSystem: 'matter-type', code: 'QT', label: '其他行政权力' },
  GG: { codeSystem: 'matter-type', code: 'GG', label: '公共服务' },
} as const satisfies Record<string, MatterType>;

/** A minimal, valid definition; `over` replaces any field. */
export function definition(code: string, name: string, over: Partial<MatterDefinition> = {}): MatterDefinition {
  return {
    schemaVersion: 1,
    code,
    name,
    type: TYPES.XK,
    departmentId: 'scjg',
    serviceObjects: ['legal_person'],
    handlingType: 'promised',
    statutoryDays: 20,
    promisedDays: 10,
    onSiteVisits: 1,
    onlineDepth: 3,
    situations: [],
    materials: [
      { id: 'id-card', name: '居民身份证', requirement: 'required', form: 'original', count: 1, medium: 'paper_or_electronic' },
    ],
    form: { type: 'object', properties: { applicant: { type: 'string', title: '申请人' } }, required: ['applicant'] },
    flow: {
      nodes: [
        { id: 'start', kind: 'start', name: '开始' },
        { id: 'accept', kind: 'step', name: '受理', stepType: 'accept', departmentId: over.departmentId ?? 'scjg', deadlineDays: 1 },
        { id: 'end', kind: 'end', name: '办结', outcome: 'granted' },
      ],
      edges: [
        { id: 'e1', source: 'start', target: 'accept' },
        { id: 'e2', source: 'accept', target: 'end' },
      ],
    },
    ...over,
  };
}

/** A version of `def` numbered `n`: published unless another status is given. */
export function versionOf(def: MatterDefinition, n: number, status: MatterVersion['status'] = 'published', at = AT): MatterVersion {
  return {
    code: def.code,
    version: n,
    status,
    definition: def,
    author: 'editor',
    createdAt: at,
    updatedAt: at,
    ...(status === 'published' ? { publishedAt: at, reviewedBy: 'admin', reviewedAt: at } : {}),
    history: [{ at, by: 'editor', action: 'created' }],
  };
}

/** The commit that creates a matter with `def` as its first draft. */
export function createCommit(def: MatterDefinition, at = AT): MatterCommit {
  return {
    expectedRevision: null,
    head: { code: def.code, departmentId: def.departmentId, name: def.name, status: 'draft', liveVersion: null, latestVersion: null, draft: versionOf(def, 1, 'draft', at), updatedAt: at },
  };
}

/** The commit that replaces the draft of `head` with `def`. */
export function saveDraftCommit(head: MatterHead, def: MatterDefinition, at = AT): MatterCommit {
  const { revision, ...rest } = head;
  const n = (head.latestVersion ?? 0) + 1;
  return { expectedRevision: revision, head: { ...rest, name: def.name, status: 'draft', draft: versionOf(def, n, 'draft', at), updatedAt: at } };
}

/** The commit that publishes `def` (or the head's draft) as the next version and makes it live. */
export function publishCommit(head: MatterHead, def: MatterDefinition = head.draft!.definition, at = AT): MatterCommit {
  const { revision, ...rest } = head;
  const n = (head.latestVersion ?? 0) + 1;
  return {
    expectedRevision: revision,
    head: { ...rest, name: def.name, status: 'published', liveVersion: n, latestVersion: n, draft: null, updatedAt: at },
    publish: versionOf(def, n, 'published', at),
  };
}

/** The commit that retires the live version. */
export function retireCommit(head: MatterHead, at = AT): MatterCommit {
  const { revision, ...rest } = head;
  return { expectedRevision: revision, head: { ...rest, liveVersion: null, status: head.draft ? head.status : 'retired', retiredAt: at, updatedAt: at } };
}

/** The commit that creates a matter already published as version 1 (what bulk imports do). */
export function createPublishedCommit(def: MatterDefinition, at = AT): MatterCommit {
  return {
    expectedRevision: null,
    head: { code: def.code, departmentId: def.departmentId, name: def.name, status: 'published', liveVersion: 1, latestVersion: 1, draft: null, updatedAt: at },
    publish: versionOf(def, 1, 'published', at),
  };
}

/**
 * The search catalogue: names chosen so that each ranking tier is exercised by '食品' and 'shi' (保健食品注册
 * contains 食品 but sorts before every name that starts with it),
 * polyphones (银行 yinhang, 行政 xingzheng) and every filter.
 */
export const SEARCH_CATALOGUE: MatterDefinition[] = [
  definition('SCJG-XK-001', '食品经营许可', { keywords: ['餐饮服务'], themes: ['开办企业'], onlineDepth: 4 }),
  definition('SCJG-XK-002', '食品生产许可', { themes: ['开办企业'] }),
  definition('SCJG-QT-003', '小餐饮经营备案', { type: TYPES.QT, keywords: ['食品小作坊'], serviceObjects: ['individual', 'legal_person'], onlineDepth: 2 }),
  definition('SCJG-QT-004', '预包装食品备案', { type: TYPES.QT, onlineDepth: 2 }),
  definition('SCJG-GG-005', '食品', { type: TYPES.GG, serviceObjects: ['individual'] }),
  definition('SCJG-XK-006', '保健食品注册'),
  definition('JRJ-XK-001', '银行业金融机构设立审批', { departmentId: 'jrj', onlineDepth: 1 }),
  definition('ZWB-GG-001', '行政许可事项咨询', { departmentId: 'zwb', type: TYPES.GG, serviceObjects: ['individual'], themes: ['政务服务'], onlineDepth: 4 }),
];
