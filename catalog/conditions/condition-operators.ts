/**
 * The JsonLogic operators a Matterflow condition may use. Anything else is refused, because
 * json-logic-js resolves unknown names against its mutable operation table (`add_operation`,
 * dotted names) and older releases shipped `method`, which calls arbitrary methods on data.
 * `log` is left out on purpose: conditions must not have side effects.
 */
export const ALLOWED_OPERATORS: ReadonlySet<string> = new Set([
  '==', '===', '!=', '!==', '!', '!!', 'and', 'or', 'if',
  '>', '>=', '<', '<=', 'in',
  'var', 'missing', 'missing_some',
  '+', '-', '*', '/', '%', 'min', 'max',
  'cat', 'substr',
  'some', 'all', 'none', 'merge',
]);

/**
 * Operators whose second argument runs once per element of the first, with `var` reading the
 * element instead of the form data. Variables read there are not form fields.
 */
export const SCOPED_OPERATORS: ReadonlySet<string> = new Set(['some', 'all', 'none']);

/** Path segments a `var` may not walk: they reach the prototype chain, not the form data. */
export const FORBIDDEN_VAR_SEGMENTS: ReadonlySet<string> = new Set(['__proto__', 'prototype', 'constructor']);

/** Limits that keep a condition cheap to check and to evaluate on every case. */
export const CONDITION_LIMITS = { maxDepth: 20, maxNodes: 500 } as const;
