/**
 * The playground's clock: real time plus an offset the page can move forward, so a schedule ("every weekday at
 * 09:30", "Friday's digest") can be shown in seconds. The app, its scheduler and the local workspace all read it.
 */
export class PlaygroundClock {
  private offsetMs: number;

  constructor(
    private readonly realNowMs: () => number = Date.now,
    startAt?: Date,
  ) {
    this.offsetMs = startAt === undefined ? 0 : startAt.getTime() - realNowMs();
  }

  nowMs(): number {
    return this.realNowMs() + this.offsetMs;
  }

  now(): Date {
    return new Date(this.nowMs());
  }

  /** Jumps to `target`; never backwards, because the app's records (prompts, events) assume time moves forward. */
  moveTo(target: Date): void {
    const delta = target.getTime() - this.nowMs();
    if (delta > 0) this.offsetMs += delta;
  }
}
