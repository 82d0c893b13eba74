import type { Db } from '../db.js';
import { initialSchema } from './001-initial.js';
import { threadPractice } from './002-thread-practice.js';
import { practiceSchema } from './003-practice.js';
import { personalSummariesSchema } from './004-personal-summaries.js';
import { threadMessageTs } from './005-thread-message-ts.js';
import { feedbackRubricVersion } from './006-feedback-rubric-version.js';
import { outboxSchema } from './007-outbox.js';
import { outboxSince } from './009-outbox-since.js';
import { summaryRecovery } from './008-summary-recovery.js';
import { storyTitles } from './010-story-titles.js';
import { scaleIndexes } from './011-scale-indexes.js';
import { mockLoops } from './012-mock-loops.js';
import { mockScorecards } from './013-mock-scorecards.js';
import { mockVerified } from './014-mock-verified.js';
import { spokenAnswers } from './015-spoken-answers.js';
import { availability } from './016-availability.js';
import { questionBank } from './017-question-bank.js';
import { reminders } from './018-reminders.js';
import { mockSkips } from './019-mock-skips-solo.js';
import { people } from './020-people.js';

/** One schema change. `up` runs inside a transaction that also records the version, so it applies fully or not at all. */
export interface Migration {
  version: number;
  name: string;
  up(db: Db): void;
}

/** Every migration this build knows, oldest first. Append new ones; never edit one that has shipped. */
export const MIGRATIONS: readonly Migration[] = [initialSchema, threadPractice, practiceSchema, personalSummariesSchema, threadMessageTs, feedbackRubricVersion, outboxSchema, summaryRecovery, outboxSince, storyTitles, scaleIndexes, mockLoops, mockScorecards, mockVerified, spokenAnswers, availability, questionBank, reminders, mockSkips, people];
