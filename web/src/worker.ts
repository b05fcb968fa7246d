import { describeThrown } from "../../src/errors.js";
import { checkPicked, type Checked, type PageOutput, type PageRequest } from "./check-picked.js";

/** What the page asks: check the picked files, or give one text of the last check's report. */
export type WorkerRequest = { id: number } & (
  { kind: "check"; request: PageRequest } | { kind: "format"; output: PageOutput; lang: "vi" | "en" }
);

// The checks run in a worker: Chromium compiles a WASM module of this size only off the main thread, and the page
// stays responsive while a large config is read. The worker keeps the last check's report and formats it when the
// page shows or downloads it.
let last: Checked | undefined;

self.onmessage = async ({ data }: MessageEvent<WorkerRequest>) => {
  try {
    if (data.kind === "check") {
      last = undefined;
      last = await checkPicked(data.request);
      self.postMessage({ id: data.id, result: last.result });
    } else {
      self.postMessage({ id: data.id, text: last?.format(data.output, data.lang) ?? "" });
    }
  } catch (thrown) {
    self.postMessage({ id: data.id, failure: describeThrown(thrown) });
  }
};
