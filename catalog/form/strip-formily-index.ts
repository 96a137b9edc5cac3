/** The row key Formily's ArrayTable / ArrayItems add to each element of an array field's value. */
export const FORMILY_INDEX_KEY = '__DO_NOT_USE_THIS_PROPERTY_index__';

/**
 * A copy of submitted form data without Formily's row index: ArrayTable adds
 * {@link FORMILY_INDEX_KEY} to every object row it renders and the browser submits it, but it is
 * no answer of the applicant's, and the submission schema refuses properties the form does not
 * declare. The input is not changed.
 *
 * Copied with an explicit stack, so deeply nested input (a request body is only limited in bytes)
 * cannot overflow the call stack.
 *
 * @example stripFormilyIndex({ members: [{ name: 'a', __DO_NOT_USE_THIS_PROPERTY_index__: 0 }] }) // { members: [{ name: 'a' }] }
 */
export function stripFormilyIndex(data: unknown): unknown {
  const root: { value: unknown } = { value: undefined };
  const stack: Array<{ from: unknown; into: Record<string | number, unknown>; key: string | number; row: boolean }> = [
    { from: data, into: root as Record<string, unknown>, key: 'value', row: false },
  ];
  while (stack.length > 0) {
    const { from, into, key, row } = stack.pop()!;
    if (from === null || typeof from !== 'object') {
      into[key] = from;
    } else if (Array.isArray(from)) {
      const copy: unknown[] = new Array(from.length);
      into[key] = copy;
      from.forEach((item, i) => stack.push({ from: item, into: copy as unknown as Record<number, unknown>, key: i, row: true }));
    } else {
      const copy: Record<string, unknown> = {};
      into[key] = copy;
      for (const [k, v] of Object.entries(from)) {
        if (row && k === FORMILY_INDEX_KEY) continue;
        // defineProperty, not assignment: a `__proto__` key stays a plain (refused) property.
        Object.defineProperty(copy, k, { value: undefined, writable: true, enumerable: true, configurable: true });
        stack.push({ from: v, into: copy, key: k, row: false });
      }
    }
  }
  return root.value;
}
