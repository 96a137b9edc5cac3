/**
 * Whether a condition may read `name`: a field name of the lint context, or an object that holds
 * some (`applicant` when `applicant.kind` exists), as the flow lint accepts too, so a condition is
 * judged alike wherever it sits (form, material or edge).
 *
 * @example knownField(new Set(['applicant.kind']))('applicant') // true
 */
export function knownField(fieldNames: ReadonlySet<string>): (name: string) => boolean {
  const groups = new Set<string>();
  for (const field of fieldNames) {
    for (let dot = field.indexOf('.'); dot > 0; dot = field.indexOf('.', dot + 1)) groups.add(field.slice(0, dot));
  }
  return (name) => fieldNames.has(name) || groups.has(name);
}
