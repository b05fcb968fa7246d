/** How the pool hands files to its workers: what the next chunk is, given what is in flight and what was delivered. */
export interface ScheduleLimits {
  /** Files per chunk: small enough to balance hospitals against commune stations, large enough to amortise messaging. */
  chunk: number;
  /** How far past the next report due a file may be sent (reports are delivered in file order and wait until then). */
  ahead: number;
  /** Files at least this large are checked one at a time across all workers. */
  largeBytes: number;
}

/**
 * The order in which a batch's files go to its workers: file order, except that large files (a hospital's) go to one
 * worker only, one at a time. A large facility's check holds about 120 MiB of memory per MB of its file while it runs
 * (its parsed config, the policy's input and heap, its findings), and a worker's JavaScript heap keeps most of what it
 * grew to after it is done: large files on every worker, or alternating between them, set a batch's peak at one
 * hospital per worker. While the one worker has a large file, the others take the small files after it (within
 * `ahead`), and a later large file waits its turn. A batch of only large files is checked one file at a time.
 */
export class Schedule {
  readonly #sizes: readonly number[];
  readonly #limits: ScheduleLimits;
  /** The first file never sent or set aside. */
  #cursor = 0;
  /** Large files passed over while another was in flight, in file order: they go first once the slot is free. */
  readonly #waiting: number[] = [];
  #largeInFlight: number | undefined;

  constructor(sizes: readonly number[], limits: ScheduleLimits) {
    this.#sizes = sizes;
    this.#limits = limits;
  }

  /** Whether every file has been handed out. */
  get finished(): boolean {
    return this.#cursor >= this.#sizes.length && this.#waiting.length === 0;
  }

  /**
   * The next chunk's file indices for a worker (the one that `takesLarge`, or another), or none when it may take
   * nothing until a report arrives.
   */
  next(nextToDeliver: number, takesLarge: boolean): number[] {
    const chunk: number[] = [];
    const isLarge = (index: number) => this.#sizes[index]! >= this.#limits.largeBytes;
    const mayTakeLarge = takesLarge && this.#largeInFlight === undefined;
    if (mayTakeLarge && this.#waiting.length > 0) {
      // The earliest report not delivered may be this very file: it goes before anything later.
      this.#largeInFlight = this.#waiting.shift()!;
      chunk.push(this.#largeInFlight);
    }
    while (
      chunk.length < this.#limits.chunk &&
      this.#cursor < this.#sizes.length &&
      this.#cursor - nextToDeliver < this.#limits.ahead
    ) {
      const index = this.#cursor;
      this.#cursor += 1;
      if (!isLarge(index)) chunk.push(index);
      else if (!takesLarge || this.#largeInFlight !== undefined) this.#waiting.push(index);
      else {
        this.#largeInFlight = index;
        chunk.push(index);
      }
    }
    return chunk;
  }

  /** A file's report arrived: if it was the large file in flight, the next large one may go. */
  reported(index: number): void {
    if (index === this.#largeInFlight) this.#largeInFlight = undefined;
  }
}
