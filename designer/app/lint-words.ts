/**
 * The matter lint's findings in the designer's language. The lint (catalog/lint) writes English
 * messages naming things by name and id; editors read Chinese and think in names: a step is
 * 环节「现场核查」, an edge is 连线「窗口受理」→「现场核查」, a material, field or situation goes by
 * its name or title, a department by its name when a department map is given.
 *
 * One template per rule id, in zh-CN and English. A template reads the finding's ids and path and
 * looks the subject up in the definition (recomputing what the message does not carry as data,
 * e.g. which of a rule's variants fired). What only the message carries (the text of a condition
 * problem, an ajv compile error) is quoted from it. An unknown rule falls back to the message.
 *
 * Pure, no React: the metrics strip, the canvas badges, the review page and the submit error all
 * call it.
 *
 * @example lintWords(finding, definition, 'zh-CN', { departments: { scjg: '汉江市市场监督管理局' } })
 * // '环节「现场核查」未设置办理时限：在关键路径上按 0 个工作日计，也永远不会超期'
 */
import type { LintFinding } from '../../catalog/lint/lint-finding.js';
import { toFlowDag } from '../../catalog/flow/flow-dag.js';
import { buildFlowGraph, incomingOf, outgoingOf, type FlowGraph } from '../../catalog/flow/flow-graph.js';
import { analyzeForkJoinOfGraph, type ForkJoinProblem } from '../../catalog/flow/fork-join.js';
import { formFields } from '../../catalog/form/form-fields.js';
import { promisePath } from '../../catalog/metrics/promise-path.js';
import type { FlowEdge, FlowNode, FormField, Material, MatterDefinition, Situation } from '../../schemas/types.generated.js';

export type LintLang = 'zh-CN' | 'en';

/** What the words need of the definition: the flow always; the rest when there (the canvas has only the flow). */
export type LintSubject = Pick<MatterDefinition, 'flow'> & Partial<Omit<MatterDefinition, 'flow'>>;

/** Names the definition does not hold. */
export interface LintNames {
  /** Department names by id. */
  departments?: Record<string, string>;
}

/**
 * The finding in words an editor reads, in `lang`.
 *
 * @example lintWords({ severity: 'warning', rule: 'flow.step-deadline', nodeId: 'n-inspect', message: '…' }, def, 'en')
 * // 'Step "现场核查" has no deadline: it counts as 0 working days on the critical path and is never overdue'
 */
export function lintWords(finding: LintFinding, definition: LintSubject, lang: LintLang, names: LintNames = {}): string {
  const template = LINT_TEMPLATES[finding.rule];
  if (template === undefined) return finding.message;
  const c = new Ctx(finding, definition, lang, names);
  const text = lang === 'en' ? template.en(c) : template.zh(c);
  return lang === 'en' ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}

/**
 * A finding rebuilt from one entry of a 422 LINT_FAILED error's `details` (`{ path:
 * '/definition/flow/nodes/3', message: 'flow.unreachable: …' }`): rule, path and the node, edge
 * or material the path points at. Undefined for an entry that is not a lint finding.
 */
export function lintDetailFinding(detail: { path?: string; message: string }, definition: LintSubject): LintFinding | undefined {
  const m = /^([a-z]+\.[a-z-]+): ([\s\S]*)$/.exec(detail.message);
  if (m === null) return undefined;
  const path = detail.path?.startsWith('/definition') ? detail.path.slice('/definition'.length) || undefined : detail.path;
  const finding: LintFinding = { severity: 'error', rule: m[1], message: m[2], ...(path === undefined ? {} : { path }) };
  const node = indexAt(path, '/flow/nodes/');
  const edge = indexAt(path, '/flow/edges/');
  const material = indexAt(path, '/materials/');
  if (node !== undefined && definition.flow.nodes[node]) finding.nodeId = definition.flow.nodes[node].id;
  if (edge !== undefined && definition.flow.edges[edge]) finding.edgeId = definition.flow.edges[edge].id;
  if (material !== undefined && definition.materials?.[material]) finding.materialId = definition.materials[material].id;
  if (finding.rule === 'flow.checks-unknown-material' && node !== undefined) {
    const k = indexAt(path, `/flow/nodes/${node}/checksMaterials/`);
    const id = k === undefined ? undefined : definition.flow.nodes[node]?.checksMaterials?.[k];
    if (id !== undefined) finding.materialId = id;
  }
  return finding;
}

/**
 * One entry of a refused save or submit's `details` in words: a lint finding (422 LINT_FAILED)
 * said as {@link lintWords} says it, anything else as `path: message`.
 */
export function errorDetailWords(detail: { path?: string; message: string }, definition: LintSubject | undefined, lang: LintLang, names: LintNames = {}): string {
  const finding = definition === undefined ? undefined : lintDetailFinding(detail, definition);
  if (finding !== undefined && definition !== undefined && LINT_TEMPLATES[finding.rule] !== undefined) return lintWords(finding, definition, lang, names);
  return detail.path ? `${detail.path}: ${detail.message}` : detail.message;
}

/** The number after `prefix` in a JSON Pointer, e.g. 3 for `/flow/nodes/3/id` and '/flow/nodes/'. */
function indexAt(path: string | undefined, prefix: string): number | undefined {
  if (path === undefined || !path.startsWith(prefix)) return undefined;
  const m = /^(\d+)/.exec(path.slice(prefix.length));
  return m === null ? undefined : Number(m[1]);
}

const NODE_KIND: Record<LintLang, Record<FlowNode['kind'], string>> = {
  'zh-CN': { start: '开始节点', step: '环节', parallel: '并行网关', exclusive: '条件网关', end: '结束节点' },
  en: { start: 'start node', step: 'step', parallel: 'parallel gateway', exclusive: 'condition gateway', end: 'end node' },
};

/** Lookups and naming for one finding in one language. */
class Ctx {
  readonly zh: boolean;
  private graphCache?: FlowGraph;

  constructor(readonly f: LintFinding, readonly def: LintSubject, readonly lang: LintLang, readonly names: LintNames) {
    this.zh = lang !== 'en';
  }

  get graph(): FlowGraph {
    this.graphCache ??= buildFlowGraph(this.def.flow);
    return this.graphCache;
  }

  q(text: string): string {
    return this.zh ? `「${text}」` : `"${text}"`;
  }

  /** A list joined the language's way. */
  list(items: readonly string[]): string {
    return items.join(this.zh ? '、' : ', ');
  }

  n(value: number | undefined): string {
    return String(value ?? '?');
  }

  /** The node the finding concerns: the one its path points at (ids may repeat), else by id. */
  flowNode(): FlowNode | undefined {
    const i = indexAt(this.f.path, '/flow/nodes/');
    return (i !== undefined ? this.def.flow.nodes[i] : undefined) ?? this.def.flow.nodes.find((n) => n.id === this.f.nodeId);
  }

  flowEdge(): FlowEdge | undefined {
    const i = indexAt(this.f.path, '/flow/edges/');
    return (i !== undefined ? this.def.flow.edges[i] : undefined) ?? this.def.flow.edges.find((e) => e.id === this.f.edgeId);
  }

  material(): Material | undefined {
    const i = indexAt(this.f.path, '/materials/');
    const materials = this.def.materials ?? [];
    return (i !== undefined ? materials[i] : undefined) ?? materials.find((m) => m.id === this.f.materialId);
  }

  situation(): Situation | undefined {
    const i = indexAt(this.f.path, '/situations/');
    return i === undefined ? undefined : this.def.situations?.[i];
  }

  nodeById(id: string): FlowNode | undefined {
    return this.def.flow.nodes.find((n) => n.id === id);
  }

  /** 环节「现场核查」 / step "现场核查". */
  nodeName(node: FlowNode | undefined): string {
    if (node === undefined) return this.q(this.f.nodeId ?? '?');
    return `${NODE_KIND[this.lang][node.kind] ?? (this.zh ? '节点' : 'node')}${this.zh ? '' : ' '}${this.q(node.name || node.id)}`;
  }

  /** The subject node's words. */
  node(): string {
    return this.nodeName(this.flowNode());
  }

  /** A node's name alone, for chains: 「现场核查」. */
  shortName(id: string): string {
    const node = this.nodeById(id);
    return this.q(node?.name || id);
  }

  /** 连线「窗口受理」→「现场核查」 / the edge "窗口受理" → "现场核查"; its label first when it has one. */
  edgeName(edge: FlowEdge | undefined): string {
    if (edge === undefined) return this.zh ? `连线${this.q(this.f.edgeId ?? '?')}` : `the edge ${this.q(this.f.edgeId ?? '?')}`;
    const ends = `${this.shortName(edge.source)} → ${this.shortName(edge.target)}`;
    if (this.zh) return edge.label ? `连线${this.q(edge.label)}（${ends}）` : `连线${ends}`;
    return edge.label ? `the edge ${this.q(edge.label)} (${ends})` : `the edge ${ends}`;
  }

  edge(): string {
    return this.edgeName(this.flowEdge());
  }

  /** 材料「营业执照」 / the material "营业执照". */
  materialName(): string {
    const m = this.material();
    return this.zh ? `材料${this.q(m?.name ?? this.f.materialId ?? '?')}` : `the material ${this.q(m?.name ?? this.f.materialId ?? '?')}`;
  }

  department(id: string | undefined): string {
    return this.q(id === undefined ? '?' : this.names.departments?.[id] ?? id);
  }

  /** A form field by its title (the editor's name for it), else its data path. */
  fieldTitle(path: string | undefined): string {
    if (path === undefined) return this.q('?');
    const info = this.def.form === undefined ? undefined : formFields(this.def.form).find((x) => x.path === path);
    return this.q(info?.field.title ?? path);
  }

  /**
   * What a form pointer (`/form/properties/a/properties/b`) declares: the form itself at the root,
   * else 字段「title」 (分组「title」 for a layout container).
   */
  formPart(formPointer: string): string {
    const inner = formPointer.replace(/^\/form/, '');
    if (inner === '') return this.zh ? '申请表单' : 'the form';
    const schema = resolvePointer(this.def.form, inner) as FormField | undefined;
    const last = inner.split('/').pop() ?? inner;
    const title = this.q(schema?.title ?? decodePointer(last));
    const group = schema?.type === 'void';
    return this.zh ? `${group ? '分组' : '字段'}${title}` : `the ${group ? 'group' : 'field'} ${title}`;
  }

  /** The part of the finding's form path before its last `suffix` (e.g. `/x-visible-when`). */
  pathBefore(suffix: RegExp): string {
    return (this.f.path ?? '').replace(suffix, '');
  }

  /** What the English message says after `marker` (a condition problem, a compile error): only the message carries it. */
  detail(marker: string): string {
    const at = this.f.message.lastIndexOf(marker);
    return at < 0 ? this.f.message : this.f.message.slice(at + marker.length);
  }

  outgoing(id: string): readonly FlowEdge[] {
    return outgoingOf(this.graph, id);
  }

  incoming(id: string): readonly FlowEdge[] {
    return incomingOf(this.graph, id);
  }

  /** The fork/join problem behind a flow.fork-join finding, recomputed (the finding carries only the node or edge). */
  forkJoinProblem(): ForkJoinProblem | undefined {
    const problems = analyzeForkJoinOfGraph(this.graph, toFlowDag(this.graph)).problems;
    if (this.f.edgeId !== undefined) return problems.find((p) => p.kind === 'branch-escapes' && p.edgeId === this.f.edgeId);
    const id = this.f.nodeId;
    const mine = problems.filter((p) =>
      p.kind === 'join-without-fork' || p.kind === 'join-mixed-origins' ? p.joinId === id : p.kind !== 'branch-escapes' && p.forkId === id);
    // Several problems on one node: the message tells which this is.
    const hinted = mine.find((p) => FORK_JOIN_HINT[p.kind].test(this.f.message));
    return hinted ?? mine[0];
  }
}

/** A phrase of each fork/join problem's English message, to tell two problems on one node apart. */
const FORK_JOIN_HINT: Record<ForkJoinProblem['kind'], RegExp> = {
  'fork-without-join': /do not all meet again/,
  'branch-escapes': /without passing a parallel join/,
  'branch-count-mismatch': /branches but they meet at/,
  'join-without-fork': /not preceded by a matching parallel fork/,
  'join-mixed-origins': /from different origins/,
};

function decodePointer(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

function resolvePointer(root: unknown, pointer: string): unknown {
  let at: unknown = root;
  for (const raw of pointer.split('/').slice(1)) {
    if (at === null || typeof at !== 'object') return undefined;
    at = (at as Record<string, unknown>)[decodePointer(raw)];
  }
  return at;
}

interface Template {
  zh(c: Ctx): string;
  en(c: Ctx): string;
}

/**
 * One template per lint rule id. Exported so tests can check every rule the lint emits has one.
 * Wording follows DESIGN.md's glossary: 环节, 承办部门, 办理时限, 承诺时限, 法定时限, 材料, 情形…
 */
export const LINT_TEMPLATES: Readonly<Record<string, Template>> = {
  // —— Service guide ——
  'guide.promise-exceeds-statute': {
    zh: (c) => `承诺时限 ${c.n(c.def.promisedDays)} 个工作日超过了法定时限 ${c.n(c.def.statutoryDays)} 个工作日：承诺时限只能短于法定时限`,
    en: (c) => `the promised deadline of ${c.n(c.def.promisedDays)} working days exceeds the statutory deadline of ${c.n(c.def.statutoryDays)}: a promise may only be shorter`,
  },
  'guide.department-unknown': {
    zh: (c) => `事项的实施部门${c.department(c.def.departmentId)}不存在`,
    en: (c) => `the matter's department ${c.department(c.def.departmentId)} does not exist`,
  },
  'guide.situation-duplicate-id': {
    zh: (c) => `情形${c.q(c.situation()?.name ?? '?')}的编号（${c.situation()?.id ?? '?'}）与前面的情形重复：情形编号不能重复`,
    en: (c) => `the situation ${c.q(c.situation()?.name ?? '?')} repeats the id (${c.situation()?.id ?? '?'}) of an earlier situation: situation ids must be unique`,
  },
  'guide.extension-legal-basis': {
    zh: (c) => `延期上限 ${c.n(c.def.extension?.maxDays)} 个工作日超过了《行政许可法》第四十二条规定的 10 个工作日：请填写允许更长延期的法律依据（如《工伤保险条例》第二十五条）`,
    en: (c) => `an extension of up to ${c.n(c.def.extension?.maxDays)} working days exceeds the 10 days of art. 42 of the Administrative Licensing Law: name the special law that allows it (e.g. 《工伤保险条例》第二十五条)`,
  },
  'guide.own-department-listed': {
    zh: (c) => {
      const { frontDesk, id } = relatedDepartment(c);
      return frontDesk
        ? `综合受理窗口${c.department(id)}就是本事项的实施部门：受理本部门的事项无需综合窗口授权`
        : `共同实施部门${c.department(id)}就是本事项的实施部门：办结时无需知会本部门`;
    },
    en: (c) => {
      const { frontDesk, id } = relatedDepartment(c);
      return frontDesk
        ? `the front desk ${c.department(id)} is the matter's own department: accepting its own matter needs no front-desk permission`
        : `the co-implementing department ${c.department(id)} is the matter's own department: a department is not informed of its own conclusions`;
    },
  },
  'guide.related-department-unknown': {
    zh: (c) => {
      const { frontDesk, id } = relatedDepartment(c);
      return `${frontDesk ? '综合受理窗口' : '共同实施部门'}${c.department(id)}不存在`;
    },
    en: (c) => {
      const { frontDesk, id } = relatedDepartment(c);
      return `the ${frontDesk ? 'front desk' : 'co-implementing department'} ${c.department(id)} does not exist`;
    },
  },
  'guide.immediate-with-days': {
    zh: (c) => `即办件却承诺 ${c.n(c.def.promisedDays)} 个工作日办结：请把承诺时限设为 0，或改为承诺件`,
    en: (c) => `the matter is handled on the spot (即办件) yet promises ${c.n(c.def.promisedDays)} working days: set the promise to 0 or make it a promised matter (承诺件)`,
  },

  // —— Materials ——
  'material.duplicate-id': {
    zh: (c) => `${c.materialName()}的编号（${c.material()?.id ?? '?'}）与前面的材料重复：材料编号不能重复`,
    en: (c) => `${c.materialName()} repeats the id (${c.material()?.id ?? '?'}) of an earlier material: material ids must be unique`,
  },
  'material.conditional-without-condition': {
    zh: (c) => `${c.materialName()}的提交要求为“按条件”，但既未指定适用情形，也未设置提交条件`,
    en: (c) => `${c.materialName()} is conditional but says neither in which situations nor when it is needed`,
  },
  'material.unknown-situation': {
    zh: (c) => `${c.materialName()}适用的情形${c.q(unknownSituation(c))}不是本事项的情形`,
    en: (c) => `${c.materialName()} is needed in the situation ${c.q(unknownSituation(c))}, which is not a situation of this matter`,
  },
  'material.condition-invalid': {
    zh: (c) => `${c.materialName()}的提交条件不合规：${conditionProblemsZh(c.detail('is not allowed: '))}`,
    en: (c) => `the condition of ${c.materialName()} is not allowed: ${c.detail('is not allowed: ')}`,
  },
  'material.condition-unknown-field': {
    zh: (c) => `${c.materialName()}的提交条件引用了${c.q(c.f.field ?? '?')}，申请表单中没有这个字段`,
    en: (c) => `the condition of ${c.materialName()} reads ${c.q(c.f.field ?? '?')}, which is not a field of the form`,
  },
  'material.unknown-library': {
    zh: (c) => `${c.materialName()}引用的共享材料${c.q(c.material()?.libraryId ?? '?')}不在材料库中`,
    en: (c) => `${c.materialName()} refers to the shared material ${c.q(c.material()?.libraryId ?? '?')}, which is not in the library`,
  },
  'material.unchecked': {
    zh: (c) => `没有环节核验${c.materialName()}：请把它加入某个环节的核验材料，或删除该材料`,
    en: (c) => `no step checks ${c.materialName()}: add it to a step's checked materials or drop it`,
  },

  // —— Form ——
  'form.compile': {
    zh: (c) => `申请表单无法编译${compileWhere(c, '（', '）')}：${c.detail('the form does not compile: ')}`,
    en: (c) => `the form does not compile${compileWhere(c, ' (at ', ')')}: ${c.detail('the form does not compile: ')}`,
  },
  'form.empty': {
    zh: () => '申请表单没有数据字段，申请将不带任何数据',
    en: () => 'the form has no data fields, so applications carry no data',
  },
  'form.enum-labels': {
    zh: (c) => `字段${c.fieldTitle(c.f.field)}使用选择类组件（${component(c)}），却没有设置选项：申请人无从选择，服务器也无法校验答案`,
    en: (c) => `the field ${c.fieldTitle(c.f.field)} uses the choice component ${component(c)} but declares no options, so there is nothing to choose from and the server cannot check the answer`,
  },
  'form.required-unknown': {
    zh: (c) => `${c.formPart(c.pathBefore(/\/required\/\d+$/))}把${c.q(c.f.field ?? '?')}设为必填，但其中没有这个字段`,
    en: (c) => `${c.formPart(c.pathBefore(/\/required\/\d+$/))} requires ${c.q(c.f.field ?? '?')}, which is not one of its fields`,
  },
  'form.visible-when-invalid': {
    zh: (c) => `${c.formPart(c.pathBefore(/\/x-visible-when$/))}的显示条件不合规：${conditionProblemsZh(c.detail('is not allowed: '))}`,
    en: (c) => `the visibility condition of ${c.formPart(c.pathBefore(/\/x-visible-when$/))} is not allowed: ${c.detail('is not allowed: ')}`,
  },
  'form.visible-when-unknown-field': {
    zh: (c) => `${c.formPart(c.pathBefore(/\/x-visible-when$/))}的显示条件引用了${c.q(c.f.field ?? '?')}，申请表单中没有这个字段`,
    en: (c) => `the visibility condition of ${c.formPart(c.pathBefore(/\/x-visible-when$/))} reads ${c.q(c.f.field ?? '?')}, which is not a field of the form`,
  },
  'form.visible-when-self': {
    zh: (c) => {
      const via = selfChain(c);
      return `${c.formPart(c.pathBefore(/\/x-visible-when$/))}的显示条件${via.length ? `经由${c.list(via.map((t) => c.q(t)))}` : ''}依赖它自己的值，因此永远不会显示`;
    },
    en: (c) => {
      const via = selfChain(c);
      return `the visibility of ${c.formPart(c.pathBefore(/\/x-visible-when$/))} depends on its own value${via.length ? ` (through ${c.list(via.map((t) => c.q(t)))})` : ''}, so it can never be shown`;
    },
  },

  // —— Flow: structure ——
  'flow.duplicate-id': {
    zh: (c) => (c.flowEdge() && c.f.path?.startsWith('/flow/edges/') ? `${c.edge()}的编号与前面的连线重复：连线编号不能重复` : `${c.node()}的编号（${c.f.nodeId ?? '?'}）与${c.nodeName(c.nodeById(c.f.nodeId ?? ''))}相同：节点编号不能重复`),
    en: (c) => (c.flowEdge() && c.f.path?.startsWith('/flow/edges/') ? `${c.edge()} repeats the id of an earlier edge: edge ids must be unique` : `${c.node()} repeats the id (${c.f.nodeId ?? '?'}) of ${c.nodeName(c.nodeById(c.f.nodeId ?? ''))}: node ids must be unique`),
  },
  'flow.dangling-edge': {
    zh: (c) => `${c.edge()}的${danglingEnd(c) === 'source' ? '起点' : '终点'}${c.q(danglingId(c))}不是流程中的节点`,
    en: (c) => `the ${danglingEnd(c)} ${c.q(danglingId(c))} of ${c.edge()} is not a node of the flow`,
  },
  'flow.start-count': {
    zh: (c) => (c.f.nodeId === undefined ? '流程没有开始节点：需要恰好一个' : `${c.node()}是 ${c.graph.startIds.length} 个开始节点之一：流程只能有一个开始节点`),
    en: (c) => (c.f.nodeId === undefined ? 'the flow has no start node: it needs exactly one' : `${c.node()} is one of ${c.graph.startIds.length} start nodes: a flow has exactly one`),
  },
  'flow.start-incoming': {
    zh: (c) => `有连线连入${c.node()}（${c.list(c.incoming(c.f.nodeId ?? '').map((e) => c.shortName(e.source)))}）：开始节点之前不能有任何环节`,
    en: (c) => `${c.node()} has incoming edges (from ${c.list(c.incoming(c.f.nodeId ?? '').map((e) => c.shortName(e.source)))}): nothing may lead into the start`,
  },
  'flow.no-end': {
    zh: () => '流程没有结束节点',
    en: () => 'the flow has no end node',
  },
  'flow.end-outgoing': {
    zh: (c) => `${c.node()}有连出的连线（到${c.list(c.outgoing(c.f.nodeId ?? '').map((e) => c.shortName(e.target)))}）：结束节点之后不能再有任何环节`,
    en: (c) => `${c.node()} has outgoing edges (to ${c.list(c.outgoing(c.f.nodeId ?? '').map((e) => c.shortName(e.target)))}): nothing may follow an end`,
  },
  'flow.end-outcome': {
    zh: (c) => `${c.node()}未设置办结结果：请设为准予或不予`,
    en: (c) => `${c.node()} has no outcome: set granted or denied`,
  },
  'flow.no-granted-end': {
    zh: () => '没有办结结果为“准予”的结束节点，任何申请都无法获准',
    en: () => 'no end node has the outcome granted, so no application could ever succeed',
  },
  'flow.cycle': {
    zh: (c) => `${c.edge()}构成回路（经过${c.list(cycleNames(c))}）：流程不能有回路，退回到前面的环节是办理时的“退回”操作，不是一条连线`,
    en: (c) => `${c.edge()} closes a cycle through ${c.list(cycleNames(c))}: flows are acyclic; returning to an earlier step is a "return" action at run time, not an edge`,
  },
  'flow.unreachable': {
    zh: (c) => `从开始节点无法到达${c.node()}`,
    en: (c) => `${c.node()} cannot be reached from the start node`,
  },
  'flow.dead-end': {
    zh: (c) => (c.outgoing(c.f.nodeId ?? '').length === 0 ? `${c.node()}没有连出的连线：到达这里的办件永远无法办结` : `从${c.node()}无法到达任何结束节点：到达这里的办件永远无法办结`),
    en: (c) => (c.outgoing(c.f.nodeId ?? '').length === 0 ? `${c.node()} has no outgoing edge: a case reaching it could never conclude` : `no end node can be reached from ${c.node()}: a case reaching it could never conclude`),
  },
  'flow.fork-join': {
    zh: (c) => forkJoinWords(c),
    en: (c) => forkJoinWords(c),
  },
  'flow.branching': {
    zh: (c) => (c.flowNode()?.kind === 'parallel' ? `${c.node()}既汇合又分支：请用一个网关汇合、另一个网关分支` : `${c.node()}有 ${c.outgoing(c.f.nodeId ?? '').length} 条连出的连线：分支请用并行网关或条件网关`),
    en: (c) => (c.flowNode()?.kind === 'parallel' ? `${c.node()} both joins and forks: use one gateway to join and another to fork` : `${c.node()} has ${c.outgoing(c.f.nodeId ?? '').length} outgoing edges: branch with a parallel or condition gateway`),
  },

  // —— Flow: steps ——
  'flow.step-department': {
    zh: (c) => (c.flowNode()?.departmentId === undefined ? `${c.node()}未指定承办部门` : `${c.node()}的承办部门${c.department(c.flowNode()?.departmentId)}不存在`),
    en: (c) => (c.flowNode()?.departmentId === undefined ? `${c.node()} has no department` : `${c.node()} names the department ${c.department(c.flowNode()?.departmentId)}, which does not exist`),
  },
  'flow.step-deadline': {
    zh: (c) => `${c.node()}未设置办理时限：在关键路径上按 0 个工作日计，也永远不会超期`,
    en: (c) => `${c.node()} has no deadline: it counts as 0 working days on the critical path and is never overdue`,
  },
  'flow.countersign-assignees': {
    // As the engine runs it: no assignee, the first approval of anyone in the department completes the step; one, that person alone signs.
    zh: (c) => {
      const node = c.flowNode();
      const countersign = node?.mode !== 'anysign';
      const only = node?.assignees?.[0];
      const so = only !== undefined
        ? `只有${c.q(only)}一人签署，与单人办理无异`
        : countersign ? '承办部门待办中任何一人同意即完成，与单人办理无异' : '承办部门待办中任何一人签署即可';
      return `${c.node()}为${countersign ? '会签' : '或签'}，但指定的签署人少于 2 人，因此${so}`;
    },
    en: (c) => {
      const node = c.flowNode();
      const countersign = node?.mode !== 'anysign';
      const only = node?.assignees?.[0];
      const so = only !== undefined
        ? `only ${c.q(only)} signs and the step works like a single one`
        : countersign ? "one approval by anyone in the department's inbox completes it, like a single step" : "anyone in the department's inbox may sign";
      return `${c.node()} is ${countersign ? 'countersign' : 'any-sign'} with fewer than 2 assignees, so ${so}`;
    },
  },
  'flow.accept-deadline': {
    zh: (c) => `${c.node()}的办理时限为 ${c.n(c.flowNode()?.deadlineDays)} 个工作日，但《行政许可法》第三十二条规定收到申请之日起 5 个工作日内须作出是否受理的决定（逾期不告知的，自收到申请之日起即为受理）`,
    en: (c) => `${c.node()} takes ${c.n(c.flowNode()?.deadlineDays)} working days, but art. 32 of the Administrative Licensing Law gives 5 working days from receipt to accept or refuse (after that the application counts as accepted)`,
  },
  'flow.accepting-desk-step': {
    zh: (c) => `${c.node()}设为“在受理窗口办理（统一出件）”，但只有类型为“送达/出证”的环节可以这样设置：由受理本件的窗口送达办理结果`,
    en: (c) => `${c.node()} is set to be worked at the accepting desk, which only a delivery step can be: the window that accepted the case issues the result`,
  },
  'flow.checks-unknown-material': {
    zh: (c) => `${c.node()}核验的材料${c.q(c.f.materialId ?? '?')}不是本事项的材料`,
    en: (c) => `${c.node()} checks the material ${c.q(c.f.materialId ?? '?')}, which is not a material of this matter`,
  },
  'flow.accept-step': {
    zh: () => '没有类型为“受理”的环节：流程中没有受理、不予受理或要求补正的环节',
    en: () => 'no step has the type acceptance: the flow has no step where applications are accepted, refused or sent back for supplements',
  },

  // —— Flow: gateways and conditions ——
  'flow.exclusive-branches': {
    zh: (c) => exclusiveWords(c),
    en: (c) => exclusiveWords(c),
  },
  'flow.condition-on-non-exclusive': {
    zh: (c) => `${c.edge()}设置了条件，但它从${c.nodeName(c.nodeById(c.flowEdge()?.source ?? ''))}连出，不是从条件网关连出：该条件不起作用`,
    en: (c) => `${c.edge()} has a condition but leaves ${c.nodeName(c.nodeById(c.flowEdge()?.source ?? ''))}, not a condition gateway: it is ignored`,
  },
  'flow.condition-invalid': {
    zh: (c) => `${c.edge()}的条件不合规：${conditionProblemsZh(c.detail('is not allowed: '))}`,
    en: (c) => `the condition of ${c.edge()} is not allowed: ${c.detail('is not allowed: ')}`,
  },
  'flow.condition-unknown-field': {
    zh: (c) => `${c.edge()}的条件引用了${c.q(c.f.field ?? '?')}，申请表单中没有这个字段`,
    en: (c) => `the condition of ${c.edge()} reads ${c.q(c.f.field ?? '?')}, which is not a field of the form`,
  },
  'flow.critical-path-exceeds-promise': {
    // As the lint counts it: from acceptance, the accept step's days left out (and out of the chain).
    zh: (c) => {
      const cp = promisePath(c.graph, toFlowDag(c.graph));
      return `受理后的关键路径需要 ${cp.days} 个工作日（${stepChain(c, cp.nodeIds.filter((id) => id !== cp.acceptNodeId))}），超过了承诺时限 ${c.n(c.def.promisedDays)} 个工作日`;
    },
    en: (c) => {
      const cp = promisePath(c.graph, toFlowDag(c.graph));
      return `after acceptance the critical path takes ${cp.days} working days (${stepChain(c, cp.nodeIds.filter((id) => id !== cp.acceptNodeId))}), more than the promised ${c.n(c.def.promisedDays)} working days`;
    },
  },
};

/** The front desk or co-implementing department a finding's path (/frontDesks/0, /coImplementingDepartments/1) points at. */
function relatedDepartment(c: Ctx): { frontDesk: boolean; id: string | undefined } {
  const frontDesk = c.f.path?.startsWith('/frontDesks/') ?? false;
  const list = frontDesk ? c.def.frontDesks : c.def.coImplementingDepartments;
  const i = indexAt(c.f.path, frontDesk ? '/frontDesks/' : '/coImplementingDepartments/');
  return { frontDesk, id: i === undefined ? undefined : list?.[i] };
}

function unknownSituation(c: Ctx): string {
  const k = indexAt(c.f.path, `/materials/${indexAt(c.f.path, '/materials/') ?? 0}/condition/situations/`);
  return (k === undefined ? undefined : c.material()?.condition?.situations?.[k]) ?? '?';
}

function component(c: Ctx): string {
  return String(resolvePointer(c.def, c.f.path ?? '') ?? '?');
}

/** The titles on the way round a self-dependent visibility, quoted in the message as `field "title" (path)`. */
function selfChain(c: Ctx): string[] {
  const through = c.f.message.indexOf('(through ');
  if (through < 0 || c.f.message.includes('(through its own value)')) return [];
  return [...c.f.message.slice(through).matchAll(/field "([^"]*)"/g)].map((m) => m[1]);
}

function danglingEnd(c: Ctx): 'source' | 'target' {
  return c.f.path?.endsWith('/source') ? 'source' : 'target';
}

function danglingId(c: Ctx): string {
  const edge = c.flowEdge();
  return (edge === undefined ? undefined : edge[danglingEnd(c)]) ?? '?';
}

function cycleNames(c: Ctx): string[] {
  const edge = c.flowEdge();
  const cycle = (edge && c.graph.cycles.find((ids) => ids.includes(edge.source))) ?? (edge ? [edge.source] : []);
  return cycle.map((id) => c.shortName(id));
}

/** The steps of a path, 「A」 → 「B」. */
function stepChain(c: Ctx, ids: readonly string[]): string {
  return ids.map((id) => c.nodeById(id)).filter((n): n is FlowNode => n?.kind === 'step').map((n) => c.q(n.name)).join(' → ');
}

function forkJoinWords(c: Ctx): string {
  const p = c.forkJoinProblem();
  const node = (id: string | undefined) => c.nodeName(id === undefined ? undefined : c.nodeById(id));
  if (p === undefined) return c.zh ? `${c.f.edgeId ? c.edge() : c.node()}的并行分支没有正确汇合` : `the parallel branches at ${c.f.edgeId ? c.edge() : c.node()} do not join properly`;
  switch (p.kind) {
    case 'fork-without-join':
      return c.zh ? `${node(p.forkId)}的各条分支没有在同一个并行网关汇合` : `the branches of ${node(p.forkId)} do not all meet again at one parallel join`;
    case 'branch-escapes':
      return c.zh
        ? `${node(p.forkId)}经${c.edge()}的分支未经并行网关汇合就到达了${node(p.endId)}`
        : `the branch of ${node(p.forkId)} along ${c.edge()} reaches ${node(p.endId)} without passing a parallel join`;
    case 'branch-count-mismatch':
      return c.zh
        ? `${node(p.forkId)}有 ${p.branches} 条分支，却汇合到有 ${p.incoming} 条连入连线的${node(p.joinId)}：每个分支网关应有自己的汇合网关，每条分支一条连入连线`
        : `${node(p.forkId)} has ${p.branches} branches but they meet at ${node(p.joinId)}, which has ${p.incoming} incoming edges: give each fork its own join with one incoming edge per branch`;
    case 'join-without-fork':
    case 'join-mixed-origins': {
      const conditional = p.origins.some((o) => o.originId !== undefined && c.nodeById(o.originId)?.kind === 'exclusive');
      const what = p.kind === 'join-without-fork'
        ? (c.zh ? '前面没有与之配对的并行分支' : 'is not preceded by a matching parallel fork')
        : (c.zh ? '的连入分支来自不同的源头' : 'has incoming branches from different origins');
      const why = conditional
        ? (c.zh ? '汇合要等齐每条连入的分支，而条件网关的分支只是有时才走，办件可能永远等下去（死锁）' : 'a join waits for every incoming edge, and a branch of a condition gateway is taken only sometimes, so the case can wait forever (deadlock)')
        : (c.zh ? '汇合要每条连入连线各等一条分支，所以它们必须来自同一个并行网关' : 'a join waits for one branch per incoming edge, so all must come from the same parallel fork');
      return c.zh ? `${node(p.joinId)}${what}：${why}` : `${node(p.joinId)} ${what}: ${why}`;
    }
  }
}

function exclusiveWords(c: Ctx): string {
  if (c.f.edgeId !== undefined && c.f.nodeId === undefined) {
    const edge = c.flowEdge();
    const gateway = c.nodeName(c.nodeById(edge?.source ?? ''));
    if (edge?.isDefault === true) {
      return c.zh ? `${c.edge()}是默认连线，又设置了条件：该条件永远不会被判断` : `${c.edge()} is the default edge and also has a condition, which is never evaluated`;
    }
    return c.zh ? `${c.edge()}从${gateway}连出，既没有条件，也不是默认连线` : `${c.edge()} leaves ${gateway} without a condition and is not the default edge`;
  }
  const out = c.outgoing(c.f.nodeId ?? '');
  const defaults = out.filter((e) => e.isDefault === true);
  if (c.f.severity === 'warning') {
    return c.zh ? `${c.node()}没有默认连线：不满足任何条件的办件会停在这里` : `${c.node()} has no default edge: a case matching no condition stops there`;
  }
  if (defaults.length > 1) {
    return c.zh ? `${c.node()}有 ${defaults.length} 条默认连线：最多只能有一条` : `${c.node()} has ${defaults.length} default edges: at most one is allowed`;
  }
  return c.zh ? `${c.node()}只有 ${out.length} 条连出的连线：条件分支至少需要 2 条` : `${c.node()} has ${out.length} outgoing edge${out.length === 1 ? '' : 's'}: a choice needs at least 2`;
}

/** Where in the form a compile error is: the field whose declaration holds it, if any. */
function compileWhere(c: Ctx, open: string, close: string): string {
  const m = /^(\/form(?:\/.*)?\/properties\/[^/]+)/.exec(c.f.path ?? '');
  return m === null ? '' : `${open}${c.formPart(m[1])}${close}`;
}

/** The condition check's problems (catalog/conditions/condition-check.ts), `where: what; …`, in Chinese; an unknown one stays as it is. */
const CONDITION_PROBLEMS_ZH: [RegExp, (...groups: string[]) => string][] = [
  [/^the rule has more than (\d+) values$/, (n) => `条件过于复杂（超过 ${n} 个值）`],
  [/^the rule is nested deeper than (\d+) levels$/, (n) => `条件嵌套超过 ${n} 层`],
  [/^only plain JSON objects are allowed$/, () => '只允许普通 JSON 对象'],
  [/^an object must hold exactly one operator, found (.*)$/, (found) => `每一层只能有一个运算符（现有：${found === 'none' ? '无' : found}）`],
  [/^operator "(.*)" is not allowed$/, (op) => `不允许使用运算符“${op}”`],
  [/^"var" must name a field/, () => '“var”必须直接写出字段名，不能是计算出的值'],
  [/^the name "(.*)" may not use "(.*)"$/, (name, bad) => `字段名“${name}”中不能出现“${bad}”`],
  [/is not a JSON (?:number|value)$/, () => '含有不是 JSON 的值'],
];

function conditionProblemsZh(text: string): string {
  return text
    .split('; ')
    .map((problem) => {
      const what = problem.replace(/^\/[^:]*: /, '');
      for (const [re, say] of CONDITION_PROBLEMS_ZH) {
        const m = re.exec(what);
        if (m !== null) return say(...m.slice(1));
      }
      return problem;
    })
    .join('；');
}
