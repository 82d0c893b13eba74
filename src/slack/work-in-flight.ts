/**
 * Counts requests being processed, so shutdown can wait for them before the database closes. `track` wraps the
 * app's one global middleware (see createApp), so it covers every listener, including the part after the ack; it is
 * not a middleware of its own, because each global middleware is one more step (an async call and a copy of all the
 * arguments) on every request.
 */
export interface WorkInFlight {
  track<T>(work: () => Promise<T>): Promise<T>;
  idle(): Promise<void>;
}

export function trackWorkInFlight(): WorkInFlight {
  let active = 0;
  let waiting: (() => void)[] = [];
  return {
    async track(work) {
      active += 1;
      try {
        return await work();
      } finally {
        active -= 1;
        if (active === 0) {
          for (const resolve of waiting) resolve();
          waiting = [];
        }
      }
    },
    idle: () => (active === 0 ? Promise.resolve() : new Promise<void>((resolve) => waiting.push(resolve))),
  };
}
