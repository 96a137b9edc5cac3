/**
 * Formily compiles any string of the form `{{ … }}` found in a schema (titles, props, reactions)
 * with `new Function`. A form definition is untrusted input, and the pages' CSP forbids
 * `unsafe-eval`: so the renderer installs a compiler that never evaluates and gives back the text
 * as written. A title typed as `{{name}}` is then shown as `{{name}}`, not run.
 */
import { Schema } from '@formily/json-schema';

/** The compiler installed: the expression's own text, unevaluated. */
export function noEvalCompile(expression: string): string {
  return `{{${expression}}}`;
}

let installed = false;

/** Installs {@link noEvalCompile} as Formily's schema compiler (once per page; idempotent). */
export function installNoEvalCompiler(): void {
  if (installed) return;
  Schema.registerCompiler(noEvalCompile);
  installed = true;
}
