import { describe, expect, it } from "vitest";
import { Schedule } from "../src/batch/schedule.js";

const LARGE = 100;
const limits = { chunk: 4, ahead: 8, largeBytes: LARGE };

/**
 * Runs a schedule to the end as the pool does: each worker holds at most two chunks and works through its oldest
 * file first, the workers take turns finishing one file each, reports are delivered in file order, and a worker
 * with nothing it may take waits for the next report. Records what was in flight at every step.
 */
function simulate(sizes: number[], workers: number) {
  const schedule = new Schedule(sizes, limits);
  const queues: number[][][] = Array.from({ length: workers }, () => []);
  const sent: number[] = [];
  const reported = new Set<number>();
  let nextToDeliver = 0;
  let largeAtOnce = 0;
  let largeOnOthers = 0;
  let furthestAhead = 0;
  const fill = () => {
    for (const [worker, queue] of queues.entries()) {
      while (queue.length < 2) {
        const chunk = schedule.next(nextToDeliver, worker === 0);
        if (chunk.length === 0) break;
        queue.push([...chunk]);
        sent.push(...chunk);
        if (worker !== 0) largeOnOthers += chunk.filter((index) => sizes[index]! >= LARGE).length;
        furthestAhead = Math.max(furthestAhead, ...chunk.map((index) => index - nextToDeliver));
      }
    }
  };
  for (let step = 0; step < 10 * sizes.length && reported.size < sizes.length; step += 1) {
    fill();
    const inFlight = queues.flat(2);
    largeAtOnce = Math.max(largeAtOnce, inFlight.filter((index) => sizes[index]! >= LARGE).length);
    const queue = queues[step % workers]!;
    const index = queue[0]?.shift();
    if (queue[0]?.length === 0) queue.shift();
    if (index === undefined) continue;
    schedule.reported(index);
    reported.add(index);
    while (reported.has(nextToDeliver)) nextToDeliver += 1;
  }
  return { sent, reported, largeAtOnce, largeOnOthers, furthestAhead, finished: schedule.finished };
}

describe("the batch's schedule (which files go to which worker)", () => {
  it("sends small files in order, in chunks", () => {
    const schedule = new Schedule([1, 1, 1, 1, 1, 1], limits);
    expect(schedule.next(0, true)).toEqual([0, 1, 2, 3]);
    expect(schedule.next(0, false)).toEqual([4, 5]);
    expect(schedule.finished).toBe(true);
    expect(schedule.next(0, true)).toEqual([]);
  });

  it("gives large files to the one worker that takes them, one at a time, and the small ones after them to others", () => {
    const schedule = new Schedule([1, LARGE, 1, LARGE, 1, 1], limits);
    expect(schedule.next(0, false)).toEqual([0, 2, 4, 5]);
    expect(schedule.next(0, true)).toEqual([1]);
    // The second large file waits for the first one's report, then goes before anything later.
    expect(schedule.next(0, true)).toEqual([]);
    expect(schedule.finished).toBe(false);
    schedule.reported(1);
    expect(schedule.next(0, false)).toEqual([]);
    expect(schedule.next(2, true)).toEqual([3]);
    expect(schedule.finished).toBe(true);
  });

  it("sends nothing more than `ahead` files past the next report due", () => {
    const schedule = new Schedule(
      Array.from({ length: 20 }, () => 1),
      limits,
    );
    expect(schedule.next(0, false)).toEqual([0, 1, 2, 3]);
    expect(schedule.next(0, false)).toEqual([4, 5, 6, 7]);
    expect(schedule.next(0, false)).toEqual([]);
    expect(schedule.next(3, false)).toEqual([8, 9, 10]);
  });

  it("hands out every file exactly once, with never two large files in flight and none on another worker", () => {
    let seed = 11;
    const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    for (const workers of [1, 2, 3]) {
      for (let round = 0; round < 30; round += 1) {
        const sizes = Array.from({ length: 1 + Math.floor(random() * 60) }, () => (random() < 0.3 ? LARGE : 1));
        const run = simulate(sizes, workers);
        expect(run.finished).toBe(true);
        expect([...run.sent].sort((a, b) => a - b)).toEqual(sizes.map((_, index) => index));
        expect(run.reported.size).toBe(sizes.length);
        expect(run.largeAtOnce).toBeLessThanOrEqual(1);
        expect(run.largeOnOthers).toBe(0);
        expect(run.furthestAhead).toBeLessThan(limits.ahead);
      }
    }
  });
});
