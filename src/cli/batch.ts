import { closeSync, mkdirSync, openSync, realpathSync, writeFileSync, writeSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { InvalidArgumentError } from "commander";
import { SummaryBuilder, type PackStore, type SummaryRows } from "../batch/summary.js";
import { checkEach, WORKER_THRESHOLD, type BatchOptions } from "../batch/run.js";
import { InputError } from "../errors.js";
import { discoverInputs } from "../load/discover.js";
import type { FormatOptions } from "../format/index.js";
import { SUMMARY_FORMAT_NAMES, type SummaryFormatName } from "../format/summary/names.js";
import { catalogForPacks, loadCatalog } from "../report/catalog.js";
import { summarize } from "../report/build.js";
import type { Registry } from "../load/registry.js";
import type { FacilityReport, Report } from "../report/model.js";
import type { ReportHeader } from "../assess.js";
import type { FindingsKept } from "../engine/policy.js";
import { startProgress, type Progress } from "./progress.js";

export interface SummaryTarget {
  format: SummaryFormatName;
  /** A file path, or "-" for stdout. */
  path: string;
}

/** Commander argument parser for a repeatable `--summary FORMAT=PATH`. */
export function collectSummaryTarget(value: string, previous: SummaryTarget[]): SummaryTarget[] {
  const split = value.indexOf("=");
  const format = split < 0 ? value : value.slice(0, split);
  if (!SUMMARY_FORMAT_NAMES.includes(format as SummaryFormatName)) {
    throw new InvalidArgumentError(`expected FORMAT=PATH with FORMAT one of ${SUMMARY_FORMAT_NAMES.join(", ")}`);
  }
  const path = split < 0 ? "-" : value.slice(split + 1) || "-";
  // A workbook is binary: it goes to a file, never to a terminal.
  if (format === "xlsx" && path === "-")
    throw new InvalidArgumentError("expected xlsx=FILE.xlsx (a workbook is written to a file)");
  return [...previous, { format: format as SummaryFormatName, path }];
}

export function parseJobs(value: string): number {
  const jobs = Number(value);
  if (!Number.isInteger(jobs) || jobs < 1) throw new InvalidArgumentError("expected a whole number ≥ 1");
  return jobs;
}

interface RunOptions extends Omit<BatchOptions, "onFacility" | "onStart"> {
  /** The department's list of expected facilities (`--expect`), compared with the files checked. */
  registry?: Registry;
  /**
   * Which findings the outputs need with each rule's status (engine/policy.ts). "failed" is a summary alone: its
   * reports are folded in and dropped. Otherwise every report is kept for a per-finding format (memory grows with them).
   */
  findings: FindingsKept;
  progress: boolean;
  /** Once the run's header is known, before any facility. */
  onHeader?: (header: ReportHeader) => void;
  /** Each facility's report in file order, which the run then drops: no report is returned (a streamed output). */
  onReport?: (facility: FacilityReport) => void;
  /** Where the summary keeps its rows' packed findings until they are written (batch/spill.ts); memory by default. */
  store?: PackStore;
}

/**
 * Runs the checks with progress on stderr, folding each facility into the summary as its result arrives; the
 * summary's facilities stay compact rows (SummaryBuilder.rows), each unpacked as a format writes it.
 */
export async function runChecks(paths: string[], options: RunOptions): Promise<{ summary: SummaryRows; report?: Report }> {
  let progress: Progress | undefined;
  const facilities: FacilityReport[] = [];
  let builder: SummaryBuilder | undefined;
  const keepReports = options.findings !== "failed";
  try {
    const header = await checkEach(paths, {
      ...options,
      onStart: async (total, header) => {
        options.onHeader?.(header);
        builder = new SummaryBuilder(header, catalogForPacks(loadCatalog(), header.packs ?? []), options.store);
        // Only runs long enough to need it show progress; a single check prints nothing extra.
        if (options.progress && total >= WORKER_THRESHOLD) progress = await startProgress(process.stderr, total);
      },
      onFacility: (facility) => {
        builder?.add(facility);
        if (options.onReport) options.onReport(facility);
        else if (keepReports) facilities.push(facility);
        progress?.tick();
      },
    });
    const summary = (builder ?? new SummaryBuilder(header, catalogForPacks(loadCatalog(), header.packs ?? []))).rows(
      options.registry,
    );
    return keepReports && !options.onReport
      ? { summary, report: { ...header, facilities, summary: summarize(facilities) } }
      : { summary };
  } finally {
    progress?.stop();
  }
}

/**
 * Writes each requested aggregate piece by piece (SUMMARY_CHUNKS), so neither the whole text nor every facility
 * in full is ever held; the formats (and the CSV and Excel libraries) load only when a summary is asked for, and
 * the Excel writer only for an xlsx summary.
 */
export async function writeSummaries(summary: SummaryRows, targets: SummaryTarget[], options: FormatOptions): Promise<void> {
  if (targets.length === 0) return;
  const { SUMMARY_CHUNKS } = await import("../format/summary/index.js");
  for (const target of targets) {
    if (target.format === "xlsx") {
      const { summaryXlsx } = await import("../format/summary/xlsx.js");
      writeOutputFile(target.path, await summaryXlsx(summary, options));
      continue;
    }
    const chunks = SUMMARY_CHUNKS[target.format](summary, options);
    if (target.path === "-") await writeStdout(chunks);
    else writeChunks(target.path, chunks);
  }
}

/** Pieces gathered to about this many characters per write: a system call per piece would be thousands of them. */
const WRITE_SIZE = 1 << 16;

function* batched(chunks: Iterable<string>): Iterable<string> {
  let pending: string[] = [];
  let size = 0;
  for (const chunk of chunks) {
    pending.push(chunk);
    size += chunk.length;
    if (size < WRITE_SIZE) continue;
    yield pending.join("");
    pending = [];
    size = 0;
  }
  if (size > 0) yield pending.join("");
}

function writeChunks(path: string, chunks: Iterable<string>): void {
  const sink = openOutputFile(path);
  try {
    for (const text of batched(chunks)) sink.write(text);
  } finally {
    sink.close();
  }
}

/**
 * To stdout, waiting whenever the pipe is full, so a slow reader does not make the pieces pile up in memory. A
 * reader that closes the pipe early (`kcb check … --summary csv=- | head`) ends this summary, not the run: the
 * other summaries are still written and the exit code is the check's (bin/kcb.js drops the pipe's EPIPE).
 */
async function writeStdout(chunks: Iterable<string>): Promise<void> {
  const stdout = process.stdout;
  for (const text of batched(chunks)) {
    if (stdout.destroyed) return;
    if (!stdout.write(text)) await drainedOrClosed(stdout);
  }
}

/** Resolves when a stream can take more, or will never take more (closed, or failed). */
function drainedOrClosed(stream: NodeJS.WritableStream & { destroyed: boolean }): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      for (const event of ["drain", "close", "error"]) stream.off(event, done);
      resolve();
    };
    for (const event of ["drain", "close", "error"]) stream.once(event, done);
    if (stream.destroyed) done();
  });
}

/** Writes a report or summary, creating its folder; a path that cannot be written is a usage error saying why. */
export function writeOutputFile(path: string, text: string | Uint8Array): void {
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  } catch (error) {
    throw unwritable(path, error);
  }
}

export interface OutputSink {
  write: (text: string) => void;
  close: () => void;
}

/** An output file written piece by piece (a streamed report), with writeOutputFile's folder and errors. */
export function openOutputFile(path: string): OutputSink {
  let fd: number;
  try {
    mkdirSync(dirname(path), { recursive: true });
    fd = openSync(path, "w");
  } catch (error) {
    throw unwritable(path, error);
  }
  return {
    write: (text) => {
      try {
        // writeSync may write part of a large buffer: write until all of it is out.
        const bytes = Buffer.from(text);
        for (let done = 0; done < bytes.length;) done += writeSync(fd, bytes, done);
      } catch (error) {
        throw unwritable(path, error);
      }
    },
    close: () => closeSync(fd),
  };
}

function unwritable(path: string, error: unknown): InputError {
  const code = (error as NodeJS.ErrnoException).code ?? "unknown";
  return new InputError(
    { file: path, line: 1, column: 1 },
    {
      en: `Cannot write the output file (${code}): check that the folder can be created and written to.`,
      vi: `Không ghi được tệp kết quả (${code}): hãy kiểm tra thư mục có tạo và ghi được không.`,
    },
  );
}

/**
 * Refuses output paths that would overwrite an input (a config checked, the profile file) or that are
 * given twice (the last write would silently win), before anything is checked.
 */
export async function checkOutputPaths(outputs: string[], paths: string[], otherInputs: string[]): Promise<void> {
  const key = (path: string) => {
    const absolute = resolve(path);
    try {
      return realpathSync(absolute);
    } catch {
      return absolute;
    }
  };
  const { files } = await discoverInputs(paths);
  const inputs = new Set([...paths, ...files, ...otherInputs].map(key));
  const seen = new Set<string>();
  for (const output of outputs) {
    const target = key(output);
    const refuse = (en: string, vi: string) => {
      throw new InputError({ file: output, line: 1, column: 1 }, { en, vi });
    };
    if (inputs.has(target))
      refuse(
        "This output path is one of the inputs; it would be overwritten. Write the report elsewhere.",
        "Đường dẫn kết quả này là một tệp đầu vào và sẽ bị ghi đè. Hãy ghi báo cáo ra chỗ khác.",
      );
    if (seen.has(target))
      refuse(
        "This output path is given twice; only the last report would be kept. Give each output its own path.",
        "Đường dẫn kết quả này được nêu hai lần; chỉ báo cáo cuối được giữ. Hãy dùng đường dẫn riêng cho mỗi kết quả.",
      );
    seen.add(target);
  }
}
