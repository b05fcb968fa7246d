import type { Writable } from "node:stream";

export interface Progress {
  start(total: number): void;
  tick(): void;
  stop(): void;
}

/** Plain lines in a log (CI) at every tenth of the run. */
const LOG_STEPS = 10;

/**
 * Progress on stderr only, so stdout stays a clean report: a bar on a terminal (cli-progress, loaded only then),
 * a plain line at every tenth in a log. Silent for runs too small to need it.
 */
export async function startProgress(stream: Writable & { isTTY?: boolean }, minimum: number): Promise<Progress> {
  let total = 0;
  let done = 0;
  const started = Date.now();
  if (stream.isTTY) {
    const { SingleBar, Presets } = (await import("cli-progress")).default;
    const bar = new SingleBar(
      { stream, format: "kcb check [{bar}] {value}/{total} facilities · {percentage}% · {eta_formatted} left", clearOnComplete: true, hideCursor: true },
      Presets.shades_classic,
    );
    let shown = false;
    return {
      start(count) {
        total = count;
        if (total >= minimum) (shown = true), bar.start(total, 0);
      },
      tick() {
        if (shown) bar.increment();
      },
      stop() {
        if (shown) bar.stop();
      },
    };
  }
  return {
    start(count) {
      total = count;
    },
    tick() {
      done += 1;
      if (total < minimum) return;
      const step = Math.ceil(total / LOG_STEPS);
      if (done % step === 0 || done === total) {
        const seconds = ((Date.now() - started) / 1000).toFixed(1);
        stream.write(`kcb check: ${done}/${total} facilities (${Math.round((done / total) * 100)} %, ${seconds} s)\n`);
      }
    },
    stop() {},
  };
}
