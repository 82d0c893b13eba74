import { describe, expect, it } from 'vitest';
import type { Principle } from '../../src/core/principles.js';
import * as reply from '../../src/features/commands/replies.js';
import { escapeMrkdwn } from '../../src/slack/mrkdwn.js';

const view: reply.ScheduleView = {
  channelId: 'C0123ABCD',
  promptTime: '09:30',
  timezone: 'Europe/Berlin',
  days: ['mon', 'tue', 'wed', 'thu', 'fri'],
  paused: false,
  skipDate: null,
  nextRun: 'Mon 30 Nov, 09:30 Europe/Berlin (in 3 h)',
};

describe('escapeMrkdwn', () => {
  it('turns &, < and > into entities so nothing pings or links', () => {
    expect(escapeMrkdwn('<!channel> & <@U123> <https://x.y|click>')).toBe(
      '&lt;!channel&gt; &amp; &lt;@U123&gt; &lt;https://x.y|click&gt;',
    );
  });
});

describe('/lp replies', () => {
  it('help has one line per subcommand', () => {
    const help = reply.helpReply();
    for (const sub of ['help', 'setup', 'schedule', 'pause', 'resume', 'skip', 'post', 'today']) {
      expect(help).toContain(`\`/lp ${sub}`);
    }
  });

  it('tells a non-admin who can do it', () => {
    expect(reply.notAdminReply(['U0ADMIN1', 'U0ADMIN2'])).toContain('<@U0ADMIN1>, <@U0ADMIN2> and workspace admins or owners');
    expect(reply.notAdminReply([])).toContain('workspace admins and owners');
  });

  it('explains how to invite the bot and that nothing changed', () => {
    const text = reply.notMemberReply('C0123ABCD');
    expect(text).toContain('<#C0123ABCD>');
    expect(text).toContain('/invite @LP Coach');
    expect(text).toContain('nothing was changed');
  });

  it('confirms a setup with the schedule and the next run in the channel zone', () => {
    expect(reply.setupReply(view, true)).toBe(
      'Daily prompt is on for <#C0123ABCD>: 09:30 Europe/Berlin, Mon-Fri.\nNext prompt: Mon 30 Nov, 09:30 Europe/Berlin (in 3 h).',
    );
    expect(reply.setupReply({ ...view, paused: true, nextRun: undefined }, false)).toContain('paused');
  });

  it('shows a schedule, a pending skip, or that there is none', () => {
    expect(reply.scheduleReply(undefined, 'C0123ABCD')).toContain('No daily prompt is set up for <#C0123ABCD>');
    expect(reply.scheduleReply({ ...view, skipDate: '2026-11-30' }, 'C0123ABCD')).toContain('The prompt on 2026-11-30 is skipped.');
  });

  it('lists valid principle names for an unknown one, escaping the input', () => {
    const principles = [{ id: 'dive-deep', name: 'Dive Deep' }] as Principle[];
    const text = reply.unknownPrincipleReply('<!channel>', principles);
    expect(text).toContain('&lt;!channel&gt;');
    expect(text).toContain('Use a name or id, in any case: Dive Deep.');
  });

  it("links today's prompt, or says there is none yet", () => {
    expect(reply.todayReply('C1', 'https://local.slack.com/archives/C1/p1', 'Dive Deep')).toContain(
      '<https://local.slack.com/archives/C1/p1|Dive Deep>',
    );
    expect(reply.noPromptTodayReply('C1', 'Tue 1 Dec, 09:30 UTC (in 20 h)')).toContain('The next one comes Tue 1 Dec');
  });

  it('turns a refused post into advice', () => {
    expect(reply.postFailedReply('C1', 'not_in_channel')).toContain('/invite @LP Coach');
    expect(reply.postFailedReply('C1', 'ratelimited')).toContain('`ratelimited`');
  });
});
