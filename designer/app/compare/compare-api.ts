/** The compare view's HTTP calls: published versions, one version, the simplification report. */
import type { ComparedMetric, VersionComparison } from '../../../catalog/metrics/version-compare.js';
import type { MatterVersion } from '../../../schemas/types.generated.js';
import { request, type WorkspaceMatter } from '../api';

/** A version reference as the API takes it: a number, `live` or `draft`. */
export type VersionRef = number | 'live' | 'draft';

/** GET /matters/:code/compare: the report plus which versions it compared. */
export interface CompareResponse extends VersionComparison {
  code: string;
  from: { version: number; status: string };
  to: { version: number; status: string };
}

export type { ComparedMetric };

const path = (code: string) => `/matters/${encodeURIComponent(code)}`;

/** Published versions, oldest first. */
export const publishedVersions = (code: string) => request<MatterVersion[]>('GET', `${path(code)}/versions`);
export const matterVersion = (code: string, ref: VersionRef) => request<MatterVersion>('GET', `${path(code)}/versions/${ref}`);
export const compareReport = (code: string, from: VersionRef, to: VersionRef) =>
  request<CompareResponse>('GET', `${path(code)}/compare?from=${from}&to=${to}`);

/** The workspace head of one matter (status, live version, draft summary), or undefined when the list lacks it. */
export async function matterHead(code: string): Promise<WorkspaceMatter | undefined> {
  const all = await request<WorkspaceMatter[]>('GET', '/workspace/matters');
  return all.find((m) => m.code === code);
}
