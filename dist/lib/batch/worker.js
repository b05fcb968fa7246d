import { createRequire as kcbCreateRequire } from "node:module";
const require = kcbCreateRequire(import.meta.url);
import {
  catalogForPacks,
  catalogHeaders,
  collectGarbage,
  loadCatalog,
  loadFacility,
  startAssessor,
  withoutCatalogText
} from "../../chunk-V4RTBKGJ.js";
import "../../chunk-OJYSJZFW.js";
import "../../chunk-KCONMGSM.js";
import "../../chunk-A543BN3N.js";
import "../../chunk-FTLTMWMS.js";
import "../../chunk-XOWPIW4Q.js";
import "../../chunk-65ZUPPDZ.js";
import "../../chunk-A4REKETX.js";
import "../../chunk-EZ77PSFF.js";

// src/batch/worker.ts
import { getHeapStatistics } from "node:v8";
import { parentPort, workerData } from "node:worker_threads";
var port = parentPort;
var send = (message) => port.postMessage(message);
var HEAP_BYTES_BEFORE_COLLECTING = 64 * 1024 * 1024;
try {
  const { header, limits, findings } = workerData;
  const assess = startAssessor(header, limits, { findings });
  const headers = catalogHeaders(catalogForPacks(loadCatalog(), header.packs ?? []));
  port.on(
    "message",
    (message) => void (async () => {
      for (const { index, file } of message.files) {
        const facility = assess(await loadFacility(file, { limits }));
        send({ type: "facility", index, facility: withoutCatalogText(facility, headers) });
        if (getHeapStatistics().used_heap_size > HEAP_BYTES_BEFORE_COLLECTING) collectGarbage();
      }
      send({ type: "idle" });
    })()
  );
  send({ type: "idle" });
} catch (error) {
  send({ type: "fatal", name: error.name, message: error.message });
}
