// What a fresh page of memory costs on this machine, for reading the benchmarks' page-fault columns. The first write
// to each 4 KiB page of new memory traps to the kernel (a minor page fault); on physical hardware that costs about a
// microsecond or less, under some hypervisors ten times more, and the benches' figures then depend on how much new
// memory a run touches as well as on the work it does. Measured in a child process, so the memory is the process's
// own: 128 MiB of a new WebAssembly.Memory (how the policy's heap is allocated), one byte written per page.
// Run alone: node bench/page-cost.mjs
import { spawnSync } from "node:child_process";
import { pathToFileURL } from "node:url";

const TOUCH = `const pages=32768;const start=process.hrtime.bigint();const bytes=new Uint8Array(new WebAssembly.Memory({initial:2048}).buffer);for(let i=0;i<bytes.length;i+=4096)bytes[i]=1;process.stdout.write(String(Number(process.hrtime.bigint()-start)/1e3/pages))`;

/** Microseconds to fault in one fresh 4 KiB page: the median of `runs` child processes. */
export function freshPageMicroseconds(runs = 3) {
  const samples = [];
  for (let n = 0; n < runs; n += 1) {
    const child = spawnSync(process.execPath, ["-e", TOUCH], { encoding: "utf8" });
    if (child.status === 0) samples.push(Number(child.stdout));
  }
  return samples.sort((a, b) => a - b)[Math.floor(samples.length / 2)];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  console.log(`a fresh 4 KiB page costs ${freshPageMicroseconds(5).toFixed(2)} µs to fault in (median of 5 processes)`);
}
