import { getHeapStatistics } from "node:v8";
import { parentPort, workerData } from "node:worker_threads";
import { startAssessor } from "../assess.js";
import { collectGarbage } from "../engine/policy.js";
import { loadFacility } from "../load/facility.js";
import { catalogForPacks, loadCatalog } from "../report/catalog.js";
import { catalogHeaders, withoutCatalogText } from "./catalog-text.js";
import type { ToWorker, FromWorker, WorkerSettings } from "./pool.js";

// One policy instance per worker thread: the WASM is loaded and setData is called once, then every file the
// pool hands over is read, parsed, validated and evaluated here; only the facility report goes back.
const port = parentPort!;
const send = (message: FromWorker) => port.postMessage(message);

/**
 * The JavaScript heap a worker may fill (live data and garbage) before it collects. V8 lets a thread's old generation
 * grow far past what it holds before it collects on its own: at 13,000 facilities a worker checking only commune
 * stations reached 200 MiB of heap, of which 15–30 MiB live, and each worker's heap set the batch's peak. A full
 * collection with that much live costs about 15 ms, once every hundred or so small facilities. Forced more often it
 * costs far more than its own time (a bound of 32 MiB: 2,500 facilities took 61 CPU-s instead of 44).
 */
const HEAP_BYTES_BEFORE_COLLECTING = 64 * 1024 * 1024;

try {
  const { header, limits, findings } = workerData as WorkerSettings;
  // A hospital's findings run to thousands: a summary needs the statuses and the failed findings it lists (it keeps
  // the first MAX_FAILURES_KEPT and counts the rest), the text report those that did not pass, so the policy is asked
  // for only what the run needs (batch/run.ts). The engine drops its policy instance after a facility that used a
  // large heap and collects it at once with the gc() the pool exposes to its workers (engine/policy.ts), so a batch's
  // memory is that of the facilities in flight rather than of the largest ones seen so far.
  const assess = startAssessor(header, limits, { findings });
  const headers = catalogHeaders(catalogForPacks(loadCatalog(), header.packs ?? []));
  port.on(
    "message",
    (message: ToWorker) =>
      void (async () => {
        for (const { index, file } of message.files) {
          const facility = assess(await loadFacility(file, { limits }));
          send({ type: "facility", index, facility: withoutCatalogText(facility, headers) });
          if (getHeapStatistics().used_heap_size > HEAP_BYTES_BEFORE_COLLECTING) collectGarbage();
        }
        send({ type: "idle" });
      })(),
  );
  send({ type: "idle" });
} catch (error) {
  send({ type: "fatal", name: (error as Error).name, message: (error as Error).message });
}
