import { createRequire as kcbCreateRequire } from "node:module";
const require = kcbCreateRequire(import.meta.url);
import {
  loadFacility,
  startAssessor
} from "../../chunk-KLMNBKTA.js";
import "../../chunk-22H6PG4T.js";
import "../../chunk-DXW7GSAM.js";
import "../../chunk-UC3V2W7X.js";
import "../../chunk-ZQZJ5EDI.js";
import "../../chunk-RBEZ6K4N.js";
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
