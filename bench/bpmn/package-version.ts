/** Installed package versions, for benchmark headers. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * The version in an installed package's package.json. Read from the file, because packages whose
 * `exports` map omits `./package.json` (bpmn-engine, bpmn-elements) refuse `require('x/package.json')`.
 *
 * @param from Resolve as this file or package entry would, e.g. a dependency's own entry for its
 *   dependencies; defaults to this module.
 */
export function packageVersion(name: string, from: string = import.meta.url): string {
  let dir = dirname(createRequire(from).resolve(name));
  for (;;) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === name && pkg.version !== undefined) return pkg.version;
    } catch {
      // No package.json here: a folder inside the package; keep climbing.
    }
    const up = dirname(dir);
    if (up === dir) throw new Error(`package.json of "${name}" not found above its entry`);
    dir = up;
  }
}

/** Where `name` resolves from `from`: pass it as `from` to see that package's own dependencies. */
export function resolvedEntry(name: string, from: string = import.meta.url): string {
  return createRequire(from).resolve(name);
}
