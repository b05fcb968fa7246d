import { statSync } from "node:fs";
import { setFlagsFromString } from "node:v8";
import { Worker } from "node:worker_threads";
import type { ReportHeader } from "../assess.js";
import type { FindingsKept } from "../engine/policy.js";
import type { Limits } from "../load/limits.js";
import { EngineError } from "../errors.js";
import { packagePath } from "../paths.js";
import { catalogForPacks, loadCatalog } from "../report/catalog.js";
import type { FacilityReport } from "../report/model.js";
import { catalogHeaders, withCatalogText, type SentFacility } from "./catalog-text.js";
import { Schedule, type ScheduleLimits } from "./schedule.js";

export type ToWorker = { type: "files"; files: Array<{ index: number; file: string }> };
export type FromWorker =
  | { type: "idle" }
  | { type: "facility"; index: number; facility: SentFacility }
  | { type: "fatal"; name: string; message: string };

/** What each worker thread needs to assess configs as the calling thread would. */
export interface WorkerSettings {
  header: ReportHeader;
  limits: Limits;
  /** Which findings the caller needs with each rule's status (batch/run.ts): workers send only those. */
  findings: FindingsKept;
}

/**
 * Chunks of 4 files; reports run at most 64 files past the next one due (reports are delivered in file order, so
 * while one worker is on a large hospital the others' reports wait: bounded, they wait in a few dozen, not in every
 * later file's); files from 256 KiB (a district hospital's and up: 4 % of the 13,000-facility bench corpus, 55 % of its bytes)
 * are in flight together only up to 2 MiB (see Schedule).
 */
const LIMITS: ScheduleLimits = { chunk: 4, ahead: 64, largeBytes: 256 * 1024, largeBudget: 2 * 1024 * 1024 };

/**
 * Each worker's young generation, a third of V8's default (48 MiB on this 64-bit build): a worker's objects live for one
 * facility, so a smaller nursery keeps 30–60 MiB less resident across a batch (2,500 facilities: 386–396 MiB against
 * 426–459) at no cost in time beyond the machine's noise (issue 11's closing note has the figures).
 */
const YOUNG_GENERATION_MB = 16;

/**
 * Spreads the files over `jobs` worker threads (each with its own policy instance) and delivers the reports in
 * file order. Workers pull chunks as they finish, so only a few files are in flight at any time, and few large ones.
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
  /** Workers with nothing they may take yet (the run is far enough ahead, or a large file waits its turn). */
  const parked: Worker[] = [];
  // A file that cannot be read counts as small: its worker reports the error.
  const schedule = new Schedule(
    files.map((file) => statSync(file, { throwIfNoEntry: false })?.size ?? 0),
    LIMITS,
  );
  let nextToDeliver = 0;
  const headers = catalogHeaders(catalogForPacks(loadCatalog(), settings.header.packs ?? []));

  return new Promise<void>((resolve, reject) => {
    const finish = (error?: Error) => {
      for (const worker of workers) void worker.terminate();
      if (error) reject(error);
      else resolve();
    };
    /** Sends the worker its next chunk; false when it may take nothing yet. */
    const trySend = (worker: Worker): boolean => {
      const chunk = schedule.next(nextToDeliver);
      if (chunk.length > 0)
        worker.postMessage({ type: "files", files: chunk.map((index) => ({ index, file: files[index]! })) } satisfies ToWorker);
      return chunk.length > 0;
    };
    const sendChunk = (worker: Worker) => {
      if (!schedule.finished && !trySend(worker)) parked.push(worker);
    };
    const deliver = (index: number, facility: FacilityReport) => {
      schedule.reported(index);
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
      while (parked.length > 0 && trySend(parked[0]!)) parked.shift();
      if (nextToDeliver === files.length) finish();
    };
    // Workers started after this flag have a global gc(): after a facility that used a large heap, a worker's engine
    // drops its policy instance and collects at once, so its memory is freed (engine/policy.ts), and a worker collects
    // once its heap passes a bound (batch/worker.ts). It adds gc() only to contexts created later, the workers', and
    // changes nothing else; worker threads cannot be given V8 flags of their own.
    setFlagsFromString("--expose-gc");
    for (let n = 0; n < jobs; n += 1) {
      const worker = new Worker(script, {
        workerData: settings,
        resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
      });
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
