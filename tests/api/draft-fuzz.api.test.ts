/**
 * Property: whatever is thrown at the draft endpoints — random JSON, hostile definitions (prototype
 * keys, huge or deep values, catastrophic regex patterns, remote and cyclic $ref) or a valid
 * definition with one field broken — the answer is a 4xx with the error shape (never 5xx, never 2xx
 * for invalid input), and the stored draft is exactly what it was.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../catalog/actor.js';
import { sampleMatter } from '../fixtures/matters.js';
import { startTestServer, type TestServer } from './api-harness.js';

const admin: Actor = { username: 'admin', role: 'admin' };

function deep(levels: number): unknown {
  let v: unknown = 'leaf';
  for (let i = 0; i < levels; i++) v = { a: v };
  return v;
}

const hostileForms = (): unknown[] => {
  const base = sampleMatter();
  const withField = (field: unknown) => ({ ...base, form: { ...base.form, properties: { ...base.form.properties, evil: field } } });
  return [
    JSON.parse(`{"__proto__": {"polluted": true}, "code": "${base.code}"}`),
    { ...base, constructor: { prototype: { polluted: true } } },
    withField({ type: 'string', pattern: '^(a+)+$' }),
    withField({ type: 'string', pattern: '(x|x)*y' }),
    withField({ type: 'string', pattern: '[' }),
    withField({ $ref: 'https://evil.example/schema.json' }),
    withField({ $ref: '#/$defs/loop' }),
    { ...base, form: { ...base.form, $defs: { loop: { $ref: '#/$defs/loop' } } } },
    { ...base, form: { ...base.form, $defs: { a: { $ref: '#/$defs/b' }, b: { $ref: '#/$defs/a' } } } },
    withField(deep(200)),
    { ...base, name: '名'.repeat(50_000) },
    { ...base, materials: Array.from({ length: 5000 }, (_, i) => ({ ...base.materials[0], id: `m${i}` })) },
    { ...base, flow: { ...base.flow, nodes: [...base.flow.nodes, { id: 'x', kind: 'teleport', name: 'x' }] } },
    { ...base, code: '../../etc/passwd' },
    { ...base, departmentId: 'nowhere' },
  ];
};

describe('draft endpoints under random and hostile input', () => {
  let s: TestServer;
  let before: unknown;
  const code = sampleMatter().code;
  beforeAll(async () => {
    s = await startTestServer();
    await s.catalog.createMatter(admin, { definition: sampleMatter() });
    before = await s.store.getHead(code);
  });
  afterAll(() => s.close());

  const expectRefused = async (status: number, body: any) => {
    expect(status, JSON.stringify(body).slice(0, 300)).toBeGreaterThanOrEqual(400);
    expect(status).toBeLessThan(500);
    expect(body.error).toMatchObject({ code: expect.any(String), message: expect.any(String), details: expect.any(Array) });
    expect(await s.store.getHead(code)).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  };

  it('refuses each hostile definition with a 4xx and changes nothing', async () => {
    const token = await s.token('admin');
    for (const definition of hostileForms()) {
      const res = await s.call('PUT', `/api/matters/${code}/draft`, { token, body: { definition } });
      await expectRefused(res.status, res.body);
    }
  });

  it('refuses arbitrary JSON as a definition', async () => {
    const token = await s.token('admin');
    await fc.assert(
      fc.asyncProperty(fc.jsonValue({ maxDepth: 6 }), async (definition) => {
        const res = await s.call('PUT', `/api/matters/${code}/draft`, { token, body: { definition } });
        await expectRefused(res.status, res.body);
      }),
      { numRuns: 60 },
    );
  });

  it('refuses a valid definition with one field replaced by garbage', async () => {
    const token = await s.token('admin');
    const keys = Object.keys(sampleMatter()).filter((k) => k !== 'keywords' && k !== 'themes');
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...keys), fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.array(fc.string())), async (key, value) => {
        const definition = { ...sampleMatter(), [key]: value } as Record<string, unknown>;
        const res = await s.call('PUT', `/api/matters/${code}/draft`, { token, body: { definition } });
        if (res.status === 200) {
          // A value that happens to be valid (e.g. a string where a string goes): put the original back.
          await s.call('PUT', `/api/matters/${code}/draft`, { token, body: { definition: sampleMatter() } });
          before = await s.store.getHead(code);
          return;
        }
        await expectRefused(res.status, res.body);
      }),
      { numRuns: 60 },
    );
  });

  it('refuses random bodies on create, and creates nothing', async () => {
    const token = await s.token('admin');
    await fc.assert(
      fc.asyncProperty(fc.jsonValue({ maxDepth: 4 }), async (body) => {
        const res = await s.call('POST', '/api/matters', { token, body });
        expect(res.status).toBeGreaterThanOrEqual(400);
        expect(res.status).toBeLessThan(500);
      }),
      { numRuns: 40 },
    );
    expect((await s.store.listHeads()).map((h) => h.code)).toEqual([code]);
  });
});
