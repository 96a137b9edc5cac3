/** `npm run bench`: every benchmark, figures printed side by side with their peers. */
import { runCalendarRecomputeBench } from './calendar-recompute.bench.js';
import { runCatalogBench } from './catalog.bench.js';
import { runDesignerBench } from './designer.bench.js';
import { runEngineBench } from './engine.bench.js';
import { runPortalBench } from './portal.bench.js';
import { runRuntimeBench } from './runtime.bench.js';

await runCatalogBench();
await runEngineBench();
await runRuntimeBench();
await runCalendarRecomputeBench();
await runDesignerBench();
await runPortalBench();
