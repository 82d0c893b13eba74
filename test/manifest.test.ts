import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { LP_COMMAND } from '../src/features/commands/index.js';

const repoFile = (name: string) => fileURLToPath(new URL(`../${name}`, import.meta.url));
// Slack's official manifest JSON Schemas live next to the repository on the development machine, not in it.
const schemaDir = fileURLToPath(new URL('../../shared/slack/', import.meta.url));
const haveSchemas = existsSync(schemaDir);

const MANIFESTS = ['manifest.yml', 'manifest.http.yml'] as const;

interface Manifest {
  _metadata: { major_version: number };
  features: {
    app_home: { home_tab_enabled: boolean };
    slash_commands: { command: string; url?: string; should_escape?: boolean }[];
  };
  oauth_config: { scopes: { bot: string[] } };
  settings: {
    event_subscriptions: { bot_events: string[]; request_url?: string };
    interactivity: { is_enabled: boolean; request_url?: string };
    socket_mode_enabled: boolean;
  };
}

const readManifest = (name: string) => parse(readFileSync(repoFile(name), 'utf8')) as Manifest;

// What the code calls or listens to: chat.postMessage, /lp, conversations.info (membership check), users.info
// (admin check), plus the scopes and events the thread-answer, vote and App Home features rely on.
const BOT_SCOPES = [
  'chat:write',
  'commands',
  'channels:history',
  'groups:history',
  'channels:read',
  'groups:read',
  'reactions:read',
  'reactions:write',
  'users:read',
  'im:write',
  // conversations.open with several people: a mock-loop pair's group DM.
  'mpim:write',
  // files.uploadV2 (getUploadURLExternal + completeUploadExternal) for the /lp export files.
  'files:write',
  // files.info and the transcript download for answers told in a clip.
  'files:read',
  // message.im: a /lp practice answer out loud is a clip sent in the DM.
  'im:history',
];
const BOT_EVENTS = ['message.channels', 'message.groups', 'reaction_added', 'reaction_removed', 'app_home_opened', 'file_change', 'message.im'];

describe.each(MANIFESTS)('%s', (name) => {
  const manifest = readManifest(name);

  it('declares the /lp command with channel escaping, the bot scopes and events the app needs', () => {
    const command = manifest.features.slash_commands.find((c) => c.command === LP_COMMAND);
    expect(command).toBeDefined();
    expect(command?.should_escape).toBe(true);
    expect(manifest.oauth_config.scopes.bot).toEqual(expect.arrayContaining(BOT_SCOPES));
    expect(manifest.settings.event_subscriptions.bot_events).toEqual(expect.arrayContaining(BOT_EVENTS));
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    expect(manifest.features.app_home.home_tab_enabled).toBe(true);
  });

  it.skipIf(!haveSchemas)("validates against Slack's official schema from ../shared/slack (skipped when that folder is absent)", () => {
    const schemaFile = `${schemaDir}manifest.schema.${manifest._metadata.major_version}.0.0.json`;
    expect(existsSync(schemaFile), `no schema for major_version ${manifest._metadata.major_version}`).toBe(true);
    const schema = JSON.parse(readFileSync(schemaFile, 'utf8')) as object;
    // The schemas are draft-07 (Ajv's default) and carry a few non-standard keywords, hence strict: false.
    const ajv = new Ajv({ allErrors: true, strict: false });
    ajv.addFormat('uri', (value: string) => URL.canParse(value));
    const validate = ajv.compile(schema);
    const valid = validate(manifest);
    expect(validate.errors ?? [], ajv.errorsText(validate.errors)).toEqual([]);
    expect(valid).toBe(true);
  });
});

describe('Socket Mode and HTTP variants', () => {
  it('Socket Mode has no request URLs; HTTP sends everything to /slack/events', () => {
    const socket = readManifest('manifest.yml');
    const http = readManifest('manifest.http.yml');
    expect(socket.settings.socket_mode_enabled).toBe(true);
    expect(socket.settings.event_subscriptions.request_url).toBeUndefined();
    expect(http.settings.socket_mode_enabled).toBe(false);
    const urls = [
      http.settings.event_subscriptions.request_url,
      http.settings.interactivity.request_url,
      ...http.features.slash_commands.map((c) => c.url),
    ];
    for (const url of urls) expect(url).toMatch(/^https:\/\/.+\/slack\/events$/);
  });
});
