import { resolveTrack, trackById, trackChoices, type Track } from '../../core/question-bank/tracks.js';
import { channelMention, excerpt } from '../../slack/mrkdwn.js';
import type { TeamQuestionStore } from '../../store/team-questions.js';
import { notAdminReply } from '../commands/replies.js';
import type { LpReply } from '../commands/subcommand.js';

export interface TrackSettingDeps {
  store: TeamQuestionStore;
  tracks: readonly Track[];
  admins: readonly string[];
}

/** `/lp config track`: a look, a change (a track, or null for the built-in default), or a typing mistake. */
export type TrackArgs = { kind: 'show' } | { kind: 'change'; track: Track | null } | { kind: 'error'; text: string };

/** Words that put a channel back on the whole built-in bank. */
const DEFAULT_WORDS = new Set(['default', 'none', 'off', 'all', 'builtin', 'built-in']);

/** `/lp config track ...` for the thread-config feature: parse (undefined: not about the track), describe and run. */
export function trackSetting(deps: TrackSettingDeps) {
  const usage = () => `Type \`/lp config track <${deps.tracks.map((t) => t.id).join('|')}|default>\`: ${trackChoices(deps.tracks)}, or \`default\` for the whole built-in bank.`;
  return {
    parse(args: string): TrackArgs | undefined {
      const [name = '', ...rest] = args.trim().split(/\s+/).filter((w) => w !== '');
      if (name.toLowerCase() !== 'track' && name.toLowerCase() !== 'tracks') return undefined;
      const value = rest.join(' ');
      if (value === '') return { kind: 'show' };
      if (DEFAULT_WORDS.has(value.toLowerCase())) return { kind: 'change', track: null };
      const track = resolveTrack(value, deps.tracks);
      return track === undefined ? { kind: 'error', text: `There is no track \`${excerpt(value)}\`. ${usage()}` } : { kind: 'change', track };
    },

    /** The `/lp config` line, only when a track is set. */
    describe(channelId: string): string[] {
      const track = trackById(deps.tracks, deps.store.trackOf(channelId));
      return track === undefined ? [] : [`track: *${track.name}* (\`${track.id}\`)`];
    },

    async run(channelId: string, args: TrackArgs, isAdmin: () => Promise<boolean>): Promise<LpReply> {
      const where = channelMention(channelId);
      if (args.kind === 'error') return { text: args.text };
      if (args.kind === 'show') {
        const track = trackById(deps.tracks, deps.store.trackOf(channelId));
        const now = track === undefined ? `${where} asks the whole built-in bank (no track set).` : `${where} is on the *${track.name}* track (\`${track.id}\`).`;
        return { text: `${now}\n${usage()}` };
      }
      if (!(await isAdmin())) return { text: notAdminReply(deps.admins) };
      if (!deps.store.setTrack(channelId, args.track?.id ?? null)) {
        return { text: `${where} has no daily prompt yet, so there is nothing to configure. Start one with \`/lp setup\` first.` };
      }
      if (args.track === null) return { text: `${where} is back on the whole built-in bank: prompts ask every built-in question, plus your team's questions for every track.` };
      return {
        text:
          `${where} is now on the *${args.track.name}* track: daily prompts ask questions picked and worded for the role, plus your team's questions for this track or every track. ` +
          `\`/lp help metrics\` shows the role's metrics cheat-sheet.`,
      };
    },
  };
}
