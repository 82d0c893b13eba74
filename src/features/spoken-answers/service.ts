import { analyseDelivery, parseTranscript } from '../../core/spoken/index.js';
import type { AppLogger } from '../../logger.js';
import type { Outbox } from '../../slack/outbox.js';
import { inLanes, RepeatingWorker } from '../../slack/repeating-worker.js';
import type { PendingClip, SpokenStore } from '../../store/spoken.js';
import { ephemeralArgs, oweToAuthor, type OwedCallSpec } from '../thread-answers/owed.js';
import type { ClipIntake, ClipReply, SpokenTranscript } from '../thread-answers/service.js';
import type { ClipQuestion } from '../../store/spoken.js';
import type { ClipFiles } from './clip-files.js';
import { clipNote, noPracticeQuestionNote, type ClipProblem } from './views.js';

/** On the clip while its transcript is being made; taken off once it is scored or the author is told why not. */
export const WAITING_REACTION = 'hourglass_flowing_sand';
/** How long a clip waits for Slack's transcript before its author is told to paste the text instead. */
export const TRANSCRIPT_WAIT_MS = 5 * 60 * 1000;
/** Looks at a transcript still being made: soon at first (most clips take seconds), then every 15 s. */
const CHECK_DELAYS_MS = [2000, 4000, 8000, 15_000] as const;
/** How often the watcher looks for clips due another look (a restart resumes them the same way). */
export const CLIP_TICK_MS = 1000;
const CONCURRENT_CHECKS = 4;
/** A practice question asked out loud is answered by a clip in the DM within a day; later, /lp practice asks again. */
export const PRACTICE_QUESTION_LIFETIME_MS = 24 * 60 * 60 * 1000;

export interface SpokenAnswerDeps {
  spoken: SpokenStore;
  outbox: Outbox;
  files: ClipFiles;
  /** Stores and scores the story told in the clip: ThreadAnswerService.scoreSpokenStory for a thread's clip, the DM
   * practice scorer (scorePracticeClip) for one sent in the person's DM. */
  score(clip: PendingClip, transcript: SpokenTranscript, after: OwedCallSpec[]): Promise<unknown>;
  /** The app's clock: when a clip arrived, and how long it has waited. */
  clock: () => Date;
  /** Real time, for when to look again (Retry-After and backoff are real seconds whatever the app's clock says). */
  realClock?: () => Date;
  logger: AppLogger;
}

/**
 * Clip answers, from the reply to the feedback. A clip is stored (`pending_clips`) before its event is acked, marked
 * with :hourglass_flowing_sand:, and looked at until Slack's transcript is complete: at once, then with backoff, and
 * at once again when Slack sends `file_change`. A complete transcript is parsed and scored as a story with its
 * delivery; no transcript (off, failed, unreadable, or missing after TRANSCRIPT_WAIT_MS) gets one private note saying
 * how to paste the text. Ending a wait and storing what it owes is one transaction, so nothing is scored or told twice.
 */
export class SpokenAnswerService implements ClipIntake {
  private readonly inFlight = new Map<number, Promise<void>>();
  private readonly worker: RepeatingWorker;
  private readonly realClock: () => Date;

  constructor(private readonly deps: SpokenAnswerDeps) {
    this.realClock = deps.realClock ?? (() => new Date());
    this.worker = new RepeatingWorker(() => this.checkDue(), CLIP_TICK_MS, (error) => deps.logger.error('Looking at clips waiting for a transcript failed:', error));
  }

  receive(reply: ClipReply): 'waiting' | 'duplicate' {
    const { spoken, outbox, clock } = this.deps;
    const stored = outbox.transaction(() => {
      const id = spoken.addPending({ ...reply, messageTs: reply.ts, at: clock(), checkAt: this.realClock() });
      if (id === undefined) return undefined;
      return { id, reaction: this.owe({ kind: 'reaction', method: 'reactions.add', args: { channel: reply.channelId, timestamp: reply.ts, name: WAITING_REACTION } }, reply.userId) };
    });
    if (stored === undefined) return 'duplicate';
    void this.deps.outbox.deliver(stored.reaction).then(() => this.check(stored.id));
    return 'waiting';
  }

  receiveInDm(clip: Omit<ClipReply, keyof ClipQuestion>): 'waiting' | 'duplicate' | 'no-question' {
    const { spoken, outbox, clock } = this.deps;
    const question = spoken.practiceQuestionFor(clip.userId, clip.channelId, clip.threadTs, new Date(clock().getTime() - PRACTICE_QUESTION_LIFETIME_MS));
    if (question !== undefined) return this.receive({ ...clip, kind: 'practice', principleId: question.principleId, questionId: question.questionId, promptId: question.promptId });
    if (spoken.pendingOfMessage(clip.channelId, clip.ts) !== undefined) return 'duplicate';
    // Not a duplicate of anything stored: a retried event may tell them twice, which is harmless.
    const note = outbox.transaction(() => this.owe({ kind: 'clip-note', method: 'chat.postMessage', args: { channel: clip.channelId, ...noPracticeQuestionNote() } }, clip.userId));
    void outbox.deliver(note);
    return 'no-question';
  }

  dropMessage(channelId: string, ts: string): boolean {
    const { spoken } = this.deps;
    const clip = spoken.pendingOfMessage(channelId, ts);
    return clip !== undefined && spoken.removePending(clip.id);
  }

  isWaiting(channelId: string, ts: string): boolean {
    return this.deps.spoken.pendingOfMessage(channelId, ts) !== undefined;
  }

  /** Slack says the file changed (its transcript, usually): the clips waiting on it are looked at now. */
  async onFileChange(fileId: string): Promise<void> {
    await Promise.all(this.deps.spoken.pendingOfFile(fileId).map((clip) => this.check(clip.id)));
  }

  /** Looks at every clip due another look; the worker's tick, and the start-up resume. */
  async checkDue(): Promise<void> {
    const due = this.deps.spoken.due(this.realClock(), 100).filter((clip) => !this.inFlight.has(clip.id));
    await inLanes(due, CONCURRENT_CHECKS, (clip) => this.check(clip.id));
  }

  start(): void {
    this.worker.start();
  }

  /** Stops looking and waits for the looks in flight; waiting clips stay for the next start. */
  async stop(): Promise<void> {
    this.worker.stop();
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight.values()]);
  }

  /** One look at a clip; a look already in flight for it is joined, not repeated. */
  check(id: number): Promise<void> {
    const running = this.inFlight.get(id);
    if (running !== undefined) return running;
    const look = this.look(id)
      .catch((error: unknown) => this.deps.logger.error(`Clip ${id}: looking at its transcript failed:`, error))
      .finally(() => this.inFlight.delete(id));
    this.inFlight.set(id, look);
    return look;
  }

  private async look(id: number): Promise<void> {
    const { spoken, files, clock, logger } = this.deps;
    const clip = spoken.pending(id);
    if (clip === undefined) return;
    const info = await files.info(clip.fileId);
    if (info.kind === 'gone') return this.end(clip, info.reason === 'file_deleted' || info.reason === 'file_not_found' ? undefined : 'unreadable', info.reason);
    if (info.kind === 'retry') return this.later(clip, info.reason, info.retryAfterMs);
    const file = info.value;
    if (file.status === 'processing' || (file.status === 'complete' && file.vttUrl === undefined)) return this.later(clip, 'processing');
    if (file.status !== 'complete') return this.end(clip, file.status === 'failed' ? 'failed' : 'no-transcript', file.status);
    const download = await files.transcript(file.vttUrl as string);
    if (download.kind === 'retry') return this.later(clip, download.reason, download.retryAfterMs);
    if (download.kind === 'gone') return this.end(clip, 'unreadable', download.reason);
    const parsed = parseTranscript(download.value);
    if (!parsed.ok) return this.end(clip, parsed.problem === 'empty' ? 'empty' : 'unreadable', parsed.problem);
    const delivery = analyseDelivery(parsed.cues, file.durationMs);
    const scored = await this.deps.score(clip, { text: parsed.text, delivery }, [this.unmark(clip)]);
    logger.debug(`Clip ${id} (${clip.fileId}) scored ${Math.round((clock().getTime() - clip.createdAt.getTime()) / 1000)} s after it arrived: answer ${String(scored)}`);
  }

  /** Not ready (or Slack not answering): another look later, unless the clip has waited long enough. */
  private later(clip: PendingClip, status: string, retryAfterMs?: number): void {
    if (this.deps.clock().getTime() - clip.createdAt.getTime() >= TRANSCRIPT_WAIT_MS) return void this.end(clip, 'missing', status);
    const delay = retryAfterMs ?? CHECK_DELAYS_MS[Math.min(clip.checks, CHECK_DELAYS_MS.length - 1)] ?? 15_000;
    this.deps.spoken.recordCheck(clip.id, new Date(this.realClock().getTime() + delay), status);
  }

  /** The wait ends without a story: the hourglass goes, and the author learns why (once) unless they deleted the clip. */
  private async end(clip: PendingClip, problem: ClipProblem | undefined, reason: string): Promise<void> {
    const { spoken, outbox, logger } = this.deps;
    const calls = outbox.transaction(() => {
      if (!spoken.removePending(clip.id)) return [];
      const owed = [this.owe(this.unmark(clip), clip.userId)];
      if (problem !== undefined) {
        owed.push(this.owe(noteTo(clip, clipNote(problem, TRANSCRIPT_WAIT_MS, clip.kind)), clip.userId));
      }
      return owed;
    });
    if (calls.length > 0) logger.info(`Clip ${clip.id} (${clip.fileId}) not scored: ${reason}`);
    for (const call of calls) await outbox.deliver(call);
  }

  private unmark(clip: PendingClip): OwedCallSpec {
    return { kind: 'reaction', method: 'reactions.remove', args: { channel: clip.channelId, timestamp: clip.messageTs, name: WAITING_REACTION } };
  }

  private owe(call: OwedCallSpec, userId: string): number {
    // Owed as it arises (no age), so always within its lifetime.
    return oweToAuthor(this.deps.outbox, { ...call, answerId: null, userId }) as number;
  }
}

/** A note about a clip: private in the thread it was posted in, a plain message in the person's DM. */
export function noteTo(clip: PendingClip, view: { text: string; blocks: unknown[] }): OwedCallSpec {
  if (clip.kind === 'thread' && clip.threadTs !== null) {
    return { kind: 'clip-note', method: 'chat.postEphemeral', args: ephemeralArgs({ ...clip, threadTs: clip.threadTs }, view as Parameters<typeof ephemeralArgs>[1]) };
  }
  return { kind: 'clip-note', method: 'chat.postMessage', args: { channel: clip.channelId, ...view } };
}
