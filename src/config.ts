import { z } from 'zod';
import { canonicalTimeZone, parseDays, parsePromptTime, type Weekday } from './core/schedule.js';
import { LOG_LEVELS, type LogLevelName } from './logger.js';

export const DEFAULT_SLACK_API_URL = 'https://slack.com/api/';

/** The README section that explains where each Slack value comes from. */
export const SLACK_SETUP_HELP =
  'Create the Slack app from manifest.yml and copy its tokens into .env: see README.md, section "Create the Slack app".';

/** The zero-configuration channel seeded from LP_CHANNEL and friends at start-up. */
export interface DefaultChannelConfig {
  channelId: string;
  promptTime: string;
  timezone: string;
  days: Weekday[];
}

export interface Config {
  slack: {
    botToken: string;
    /** Verifies HTTP requests; Socket Mode does not need it. */
    signingSecret?: string;
    /** Set: Socket Mode. Unset: HTTP mode on `port`. */
    appToken?: string;
    apiUrl: string;
  };
  mode: 'http' | 'socket';
  port: number;
  databasePath: string;
  logLevel: LogLevelName;
  /** The default schedule for `LP_CHANNEL`, and what `/lp setup` uses for anything not typed. */
  schedule: { promptTime: string; timezone: string; days: Weekday[] };
  defaultChannelId?: string;
  admins: string[];
  /** How long after a missed scheduled time a start-up still posts the prompt. */
  catchUpHours: number;
  /** Practice in prompt threads: replies shorter than `minAnswerWords` are comments; votes a person may cast per prompt. */
  thread: { minAnswerWords: number; votesPerPrompt: number };
}

export type ConfigResult = { ok: true; config: Config } | { ok: false; problems: string[] };

/** Every variable LP Coach reads, so `.env.example` and the README can be checked against it. */
export const CONFIG_VARIABLES = [
  'SLACK_BOT_TOKEN',
  'SLACK_SIGNING_SECRET',
  'SLACK_APP_TOKEN',
  'SLACK_API_URL',
  'PORT',
  'DATABASE_PATH',
  'LOG_LEVEL',
  'LP_CHANNEL',
  'LP_PROMPT_TIME',
  'LP_TIMEZONE',
  'LP_DAYS',
  'LP_ADMINS',
  'LP_CATCH_UP_HOURS',
  'LP_MIN_ANSWER_WORDS',
  'LP_VOTES_PER_PROMPT',
] as const;
type Variable = (typeof CONFIG_VARIABLES)[number];

// An empty value (`PORT=` in .env) means "use the default", like an absent one.
const optional = z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), z.string().trim().optional());

/** A zod refinement failure message reads "what is wrong (example of a good value)". */
function fromParser<T>(parse: (text: string) => { ok: true; value: T } | { ok: false; error: string }) {
  return (text: string, ctx: z.RefinementCtx): T => {
    const parsed = parse(text);
    if (!parsed.ok) {
      ctx.addIssue({ code: 'custom', message: parsed.error });
      return z.NEVER;
    }
    return parsed.value;
  };
}

const EnvSchema = z.object({
  SLACK_BOT_TOKEN: optional.pipe(
    z.string().startsWith('xoxb-', 'must be a bot token starting with xoxb- (e.g. xoxb-1234-5678-AbCdEf)').optional(),
  ),
  SLACK_SIGNING_SECRET: optional.pipe(
    z
      .string()
      .refine(
        (v) => !v.startsWith('xox') && !v.startsWith('xapp-') && !/\s/.test(v),
        'looks like a token, not the Signing Secret from "Basic Information" (e.g. 0123456789abcdef0123456789abcdef)',
      )
      .optional(),
  ),
  SLACK_APP_TOKEN: optional.pipe(
    z
      .string()
      .startsWith('xapp-', 'must be an app-level token starting with xapp- (e.g. xapp-1-A0123-4567-abcdef)')
      .optional(),
  ),
  SLACK_API_URL: optional.pipe(
    z
      .string()
      .refine((v) => /^https?:$/.test(URL.parse(v)?.protocol ?? ''), 'must be an http(s) URL (e.g. https://slack.com/api/)')
      .default(DEFAULT_SLACK_API_URL),
  ),
  PORT: optional.pipe(
    z
      .string()
      .refine((v) => /^\d{1,5}$/.test(v) && Number(v) <= 65535, 'must be a port number from 0 to 65535 (e.g. 3000)')
      .transform(Number)
      .default(3000),
  ),
  DATABASE_PATH: optional.pipe(z.string().default('data/lp-coach.db')),
  LOG_LEVEL: optional.pipe(
    z
      .string()
      .transform((v) => v.toLowerCase())
      .pipe(z.enum(LOG_LEVELS, `must be one of ${LOG_LEVELS.join(', ')} (e.g. info)`))
      .default('info'),
  ),
  LP_CHANNEL: optional.pipe(
    z.string().regex(/^[CG][A-Z0-9]{6,}$/, 'must be a channel ID, not a name (e.g. C0123456789)').optional(),
  ),
  LP_PROMPT_TIME: optional.pipe(z.string().transform(fromParser(parsePromptTime)).default('09:30')),
  LP_TIMEZONE: optional.pipe(
    z
      .string()
      .transform(
        fromParser((name) => {
          const zone = canonicalTimeZone(name);
          return zone === undefined
            ? { ok: false, error: `"${name}" is not an IANA time zone name (e.g. Europe/Berlin or America/New_York)` }
            : { ok: true, value: zone };
        }),
      )
      .default('UTC'),
  ),
  LP_DAYS: optional.pipe(z.string().transform(fromParser(parseDays)).default(['mon', 'tue', 'wed', 'thu', 'fri'])),
  LP_ADMINS: optional.pipe(
    z
      .string()
      .transform((v) => v.split(',').map((id) => id.trim()).filter((id) => id !== ''))
      .pipe(z.array(z.string().regex(/^[UW][A-Z0-9]{6,}$/, 'must be comma-separated user IDs (e.g. U0123ABCD,U0456EFGH)')))
      .default([]),
  ),
  LP_CATCH_UP_HOURS: optional.pipe(
    z
      .string()
      .refine((v) => /^\d+(\.\d+)?$/.test(v) && Number(v) <= 24, 'must be a number of hours from 0 to 24 (e.g. 6)')
      .transform(Number)
      .default(6),
  ),
  LP_MIN_ANSWER_WORDS: optional.pipe(
    z
      .string()
      .refine((v) => /^\d+$/.test(v) && Number(v) >= 1 && Number(v) <= 1000, 'must be a whole number of words from 1 to 1000 (e.g. 40)')
      .transform(Number)
      .default(40),
  ),
  LP_VOTES_PER_PROMPT: optional.pipe(
    z
      .string()
      .refine((v) => /^\d+$/.test(v) && Number(v) >= 1 && Number(v) <= 100, 'must be a whole number from 1 to 100 (e.g. 3)')
      .transform(Number)
      .default(3),
  ),
});

/** Reads LP Coach's settings from `env`; on failure, one line per problem: "VARIABLE: what is wrong (example)". */
export function loadConfig(env: Record<string, string | undefined>): ConfigResult {
  const present = (name: Variable) => (env[name]?.trim() ?? '') !== '';
  const socketMode = present('SLACK_APP_TOKEN');
  const problems: string[] = [];
  if (!present('SLACK_BOT_TOKEN')) {
    problems.push('SLACK_BOT_TOKEN: missing; the Bot User OAuth Token from "OAuth & Permissions" (e.g. xoxb-1234-5678-AbCdEf)');
  }
  if (!socketMode && !present('SLACK_SIGNING_SECRET')) {
    problems.push(
      'SLACK_SIGNING_SECRET: missing; HTTP mode needs the Signing Secret from "Basic Information" -> "App Credentials" ' +
        '(e.g. 0123456789abcdef0123456789abcdef); or set SLACK_APP_TOKEN (xapp-...) to use Socket Mode instead',
    );
  }
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const line = `${String(issue.path[0])}: ${issue.message}`;
      if (!problems.includes(line)) problems.push(line);
    }
  }
  if (!present('SLACK_BOT_TOKEN') && !present('SLACK_SIGNING_SECRET') && !socketMode) {
    problems.push(`No Slack settings found. ${SLACK_SETUP_HELP}`);
  }
  if (!parsed.success || problems.length > 0) return { ok: false, problems };

  const values = parsed.data;
  const config: Config = {
    slack: { botToken: values.SLACK_BOT_TOKEN as string, apiUrl: values.SLACK_API_URL },
    mode: socketMode ? 'socket' : 'http',
    port: values.PORT,
    databasePath: values.DATABASE_PATH,
    logLevel: values.LOG_LEVEL,
    schedule: { promptTime: values.LP_PROMPT_TIME, timezone: values.LP_TIMEZONE, days: values.LP_DAYS },
    admins: values.LP_ADMINS,
    catchUpHours: values.LP_CATCH_UP_HOURS,
    thread: { minAnswerWords: values.LP_MIN_ANSWER_WORDS, votesPerPrompt: values.LP_VOTES_PER_PROMPT },
  };
  if (values.SLACK_SIGNING_SECRET !== undefined) config.slack.signingSecret = values.SLACK_SIGNING_SECRET;
  if (values.SLACK_APP_TOKEN !== undefined) config.slack.appToken = values.SLACK_APP_TOKEN;
  if (values.LP_CHANNEL !== undefined) config.defaultChannelId = values.LP_CHANNEL;
  return { ok: true, config };
}
