/** How the pool hands files to its workers: what the next chunk is, given what is in flight and what was delivered. */
export interface ScheduleLimits {
  /** Files per chunk: small enough to balance hospitals against commune stations, large enough to amortise messaging. */
  chunk: number;
  /** How far past the next report due a file may be sent (reports are delivered in file order and wait until then). */
  ahead: number;
  /** Files at least this large count against `largeBudget`. */
  largeBytes: number;
  /** Bytes of large files in flight at once; a large file past it goes alone (with small files beside it). */
  largeBudget: number;
}

/**
 * The order in which a batch's files go to its workers: file order, except that the large files (hospitals') in
 * flight at once stay within a budget of bytes. A large facility's check holds a lot of memory while it runs (the
 * bench corpus's largest, 1.9 MB of JSON, 120–150 MiB: its parsed config, the policy's input and heap, its findings),
 * so two of the largest at once, one per worker, set a batch's peak. A large file that does not fit waits, the small
 * files after it (within `ahead`) go meanwhile, and it goes first once the budget has room; one large file always
 * fits when none is in flight. The budget leaves two middling hospitals side by side: holding every large file to one
 * at a time made the largest files a sequence of their own, and the batch a fifth slower.
 */
export class Schedule {
  readonly #sizes: readonly number[];
  readonly #limits: ScheduleLimits;
  /** The first file never sent or set aside. */
  #cursor = 0;
  /** Large files set aside while the budget was full, in file order: they go first once it has room. */
  readonly #waiting: number[] = [];
  /** The large files sent and not yet reported (a few at most). */
  readonly #inFlight = new Set<number>();

  constructor(sizes: readonly number[], limits: ScheduleLimits) {
    this.#sizes = sizes;
    this.#limits = limits;
  }

  /** Whether every file has been handed out. */
  get finished(): boolean {
    return this.#cursor >= this.#sizes.length && this.#waiting.length === 0;
  }

  /** The next chunk's file indices, or none when nothing may be sent until a report arrives. */
  next(nextToDeliver: number): number[] {
    const chunk: number[] = [];
    // The earliest report not delivered may be a waiting file: they go before anything later.
    while (chunk.length < this.#limits.chunk && this.#waiting.length > 0 && this.#fits(this.#waiting[0]!))
      chunk.push(this.#send(this.#waiting.shift()!));
    while (
      chunk.length < this.#limits.chunk &&
      this.#cursor < this.#sizes.length &&
      this.#cursor - nextToDeliver < this.#limits.ahead
    ) {
      const index = this.#cursor;
      this.#cursor += 1;
      if (this.#waiting.length === 0 && this.#fits(index)) chunk.push(this.#send(index));
      else if (this.#isLarge(index)) this.#waiting.push(index);
      else chunk.push(index);
    }
    return chunk;
  }

  /** A file's report arrived: a large file's bytes leave the budget. */
  reported(index: number): void {
    this.#inFlight.delete(index);
  }

  #isLarge(index: number): boolean {
    return this.#sizes[index]! >= this.#limits.largeBytes;
  }

  #fits(index: number): boolean {
    if (!this.#isLarge(index) || this.#inFlight.size === 0) return true;
    let bytes = this.#sizes[index]!;
    for (const sent of this.#inFlight) bytes += this.#sizes[sent]!;
    return bytes <= this.#limits.largeBudget;
  }

  #send(index: number): number {
    if (this.#isLarge(index)) this.#inFlight.add(index);
    return index;
  }
}
