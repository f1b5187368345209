/** Writes (or reuses) the NDJSON file of N synthetic records; a separate process so no measurement carries its memory. */
import { ensureRecordsFile } from '../records-file.js';
import { argValue, runWorker } from '../lib/worker.js';

runWorker(async () => ({ file: await ensureRecordsFile(Number(argValue('records', '1000'))) }));
