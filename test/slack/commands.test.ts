import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { answersInAck, fitsInAck, type LpSubcommand } from '../../src/features/commands/subcommand.js';
import { ADMIN, MEMBER, OTHER_CHANNEL, OWNER, TEAM_CHANNEL, startHarness, type Harness } from './harness.js';

let h: Harness;
beforeEach(async () => {
  // Monday 30 Nov 2026, 07:00 UTC.
  h = await startHarness(new Date('2026-11-30T07:00:00Z'));
});
afterEach(async () => {
  await h.close();
});

const postsIn = (channel: string) => h.api.callsTo('chat.postMessage').filter((c) => c.args.channel === channel);

describe('/lp help and mistakes (answered in the ack, no Web API call)', () => {
  it('help lists every subcommand', async () => {
    const result = await h.runLp('help');
    expect(result.ackCount).toBe(1);
    expect(result.acked).toMatchObject({ response_type: 'ephemeral' });
    for (const sub of ['setup', 'schedule', 'pause', 'resume', 'skip', 'post', 'today']) expect(result.text).toContain(`/lp ${sub}`);
    expect(h.api.calls).toEqual([]);
  });

  it('an empty /lp shows the help too', async () => {
    expect((await h.runLp('')).text).toContain('/lp setup');
  });

  it('an unknown subcommand gets a short friendly note and the help', async () => {
    const result = await h.runLp('dance');
    expect(result.ackCount).toBe(1);
    expect(result.text).toMatch(/^I don't know `\/lp dance`/);
    expect(result.text).toContain('/lp today');
  });

  it('<!channel> typed into the command comes back escaped, never as a ping', async () => {
    const unknown = await h.runLp('<!channel> hello');
    expect(unknown.text).toContain('&lt;!channel&gt;');
    expect(unknown.text).not.toContain('<!channel>');
    const setup = await h.runLp('setup <!channel>');
    expect(setup.text).toContain('&lt;!channel&gt;');
    expect(setup.text).not.toContain('<!channel>');
    const principle = await h.runLp('post <!channel>');
    expect(principle.text).toContain('&lt;!channel&gt;');
    expect(principle.text).not.toContain('<!channel>');
    expect(postsIn(TEAM_CHANNEL)).toEqual([]);
  });
});

describe('/lp setup', () => {
  it('an admin enables the prompt in this channel; the reply has the next run in that zone', async () => {
    const result = await h.runLp('setup 09:30 Europe/Berlin mon-fri');
    expect(result.ackCount).toBe(1);
    expect(result.acked).toBeUndefined();
    expect(result.responses).toHaveLength(1);
    expect(result.responses[0]?.response_type).toBe('ephemeral');
    // 07:00 UTC is 08:00 in Berlin: today's 09:30 is still ahead.
    expect(result.text).toBe(
      'Daily prompt is on for <#C0TEAM001>: 09:30 Europe/Berlin, Mon-Fri.\nNext prompt: Mon 30 Nov, 09:30 Europe/Berlin (in 2 h).',
    );
    expect(h.channels.get(TEAM_CHANNEL)).toMatchObject({ enabled: true, promptTime: '09:30', timezone: 'Europe/Berlin' });
  });

  it('a named channel as Slack sends it, with defaults for what is not typed, then a change', async () => {
    await h.runLp(`setup <#${TEAM_CHANNEL}|interview-prep>`, { channel: OTHER_CHANNEL });
    expect(h.channels.get(TEAM_CHANNEL)).toMatchObject({ promptTime: '09:30', timezone: 'UTC', days: ['mon', 'tue', 'wed', 'thu', 'fri'] });
    const change = await h.runLp('setup 14:00 tue-thu');
    expect(change.text).toMatch(/^Daily prompt updated for <#C0TEAM001>: 14:00 UTC, Tue-Thu\.\nNext prompt: Tue 1 Dec, 14:00 UTC/);
  });

  it('when the bot is not in the channel, says how to invite it and changes nothing', async () => {
    const result = await h.runLp('setup 10:00', { channel: OTHER_CHANNEL });
    expect(result.text).toContain("I'm not a member of <#C0OTHER01>");
    expect(result.text).toContain('/invite @LP Coach');
    expect(h.channels.get(OTHER_CHANNEL)).toBeUndefined();
    expect(h.api.callsTo('conversations.info')).toHaveLength(1);
  });

  it('a private channel the bot cannot see gets the same advice', async () => {
    const result = await h.runLp('setup <#G0SECRET1|secret>');
    expect(result.text).toContain('/invite @LP Coach');
    expect(h.channels.get('G0SECRET1')).toBeUndefined();
  });

  it('a member who is not an admin is told who can do it', async () => {
    const result = await h.runLp('setup 10:00', { user: MEMBER });
    expect(result.text).toBe(
      `Only LP Coach admins can do that: <@${ADMIN}> and workspace admins or owners. Ask one of them, or ask to be added to LP_ADMINS.`,
    );
    expect(h.channels.get(TEAM_CHANNEL)).toBeUndefined();
  });

  it('a workspace owner who is not in LP_ADMINS may (users.info)', async () => {
    const result = await h.runLp('setup', { user: OWNER });
    expect(result.text).toMatch(/^Daily prompt is on/);
    expect(h.api.callsTo('users.info').at(-1)?.args.user).toBe(OWNER);
  });

  it('when users.info fails, the answer is a polite no, not a crash', async () => {
    h.api.failNext('users.info', 'internal_error');
    const result = await h.runLp('setup', { user: OWNER });
    expect(result.text).toContain('Only LP Coach admins can do that');
  });

  it('in a direct message, asks for a channel', async () => {
    const result = await h.runLp('setup', { channel: 'D0DIRECT1' });
    expect(result.text).toContain('Daily prompts go to a channel');
  });
});

describe('/lp schedule, pause, resume, skip', () => {
  it('schedule says when none is set, then shows the schedule and next run', async () => {
    expect((await h.runLp('schedule', { user: MEMBER })).text).toContain('No daily prompt is set up for <#C0TEAM001>');
    await h.runLp('setup 09:30 America/New_York daily');
    const result = await h.runLp('schedule', { user: MEMBER });
    expect(result.text).toBe(
      'Daily prompt for <#C0TEAM001>: 09:30 America/New_York, every day.\nNext prompt: Mon 30 Nov, 09:30 America/New_York (in 8 h).',
    );
  });

  it('pause stops the prompt until resume; non-admins cannot pause', async () => {
    await h.runLp('setup 09:30 UTC');
    expect((await h.runLp('pause', { user: MEMBER })).text).toContain('Only LP Coach admins');
    expect((await h.runLp('pause')).text).toContain('Paused the daily prompt in <#C0TEAM001>');
    expect((await h.runLp('pause')).text).toContain('was already paused');
    expect((await h.runLp('schedule')).text).toContain('It is paused');

    h.clock.now = new Date('2026-11-30T09:31:00Z');
    await h.lp.dailyPrompts.runDue();
    expect(postsIn(TEAM_CHANNEL)).toEqual([]);

    expect((await h.runLp('resume')).text).toContain('The daily prompt in <#C0TEAM001> is on: 09:30 UTC, Mon-Fri.');
    await h.lp.dailyPrompts.runDue();
    expect(postsIn(TEAM_CHANNEL)).toHaveLength(1);
  });

  it('skip skips the next prompt only; a second skip reports the pending one; resume cancels it', async () => {
    await h.runLp('setup 09:30 UTC');
    const skip = await h.runLp('skip');
    expect(skip.text).toMatch(/^Skipping the prompt on 2026-11-30 in <#C0TEAM001>\. The one after comes Tue 1 Dec, 09:30 UTC/);
    expect((await h.runLp('skip')).text).toContain('The prompt on 2026-11-30 in <#C0TEAM001> is already skipped.');
    expect((await h.runLp('schedule')).text).toContain('The prompt on 2026-11-30 is skipped.');

    h.clock.now = new Date('2026-11-30T09:31:00Z');
    await h.lp.dailyPrompts.runDue();
    expect(postsIn(TEAM_CHANNEL)).toEqual([]);
    h.clock.now = new Date('2026-12-01T09:31:00Z');
    await h.lp.dailyPrompts.runDue();
    expect(postsIn(TEAM_CHANNEL)).toHaveLength(1);

    await h.runLp('skip');
    expect(h.channels.get(TEAM_CHANNEL)?.skipDate).toBe('2026-12-02');
    await h.runLp('resume');
    expect(h.channels.get(TEAM_CHANNEL)?.skipDate).toBeNull();
  });

  it('pause, resume and skip on a channel without a schedule say so', async () => {
    for (const sub of ['pause', 'resume', 'skip']) {
      expect((await h.runLp(sub)).text).toContain('No daily prompt is set up for <#C0TEAM001> yet');
    }
  });
});

describe('/lp post and /lp today', () => {
  it('today before any prompt says none yet, with the next run', async () => {
    await h.runLp('setup 09:30 UTC');
    expect((await h.runLp('today', { user: MEMBER })).text).toBe(
      'No prompt in <#C0TEAM001> today yet. The next one comes Mon 30 Nov, 09:30 UTC (in 3 h).',
    );
  });

  it('post with a principle alias posts now, takes today’s slot, and today links to it', async () => {
    await h.runLp('setup 09:30 UTC');
    const post = await h.runLp('post DIVE-deep');
    expect(post.text).toBe(
      "Posted a *Dive Deep* prompt in <#C0TEAM001>. It counts as today's prompt, so the scheduled one won't be posted again today.",
    );
    expect(postsIn(TEAM_CHANNEL)).toHaveLength(1);

    h.clock.now = new Date('2026-11-30T09:31:00Z');
    await h.lp.dailyPrompts.runDue();
    expect(postsIn(TEAM_CHANNEL)).toHaveLength(1);

    const today = await h.runLp('today', { user: MEMBER });
    const ts = h.workspace.messages.get(TEAM_CHANNEL)?.[0]?.ts;
    expect(h.api.callsTo('chat.getPermalink').at(-1)?.args).toMatchObject({ channel: TEAM_CHANNEL, message_ts: ts });
    expect(today.text).toMatch(/^Today's prompt in <#C0TEAM001>: <https?:\/\/[^|>]+\|Dive Deep>\. Answer in its thread\.$/);
  });

  it('an unknown principle lists the valid names and posts nothing', async () => {
    const result = await h.runLp('post leadership');
    expect(result.text).toContain("I don't know the principle `leadership`");
    // Nothing is close to "leadership", so every name is listed (names only, not a paragraph of ids).
    expect(result.text).toContain('Customer Obsession, Ownership,');
    expect(result.text).not.toContain('`customer-obsession`');
    expect(result.text).toContain('Have Backbone; Disagree and Commit');
    expect(postsIn(TEAM_CHANNEL)).toEqual([]);
  });

  it('non-admins cannot post', async () => {
    expect((await h.runLp('post', { user: MEMBER })).text).toContain('Only LP Coach admins');
    expect(postsIn(TEAM_CHANNEL)).toEqual([]);
  });

  it('Slack refusing the post (bot not in channel) becomes advice, and the slot stays free', async () => {
    const result = await h.runLp('post', { channel: OTHER_CHANNEL });
    expect(result.text).toContain('/invite @LP Coach');
    expect(h.api.callsTo('chat.postMessage').at(-1)?.response).toMatchObject({ ok: false, error: 'not_in_channel' });
  });

  it('reads what Slack escaped in the typed text once: an echo of "R&D" shows R&D, not R&amp;D', async () => {
    // Slack sends "/lp post R&D" with the ampersand escaped.
    const result = await h.runLp('post R&amp;D');
    expect(result.text).toContain('`R&amp;D`');
    expect(result.text).not.toContain('&amp;amp;');
  });

  it('a post whose answer from Slack was lost says it may be there already, not to try again blindly', async () => {
    h.api.failNextWithHttpStatus('chat.postMessage', 500, { applied: true });
    const result = await h.runLp('post');
    expect(result.text).toContain("Slack didn't confirm the post in <#C0TEAM001>; it may be there already");
    expect(result.text).not.toContain('try again in a minute');
    expect(postsIn(TEAM_CHANNEL)).toHaveLength(1);
  });

  it('when chat.getPermalink fails, today still names the prompt', async () => {
    await h.runLp('post customer obsession');
    h.api.failNext('chat.getPermalink', 'internal_error');
    expect((await h.runLp('today')).text).toBe("Today's prompt in <#C0TEAM001>: *Customer Obsession*. Answer in its thread.");
  });
});

describe('replies that need no Web API call come in the ack (issue 12)', () => {
  /** The reply is the ack's body and nothing went to the response_url. */
  const expectInAck = (result: Awaited<ReturnType<Harness['runLp']>>) => {
    expect(result.ackCount).toBe(1);
    expect(result.acked).toMatchObject({ response_type: 'ephemeral', text: expect.any(String) });
    expect(result.responses).toEqual([]);
  };
  /** Acked empty, answered once through the response_url. */
  const expectResponded = (result: Awaited<ReturnType<Harness['runLp']>>) => {
    expect(result.ackCount).toBe(1);
    expect(result.acked).toBeUndefined();
    expect(result.responses).toHaveLength(1);
    expect(result.responses[0]?.response_type).toBe('ephemeral');
  };

  it('schedule, and any command typed in a direct message, answer in the ack without calling Slack', async () => {
    await h.runLp('setup 09:30 UTC');
    h.api.calls.length = 0;
    const schedule = await h.runLp('schedule', { user: MEMBER });
    expectInAck(schedule);
    expect(schedule.text).toContain('Daily prompt for <#C0TEAM001>: 09:30 UTC');
    const direct = await h.runLp('pause', { user: MEMBER, channel: 'D0DIRECT1' });
    expectInAck(direct);
    expect(direct.text).toContain('Daily prompts go to a channel');
    expect(h.api.calls).toEqual([]);
  });

  it('feedback, me, coverage, stories, stories rename, optout, optin, config and forget-me answer in the ack', async () => {
    await h.runLp('setup 09:30 UTC');
    h.api.calls.length = 0;
    const expected: Record<string, RegExp> = {
      feedback: /^No feedback yet/,
      me: /./,
      coverage: /./,
      [`coverage <@${MEMBER}|mia>`]: /./,
      stories: /./,
      'stories dive deep': /./,
      'stories rename 1 A title': /./,
      'optout leaderboard': /^Done: your name stays off/,
      'optin leaderboard': /^Done: your name can appear/,
      config: /^Practice-thread settings for <#C0TEAM001>:/,
      'config vote': /Vote/i,
      // optout stored a setting, so there is something to delete.
      'forget-me': /^This deletes everything LP Coach stores about you/,
    };
    for (const [typed, text] of Object.entries(expected)) {
      const result = await h.runLp(typed, { user: MEMBER });
      expectInAck(result);
      expect(result.text, typed).toMatch(text);
    }
    // Nobody was looked up, nothing was posted: these are SQLite reads (and one-row writes).
    expect(h.api.calls).toEqual([]);
  });

  it('what needs Slack still goes through respond(): admin checks, permalinks, DMs, modals', async () => {
    await h.runLp('setup 09:30 UTC');
    h.api.calls.length = 0;
    // A config change asks users.info whether a workspace owner is an admin.
    const change = await h.runLp('config vote fire', { user: OWNER });
    expectResponded(change);
    expect(change.text).toMatch(/^Updated <#C0TEAM001>:/);
    expect(h.api.callsTo('users.info').at(-1)?.args.user).toBe(OWNER);
    // Admin commands, the leaderboard (chat.getPermalink per story), today (chat.getPermalink), export (a DM).
    for (const typed of ['skip', 'leaderboard', 'today', 'export']) expectResponded(await h.runLp(typed, { user: MEMBER }));
    // practice opens a modal and sends nothing else.
    const practice = await h.runLp('practice dive deep', { user: MEMBER });
    expect(practice.acked).toBeUndefined();
    expect(practice.responses).toEqual([]);
    expect(h.api.callsTo('views.open')).toHaveLength(1);
  });

  it('a subcommand declares it per call, and a reply too big for the ack falls back to respond()', () => {
    const sub = (answers: LpSubcommand['answersInAck']): LpSubcommand => ({ name: 'x', help: '', answersInAck: answers, run: async () => undefined });
    expect(answersInAck(sub(undefined), '')).toBe(false);
    expect(answersInAck(sub(true), 'anything')).toBe(true);
    expect(answersInAck(sub((args) => args === ''), '')).toBe(true);
    expect(answersInAck(sub((args) => args === ''), 'vote fire')).toBe(false);
    expect(fitsInAck({ text: 'hi' })).toBe(true);
    expect(fitsInAck({ text: 'x'.repeat(40_001) })).toBe(false);
    const section = { type: 'section' as const, text: { type: 'mrkdwn' as const, text: 'x' } };
    expect(fitsInAck({ text: 'hi', blocks: Array.from({ length: 50 }, () => section) })).toBe(true);
    expect(fitsInAck({ text: 'hi', blocks: Array.from({ length: 51 }, () => section) })).toBe(false);
  });
});

describe('event delivery', () => {
  it('a redelivered event (same event_id) is acked and skipped', async () => {
    const seen: string[] = [];
    h.lp.app.event('app_home_opened', async ({ event }) => {
      seen.push(event.user);
    });
    const body = {
      token: 'local-verification-token',
      team_id: h.workspace.team.id,
      api_app_id: h.workspace.bot.appId,
      type: 'event_callback',
      event_id: 'Ev0DEDUPE01',
      event_time: 1_764_486_000,
      event: { type: 'app_home_opened', user: MEMBER, channel: 'D0DIRECT1', tab: 'home', event_ts: '1764486000.000100' },
    };
    let acks = 0;
    const ack = async () => {
      acks += 1;
    };
    await h.lp.app.processEvent({ body, ack, retryNum: undefined, retryReason: undefined });
    await h.lp.app.processEvent({ body, ack, retryNum: 1, retryReason: 'http_timeout' });
    await h.lp.app.processEvent({ body: { ...body, event_id: 'Ev0DEDUPE02' }, ack });
    expect(acks).toBe(3);
    expect(seen).toEqual([MEMBER, MEMBER]);
  });
});
