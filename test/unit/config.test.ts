import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONFIG_VARIABLES, loadConfig } from '../../src/config.js';

const HTTP_ENV = { SLACK_BOT_TOKEN: 'xoxb-1-2-abc', SLACK_SIGNING_SECRET: '0123456789abcdef0123456789abcdef' };

function problemsOf(env: Record<string, string>): string[] {
  const result = loadConfig(env);
  if (result.ok) throw new Error('expected configuration problems');
  return result.problems;
}

describe('loadConfig', () => {
  it('with no Slack settings at all, names each missing variable and points to the README section', () => {
    const problems = problemsOf({});
    expect(problems[0]).toMatch(/^SLACK_BOT_TOKEN: missing; .*\(e\.g\. xoxb-/);
    expect(problems[1]).toMatch(/^SLACK_SIGNING_SECRET: missing; .*\(e\.g\. [0-9a-f]{32}\).*SLACK_APP_TOKEN/);
    expect(problems.at(-1)).toContain('README.md, section "Create the Slack app"');
    expect(problems).toHaveLength(3);
  });

  it('applies the defaults in HTTP mode', () => {
    const result = loadConfig(HTTP_ENV);
    expect(result).toEqual({
      ok: true,
      config: {
        slack: { botToken: 'xoxb-1-2-abc', signingSecret: HTTP_ENV.SLACK_SIGNING_SECRET, apiUrl: 'https://slack.com/api/' },
        mode: 'http',
        port: 3000,
        databasePath: 'data/lp-coach.db',
        logLevel: 'info',
        schedule: { promptTime: '09:30', timezone: 'UTC', days: ['mon', 'tue', 'wed', 'thu', 'fri'] },
        admins: [],
        catchUpHours: 6,
        thread: { minAnswerWords: 40, votesPerPrompt: 3 },
      },
    });
  });

  it('reads the thread settings and refuses values that are not whole numbers', () => {
    const result = loadConfig({ ...HTTP_ENV, LP_MIN_ANSWER_WORDS: '25', LP_VOTES_PER_PROMPT: '5' });
    expect(result.ok && result.config.thread).toEqual({ minAnswerWords: 25, votesPerPrompt: 5 });
    const problems = problemsOf({ ...HTTP_ENV, LP_MIN_ANSWER_WORDS: 'forty', LP_VOTES_PER_PROMPT: '0' });
    expect(problems).toEqual([
      expect.stringMatching(/^LP_MIN_ANSWER_WORDS: must be a whole number .*\(e\.g\. 40\)$/),
      expect.stringMatching(/^LP_VOTES_PER_PROMPT: must be a whole number .*\(e\.g\. 3\)$/),
    ]);
  });

  it('uses Socket Mode when SLACK_APP_TOKEN is set, without needing the signing secret', () => {
    const result = loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1-2-abc', SLACK_APP_TOKEN: 'xapp-1-A1-2-abc' });
    expect(result.ok && result.config.mode).toBe('socket');
    expect(result.ok && result.config.slack.appToken).toBe('xapp-1-A1-2-abc');
  });

  it('still needs the bot token in Socket Mode', () => {
    expect(problemsOf({ SLACK_APP_TOKEN: 'xapp-1-A1-2-abc' })).toEqual([expect.stringMatching(/^SLACK_BOT_TOKEN: missing/)]);
  });

  it('reads every LP_* setting, normalising time and zone spelling', () => {
    const result = loadConfig({
      ...HTTP_ENV,
      SLACK_API_URL: 'http://127.0.0.1:4000/api/',
      PORT: '0',
      DATABASE_PATH: '/tmp/lp.db',
      LOG_LEVEL: 'DEBUG',
      LP_CHANNEL: 'C0123456789',
      LP_PROMPT_TIME: '8:05',
      LP_TIMEZONE: 'europe/berlin',
      LP_DAYS: 'mon,wed,fri',
      LP_ADMINS: 'U0123ABCD, W0456EFGH',
      LP_CATCH_UP_HOURS: '2.5',
    });
    if (!result.ok) throw new Error(result.problems.join('\n'));
    expect(result.config).toMatchObject({
      slack: { apiUrl: 'http://127.0.0.1:4000/api/' },
      port: 0,
      databasePath: '/tmp/lp.db',
      logLevel: 'debug',
      defaultChannelId: 'C0123456789',
      schedule: { promptTime: '08:05', timezone: 'Europe/Berlin', days: ['mon', 'wed', 'fri'] },
      admins: ['U0123ABCD', 'W0456EFGH'],
      catchUpHours: 2.5,
    });
  });

  it('treats an empty value like an absent one', () => {
    const result = loadConfig({ ...HTTP_ENV, PORT: '', LP_TIMEZONE: ' ', SLACK_APP_TOKEN: '' });
    expect(result.ok && [result.config.port, result.config.schedule.timezone, result.config.mode]).toEqual([3000, 'UTC', 'http']);
  });

  it('reports every bad value on its own line: variable, what is wrong, an example', () => {
    const problems = problemsOf({
      SLACK_BOT_TOKEN: 'xoxp-user-token',
      SLACK_SIGNING_SECRET: 'xoxb-pasted-the-token',
      SLACK_APP_TOKEN: 'app-token',
      SLACK_API_URL: 'ftp://example.com',
      PORT: 'eighty',
      LOG_LEVEL: 'loud',
      LP_CHANNEL: '#general',
      LP_PROMPT_TIME: '25:00',
      LP_TIMEZONE: 'Mars/Olympus',
      LP_DAYS: 'someday',
      LP_ADMINS: 'alice,U0123ABCD',
      LP_CATCH_UP_HOURS: '-1',
    });
    const variables = problems.map((line) => line.split(':')[0]);
    expect(variables.sort()).toEqual([
      'LOG_LEVEL',
      'LP_ADMINS',
      'LP_CATCH_UP_HOURS',
      'LP_CHANNEL',
      'LP_DAYS',
      'LP_PROMPT_TIME',
      'LP_TIMEZONE',
      'PORT',
      'SLACK_API_URL',
      'SLACK_APP_TOKEN',
      'SLACK_BOT_TOKEN',
      'SLACK_SIGNING_SECRET',
    ]);
    for (const line of problems) {
      expect(line).not.toContain('\n');
      // Each line shows a good value: "(e.g. …)", "for example …" or "Use …".
      expect(line).toMatch(/e\.g\. |for example |Use /);
    }
    expect(problems.find((l) => l.startsWith('LP_TIMEZONE'))).toContain('Mars/Olympus');
    expect(problems.find((l) => l.startsWith('LP_PROMPT_TIME'))).toContain('09:30');
  });

  it('.env.example documents every variable it reads', () => {
    const example = readFileSync(new URL('../../.env.example', import.meta.url), 'utf8');
    const documented = [...example.matchAll(/^#? ?([A-Z][A-Z0-9_]+)=/gm)].map((m) => m[1]);
    expect(documented.sort()).toEqual([...CONFIG_VARIABLES].sort());
    expect(example).not.toMatch(/=xox[bp]-|=xapp-/);
  });
});
