// An async mutex: work queued with run() starts only after all work queued before it has settled.

export class WriteLock {
  private tail: Promise<unknown> = Promise.resolve();
  private waiting = 0;

  /** Runs `work` alone: no other work of this lock starts until its promise settles. */
  run<T>(work: () => T | Promise<T>): Promise<T> {
    this.waiting += 1;
    const result = this.tail.then(work);
    const release = () => {
      this.waiting -= 1;
    };
    this.tail = result.then(release, release);
    return result;
  }

  /** How many runs are queued or running: for tests and diagnostics. */
  get pending(): number {
    return this.waiting;
  }
}
