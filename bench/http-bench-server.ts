/**
 * Runs the benchmark server in its own process, so autocannon's load generator does not share the
 * server's event loop. Prints one JSON line `{ url }` when ready; exits on SIGTERM.
 */
import { startBenchServer } from './runtime-server.js';

const server = await startBenchServer();
process.stdout.write(`${JSON.stringify({ url: server.url })}\n`);
process.on('SIGTERM', () => void server.close().then(() => process.exit(0)));
