/**
 * Query codes (查询码): the secret an applicant types, with the case number, to track a case without
 * an account. The store keeps only `HMAC-SHA256(pepper, caseNo ‖ 0x00 ‖ code)`.
 *
 * Why a keyed fast hash and not scrypt: a query code is short (it is printed on the receipt and
 * typed by hand), so its strength against offline guessing comes from the pepper, a secret kept
 * outside the case rows — without it a stolen dump is useless, with it no per-hash work factor
 * would save a 10-character code either. Online guessing is bounded by the rate limit of the public
 * tracking endpoint, and that endpoint must stay cheap: scrypt at ~50 ms of CPU per check would turn
 * it into a denial-of-service lever. Binding the case number in means one guess tests one case.
 * The stored form names the pepper (`hmac-sha256$<pepper id>$<hex>`), so a pepper change is seen as
 * such instead of as a wrong code.
 */
import { createHash, createHmac, randomInt, timingSafeEqual } from 'node:crypto';

/** Crockford-style alphabet without 0/O, 1/I/L, U: nothing to misread on a printed receipt. */
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTVWXYZ';
const PREFIX = 'hmac-sha256';

export class QueryCodeHasher {
  readonly #pepper: Buffer;
  /** First 8 hex digits of sha256(pepper): names the pepper without revealing it. */
  readonly pepperId: string;

  constructor(pepper: Uint8Array) {
    if (pepper.length < 16) throw new RangeError('the query code pepper must be at least 16 bytes');
    this.#pepper = Buffer.from(pepper);
    this.pepperId = createHash('sha256').update(this.#pepper).digest('hex').slice(0, 8);
  }

  /** The stored form of `code` for `caseNo`. Codes are compared case-insensitively, spaces ignored. */
  hash(caseNo: string, code: string): string {
    return `${PREFIX}$${this.pepperId}$${this.#mac(caseNo, code).toString('hex')}`;
  }

  /** Whether `code` matches `stored` (false, not an error, for a malformed or foreign-pepper hash). */
  verify(caseNo: string, code: string, stored: string | null | undefined): boolean {
    const [prefix, pepperId, hex] = (stored ?? '').split('$');
    if (prefix !== PREFIX || pepperId !== this.pepperId || !/^[0-9a-f]{64}$/.test(hex ?? '')) return false;
    return timingSafeEqual(this.#mac(caseNo, code), Buffer.from(hex, 'hex'));
  }

  #mac(caseNo: string, code: string): Buffer {
    return createHmac('sha256', this.#pepper).update(`${caseNo}\u0000${normalizeQueryCode(code)}`).digest();
  }
}

/** Upper case without blanks or dashes: what people type back from a receipt. */
export function normalizeQueryCode(code: string): string {
  return code.replace(/[\s-]+/g, '').toUpperCase();
}

/**
 * A fresh query code: 10 characters of a 30-letter alphabet (≈ 49 bits), uniformly drawn.
 * @example newQueryCode() // 'K7QX2M9ATH'
 */
export function newQueryCode(length = 10): string {
  let code = '';
  for (let i = 0; i < length; i++) code += ALPHABET[randomInt(ALPHABET.length)];
  return code;
}
