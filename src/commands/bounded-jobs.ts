/**
 * Asynchronous jobs (writing files) run at most `limit` at a time, started in the order added. A
 * producer adds jobs as it finds work and awaits `room()` now and then, so that jobs waiting to
 * start stay few; `drained()` waits for the last. The first failure stops the jobs not yet
 * started and is what `room()` and `drained()` then reject with, once the running ones have ended.
 */
export class BoundedJobs {
  private readonly waiting: (() => Promise<void>)[] = [];
  private running = 0;
  private failure: { error: unknown } | undefined;
  private wakers: (() => void)[] = [];

  constructor(private readonly limit: number) {}

  add(job: () => Promise<void>): void {
    if (this.failure) return;
    this.waiting.push(job);
    this.start();
  }

  /** Resolves once no more than `limit` jobs wait to start. */
  async room(): Promise<void> {
    while (!this.failure && this.waiting.length > this.limit) await this.change();
    if (this.failure) await this.drained();
  }

  /** Resolves when every job added has ended; rejects with the first failure when all running ones have. */
  async drained(): Promise<void> {
    while (this.running > 0 || this.waiting.length > 0) await this.change();
    if (this.failure) throw this.failure.error;
  }

  private start(): void {
    while (this.running < this.limit && this.waiting.length > 0) {
      const job = this.waiting.shift()!;
      this.running++;
      // A job that throws before its first await fails as one that rejects.
      Promise.resolve()
        .then(job)
        .catch((error: unknown) => {
          this.failure ??= { error };
          this.waiting.length = 0;
        })
        .finally(() => {
          this.running--;
          this.start();
          this.wake();
        });
    }
  }

  private change(): Promise<void> {
    return new Promise((resolve) => this.wakers.push(resolve));
  }

  private wake(): void {
    const wakers = this.wakers;
    this.wakers = [];
    for (const wake of wakers) wake();
  }
}
