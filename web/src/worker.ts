import { describeThrown } from "../../src/errors.js";
import { checkPicked, type PageRequest } from "./check-picked.js";

// The checks run in a worker: Chromium compiles a WASM module of this size only off the main thread, and the page
// stays responsive while a large config is read. One request at a time; the page waits for each answer.
self.onmessage = async (event: MessageEvent<PageRequest>) => {
  try {
    self.postMessage({ result: await checkPicked(event.data) });
  } catch (thrown) {
    self.postMessage({ failure: describeThrown(thrown) });
  }
};
