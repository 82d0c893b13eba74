import type { webApi } from '@slack/bolt';
import type { Content } from '../../core/content.js';
import type { QuestionById } from '../../core/question-bank/resolve.js';
import { decideNudge, outsideNudgeWindow } from '../../core/reminders.js';
import { localDateOf } from '../../core/schedule.js';
import type { AppLogger } from '../../logger.js';
import { slackErrorCode } from '../../slack/slack-errors.js';
import type { ReminderStore } from '../../store/reminders.js';
import { buildNudge } from './views.js';

export interface ReminderDeps {
  reminders: ReminderStore;
  /** Snoozes and holidays (AvailabilityStore). */
  availability: { isSnoozed(userId: string, localDate: string): boolean; isHoliday(channelId: string, localDate: string): boolean };
  content: Content;
  /** Must not retry on its own (the post-once client): a DM of unknown outcome is never sent again. */
  client: webApi.WebClient;
  clock: () => Date;
  logger: AppLogger;
  /** Built-in and team questions by id (see questionResolver). */
  questionById?: QuestionById;
}

/**
 * The minute tick's reminders: each person who asked for one and has not answered today's prompt by their time gets
 * one DM with the question and "Answer privately". The day's claim (`nudges`) is taken before the DM goes, so a
 * restart or a second tick never sends a second one; a DM cut short by a crash is not retried.
 */
export class ReminderService {
  constructor(private readonly deps: ReminderDeps) {}

  async runDue(): Promise<number> {
    const { reminders, availability, clock } = this.deps;
    const now = clock();
    let sent = 0;
    for (const reminder of reminders.all()) {
      const localDate = localDateOf(now, reminder.timezone);
      const time = { now, localDate, timezone: reminder.timezone, remindAt: reminder.remindAt };
      // Before or hours after the person's time there is nothing to read (most reminders, most minutes).
      if (outsideNudgeWindow(time) !== undefined) continue;
      const prompt = reminders.todaysPrompt(reminder.channelId, localDate);
      const decision = decideNudge({
        ...time,
        prompt,
        answered: prompt !== undefined && reminders.answered(reminder.userId, prompt.id),
        snoozed: availability.isSnoozed(reminder.userId, localDate),
        holiday: availability.isHoliday(reminder.channelId, localDate),
      });
      if (decision !== 'send' || prompt === undefined || !reminders.claim(reminder.userId, localDate, prompt.id, now)) continue;
      const ok = await this.send(reminder.userId, reminder.channelId, prompt);
      reminders.markClaim(reminder.userId, localDate, ok ? 'sent' : 'failed');
      if (ok) sent++;
    }
    return sent;
  }

  private async send(userId: string, channelId: string, prompt: { id: number; principleId: string; questionId: string }): Promise<boolean> {
    const { client, content, logger } = this.deps;
    const principle = content.principles.find((p) => p.id === prompt.principleId);
    const question = this.deps.questionById?.(prompt.questionId) ?? content.questions.find((q) => q.id === prompt.questionId);
    try {
      const opened = await client.conversations.open({ users: userId });
      const message = buildNudge({ channelId, promptId: prompt.id, principleName: principle?.name ?? prompt.principleId, question: question?.text });
      await client.chat.postMessage({ channel: String(opened.channel?.id), ...message });
      return true;
    } catch (error) {
      logger.error(`Reminder to ${userId}: Slack API failed: ${slackErrorCode(error)}`);
      return false;
    }
  }
}
