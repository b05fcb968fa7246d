import { parentPort, workerData } from "node:worker_threads";
import { startAssessor } from "../assess.js";
import { loadFacility } from "../load/facility.js";
import type { ToWorker, FromWorker, WorkerSettings } from "./pool.js";

// One policy instance per worker thread: the WASM is loaded and setData is called once, then every file the
// pool hands over is read, parsed, validated and evaluated here; only the facility report goes back.
const port = parentPort!;
const send = (message: FromWorker) => port.postMessage(message);

try {
  const { header, limits, findings } = workerData as WorkerSettings;
  const assess = startAssessor(header, limits);
  port.on(
    "message",
    (message: ToWorker) =>
      void (async () => {
        for (const { index, file } of message.files) {
          const facility = assess(await loadFacility(file, { limits }));
          // A hospital's findings run to thousands: a summary needs only the statuses, so only those are copied over.
          send({
            type: "facility",
            index,
            facility: findings ? facility : { ...facility, rules: facility.rules.map((rule) => ({ ...rule, findings: [] })) },
          });
        }
        send({ type: "idle" });
      })(),
  );
  send({ type: "idle" });
} catch (error) {
  send({ type: "fatal", name: (error as Error).name, message: (error as Error).message });
}
