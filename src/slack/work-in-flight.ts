import type { App } from '@slack/bolt';

/**
 * Counts events being processed (global middleware, so it covers every listener, including the part after the ack),
 * so shutdown can wait for them before the database closes.
 */
export function trackWorkInFlight(app: App): { idle(): Promise<void> } {
  let active = 0;
  let waiting: (() => void)[] = [];
  app.use(async ({ next }) => {
    active += 1;
    try {
      await next();
    } finally {
      active -= 1;
      if (active === 0) {
        for (const resolve of waiting) resolve();
        waiting = [];
      }
    }
  });
  return {
    idle: () => (active === 0 ? Promise.resolve() : new Promise<void>((resolve) => waiting.push(resolve))),
  };
}
