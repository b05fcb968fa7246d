import { statSync } from "node:fs";
import { parentPort, workerData } from "node:worker_threads";
import { startAssessor } from "../assess.js";
import { loadFacility } from "../load/facility.js";
import { catalogForPacks, loadCatalog } from "../report/catalog.js";
import { catalogHeaders, withoutCatalogText } from "./catalog-text.js";
import type { ToWorker, FromWorker, WorkerSettings } from "./pool.js";

// One policy instance per worker thread: the WASM is loaded and setData is called once, then every file the
// pool hands over is read, parsed, validated and evaluated here; only the facility report goes back.
const port = parentPort!;
const send = (message: FromWorker) => port.postMessage(message);

/**
 * A config this large leaves a hundred MB or so of the policy's WebAssembly memory written, and that memory never
 * shrinks: the pages stay resident for every later facility of the worker. After one, the worker starts a fresh
 * policy instance (about 70 ms) and drops the old, whose memory is freed with it, so a batch's memory is that of
 * the facilities in flight rather than of the largest ones seen so far.
 */
const RECYCLE_BYTES = 256 * 1024;

// The old instance's memory is freed only when the garbage collector finds it unreachable, and a worker's small
// JavaScript heap gives the collector no reason to run soon: the worker collects at once after dropping one. The
// pool exposes the collector to its workers (pool.ts); a worker started otherwise just leaves it to V8.
const collect = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

function isLarge(file: string): boolean {
  try {
    return statSync(file).size >= RECYCLE_BYTES;
  } catch {
    return false;
  }
}

try {
  const { header, limits, findings } = workerData as WorkerSettings;
  // A hospital's findings run to thousands: a summary needs the statuses and the failed findings it lists (it keeps
  // the first MAX_FAILURES_KEPT and counts the rest), so the policy is asked for only those.
  const start = () => startAssessor(header, limits, { failedOnly: !findings });
  let assess = start();
  const headers = catalogHeaders(catalogForPacks(loadCatalog(), header.packs ?? []));
  port.on(
    "message",
    (message: ToWorker) =>
      void (async () => {
        for (const { index, file } of message.files) {
          const facility = assess(await loadFacility(file, { limits }));
          send({ type: "facility", index, facility: withoutCatalogText(facility, headers) });
          if (isLarge(file)) {
            assess = start();
            collect();
          }
        }
        send({ type: "idle" });
      })(),
  );
  send({ type: "idle" });
} catch (error) {
  send({ type: "fatal", name: (error as Error).name, message: (error as Error).message });
}
