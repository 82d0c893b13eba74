import { schedule } from 'node-cron';
import type { PostOutcome } from '../features/daily-prompt/service.js';
import type { AppLogger } from '../logger.js';

export interface DailyPromptRunner {
  runDue(): Promise<PostOutcome[]>;
}

export interface SchedulerOptions {
  service: DailyPromptRunner;
  logger: AppLogger;
  /** Cron expression of the tick; once a minute unless a test wants it faster. */
  tickExpression?: string;
}

export interface RunningScheduler {
  /** Runs what a tick runs, now (the playground's clock control); joins a run already in flight. */
  runNow(): Promise<void>;
  /** Stops the tick and resolves once a run in flight has finished. */
  stop(): Promise<void>;
}

/**
 * Drives the daily prompt with one tick a minute for all channels, rather than one cron task per channel in the
 * channel's zone. Each tick asks the service which channels are due, and the service works that out in each
 * channel's own zone in pure, tested code (DST, days of the week, skip dates, catch-up). So `/lp setup` changes take
 * effect at the next tick without re-registering timers, catch-up at start-up is the same code path as a normal
 * tick, and a tick that comes late (a busy process, a suspended laptop) still posts before the cut-off.
 */
export function startScheduler({ service, logger, tickExpression = '* * * * *' }: SchedulerOptions): RunningScheduler {
  let inFlight: Promise<void> | undefined;

  const run = (reason: string): Promise<void> => {
    // A run still going (a slow Slack call) is left to finish; the next tick picks up anything it missed.
    if (inFlight !== undefined) return inFlight;
    // runDue logs each post and failure itself and is not meant to throw; this catch keeps the timer alive if it did.
    inFlight = service
      .runDue()
      .then(
        () => undefined,
        (error: unknown) => logger.error(`daily prompt ${reason} failed: ${String(error)}`),
      )
      .finally(() => {
        inFlight = undefined;
      });
    return inFlight;
  };

  // Catch-up: a prompt missed while the app was down goes out now, not at the next minute.
  void run('start-up run');
  const task = schedule(tickExpression, () => run('tick'), { name: 'lp-daily-prompt', noOverlap: true });

  return {
    runNow: () => run('run on request'),
    async stop() {
      await task.destroy();
      await inFlight;
    },
  };
}
