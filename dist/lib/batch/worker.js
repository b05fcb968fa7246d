import { createRequire as kcbCreateRequire } from "node:module";
const require = kcbCreateRequire(import.meta.url);
import {
  loadFacility,
  startAssessor
} from "../../chunk-B7DPBL3F.js";
import "../../chunk-22H6PG4T.js";
import "../../chunk-KCONMGSM.js";
import "../../chunk-UC3V2W7X.js";
import "../../chunk-7M33AZ4B.js";
import "../../chunk-756SG63G.js";
import "../../chunk-IZOXAFHF.js";
import "../../chunk-A4REKETX.js";
import "../../chunk-EZ77PSFF.js";

// src/batch/worker.ts
import { statSync } from "node:fs";
import { parentPort, workerData } from "node:worker_threads";
var port = parentPort;
var send = (message) => port.postMessage(message);
var RECYCLE_BYTES = 256 * 1024;
var collect = globalThis.gc ?? (() => void 0);
function isLarge(file) {
  try {
    return statSync(file).size >= RECYCLE_BYTES;
  } catch {
    return false;
  }
}
function forSummary(facility) {
  return {
    ...facility,
    rules: facility.rules.map((rule) => ({
      ...rule,
      findings: rule.status === "fail" ? rule.findings.filter((finding) => finding.status === "fail") : []
    }))
  };
}
try {
  const { header, limits, findings } = workerData;
  let assess = startAssessor(header, limits);
  port.on(
    "message",
    (message) => void (async () => {
      for (const { index, file } of message.files) {
        const facility = assess(await loadFacility(file, { limits }));
        send({ type: "facility", index, facility: findings ? facility : forSummary(facility) });
        if (isLarge(file)) {
          assess = startAssessor(header, limits);
          collect();
        }
      }
      send({ type: "idle" });
    })()
  );
  send({ type: "idle" });
} catch (error) {
  send({ type: "fatal", name: error.name, message: error.message });
}
