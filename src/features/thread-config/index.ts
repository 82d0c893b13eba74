import { describeSettings, parseConfigArgs } from '../../core/thread/settings.js';
import type { ChannelStore } from '../../store/channels.js';
import { channelMention } from '../../slack/mrkdwn.js';
import { notAdminReply } from '../commands/replies.js';
import type { LpSubcommand } from '../commands/subcommand.js';
import { trackSetting, type TrackSettingDeps } from '../questions/track-setting.js';

export interface ThreadConfigDeps {
  channels: ChannelStore;
  admins: readonly string[];
  /** `/lp config track ...`: the channel's role track (the questions feature). Without it there is no track setting. */
  tracks?: TrackSettingDeps;
}

/** `/lp config [setting value]`: anyone may look, admins may change (feedback, follow-ups, vote emoji, digest, close). */
export function configSubcommand(deps: ThreadConfigDeps): LpSubcommand {
  return {
    name: 'config',
    help: '`/lp config [feedback|followups|vote|digest|close|mock|track <value>]`: how this channel runs its practice threads, mock loops and question track (changes: admins)',
    // A look (or a typing mistake) is SQLite only and goes back in the ack; a change asks `users.info` whether the
    // person is an admin, so it is answered through respond().
    answersInAck(args) {
      const track = deps.tracks === undefined ? undefined : trackSetting(deps.tracks).parse(args);
      if (track !== undefined) return track.kind !== 'change';
      const parsed = parseConfigArgs(args);
      return !parsed.ok || parsed.change === null;
    },
    async run({ channelId, args, isAdmin }) {
      const tracks = deps.tracks === undefined ? undefined : trackSetting(deps.tracks);
      const track = tracks?.parse(args);
      if (tracks !== undefined && track !== undefined) return tracks.run(channelId, track, isAdmin);
      const parsed = parseConfigArgs(args);
      if (!parsed.ok) return { text: parsed.error };
      const where = channelMention(channelId);
      if (parsed.change === null) {
        // The track line only once one is set: a channel on the built-in bank reads exactly as before tracks.
        const trackLine = deps.tracks === undefined ? [] : trackSetting(deps.tracks).describe(channelId);
        return { text: [`Practice-thread settings for ${where}:`, ...describeSettings(deps.channels.threadSettings(channelId)), ...trackLine].join('\n') };
      }
      if (!(await isAdmin())) return { text: notAdminReply(deps.admins) };
      if (!deps.channels.updateThreadSetting(channelId, parsed.change)) {
        return { text: `${where} has no daily prompt yet, so there is nothing to configure. Start one with \`/lp setup\` first.` };
      }
      return { text: [`Updated ${where}:`, ...describeSettings(deps.channels.threadSettings(channelId))].join('\n') };
    },
  };
}
