import { describe, expect, it } from "vitest";
import { Schedule } from "../src/batch/schedule.js";

const LARGE = 100;
const limits = { chunk: 4, ahead: 8, largeBytes: LARGE, largeBudget: 250 };

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
  let overBudget = 0;
  let furthestAhead = 0;
  const fill = () => {
    for (const queue of queues) {
      while (queue.length < 2) {
        const chunk = schedule.next(nextToDeliver);
        if (chunk.length === 0) break;
        queue.push([...chunk]);
        sent.push(...chunk);
        furthestAhead = Math.max(furthestAhead, ...chunk.map((index) => index - nextToDeliver));
      }
    }
  };
  for (let step = 0; step < 10 * sizes.length && reported.size < sizes.length; step += 1) {
    fill();
    const large = queues.flat(2).filter((index) => sizes[index]! >= LARGE);
    const bytes = large.reduce((sum, index) => sum + sizes[index]!, 0);
    if (large.length > 1 && bytes > limits.largeBudget) overBudget += 1;
    const queue = queues[step % workers]!;
    const index = queue[0]?.shift();
    if (queue[0]?.length === 0) queue.shift();
    if (index === undefined) continue;
    schedule.reported(index);
    reported.add(index);
    while (reported.has(nextToDeliver)) nextToDeliver += 1;
  }
  return { sent, reported, overBudget, furthestAhead, finished: schedule.finished };
}

describe("the batch's schedule (which files go to the workers when)", () => {
  it("sends small files in order, in chunks", () => {
    const schedule = new Schedule([1, 1, 1, 1, 1, 1], limits);
    expect(schedule.next(0)).toEqual([0, 1, 2, 3]);
    expect(schedule.next(0)).toEqual([4, 5]);
    expect(schedule.finished).toBe(true);
    expect(schedule.next(0)).toEqual([]);
  });

  it("keeps the large files in flight within the budget, and sends the small ones after a waiting one meanwhile", () => {
    const schedule = new Schedule([1, 200, 1, 100, 1, 1, 120, 1], limits);
    // 200 + 100 would pass the budget of 250: the second large file waits, the small files after it go.
    expect(schedule.next(0)).toEqual([0, 1, 2, 4]);
    expect(schedule.next(0)).toEqual([5, 7]);
    expect(schedule.finished).toBe(false);
    expect(schedule.next(0)).toEqual([]);
    schedule.reported(1);
    // Once there is room, the waiting files go first, in file order: 100 + 120 fit together.
    expect(schedule.next(3)).toEqual([3, 6]);
    expect(schedule.finished).toBe(true);
  });

  it("sends a large file past the budget alone, once no other large file is in flight", () => {
    const schedule = new Schedule([300, 400, 1], limits);
    expect(schedule.next(0)).toEqual([0, 2]);
    expect(schedule.next(0)).toEqual([]);
    schedule.reported(0);
    expect(schedule.next(1)).toEqual([1]);
  });

  it("sends nothing more than `ahead` files past the next report due", () => {
    const schedule = new Schedule(
      Array.from({ length: 20 }, () => 1),
      limits,
    );
    expect(schedule.next(0)).toEqual([0, 1, 2, 3]);
    expect(schedule.next(0)).toEqual([4, 5, 6, 7]);
    expect(schedule.next(0)).toEqual([]);
    expect(schedule.next(3)).toEqual([8, 9, 10]);
  });

  it("hands out every file exactly once, with the large files in flight never past the budget together", () => {
    let seed = 11;
    const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    for (const workers of [1, 2, 3]) {
      for (let round = 0; round < 30; round += 1) {
        const sizes = Array.from({ length: 1 + Math.floor(random() * 60) }, () =>
          random() < 0.3 ? LARGE + Math.floor(random() * 300) : 1,
        );
        const run = simulate(sizes, workers);
        expect(run.finished).toBe(true);
        expect([...run.sent].sort((a, b) => a - b)).toEqual(sizes.map((_, index) => index));
        expect(run.reported.size).toBe(sizes.length);
        expect(run.overBudget).toBe(0);
        expect(run.furthestAhead).toBeLessThan(limits.ahead);
      }
    }
  });
});
