/**
 * `npm run audit:verify`: recomputes the whole audit hash chain of the case store the environment
 * names (DATABASE_URL, else PGlite in MATTERFLOW_DATA_DIR/cases), prints one line, and exits 0 when
 * the chain is intact, 1 when it is broken or cannot be read. Cron it, and keep the printed head
 * hash somewhere outside the database: a later head that does not extend it shows a rewritten tail.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { openCaseStore } from '../cases/storage/open-case-store.js';
import { configFromEnv } from '../server/config.js';

/**
 * Runs the verification and returns the exit code; `write` receives the one line of output.
 * @example process.exitCode = await runAuditVerify(process.env, console.log)
 */
export async function runAuditVerify(env: NodeJS.ProcessEnv, write: (line: string) => void): Promise<number> {
  try {
    const config = configFromEnv(env);
    const where = config.databaseUrl ? 'the PostgreSQL server (DATABASE_URL)' : join(config.dataDir, 'cases');
    // Verification must not create an empty store where the operator mistyped a folder.
    if (!config.databaseUrl && !existsSync(where)) {
      write(`audit verify: no case store at ${where} (set MATTERFLOW_DATA_DIR or DATABASE_URL)`);
      return 1;
    }
    const store = await openCaseStore({ dataDir: config.dataDir, databaseUrl: config.databaseUrl });
    try {
      const started = Date.now();
      const result = await store.verifyAudit({ batch: 5000 });
      const took = `${((Date.now() - started) / 1000).toFixed(1)} s`;
      if (result.ok) {
        write(`audit ok: ${result.checked} events verified in ${took}; head seq ${result.head.seq} hash ${result.head.hash} (${where})`);
        return 0;
      }
      write(`audit BROKEN at seq ${result.broken!.seq}: ${result.broken!.reason}; ${result.checked} events intact before it; head seq ${result.head.seq} (${where})`);
      return 1;
    } finally {
      await store.close();
    }
  } catch (e) {
    write(`audit verify failed: ${(e as Error)?.message ?? String(e)}`);
    return 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await runAuditVerify(process.env, (line) => process.stdout.write(`${line}\n`));
}
