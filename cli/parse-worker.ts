// The entry of the worker thread that reads and parses part of a large registry (lib/io/parallel-read.ts).
import { serveParseWorker } from '../lib/io/parallel-read.js';

serveParseWorker();
