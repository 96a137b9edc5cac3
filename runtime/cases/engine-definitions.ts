/**
 * The engine's view of a matter version, cached by code@version: published versions never change,
 * so the cache never goes stale, and a running case keeps the version it started on.
 */
import type { CatalogService } from '../../catalog/catalog.service.js';
import type { MatterDefinition, MatterVersion } from '../../schemas/types.generated.js';
import { conditionWordsOf, type EngineDefinition } from '../engine/index.js';

export interface ResolvedVersion {
  version: MatterVersion;
  engine: EngineDefinition;
}

const MAX_CACHED = 500;

export function engineDefinitionOf(code: string, version: number, def: MatterDefinition): EngineDefinition {
  return {
    code,
    version,
    name: def.name,
    // Field titles and option labels, so a gateway's denial names its rule in words (art. 38).
    ...conditionWordsOf(def),
    departmentId: def.departmentId,
    handlingType: def.handlingType,
    promisedDays: def.promisedDays,
    statutoryDays: def.statutoryDays,
    flow: def.flow,
    materials: def.materials,
    matterType: { code: def.type.code, label: def.type.label },
    ...(def.intakeStages ? { intakeStages: def.intakeStages } : {}),
    ...(def.frontDesks ? { frontDesks: [...def.frontDesks] } : {}),
    ...(def.coImplementingDepartments ? { coImplementingDepartments: [...def.coImplementingDepartments] } : {}),
    ...(def.extension ? { extension: { ...def.extension } } : {}),
    ...(def.remedies ? { remedies: { ...def.remedies } } : {}),
  };
}

export class MatterVersions {
  readonly #cache = new Map<string, Promise<ResolvedVersion>>();

  constructor(private readonly catalog: CatalogService) {}

  /** The live version (for new applications); not cached: publishing changes which one is live. */
  async live(code: string): Promise<ResolvedVersion> {
    const live = await this.catalog.live(code);
    return this.remember(live);
  }

  /** A version a case runs on. */
  get(code: string, version: number): Promise<ResolvedVersion> {
    const key = `${code}@${version}`;
    let hit = this.#cache.get(key);
    if (!hit) {
      hit = this.catalog.version(code, version).then((v) => ({ version: v, engine: engineDefinitionOf(code, version, v.definition) }));
      hit.catch(() => this.#cache.delete(key));
      this.#put(key, hit);
    }
    return hit;
  }

  private remember(v: MatterVersion): ResolvedVersion {
    const resolved = { version: v, engine: engineDefinitionOf(v.code, v.version, v.definition) };
    this.#put(`${v.code}@${v.version}`, Promise.resolve(resolved));
    return resolved;
  }

  #put(key: string, value: Promise<ResolvedVersion>): void {
    if (this.#cache.size >= MAX_CACHED && !this.#cache.has(key)) this.#cache.delete(this.#cache.keys().next().value!);
    this.#cache.set(key, value);
  }
}
