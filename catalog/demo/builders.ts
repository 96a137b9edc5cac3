/**
 * Small helpers the demo matters share, so each matter file reads like its service guide:
 * hall windows, library materials, common form fields, flow nodes and edges, and a left-to-right
 * layout for the flow designer. Every helper returns a new object: matters are built fresh per call.
 */
import type {
  FlowDefinition,
  FlowEdge,
  FlowNode,
  FormField,
  GuideWindow,
  Material,
  MatterType,
} from '../../schemas/types.generated.js';
import { MATTER_TYPES } from '../matter-types.js';
import { DEMO_DEPARTMENTS, DEMO_HALL_ADDRESS, DEMO_HALL_HOURS } from './departments.js';
import { DEMO_SHARED_MATERIALS } from './shared-materials.js';

/**
 * 统一社会信用代码 of each demo department (机关: 11 + region 619900 + organisation code + check
 * character, valid under GB 32100-2015). Matter codes are `<USCC>-<type>-<seq>`, the way many
 * provinces build 事项实施编码 from the implementing body's code.
 */
export const DEPARTMENT_USCC: Readonly<Record<string, string>> = {
  scjg: '11619900MB1532046T',
  zrzy: '11619900MB1597823F',
  zjj: '11619900MB15307187',
  wjw: '11619900MB1534125R',
  rsj: '11619900MB1529903B',
  gaj: '11619900001603751H',
  sthj: '11619900MB1576240F',
  xfjy: '11619900MB1C08642N',
  jtj: '11619900MB1531489P',
  cgj: '11619900MB1588317X',
  swj: '11619900MB1K47205Y',
  rfb: '11619900MB15936602',
};

/** The national matter type with the given code (XK 行政许可, QR 行政确认, GG 公共服务 …). */
export function matterType(code: MatterType['code']): MatterType {
  const found = MATTER_TYPES.find((t) => t.code === code);
  if (!found) throw new Error(`unknown matter type ${code}`);
  return { ...found };
}

/** The guide's 办理窗口 entries for some of a department's windows in the hall. */
export function hallWindows(departmentId: string, ...windowIds: string[]): GuideWindow[] {
  const dept = DEMO_DEPARTMENTS.find((d) => d.id === departmentId);
  if (!dept) throw new Error(`unknown department ${departmentId}`);
  return windowIds.map((wid) => {
    const w = dept.windows?.find((x) => x.id === wid);
    if (!w) throw new Error(`department ${departmentId} has no window ${wid}`);
    return { name: `${dept.shortName ?? dept.name} ${w.name}`, address: `${DEMO_HALL_ADDRESS} ${w.location ?? ''}`.trim(), hours: DEMO_HALL_HOURS, phone: dept.phone };
  });
}

/** The consultation phone of a department. */
export function deptPhone(departmentId: string): string {
  const dept = DEMO_DEPARTMENTS.find((d) => d.id === departmentId);
  if (!dept?.phone) throw new Error(`unknown department ${departmentId}`);
  return dept.phone;
}

// ---- materials ---------------------------------------------------------------------------------

type MaterialInput = Omit<Material, 'name' | 'medium' | 'libraryId'> & Partial<Pick<Material, 'name' | 'medium'>>;

/** A material taken from the shared library: name, medium and file types default to the library's. */
export function shared(libraryId: string, m: MaterialInput): Material {
  const lib = DEMO_SHARED_MATERIALS.find((s) => s.id === libraryId);
  if (!lib) throw new Error(`unknown shared material ${libraryId}`);
  const out: Material = {
    ...m,
    name: m.name ?? lib.name,
    libraryId,
    medium: m.medium ?? lib.medium ?? 'paper_or_electronic',
  };
  if (out.fileTypes === undefined && lib.fileTypes) out.fileTypes = [...lib.fileTypes];
  return out;
}

// ---- conditions ----------------------------------------------------------------------------------

/** JsonLogic: form field `field` equals `value`. */
export const eq = (field: string, value: string | number | boolean): Record<string, unknown> => ({ '==': [{ var: field }, value] });
/** JsonLogic: form field `field` is true. */
export const isTrue = (field: string): Record<string, unknown> => ({ '==': [{ var: field }, true] });
/** JsonLogic: form field `field` is false or not answered. */
export const isNotTrue = (field: string): Record<string, unknown> => ({ '!': { var: field } });

// ---- form fields ---------------------------------------------------------------------------------

const item = (f: FormField): FormField => ({ 'x-decorator': 'FormItem', ...f });

export const field = {
  text: (title: string, extra: Partial<FormField> = {}): FormField =>
    item({ type: 'string', title, maxLength: 100, 'x-component': 'Input', ...extra }),
  textarea: (title: string, extra: Partial<FormField> = {}): FormField =>
    item({ type: 'string', title, maxLength: 1000, 'x-component': 'Input.TextArea', ...extra }),
  idCard: (title = '公民身份号码', extra: Partial<FormField> = {}): FormField =>
    item({ type: 'string', title, format: 'id-card', 'x-component': 'Input', ...extra }),
  uscc: (title = '统一社会信用代码', extra: Partial<FormField> = {}): FormField =>
    item({ type: 'string', title, format: 'uscc', 'x-component': 'Input', ...extra }),
  mobile: (title = '联系电话（手机）', extra: Partial<FormField> = {}): FormField =>
    item({ type: 'string', title, format: 'mobile', 'x-component': 'Input', ...extra }),
  date: (title: string, extra: Partial<FormField> = {}): FormField =>
    item({ type: 'string', title, format: 'date', 'x-component': 'DatePicker', ...extra }),
  dateRange: (title: string, extra: Partial<FormField> = {}): FormField =>
    item({ type: 'array', title, minItems: 2, maxItems: 2, items: { type: 'string', format: 'date' }, 'x-component': 'DatePicker.RangePicker', ...extra }),
  number: (title: string, extra: Partial<FormField> = {}): FormField =>
    item({ type: 'number', title, minimum: 0, 'x-component': 'NumberPicker', ...extra }),
  integer: (title: string, extra: Partial<FormField> = {}): FormField =>
    item({ type: 'integer', title, minimum: 0, 'x-component': 'NumberPicker', ...extra }),
  switch: (title: string, extra: Partial<FormField> = {}): FormField =>
    item({ type: 'boolean', title, default: false, 'x-component': 'Switch', ...extra }),
  /** Single choice as radio buttons: `options` is [value, label][]. */
  radio: (title: string, options: [string, string][], extra: Partial<FormField> = {}): FormField =>
    item({ type: 'string', title, oneOf: options.map(([c, t]) => ({ const: c, title: t })), 'x-component': 'Radio.Group', ...extra }),
  select: (title: string, options: [string, string][], extra: Partial<FormField> = {}): FormField =>
    item({ type: 'string', title, oneOf: options.map(([c, t]) => ({ const: c, title: t })), 'x-component': 'Select', ...extra }),
  checkboxes: (title: string, options: [string, string][], extra: Partial<FormField> = {}): FormField =>
    item({
      type: 'array',
      title,
      minItems: 1,
      uniqueItems: true,
      items: { type: 'string', enum: options.map(([c]) => c) },
      'x-component': 'Checkbox.Group',
      'x-component-props': { options: options.map(([value, label]) => ({ value, label })) },
      ...extra,
    }),
};

/** The usual 委托代理 pair: a switch and the agent's name, shown only when an agent applies. */
export function agentFields(): Record<'hasAgent' | 'agentName', FormField> {
  return {
    hasAgent: field.switch('是否委托他人代为办理'),
    agentName: field.text('委托代理人姓名', { maxLength: 50, 'x-visible-when': isTrue('hasAgent') }),
  };
}

// ---- flows ---------------------------------------------------------------------------------------

export function startNode(name = '申请'): FlowNode {
  return { id: 'n-start', kind: 'start', name };
}

type StepInput = Omit<FlowNode, 'id' | 'kind' | 'name' | 'checksMaterials'> & { checks?: string[] };

/**
 * What a decision step does when the answer is no. The engine concludes a case as denied by the
 * `deny` action at any task, so a flow does not route to a denied end for a clerk's refusal; a
 * denied end node is used only where the application data itself rules the licence out.
 */
export const DENIAL_NOTE = '不予许可的，出具书面决定，说明理由，并告知申请人依法享有申请行政复议或者提起行政诉讼的权利。';

/**
 * A department's step. `checks` lists the material ids the step examines. A decision step without
 * a description gets {@link DENIAL_NOTE}.
 */
export function step(id: string, name: string, s: StepInput): FlowNode {
  const { checks, ...rest } = s;
  const description = rest.description ?? (rest.stepType === 'decide' ? DENIAL_NOTE : undefined);
  return {
    id,
    kind: 'step',
    name,
    mode: 'single',
    ...rest,
    ...(description ? { description } : {}),
    ...(checks ? { checksMaterials: [...checks] } : {}),
  };
}

export function parallelGateway(id: string, name: string): FlowNode {
  return { id, kind: 'parallel', name };
}

export function exclusiveGateway(id: string, name: string): FlowNode {
  return { id, kind: 'exclusive', name };
}

export function endGranted(name = '办结（准予许可）'): FlowNode {
  return { id: 'n-end-granted', kind: 'end', name, outcome: 'granted' };
}

/** A denied end, reached only by routing on the application data (see {@link DENIAL_NOTE}). */
export function endDenied(name = '办结（不予许可）'): FlowNode {
  return { id: 'n-end-denied', kind: 'end', name, outcome: 'denied' };
}

const short = (nodeId: string): string => nodeId.replace(/^n-/, '');

/** An edge with the readable id `e-<source>-<target>` (node ids without their `n-`). */
export function edge(source: string, target: string, opts: Omit<FlowEdge, 'id' | 'source' | 'target'> = {}): FlowEdge {
  return { id: `e-${short(source)}-${short(target)}`, source, target, ...opts };
}

/**
 * A flow with its designer layout: columns left to right by the longest distance from the start,
 * nodes of a column spread vertically in definition order, centred on y = 200.
 */
export function flow(nodes: FlowNode[], edges: FlowEdge[]): FlowDefinition {
  const depth = new Map<string, number>(nodes.map((n) => [n.id, 0]));
  // Longest-path depth by relaxation; demo flows are small and acyclic.
  for (let round = 0; round < nodes.length; round++) {
    let changed = false;
    for (const e of edges) {
      const d = (depth.get(e.source) ?? 0) + 1;
      if (d > (depth.get(e.target) ?? 0)) {
        depth.set(e.target, d);
        changed = true;
      }
    }
    if (!changed) break;
  }
  const columns = new Map<number, string[]>();
  for (const n of nodes) {
    const d = depth.get(n.id) ?? 0;
    columns.set(d, [...(columns.get(d) ?? []), n.id]);
  }
  const positions: Record<string, { x: number; y: number }> = {};
  for (const [d, ids] of columns) {
    ids.forEach((id, i) => {
      positions[id] = { x: 40 + d * 220, y: 200 + (i - (ids.length - 1) / 2) * 140 };
    });
  }
  return { nodes, edges, layout: { nodes: positions } };
}
