import { afterEach, describe, expect, it } from 'vitest';
import type { PostOutcome } from '../../src/features/daily-prompt/service.js';
import { startScheduler, type RunningScheduler } from '../../src/jobs/scheduler.js';
import { silentLogger, type AppLogger } from '../../src/logger.js';

const EVERY_SECOND = '* * * * * *';
/** A tick that cannot fall within a test: the default one, each minute, could land inside its 20 ms wait. */
const NEW_YEAR = '0 0 1 1 *';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Counts runs; each run lasts `durationMs`. */
class FakeService {
  calls = 0;
  running = 0;
  maxConcurrent = 0;
  finished = 0;
  constructor(
    private readonly durationMs = 0,
    private readonly failWith?: Error,
  ) {}
  async runDue(): Promise<PostOutcome[]> {
    this.calls += 1;
    this.running += 1;
    this.maxConcurrent = Math.max(this.maxConcurrent, this.running);
    await sleep(this.durationMs);
    this.running -= 1;
    this.finished += 1;
    if (this.failWith !== undefined) throw this.failWith;
    return [];
  }
}

let scheduler: RunningScheduler | undefined;
afterEach(async () => {
  await scheduler?.stop();
  scheduler = undefined;
});

describe('startScheduler', () => {
  it('runs once at start for catch-up, without waiting for the first tick', async () => {
    const service = new FakeService();
    scheduler = startScheduler({ service, logger: silentLogger, tickExpression: NEW_YEAR });
    await sleep(20);
    expect(service.calls).toBe(1);
  });

  it('calls runDue on every tick, and nothing after stop', async () => {
    const service = new FakeService();
    scheduler = startScheduler({ service, logger: silentLogger, tickExpression: EVERY_SECOND });
    await sleep(1300);
    expect(service.calls).toBeGreaterThanOrEqual(2);
    await scheduler.stop();
    const after = service.calls;
    await sleep(1100);
    expect(service.calls).toBe(after);
  });

  it('never runs two at once, and stop waits for the run in flight', async () => {
    const service = new FakeService(1500);
    scheduler = startScheduler({ service, logger: silentLogger, tickExpression: EVERY_SECOND });
    await sleep(1200);
    expect(service.maxConcurrent).toBe(1);
    await scheduler.stop();
    expect(service.running).toBe(0);
    expect(service.finished).toBe(service.calls);
  });

  it('logs a failing run and keeps ticking', async () => {
    const errors: string[] = [];
    const logger: AppLogger = { ...silentLogger, error: (...msg: unknown[]) => errors.push(msg.join(' ')) };
    const service = new FakeService(0, new Error('database is locked'));
    scheduler = startScheduler({ service, logger, tickExpression: EVERY_SECOND });
    await sleep(1300);
    expect(service.calls).toBeGreaterThanOrEqual(2);
    expect(errors[0]).toContain('database is locked');
  });
});
