/**
 * Stateless session tokens: `mf1.<payload>.<hmac>`, HMAC-SHA256 with a secret kept in the store so
 * every server instance behind a load balancer accepts every other's tokens. Revocation: the payload
 * carries the account's tokenVersion, which logout and password changes bump.
 * The CSRF token is derived from the session token (double-submit, bound to the session), so it
 * needs no storage either.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export interface TokenPayload {
  /** username */
  u: string;
  /** account tokenVersion at issue */
  v: number;
  /** expiry, epoch seconds */
  exp: number;
}

export const SESSION_TTL_SECONDS = 12 * 3600;

export class SessionTokens {
  constructor(private readonly secret: Buffer) {}

  issue(username: string, tokenVersion: number, now = Date.now()): string {
    const payload: TokenPayload = { u: username, v: tokenVersion, exp: Math.floor(now / 1000) + SESSION_TTL_SECONDS };
    const body = Buffer.from(JSON.stringify(payload)).toString('base64url');
    return `mf1.${body}.${this.sign(`mf1.${body}`)}`;
  }

  /** The payload of a well-signed, unexpired token; undefined otherwise. */
  verify(token: string, now = Date.now()): TokenPayload | undefined {
    const [prefix, body, sig] = token.split('.');
    if (prefix !== 'mf1' || !body || !sig) return undefined;
    if (!safeEqual(sig, this.sign(`mf1.${body}`))) return undefined;
    try {
      const payload = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as TokenPayload;
      if (typeof payload.u !== 'string' || typeof payload.v !== 'number' || typeof payload.exp !== 'number') return undefined;
      return payload.exp * 1000 > now ? payload : undefined;
    } catch {
      return undefined;
    }
  }

  csrfFor(token: string): string {
    return this.sign(`csrf:${token}`);
  }

  checkCsrf(token: string, csrf: string | undefined): boolean {
    return typeof csrf === 'string' && safeEqual(csrf, this.csrfFor(token));
  }

  private sign(data: string): string {
    return createHmac('sha256', this.secret).update(data).digest('base64url');
  }
}

function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
