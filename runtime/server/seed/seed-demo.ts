/**
 * Seeds the demo catalogue into an empty store (MATTERFLOW_DEMO=1, the default): departments,
 * the shared material library, demo staff accounts and every demo matter, published through the
 * same life cycle an administrator uses (create → submit → publish, then a new draft for matters
 * with history), so the demo exercises the real rules.
 */
import type { Actor } from '../../../catalog/actor.js';
import type { CatalogService } from '../../../catalog/catalog.service.js';
import { demoCatalogue } from '../../../catalog/demo/demo-catalogue.js';
import type { CatalogStore } from '../../../catalog/storage/catalog.store.js';
import { hashPassword } from '../auth/password-hash.js';

export interface DemoAccountInfo {
  username: string;
  password: string;
  role: string;
  departmentId?: string;
  displayName?: string;
}

const SEEDER: Actor = { username: 'admin', role: 'admin' };

/** True when the store holds no department and no matter yet. */
export async function isEmptyCatalogue(store: CatalogStore): Promise<boolean> {
  const [deps, heads] = await Promise.all([store.listDepartments(), store.listHeads()]);
  return deps.length === 0 && heads.length === 0;
}

export async function seedDemo(store: CatalogStore, catalog: CatalogService): Promise<DemoAccountInfo[]> {
  const demo = demoCatalogue();
  for (const d of demo.departments) await store.putDepartment(d);
  for (const m of demo.sharedMaterials) await store.putSharedMaterial(m);
  const createdAt = new Date().toISOString();
  await Promise.all(
    demo.accounts.map(async (a) =>
      store.createAccount({
        username: a.username,
        displayName: a.displayName,
        role: a.role,
        ...(a.departmentId ? { departmentId: a.departmentId } : {}),
        ...(a.windowId ? { windowId: a.windowId } : {}),
        passwordHash: await hashPassword(a.password),
        tokenVersion: 0,
        createdAt,
      }),
    ),
  );
  for (const matter of demo.matters) {
    const [first, ...later] = matter.versions;
    await catalog.createMatter(SEEDER, { definition: first, changeSummary: matter.changeSummaries[0] });
    await catalog.submit(SEEDER, first.code);
    await catalog.publish(SEEDER, first.code);
    for (const [i, def] of later.entries()) {
      const summary = matter.changeSummaries[i + 1];
      await catalog.startDraft(SEEDER, def.code, summary);
      await catalog.saveDraft(SEEDER, def.code, { definition: def, changeSummary: summary });
      await catalog.submit(SEEDER, def.code, summary);
      await catalog.publish(SEEDER, def.code);
    }
  }
  return demo.accounts.map(({ username, password, role, departmentId, displayName }) => ({ username, password, role, departmentId, displayName }));
}
