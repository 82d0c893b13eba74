/**
 * Puts each answer's private feedback ahead of the calls that only tell the channel something (the :memo: reaction,
 * the follow-up question). On one Node thread every Slack call costs CPU (building, sending and reading the HTTP
 * request), so when many answers arrive together their reactions and follow-ups would otherwise sit between the
 * later answers and their feedback. Secondary work waits while any feedback is being prepared or sent, then runs a
 * few at a time, re-checking between tasks, so an answer arriving mid-drain waits behind at most `concurrency` of
 * them. Under load that never pauses, `maxWaitMs` bounds the wait so reactions and follow-ups still go out.
 * Scorings themselves take one event-loop turn each (`scoringTurn`), in arrival order.
 */
export class FeedbackFirst {
  private feedbackInFlight = 0;
  private secondaryRunning = 0;
  private readonly turns: Array<() => void> = [];
  private readonly waiting: Array<{ start(): void; timer: ReturnType<typeof setTimeout> }> = [];

  constructor(private readonly options: { concurrency: number; maxWaitMs: number } = { concurrency: 4, maxWaitMs: 2000 }) {}

  /** Runs `work`, which ends once the person's feedback is sent; secondary work waits for it. */
  async feedback<T>(work: () => Promise<T>): Promise<T> {
    this.feedbackInFlight += 1;
    try {
      return await work();
    } finally {
      this.feedbackInFlight -= 1;
      this.startWaiting();
    }
  }

  /**
   * Resolves on a later turn of the event loop, one caller per turn in arrival order. Scoring after it lets the I/O
   * of earlier answers (their feedback requests, Slack's replies) run between two scorings: in a burst the first
   * answers get their feedback while later ones wait, instead of every answer waiting until all are scored.
   */
  scoringTurn(): Promise<void> {
    return new Promise((resolve) => {
      this.turns.push(resolve);
      if (this.turns.length === 1) setImmediate(this.grantTurn);
    });
  }

  private readonly grantTurn = (): void => {
    this.turns.shift()?.();
    // An immediate scheduled from inside an immediate runs on the next loop turn, after the I/O that is ready.
    if (this.turns.length > 0) setImmediate(this.grantTurn);
  };

  /** Runs `work` when no feedback is in flight (or after `maxWaitMs`). Never call it from inside `feedback()`. */
  async secondary<T>(work: () => Promise<T>): Promise<T> {
    await this.secondaryTurn();
    try {
      return await work();
    } finally {
      this.secondaryRunning -= 1;
      this.startWaiting();
    }
  }

  private canStart(): boolean {
    return this.feedbackInFlight === 0 && this.secondaryRunning < this.options.concurrency;
  }

  private secondaryTurn(): Promise<void> {
    if (this.waiting.length === 0 && this.canStart()) {
      this.secondaryRunning += 1;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const entry = {
        start: () => {
          clearTimeout(entry.timer);
          this.secondaryRunning += 1;
          resolve();
        },
        // Starvation guard: past the wait, this task goes regardless of feedback in flight.
        timer: setTimeout(() => {
          const index = this.waiting.indexOf(entry);
          if (index >= 0) this.waiting.splice(index, 1)[0]?.start();
        }, this.options.maxWaitMs),
      };
      this.waiting.push(entry);
    });
  }

  private startWaiting(): void {
    while (this.waiting.length > 0 && this.canStart()) this.waiting.shift()?.start();
  }
}
