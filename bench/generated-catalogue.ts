/**
 * Builds a large catalogue of realistic-looking matters for benchmarks: names drawn from the
 * vocabulary of real matter names (so Chinese, pinyin and initials queries hit a realistic share),
 * spread over departments and types, each a full definition based on the sample fixture.
 */
import type { MatterCommit } from '../catalog/storage/catalog.store.js';
import type { MatterDefinition, MatterType, MatterVersion } from '../schemas/types.generated.js';
import { MATTER_TYPES } from '../catalog/matter-types.js';
import { sampleMatter } from '../tests/fixtures/matters.js';

const SUBJECTS = ['食品', '药品', '医疗器械', '建筑工程', '道路运输', '排污', '出版物', '烟草专卖', '危险化学品', '特种设备', '公共场所', '餐饮服务', '人力资源服务', '民办学校', '养老机构', '户外广告', '城市道路挖掘', '林木采伐', '取水', '殡葬设施'];
const ACTIONS = ['经营许可', '生产许可', '备案', '登记', '核发', '审批', '资质认定', '施工许可', '验收', '年检'];
const VARIANTS = ['新办', '变更', '延续', '注销', '补办'];
const DEPARTMENTS = ['scjg', 'wjw', 'gaj', 'zrzy', 'zjj', 'rsj', 'sthj', 'jtj'];

export function generatedDefinition(i: number): MatterDefinition {
  const base = sampleMatter();
  const name = `${SUBJECTS[i % SUBJECTS.length]}${ACTIONS[Math.floor(i / SUBJECTS.length) % ACTIONS.length]}（${VARIANTS[i % VARIANTS.length]}）`;
  const type = MATTER_TYPES[i % MATTER_TYPES.length] as MatterType;
  const departmentId = DEPARTMENTS[i % DEPARTMENTS.length];
  return {
    ...base,
    code: `GEN-${String(i).padStart(6, '0')}`,
    name,
    // The sample's own keywords (食品经营 …) would make every generated matter match those queries.
    keywords: [],
    themes: [],
    type,
    departmentId,
    onlineDepth: 1 + (i % 4),
    serviceObjects: i % 3 === 0 ? ['individual'] : ['legal_person'],
    flow: { ...base.flow, nodes: base.flow.nodes.map((n) => (n.kind === 'step' ? { ...n, departmentId } : n)) },
  };
}

/** The commit that creates matter i already published as version 1. */
export function publishedCommit(i: number, at = '2026-01-05T08:00:00.000Z'): MatterCommit {
  const definition = generatedDefinition(i);
  const version: MatterVersion = {
    code: definition.code,
    version: 1,
    status: 'published',
    definition,
    author: 'bench',
    createdAt: at,
    updatedAt: at,
    publishedAt: at,
    changeSummary: 'generated',
  };
  return {
    expectedRevision: null,
    head: { code: definition.code, departmentId: definition.departmentId, name: definition.name, status: 'published', liveVersion: 1, latestVersion: 1, draft: null, updatedAt: at },
    publish: version,
  };
}
