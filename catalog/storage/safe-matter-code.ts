import { BadRequestError } from '../../schemas/errors.js';

/** The schema's pattern of a matter code; the embedded store also uses the code as a file name. */
export const MATTER_CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9-]{2,63}$/;

/**
 * Refuses a code that is not safe as a file name (no dots, slashes or NULs can pass the pattern),
 * whatever the caller validated before: the store never trusts a path built from input.
 */
export function assertSafeMatterCode(code: unknown): asserts code is string {
  if (typeof code !== 'string' || !MATTER_CODE_PATTERN.test(code)) {
    throw new BadRequestError(`invalid matter code ${JSON.stringify(String(code).slice(0, 80))}`);
  }
}
