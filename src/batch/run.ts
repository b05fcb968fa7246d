import { availableParallelism } from "node:os";
import { reportHeader, startAssessor, type CheckOptions, type ReportHeader } from "../assess.js";
import { UsageError } from "../errors.js";
import { discoverInputs } from "../load/discover.js";
import { loadFacility } from "../load/facility.js";
import { resolveLimits } from "../load/limits.js";
import type { FacilityReport } from "../report/model.js";
import { assessInWorkers } from "./pool.js";

/** Below this many files the checks run on the calling thread: starting workers would cost more than it saves. */
export const WORKER_THRESHOLD = 24;

export interface BatchOptions extends CheckOptions {
  /** Threads that evaluate configs. Default: every core for large runs, the calling thread for small ones. */
  jobs?: number;
  /** Called once the files are known, before any is checked. */
  onStart?: (total: number, header: ReportHeader) => void | Promise<void>;
  /** Called once per config, in the order the files were found, as soon as its result (and every earlier one) is in. */
  onFacility: (facility: FacilityReport, index: number) => void;
}

/**
 * Checks every config under `paths`, handing each facility's report to `onFacility` and keeping none of them:
 * the caller decides what to hold (the whole report, or only what an aggregate needs).
 */
export async function checkEach(paths: string[], options: BatchOptions): Promise<ReportHeader> {
  const header = reportHeader(options);
  const limits = resolveLimits(options.limits);
  const { files, refused } = await discoverInputs(paths);
  if (files.length + refused.length === 0) {
    // Nothing checked must not look like everything passed.
    throw new UsageError(paths.join(" "), {
      vi: "Không tìm thấy tệp cấu hình nào (.yaml, .yml, .json).",
      en: "No config files found (.yaml, .yml, .json).",
    });
  }
  await options.onStart?.(files.length + refused.length, header);
  const jobs = Math.min(options.jobs ?? (files.length >= WORKER_THRESHOLD ? availableParallelism() : 1), files.length);
  const findings = options.findings ?? "all";
  const assess = refused.length > 0 || jobs <= 1 ? startAssessor(header, limits, { findings }) : undefined;
  // What discovery refused (a link out of the folder, a folder past the path limit) is each that path's error.
  refused.forEach((error, index) => options.onFacility(assess!({ file: error.location.file, errors: [error] }), index));
  const onFacility = (facility: FacilityReport, index: number) => options.onFacility(facility, refused.length + index);
  if (jobs > 1) {
    await assessInWorkers(files, { header, limits, findings }, jobs, onFacility);
  } else if (assess) {
    // A single run on a terminal may show an access log's progress; worker runs show the batch's instead.
    const progress = (options.progress ?? false) && process.stderr.isTTY === true;
    for (const [index, file] of files.entries()) onFacility(assess(await loadFacility(file, { progress, limits })), index);
  }
  return header;
}
