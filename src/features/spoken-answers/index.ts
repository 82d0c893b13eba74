import type { App } from '@slack/bolt';
import { ackWhenStored } from '../../slack/durable-ack.js';
import { SpokenAnswerService, type SpokenAnswerDeps } from './service.js';

export { clipFiles } from './clip-files.js';
export { practiceClipScorer } from './practice-clips.js';
export { SpokenAnswerService, WAITING_REACTION, TRANSCRIPT_WAIT_MS } from './service.js';

/**
 * Answers told in a Slack clip: the thread feature hands each clip reply to the service (ClipIntake), and Slack's
 * `file_change` (a transcript finished) makes it look at once instead of at its next scheduled look.
 */
export function register(app: App, deps: SpokenAnswerDeps): SpokenAnswerService {
  const service = new SpokenAnswerService(deps);
  app.event('file_change', async ({ event, context }) => {
    // Nothing to store: the clip waits in SQLite already, and a lost file_change only means the next scheduled look.
    ackWhenStored(context);
    await service.onFileChange(event.file_id);
  });
  return service;
}
