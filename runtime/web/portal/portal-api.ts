/**
 * The portal's reads of the public catalogue API (no sign-in): search, one matter's live version,
 * the departments. Thin wrappers over the shared client so pages name what they fetch.
 */
import type { Department, MatterDefinition, MatterVersion } from '../../../schemas/types.generated.js';
import { request } from '../shared/http';

/** A catalogue listing entry, as `GET /api/matters` returns it (catalog/storage/catalog.store.ts MatterSummary). */
export interface MatterSummary {
  code: string;
  name: string;
  version: number;
  departmentId: string;
  type: MatterDefinition['type'];
  serviceObjects: MatterDefinition['serviceObjects'];
  themes: string[];
  handlingType: MatterDefinition['handlingType'];
  statutoryDays: number;
  promisedDays: number;
  onSiteVisits: number;
  onlineDepth: number;
}

export interface SearchPage {
  items: MatterSummary[];
  total: number;
}

/** `GET /api/matters?<query>`; `query` comes from `apiQuery` (catalogue/catalogue-query.ts). */
export function searchMatters(query: string): Promise<SearchPage> {
  return request<SearchPage>('GET', `/matters${query ? `?${query}` : ''}`);
}

export function liveMatter(code: string): Promise<MatterVersion> {
  return request<MatterVersion>('GET', `/matters/${encodeURIComponent(code)}`);
}

export function departments(): Promise<Department[]> {
  return request<Department[]>('GET', '/departments');
}
