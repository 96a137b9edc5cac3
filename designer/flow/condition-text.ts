const INFIX = new Set(['==', '===', '!=', '!==', '>', '>=', '<', '<=', 'in']);
const JOINERS: Record<string, string> = { and: ' 且 ', or: ' 或 ' };

/**
 * A short, readable rendering of a JsonLogic condition for an edge label, e.g.
 * `{ ">=": [{ "var": "score" }, 60] }` → `score >= 60`. Display only: the runtime evaluates the
 * JsonLogic itself, so an operator this does not know is shown as compact JSON rather than guessed.
 * Cut to `max` characters with an ellipsis, since labels sit on the canvas.
 *
 * @example conditionText({ and: [{ '==': [{ var: 'kind' }, 'company'] }, { '>': [{ var: 'amount' }, 100] }] }) // 'kind == "company" 且 amount > 100'
 */
export function conditionText(rule: unknown, max = 40): string {
  const text = render(rule, 0);
  return text.length <= max ? text : `${text.slice(0, Math.max(0, max - 1))}…`;
}

function render(rule: unknown, depth: number): string {
  if (rule === null || typeof rule !== 'object') return JSON.stringify(rule) ?? String(rule);
  if (Array.isArray(rule)) return `[${rule.map((r) => render(r, depth + 1)).join(', ')}]`;
  const keys = Object.keys(rule);
  if (keys.length !== 1) return JSON.stringify(rule);
  const op = keys[0];
  const raw = (rule as Record<string, unknown>)[op];
  const args = Array.isArray(raw) ? raw : [raw];
  if (op === 'var') return String(args[0]);
  if (op === '!') return `非 ${wrap(args[0], depth)}`;
  if (INFIX.has(op) && args.length === 2) return `${render(args[0], depth + 1)} ${op} ${render(args[1], depth + 1)}`;
  if (op in JOINERS) return args.map((a) => wrap(a, depth)).join(JOINERS[op]);
  return JSON.stringify(rule);
}

/** Parenthesises nested and/or so `a 且 (b 或 c)` keeps its meaning. */
function wrap(rule: unknown, depth: number): string {
  const text = render(rule, depth + 1);
  const op = rule !== null && typeof rule === 'object' && !Array.isArray(rule) ? Object.keys(rule)[0] : undefined;
  return op !== undefined && op in JOINERS ? `(${text})` : text;
}
