import type { ForgetCounts, PrivacyStore } from '../../store/privacy.js';

/** `/lp forget-me` and `/lp export --all`. */
export class PrivacyService {
  constructor(
    private readonly store: PrivacyStore,
    private readonly clock: () => Date,
  ) {}

  /** What would be deleted, for the confirmation. */
  preview(userId: string): ForgetCounts {
    return this.store.counts(userId);
  }

  forget(userId: string): ForgetCounts {
    return this.store.forget(userId);
  }

  /** The person's data as pretty-printed JSON. */
  exportJson(userId: string): string {
    return JSON.stringify({ exportedAt: this.clock().toISOString(), ...this.store.export(userId) }, null, 2);
  }
}

export function totalRows(counts: ForgetCounts): number {
  return Object.values(counts).reduce((sum, n) => sum + n, 0);
}
