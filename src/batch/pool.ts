import { setFlagsFromString } from "node:v8";
import { Worker } from "node:worker_threads";
import type { ReportHeader } from "../assess.js";
import type { Limits } from "../load/limits.js";
import { EngineError } from "../errors.js";
import { packagePath } from "../paths.js";
import { catalogForPacks, loadCatalog } from "../report/catalog.js";
import type { FacilityReport } from "../report/model.js";
import { catalogHeaders, withCatalogText, type SentFacility } from "./catalog-text.js";

export type ToWorker = { type: "files"; files: Array<{ index: number; file: string }> };
export type FromWorker =
  | { type: "idle" }
  | { type: "facility"; index: number; facility: SentFacility }
  | { type: "fatal"; name: string; message: string };

/** What each worker thread needs to assess configs as the calling thread would. */
export interface WorkerSettings {
  header: ReportHeader;
  limits: Limits;
  /** False when the caller folds reports into a summary: workers then send only the failed findings it lists. */
  findings: boolean;
}

/** Files per message: small enough to balance hospitals against commune stations, large enough to amortise messaging. */
const CHUNK = 4;

/**
 * How far past the next report due the workers may run. Reports are delivered in file order, so while one worker
 * is on a large hospital the others' reports wait: bounded, they wait in a few dozen, not in every later file's.
 */
const AHEAD = 64;

/**
 * Spreads the files over `jobs` worker threads (each with its own policy instance) and delivers the reports in
 * file order. Workers pull chunks as they finish, so only a few files are in flight at any time.
 */
export function assessInWorkers(
  files: string[],
  settings: WorkerSettings,
  jobs: number,
  onFacility: (facility: FacilityReport, index: number) => void,
): Promise<void> {
  // lib/batch/worker.js beside the runtime files: the compiled library's, or the bundle's (dist/, which carries
  // its worker there); the library loaded from src/ (tests) runs the compiled worker too.
  const script = packagePath("lib/batch/worker.js");
  const workers: Worker[] = [];
  const waiting = new Map<number, FacilityReport>();
  /** Workers idle because the run is AHEAD files past delivery: each gets a chunk as delivery catches up. */
  const parked: Worker[] = [];
  let nextToSend = 0;
  let nextToDeliver = 0;
  const headers = catalogHeaders(catalogForPacks(loadCatalog(), settings.header.packs ?? []));

  return new Promise<void>((resolve, reject) => {
    const finish = (error?: Error) => {
      for (const worker of workers) void worker.terminate();
      if (error) reject(error);
      else resolve();
    };
    const sendChunk = (worker: Worker) => {
      if (nextToSend >= files.length) return;
      if (nextToSend - nextToDeliver >= AHEAD) return void parked.push(worker);
      const chunk = files.slice(nextToSend, nextToSend + CHUNK).map((file, offset) => ({ index: nextToSend + offset, file }));
      nextToSend += chunk.length;
      worker.postMessage({ type: "files", files: chunk } satisfies ToWorker);
    };
    const deliver = (index: number, facility: FacilityReport) => {
      waiting.set(index, facility);
      for (let ready = waiting.get(nextToDeliver); ready; ready = waiting.get(nextToDeliver)) {
        waiting.delete(nextToDeliver);
        try {
          onFacility(ready, nextToDeliver);
        } catch (error) {
          return finish(error as Error);
        }
        nextToDeliver += 1;
      }
      while (parked.length > 0 && nextToSend - nextToDeliver < AHEAD) sendChunk(parked.shift()!);
      if (nextToDeliver === files.length) finish();
    };
    // Workers started after this flag have a global gc(): after a facility that used a large heap, a worker's engine
    // drops its policy instance and collects at once, so its memory is freed (engine/policy.ts). It adds gc() only
    // to contexts created later, the workers', and changes nothing else; worker threads cannot be given V8 flags of
    // their own.
    setFlagsFromString("--expose-gc");
    for (let n = 0; n < jobs; n += 1) {
      const worker = new Worker(script, { workerData: settings });
      let started = false;
      worker.on("message", (message: FromWorker) => {
        if (message.type === "facility") return deliver(message.index, withCatalogText(message.facility, headers));
        if (message.type === "fatal") return finish(new EngineError(message.message));
        // Keep one chunk queued behind the one being worked on, so a worker never waits for the main thread.
        if (!started) sendChunk(worker);
        started = true;
        sendChunk(worker);
      });
      worker.on("error", (error) => finish(error));
      worker.on("exit", (code) => {
        if (code !== 0 && nextToDeliver < files.length) finish(new Error(`a check worker stopped (exit code ${code})`));
      });
      workers.push(worker);
    }
  });
}
