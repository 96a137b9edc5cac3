/**
 * A JsonLogic condition in Chinese words, for the rule a gateway-decided denial names on its
 * notice (art. 38): `评审得分 小于 60`, `办理情形 为 变更 且 申请人类型 为 法人或其他组织`. Pure and
 * small on purpose: the designer's describer needs the form model, the engine only has a
 * definition. Never shows JSON or an operator symbol; what it cannot say it calls 符合设定的条件.
 */

/** Words for a condition's variables and values; every entry optional. */
export interface ConditionWords {
  /** Variable path → title, e.g. `score` → 评审得分. */
  fieldTitles?: Record<string, string>;
  /** Variable path → value → label. */
  valueLabels?: Record<string, Record<string, string>>;
}

const BUILT_IN_TITLES: Record<string, string> = { situation: '办理情形', 'applicant.kind': '申请人类型' };
const BUILT_IN_VALUES: Record<string, Record<string, string>> = {
  'applicant.kind': { individual: '自然人', legal_person: '法人或其他组织' },
};
const COMPARE: Record<string, string> = {
  '==': '为', '===': '为', '!=': '不为', '!==': '不为', '>': '大于', '>=': '大于或等于', '<': '小于', '<=': '小于或等于',
};
const ARITHMETIC = new Set(['+', '-', '*', '/', '%']);
const JOIN: Record<string, string> = { and: ' 且 ', or: ' 或 ' };
const UNSAID = '符合设定的条件';

/**
 * The condition in words.
 * @example describeCondition({ '<': [{ var: 'score' }, 60] }, { fieldTitles: { score: '评审得分' } }) // '评审得分 小于 60'
 */
export function describeCondition(rule: unknown, words: ConditionWords = {}): string {
  return say(rule, words, 0) ?? UNSAID;
}

/** A rule in words, or undefined when it has no plain reading. */
function say(rule: unknown, w: ConditionWords, depth: number): string | undefined {
  if (depth > 20) return undefined;
  const op = operatorOf(rule);
  if (op === undefined) return typeof rule === 'boolean' ? (rule ? '总是' : '从不') : undefined;
  const args = argsOf(rule, op);
  if (op === 'var') {
    const path = varPath(rule);
    return path === undefined ? undefined : `${title(path, w)} 为 是`;
  }
  if (op in JOIN) {
    const parts = args.map((a) => wrap(a, w, depth));
    return parts.some((p) => p === undefined) || parts.length === 0 ? undefined : parts.join(JOIN[op]);
  }
  if (op === '!') {
    const path = varPath(args[0]);
    if (path !== undefined) return `${title(path, w)} 不为 是`;
    const inner = say(args[0], w, depth + 1);
    return inner === undefined ? undefined : `并非（${inner}）`;
  }
  if (op === '!!') {
    const v = term(args[0], undefined, w, depth);
    return v === undefined ? undefined : `${v} 已填写`;
  }
  if (op in COMPARE && args.length === 2) {
    const path = varPath(args[0]) ?? varPath(args[1]);
    const [a, b] = [term(args[0], path, w, depth), term(args[1], path, w, depth)];
    return a === undefined || b === undefined ? undefined : `${a} ${COMPARE[op]} ${b}`;
  }
  if (op === 'in' && args.length === 2) {
    const path = varPath(args[0]);
    if (path !== undefined && Array.isArray(args[1])) {
      const values = args[1].map((v) => term(v, path, w, depth));
      return values.some((v) => v === undefined) ? undefined : `${title(path, w)} 为 ${values.join('、')} 之一`;
    }
    const [needle, hay] = [term(args[0], varPath(args[1]), w, depth), term(args[1], undefined, w, depth)];
    return needle === undefined || hay === undefined ? undefined : `${hay} 包含 ${needle}`;
  }
  if (op === 'missing') {
    const names = (Array.isArray(args[0]) ? args[0] : args).map((a) => (typeof a === 'string' ? title(a, w) : undefined));
    return names.some((n) => n === undefined) ? undefined : `${names.join('、')} 未填写`;
  }
  return undefined;
}

/** An operand: a variable's title, a value's label, or arithmetic over them. */
function term(value: unknown, path: string | undefined, w: ConditionWords, depth: number): string | undefined {
  const own = varPath(value);
  if (own !== undefined) return title(own, w);
  const op = operatorOf(value);
  if (op !== undefined && ARITHMETIC.has(op)) {
    const parts = argsOf(value, op).map((a) => term(a, undefined, w, depth + 1));
    return parts.some((p) => p === undefined) ? undefined : parts.join(` ${op} `);
  }
  if (op !== undefined) return undefined;
  if (value === null) return '空';
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') {
    const labels = path === undefined ? undefined : w.valueLabels?.[path] ?? BUILT_IN_VALUES[path];
    return labels?.[value] ?? value;
  }
  return undefined;
}

function wrap(rule: unknown, w: ConditionWords, depth: number): string | undefined {
  const text = say(rule, w, depth + 1);
  const op = operatorOf(rule);
  return text !== undefined && op !== undefined && op in JOIN ? `（${text}）` : text;
}

function title(path: string, w: ConditionWords): string {
  return w.fieldTitles?.[path] ?? BUILT_IN_TITLES[path] ?? path;
}

function operatorOf(rule: unknown): string | undefined {
  if (rule === null || typeof rule !== 'object' || Array.isArray(rule)) return undefined;
  const keys = Object.keys(rule);
  return keys.length === 1 ? keys[0] : undefined;
}

function argsOf(rule: unknown, op: string): unknown[] {
  const raw = (rule as Record<string, unknown>)[op];
  return Array.isArray(raw) ? raw : [raw];
}

function varPath(value: unknown): string | undefined {
  if (operatorOf(value) !== 'var') return undefined;
  const arg = argsOf(value, 'var')[0];
  return typeof arg === 'string' ? arg : undefined;
}
