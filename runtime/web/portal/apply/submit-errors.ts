/**
 * The server's 422 field errors (`[{ path, message }]`) placed on the wizard: each path names the
 * step that can fix it, so the page can send the applicant straight there with every problem listed.
 */

export type StepKey = 'situation' | 'applicant' | 'form' | 'materials' | 'review';

export interface PlacedError {
  step: StepKey;
  /** The field or material id the path names ('' for the step as a whole). */
  target: string;
  message: string;
}

/** `/data/premises/address` → form 'premises.address'; `/materials/x` → materials 'x'; `/applicant/phone`; `/situation`. */
export function placeError(e: { path?: string; message: string }): PlacedError {
  const parts = (e.path ?? '').split('/').filter(Boolean).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  const [head, ...rest] = parts;
  const target = rest.join('.');
  switch (head) {
    case 'situation':
      return { step: 'situation', target: '', message: e.message };
    case 'applicant':
      return { step: 'applicant', target, message: e.message };
    case 'data':
      return { step: 'form', target, message: e.message };
    case 'materials':
      return { step: 'materials', target: rest[0] ?? '', message: e.message };
    default:
      return { step: 'review', target: parts.join('.'), message: e.message };
  }
}

/** The earliest step with a problem, in the wizard's order. */
export function firstStepWith(errors: readonly PlacedError[], order: readonly StepKey[]): StepKey | undefined {
  return order.find((s) => errors.some((e) => e.step === s));
}
