import type { Writable } from "node:stream";

export interface Progress {
  tick(): void;
  stop(): void;
}

/** Plain lines in a log (CI) at every tenth of the run. */
const LOG_STEPS = 10;

/**
 * Progress on stderr only, so stdout stays a clean report: a bar on a terminal (cli-progress, loaded only then),
 * a plain line at every tenth in a log.
 */
export async function startProgress(stream: Writable & { isTTY?: boolean }, total: number): Promise<Progress> {
  if (stream.isTTY) {
    const { SingleBar, Presets } = (await import("cli-progress")).default;
    const bar = new SingleBar(
      {
        stream,
        format: "kcb check [{bar}] {value}/{total} facilities · {percentage}% · {eta_formatted} left",
        clearOnComplete: true,
        hideCursor: true,
      },
      Presets.shades_classic,
    );
    bar.start(total, 0);
    return { tick: () => bar.increment(), stop: () => bar.stop() };
  }
  const started = Date.now();
  const step = Math.ceil(total / LOG_STEPS);
  let done = 0;
  return {
    tick() {
      done += 1;
      if (done % step !== 0 && done !== total) return;
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      stream.write(`kcb check: ${done}/${total} facilities (${Math.round((done / total) * 100)} %, ${seconds} s)\n`);
    },
    stop() {},
  };
}
