/**
 * Runs `work` again `intervalMs` after each run ends, from start() until stop(): the outbox and the clip watcher look
 * for due rows this way. A failing run is reported and the next one still comes; the timer never keeps the process
 * alive on its own.
 */
export class RepeatingWorker {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running = false;

  constructor(
    private readonly work: () => Promise<void>,
    private readonly intervalMs: number,
    private readonly onError: (error: unknown) => void,
  ) {}

  start(): void {
    if (this.running) return;
    this.running = true;
    const tick = (): void => {
      this.timer = undefined;
      void this.work()
        .catch(this.onError)
        .finally(() => {
          if (this.running) this.timer = setTimeout(tick, this.intervalMs).unref();
        });
    };
    tick();
  }

  /** No further runs; a run in progress is the owner's to wait for. */
  stop(): void {
    this.running = false;
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }
}

/** Calls `each` on every item, at most `lanes` at a time, in order. */
export async function inLanes<T>(items: readonly T[], lanes: number, each: (item: T) => Promise<unknown>): Promise<void> {
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < items.length) await each(items[next++] as T);
  };
  await Promise.all(Array.from({ length: Math.min(lanes, items.length) }, lane));
}
