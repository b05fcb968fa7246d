import { createRequire as kcbCreateRequire } from "node:module";
const require = kcbCreateRequire(import.meta.url);
import {
  loadFacility,
  startAssessor
} from "../../chunk-YCFCHTU2.js";
import "../../chunk-22H6PG4T.js";
import "../../chunk-DXW7GSAM.js";
import "../../chunk-UC3V2W7X.js";
import "../../chunk-ZQZJ5EDI.js";
import "../../chunk-RBEZ6K4N.js";
import "../../chunk-IZOXAFHF.js";
import "../../chunk-A4REKETX.js";
import "../../chunk-EZ77PSFF.js";

// src/batch/worker.ts
import { parentPort, workerData } from "node:worker_threads";
var port = parentPort;
var send = (message) => port.postMessage(message);
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
  const assess = startAssessor(header, limits);
  port.on(
    "message",
    (message) => void (async () => {
      for (const { index, file } of message.files) {
        const facility = assess(await loadFacility(file, { limits }));
        send({ type: "facility", index, facility: findings ? facility : forSummary(facility) });
      }
      send({ type: "idle" });
    })()
  );
  send({ type: "idle" });
} catch (error) {
  send({ type: "fatal", name: error.name, message: error.message });
}
