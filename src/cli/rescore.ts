import type { Content } from '../core/content.js';
import { reachesBar } from '../core/coverage.js';
import { RUBRIC_VERSION, scoreAnswer } from '../core/rubric/index.js';
import { openDatabase } from '../store/db.js';
import { RescoreStore } from '../store/rescore.js';

const BATCH = 500;

export interface RescoreSummary {
  path: string;
  rescored: number;
  /** Stories that counted toward coverage before and no longer do, and the other way round. */
  leftTheBar: number;
  reachedTheBar: number;
}

/**
 * Scores every stored answer whose current feedback came from an older rubric again, batch by batch, each batch in
 * one transaction: stopped half-way, a second run picks up where the first left off.
 */
export function rescoreDatabase(path: string, content: Content): RescoreSummary {
  const db = openDatabase(path);
  try {
    const store = new RescoreStore(db);
    const summary: RescoreSummary = { path, rescored: 0, leftTheBar: 0, reachedTheBar: 0 };
    let after = 0;
    for (let batch = store.staleBatch(RUBRIC_VERSION, after, BATCH); batch.length > 0; batch = store.staleBatch(RUBRIC_VERSION, after, BATCH)) {
      const results = batch.map((stale) => {
        const feedback = scoreAnswer(stale.text, {
          principle: stale.principleId,
          ...(stale.questionId === null ? {} : { question: stale.questionId }),
          content,
        });
        const before = reachesBar(stale.level);
        const now = reachesBar(feedback.level);
        if (before && !now) summary.leftTheBar++;
        if (!before && now) summary.reachedTheBar++;
        return { feedbackId: stale.feedbackId, feedback };
      });
      store.update(results);
      summary.rescored += results.length;
      after = batch[batch.length - 1]?.feedbackId ?? after;
    }
    return summary;
  } finally {
    db.close();
  }
}

export function formatRescore(summary: RescoreSummary): string {
  if (summary.rescored === 0) return `Every stored answer in ${summary.path} is already scored by rubric v${RUBRIC_VERSION}; nothing to do.`;
  return (
    `Scored ${summary.rescored} stored answer${summary.rescored === 1 ? '' : 's'} in ${summary.path} again with rubric v${RUBRIC_VERSION}: ` +
    `${summary.leftTheBar} no longer count toward coverage, ${summary.reachedTheBar} now do.`
  );
}
